import Foundation
import GRDB

/// The read indexes of `event`, set aside during a bulk load and built again at its end.
///
/// Keeping every event raw, an ingest spends most of its time writing index entries: each event goes into the table,
/// its id's index and up to seven read indexes, each a walk down a B-tree. When an ingest has stored about as many
/// events as the store held before it (``SQLiteStore/indexDeferralMinimum`` at least), its session drops the read
/// indexes and builds each again once, sorted, when it ends (`CREATE INDEX`). Their definitions go to `meta`
/// (`deferred-index.NAME`, the `CREATE INDEX` statement as `sqlite_master` holds it) in the transaction that drops
/// them, so that the store always knows what it lacks: a process killed after that commit leaves the events and their
/// aggregates consistent, and the indexes are built again by the next ingest (at its end) or the next open of the
/// store that finds no ingest writing. Reads name their index (`INDEXED BY`); while indexes are set aside they drop
/// the name (``readable(_:_:)``) and SQLite reads what remains, the table if need be: slower for that while, never
/// wrong, never an error. The id's index (`event`'s primary key) is never dropped: inserts look ids up in it.
extension SQLiteStore {
    /// The read indexes of `event` recorded as dropped by a bulk load, as (name, `CREATE INDEX` statement).
    static func deferredReadIndexes(_ db: Database) throws -> [(name: String, sql: String)] {
        try Row.fetchAll(
            db, sql: "SELECT substr(key, \(deferredPrefix.count + 1)), value FROM meta WHERE key LIKE ? ORDER BY key",
            arguments: [deferredPrefix + "%"]
        ).map { (name: $0[0], sql: $0[1]) }
    }

    /// Records each read index of `event` in `meta` and drops it, inside the caller's transaction.
    static func deferReadIndexes(_ db: Database) throws {
        let indexes = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event' AND sql IS NOT NULL")
        for index in indexes {
            let name: String = index[0]
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [deferredPrefix + name, index[1] as String])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
    }

    /// Builds each deferred index again and forgets it, each in a transaction of its own; call it outside a transaction.
    ///
    /// - Parameters:
    ///   - waiting: false to stop, leaving the rest deferred, when another connection holds the write lock
    ///     (an ingest, which builds them at its end) rather than wait for it.
    ///   - afterEachCommit: called after each index is committed (an ingest asks for the pages to be copied from the log).
    /// - Returns: false when it stopped so.
    /// - Complexity: a pass over `event` and a sort of its entries per index: on 1,000,000 events, about a second for
    ///   each of the wide ones on this project's machine.
    @discardableResult
    static func rebuildDeferredIndexes(_ db: Database, waiting: Bool = true, afterEachCommit: () -> Void = {}) throws -> Bool {
        let indexes = try deferredReadIndexes(db)
        guard !indexes.isEmpty else { return true }
        // SQLite sorts an index's entries in runs of the page cache's size, on worker threads when its temporary files
        // are files (never in memory), and merges them: measured on 1,000,000 events, a quarter less CPU than one sort
        // in a 256 MB cache, and some of it on the second core.
        let settings = try ["cache_size", "temp_store", "threads"].map { try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? 0 }
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount)
        try db.execute(sql: "PRAGMA cache_size = -16384; PRAGMA temp_store = FILE; PRAGMA threads = \(threads)")
        if !waiting { try db.execute(sql: "PRAGMA busy_timeout = 0") }
        defer {
            try? db.execute(
                sql: """
                    PRAGMA cache_size = \(settings[0]); PRAGMA temp_store = \(settings[1]); PRAGMA threads = \(settings[2]);
                    PRAGMA busy_timeout = \(busyTimeoutMilliseconds)
                    """)
        }
        for index in indexes {
            do {
                try db.beginTransaction(.immediate)
            } catch let error as DatabaseError where !waiting && error.resultCode == .SQLITE_BUSY {
                return false
            }
            do {
                // Another connection may have built it since it was read above.
                if try Self.deferredReadIndexes(db).contains(where: { $0.name == index.name }) {
                    try db.execute(sql: index.sql)
                    try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [deferredPrefix + index.name])
                }
                try db.commit()
            } catch {
                try? db.rollback()
                throw error
            }
            afterEachCommit()
        }
        return true
    }

    /// When opened, builds the indexes a killed bulk load left out, unless an ingest is writing the store now (its
    /// session builds them at its end): the write lock is tried without waiting.
    func rebuildDeferredIndexesIfIdle() throws {
        try writer.writeWithoutTransaction { db in _ = try Self.rebuildDeferredIndexes(db, waiting: false) }
    }

    /// `sql` as a read can run it now: as it is, or — while a bulk load has set the read indexes aside — without its
    /// `INDEXED BY` clauses, which would name a missing index.
    ///
    /// - Complexity: one lookup in `meta`'s key.
    static func readable(_ sql: String, _ db: Database) throws -> String {
        let setAside = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM meta WHERE key >= ? AND key < ?)",
            arguments: [deferredPrefix, deferredPrefix.dropLast() + "/"]) ?? false
        guard setAside else { return sql }
        // Each "INDEXED BY name " goes: what follows the clause, after the name and its space, stays.
        let pieces = sql.components(separatedBy: "INDEXED BY ")
        return pieces.dropFirst().reduce(pieces[0]) { text, piece in text + (piece.firstIndex(of: " ").map { String(piece[piece.index(after: $0)...]) } ?? "") }
    }

    static let deferredPrefix = "deferred-index."
}
