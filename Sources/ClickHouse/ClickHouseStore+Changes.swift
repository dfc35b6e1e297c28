import EntenteStore

/// ClickHouse keeps no log of the pairs each commit changed, and has no cheap sign of a commit to ask for on every
/// request: ``commitStamp()`` is nil, so a server reading this store caches no answer (each request asks ClickHouse,
/// which sums a dyad in milliseconds), and ``changes(since:)`` says only whether anything was committed since.
extension ClickHouseStore: ChangeTracking {
    /// The latest committed batch as the generation; anything committed after `generation` is reported as "take
    /// everything as changed" (`complete` false, no pairs).
    ///
    /// - Complexity: one query over the commit log.
    public func changes(since generation: Int64) throws -> DataChanges {
        var latest: Int64 = 0
        try select("SELECT max(batch) FROM \(table(ClickHouseSchema.ingestBatch)) WHERE kind IN ('ingest', 'write')") { latest = Int64(truncatingIfNeeded: $0.uint64(0)) }
        return DataChanges(generation: latest, complete: latest <= generation, changes: [])
    }

    /// Nil: a reader must cache nothing.
    public func commitStamp() -> CommitStamp? { nil }
}
