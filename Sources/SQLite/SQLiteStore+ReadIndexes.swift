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

    /// Fewer index entries per event, since an ingest keeping every event raw spends most of its time writing them:
    ///
    /// - A pair's indexes and the target's hold only events between two states (`WHERE source <> target`): no read
    ///   walks them for one state's domestic events (a pair's branches have two states; the target branch leaves out
    ///   the events whose source is the state, which its source branch reads), and such events are about two in five
    ///   of GDELT's. The branches' conditions say `source <> target` in so many words, so that SQLite takes these
    ///   indexes.
    /// - `event_by_end_day` goes: no listing walks it since `event_spanning` (v5), and the latest day of the events
    ///   (``SQLiteStore/latestEventDay()``) is the later of the latest first day (`event_by_day`) and the latest last
    ///   day of the events that span days (`event_spanning`).
    ///
    /// An event between a state and itself now writes three read index entries, not seven; one between two states
    /// six. Registered after the weight index; never edit once shipped.
    static func registerPairIndexMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-reads: pair and target indexes of events between two states, no end-day index") { db in
            try db.execute(
                sql: """
                    DROP INDEX event_by_end_day;
                    DROP INDEX event_by_target_day;
                    CREATE INDEX event_by_target_day ON event(target, start_day, end_day, cameo, source) WHERE source <> target;
                    DROP INDEX event_by_dyad_day;
                    CREATE INDEX event_by_dyad_day ON event(
                      source, target, start_day, end_day, id, precision, quad_class, dataset, cameo, issues) WHERE source <> target;
                    DROP INDEX event_by_dyad_weight;
                    CREATE INDEX event_by_dyad_weight ON event(
                      source, target, abs(goldstein) DESC, COALESCE(mentions, 0) DESC, COALESCE(articles, 0) DESC, start_day, id)
                      WHERE source <> target;
                    """)
        }
    }
}
