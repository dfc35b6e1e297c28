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

    /// `event_by_dyad_weight`: a pair's events in the order evidence is chosen (``EventSummary/weightier(_:_:)``), so
    /// that the weightiest few of a pair over a window are found by walking it and stopping (measured on a pair of
    /// 561,000 events: 127 ms → 4 ms). `event_by_dyad_day` gains what a summary or a tally of a pair reads (dataset,
    /// code, issues), so that neither looks up the table per event. Registered after the dataset migration; never edit
    /// once shipped.
    static func registerWeightIndexMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-reads: a pair's events by weight, its summaries from the index") { db in
            try db.execute(
                sql: """
                    CREATE INDEX event_by_dyad_weight ON event(
                      source, target, abs(goldstein) DESC, COALESCE(mentions, 0) DESC, COALESCE(articles, 0) DESC, start_day, id);
                    DROP INDEX event_by_dyad_day;
                    CREATE INDEX event_by_dyad_day ON event(
                      source, target, start_day, end_day, id, precision, quad_class, dataset, cameo, issues);
                    """)
        }
    }
}
