import EntenteModel

/// One bulk ingest's hold on a store: event keys, raw events, aggregates, merge keys and the ledger, made durable
/// together at each checkpoint.
///
/// Everything written between two checkpoints becomes durable at once, at the second, so that a process killed at
/// any moment leaves the store as it was at its last checkpoint: the aggregates, the stored events, the event keys and
/// each input's `bytesDone` agree, and a re-run reads on from there (docs/ingest.md). A store runs one session at a
/// time (``IngestStore/ingest(quarantinePath:_:)``); use it from the thread the store calls the body on.
///
/// The ingest (`Ingester`, in EntenteIngest) is generic over the session, and calls it once or more per event: keep
/// the per-event calls (``insertKey(_:namespace:)``, ``insert(_:row:)``) free of round trips to a server.
public protocol IngestSession: AnyObject {
    /// When the previous run writing the same quarantine file was killed: the size the file had at that run's last
    /// checkpoint. Entries after it belong to rows that were not committed and will be read again.
    var quarantineCommittedBytes: Int64? { get }

    /// The number a namespace of event keys goes by in this session ("gdelt1", "gdelt2", "icews", "id-hash").
    func namespace(_ name: String) -> Int

    /// Marks an event key as counted; returns false when it was already (in this run or any before).
    func insertKey(_ key: UInt64, namespace: Int) throws -> Bool

    /// Whether an event with this id is stored raw (ids that have no key of their dataset's own are checked so).
    func eventExists(id: String) throws -> Bool

    /// Stores one event raw unless an event with its id is stored; returns whether it was new.
    ///
    /// The caller adds a new event's share to the aggregates (``add(_:to:)``); this call does not.
    func insert(_ rows: EventRowBuffer, row index: Int) throws -> Bool

    /// Adds to a dyad-day aggregate at the next checkpoint.
    ///
    /// Add in key order (source, target, dataset, then day) where you can: SQLite then writes its table from one end
    /// to the other.
    func add(_ totals: DyadDayTotals, to key: DyadDayKey)

    /// Claims a merge key (day, dyad, event code, source URL) for an event; returns nil when the key was free and is
    /// now the event's, else the id of the event that holds it.
    func claimMergeKey(_ key: UInt64, for eventID: String) throws -> String?

    /// Keeps the provenance of an event merged into another.
    func recordMerge(duplicateID: String, into eventID: String, provenance: Provenance) throws

    /// What the ledger holds for an input (rows recorded for the next checkpoint included), nil when it was never
    /// ingested.
    func fileState(fingerprint: String) throws -> IngestFileState?

    /// Keeps a ledger row to write with the next checkpoint (an input rejected whole: nothing else of it is written,
    /// so it needs no checkpoint of its own).
    func record(_ file: IngestFileState)

    /// Makes everything since the last checkpoint durable at once, with the input's progress (`file`) and the
    /// quarantine file's size. A store may write it while the caller goes on (SQLite does, on a thread of its own),
    /// as long as the next call that needs what it wrote waits for it.
    ///
    /// - Throws: what this checkpoint, or one before it, failed with: the ingest must then stop.
    func checkpoint(_ file: IngestFileState?, quarantineBytes: Int64?) throws
}
