import EntenteStore
import GRDB
import GRDBSQLite

extension ChangeSet {
    /// Writes the changes to `change_log` as the next generation (nothing when empty) and forgets generations older
    /// than ``ChangeSet/kept``. Call it inside the transaction that made the changes.
    func write(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw StoreError(path: nil, reason: "the connection is closed") }
        try write(connection)
    }

    /// The same through SQLite's C interface, for an ingest's checkpoint lane (``IngestCheckpoint``).
    func write(_ connection: OpaquePointer) throws {
        guard !isEmpty else { return }
        let latest = try RawStatement(connection, "SELECT MAX(generation) FROM change_log").integer("cannot read the change log")
        let generation = (latest ?? 0) + 1
        let insert = try RawStatement(
            connection, "INSERT INTO change_log (generation, first_state, second_state, first_day, last_day) VALUES (?, ?, ?, ?, ?)")
        for (pair, span) in days {
            insert.bind(1, generation)
            insert.bind(2, pair.first)
            insert.bind(3, pair.second)
            insert.bind(4, span.first)
            insert.bind(5, span.last)
            try insert.run("cannot write the change log")
        }
        let forget = try RawStatement(connection, "DELETE FROM change_log WHERE generation <= ?")
        forget.bind(1, generation - Self.kept)
        try forget.run("cannot trim the change log")
    }
}
