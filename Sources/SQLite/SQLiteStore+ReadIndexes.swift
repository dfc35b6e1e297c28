import GRDB

extension SQLiteStore {
    /// Indexes for the server's reads, registered after the relations migrations.
    ///
    /// `event_by_end_day`: a date filter (`start_day <= to AND end_day >= from`) with no state in it could only
    /// walk `event_by_day` from the first event to `to`, the whole table for recent dates; walking `end_day` from
    /// `from` reads only the events that can match (measured on 104,000 events: 580 ms → 5 ms for one month of 2016).
    static func registerReadIndexMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-server: events by end day") { db in
            try db.execute(sql: "CREATE INDEX event_by_end_day ON event(end_day)")
        }
    }
}
