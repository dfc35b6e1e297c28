import EntenteModel
import EntenteStore
import Foundation

/// How an ingest is to run.
public struct IngestOptions: Sendable {
    /// The input format; nil to detect it from each input's first bytes.
    public var format: InputFormat?
    /// The dataset of the rows read (``DatasetName``); nil for each format's own (`gdelt1`, `gdelt2`, `icews`, `counts`,
    /// `gdelt1-reduced`, and `entente` for the events of Entente's files that name none — an event's own wins).
    public var dataset: String?
    /// Which events are stored raw; aggregates are kept for every pair of states regardless.
    public var keep: KeepPolicy = .all
    /// Merge GDELT's re-emissions: events with the same day, directed dyad, event code and source URL.
    public var mergeDuplicates = false
    /// Where rejected rows go; nil to only count them.
    public var quarantinePath: String?
    /// Whether an input rejected whole (empty, binary, in no known format, a bad header) is kept in the ledger, so
    /// that a later run given it notes that rather than quarantining it again (`entente ingest`); the server's
    /// upload answers each body afresh.
    public var remembersRejectedInputs = true
    /// Lines longer than this are rejected (and not held in memory).
    public var maxLineBytes = 1 << 20
    /// Bytes handed to a parser at a time.
    public var chunkBytes = 4 << 20
    /// Parser threads (default: one per core).
    public var workers = max(1, min(8, ProcessInfoCores.count))
    /// Chunks read or parsed but not yet committed, at most: the memory an ingest holds beyond SQLite's cache.
    /// A checkpoint's upserts take the committer ~50–100 ms; 64 MB of chunks (16 of 4 MB) lets the parsers go on
    /// meanwhile (measured on the 420 MB benchmark file: 1.07–1.10 s → 0.9–1.05 s, peak memory 87 → 100–130 MB).
    public var chunksInFlight: Int { max(workers * 2 + 2, Int((64 << 20) / max(1, chunkBytes))) }
    /// A checkpoint (one commit) at least every this many bytes of input…
    ///
    /// 256 MB: on a raw load of Entente's own files the 2 s below then ends most checkpoints, and each costs its
    /// upserts and commit once for up to 2 s of rows, not 64 MB (1,000,000 events, every one raw, on a quiet machine:
    /// CSV 6.81 → 6.33 s, JSON Lines 6.75 → 6.30 s at the median, CPU 6 % less; docs/ingest.md, "Fewer checkpoints").
    /// A kill still loses at most the 2 s since the last one.
    public var checkpointBytes: Int64 = 256 << 20
    /// …and at least this often…
    public var checkpointSeconds = 2.0
    /// …and once this many aggregates are pending: what a checkpoint holds in memory (several copies of each, in the
    /// session and the checkpoint it writes). GDELT's 64 MB hold ~135,000 dyad-days; a counts table's rows are an
    /// aggregate each (a million rows held at once peaked at ~800 MB).
    public var checkpointAggregates = 1 << 18

    public init() {}
}
