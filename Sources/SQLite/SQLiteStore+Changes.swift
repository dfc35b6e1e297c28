import EntenteModel
import EntenteStore
import GRDB

extension SQLiteStore: ChangeTracking {
    /// - Complexity: one indexed read of the generations after `generation`.
    public func changes(since generation: Int64) throws -> DataChanges {
        try writer.read { db in
            let latest = try Int64.fetchOne(db, sql: "SELECT MAX(generation) FROM change_log") ?? 0
            guard latest > generation else { return DataChanges(generation: latest, complete: true, changes: []) }
            let oldest = try Int64.fetchOne(db, sql: "SELECT MIN(generation) FROM change_log") ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT first_state, second_state, first_day, last_day FROM change_log WHERE generation > ? AND generation <= ?",
                arguments: [generation, latest])
            let changes = rows.map { row in
                DataChange(first: row[0], second: row[1], days: Day(key: row[2])...max(Day(key: row[2]), Day(key: row[3])))
            }
            return DataChanges(generation: latest, complete: oldest <= generation + 1, changes: changes)
        }
    }

    /// The database file's and its `-wal` file's size, modification time and inode (any commit changes the `-wal`
    /// file, or the database file when a checkpoint moves pages into it), nil for a store in memory.
    public func commitStamp() -> CommitStamp? {
        guard let path else { return nil }
        var values: [Int] = []
        var modified = 0
        for file in [path, path + "-wal"] {
            if let stamp = FileStamp(path: file) {
                values += [stamp.size, stamp.modified, stamp.inode]
                modified = max(modified, stamp.modified)
            } else {
                values.append(-1)
            }
        }
        return CommitStamp(values: values, modified: modified)
    }
}
