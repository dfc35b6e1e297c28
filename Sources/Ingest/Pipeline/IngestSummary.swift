import EntenteModel
import EntenteStore
import Foundation

/// How an ingest is to run.
public struct IngestOptions: Sendable {
    /// The input format; nil to detect it from each input's first bytes.
    public var format: InputFormat?
    /// Which events are stored raw; aggregates are kept for every pair of states regardless.
    public var keep: KeepPolicy = .all
    /// Merge GDELT's re-emissions: events with the same day, directed dyad, event code and source URL.
    public var mergeDuplicates = false
    /// Where rejected rows go; nil to only count them.
    public var quarantinePath: String?
    /// Lines longer than this are rejected (and not held in memory).
    public var maxLineBytes = 1 << 20
    /// Bytes handed to a parser at a time.
    public var chunkBytes = 4 << 20
    /// Parser threads (default: one per core).
    public var workers = max(1, min(8, ProcessInfoCores.count))
    /// A checkpoint (one commit) at least every this many bytes of input…
    public var checkpointBytes: Int64 = 64 << 20
    /// …and at least this often.
    public var checkpointSeconds = 2.0

    public init() {}
}

/// What an ingest did: the summary the command prints, and the JSON object scripts read.
///
/// Every row read is accounted for: `read` = `stored` + `duplicates` + `merged` + `nonState` + `domestic` +
/// the rows among `quarantined` (whole-file rejections such as an empty file count in `quarantined` only).
public struct IngestSummary: Sendable, Encodable, Equatable {
    /// Inputs read (files, or members of archives).
    public var files = 0
    /// Inputs skipped because the ledger says they were read to the end already.
    public var filesSkipped = 0
    /// Inputs taken up where a killed ingest left them.
    public var filesResumed = 0
    /// Decompressed bytes scanned in this run.
    public var bytes: Int64 = 0
    /// Rows read (data rows: no header, no blank line).
    public var read: Int64 = 0
    /// Events newly counted: added to the aggregates and/or stored raw.
    public var stored: Int64 = 0
    /// Of those, events added to a dyad's aggregates (two different states).
    public var aggregated: Int64 = 0
    /// Of those, events stored raw (`--keep-actors`).
    public var kept: Int64 = 0
    /// Rows whose event was counted already (by its id): a file read again, or an overlap between files.
    public var duplicates: Int64 = 0
    /// Events merged into an earlier one (`--merge-duplicates`).
    public var merged: Int64 = 0
    /// Rows whose actors are not both states (a missing or non-state country code): counted, not stored.
    public var nonState: Int64 = 0
    /// Rows with one state on both sides and not kept raw: no dyad to add to.
    public var domestic: Int64 = 0
    /// Rows (and whole files) rejected.
    public var quarantined: Int64 = 0
    /// Rejections by reason (`wrong-column-count`, `bad-date`, …).
    public var reasons: [String: Int64] = [:]
    /// Country names (ICEWS) that named no state Entente knows, with how many rows named them.
    public var unknownCountries: [String: Int64] = [:]
    public var seconds = 0.0
    /// The quarantine file, when anything was written to it.
    public var quarantineFile: String?
    /// Things the user should know (a changed file read again from its start, an unreadable archive…).
    public var warnings: [String] = []

    public init() {}

    public var rowsPerSecond: Double { seconds > 0 ? Double(read) / seconds : 0 }
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

    enum CodingKeys: String, CodingKey {
        case files, filesSkipped, filesResumed, bytes, read, stored, aggregated, kept, duplicates, merged, nonState
        case domestic, quarantined, reasons, unknownCountries, seconds, quarantineFile, warnings
        case rowsPerSecond, megabytesPerSecond
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(files, forKey: .files)
        try c.encode(filesSkipped, forKey: .filesSkipped)
        try c.encode(filesResumed, forKey: .filesResumed)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(read, forKey: .read)
        try c.encode(stored, forKey: .stored)
        try c.encode(aggregated, forKey: .aggregated)
        try c.encode(kept, forKey: .kept)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(merged, forKey: .merged)
        try c.encode(nonState, forKey: .nonState)
        try c.encode(domestic, forKey: .domestic)
        try c.encode(quarantined, forKey: .quarantined)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(unknownCountries, forKey: .unknownCountries)
        try c.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try c.encodeIfPresent(quarantineFile, forKey: .quarantineFile)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(rowsPerSecond.rounded(), forKey: .rowsPerSecond)
        try c.encode((megabytesPerSecond * 10).rounded() / 10, forKey: .megabytesPerSecond)
    }
}

/// A dyad whose aggregates an ingest changed, and over which days: what a watchlist check looks at.
public struct ChangedDyad: Sendable, Hashable {
    public var source: String
    public var target: String
    public var firstDay: Day
    public var lastDay: Day
    public var events: Int
}

/// What the ``Ingester`` hands to its `afterIngest` hook.
public struct IngestReport: Sendable {
    public var summary: IngestSummary
    /// Directed dyads with new events, most events first.
    public var changedDyads: [ChangedDyad]
}

/// Progress of a running ingest, for a progress line.
public struct IngestProgress: Sendable {
    /// The input being read.
    public var path: String
    /// Bytes on disk read so far (an estimate inside a compressed input) and in all.
    public var diskBytesDone: Int64
    public var diskBytesTotal: Int64
    public var rows: Int64
    public var seconds: Double
}

/// The number of cores, read once.
public enum ProcessInfoCores {
    public static let count = ProcessInfo.processInfo.activeProcessorCount
}
