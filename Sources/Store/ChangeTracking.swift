/// A store that logs which pairs of states each commit changed, so that a reader holding answers (the server's
/// response cache) drops only those a commit made stale, whoever wrote it: this process or another one.
///
/// Every write to events or aggregates (``EventStore/write(events:)``, ``EventStore/replaceEvents(ofDataset:with:)``,
/// an ingest's checkpoints) logs the pairs it changed in the same transaction, one generation a commit
/// (``ChangeSet``).
public protocol ChangeTracking: Sendable {
    /// The changes to events and aggregates committed after `generation`, by pair of states.
    ///
    /// `changes(since: .max)` reads only the latest generation.
    func changes(since generation: Int64) throws -> DataChanges

    /// A cheap sign of commits: it differs after any commit (and may differ without one), so that a reader calls
    /// ``changes(since:)`` only when it does. Nil when the store cannot tell cheaply: a reader must then cache nothing.
    ///
    /// - Complexity: SQLite: two `stat` calls (the database file and its `-wal` file).
    func commitStamp() -> CommitStamp?
}

/// What ``ChangeTracking/commitStamp()`` returns: values to compare, and when the store last changed.
public struct CommitStamp: Hashable, Sendable {
    /// Compared whole: any difference may be a commit.
    public var values: [Int]
    /// When the store last changed as far as the stamp knows, in nanoseconds since 1970: a commit can reach the
    /// stamp a moment before readers see it, so a young stamp is worth reading the change log again for.
    public var modified: Int

    public init(values: [Int], modified: Int) {
        self.values = values
        self.modified = modified
    }
}
