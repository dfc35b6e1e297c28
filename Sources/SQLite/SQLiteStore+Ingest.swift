import EntenteStore
import GRDB

extension SQLiteStore: IngestStore {
    /// Runs a bulk ingest on the writing connection: `body` gets a session that holds an open transaction,
    /// committed at each ``SQLiteIngestSession/checkpoint(_:quarantineBytes:)`` and at the end.
    ///
    /// Other writers wait until it returns; readers go on (WAL). When `body` throws, what was not checkpointed is
    /// rolled back and the run stays marked unfinished, as after a kill.
    public func ingest<T>(quarantinePath: String?, _ body: (SQLiteIngestSession) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            let session = try SQLiteIngestSession(
                db: db, path: path, quarantinePath: quarantinePath, indexDeferralMinimum: indexDeferralMinimum)
            do {
                let result = try body(session)
                try session.finish(quarantineBytes: nil)
                try db.execute(sql: "PRAGMA cache_size = -2000")
                return result
            } catch {
                session.abandon()
                throw error
            }
        }
    }
}
