import EntenteStore
import GRDB

extension SQLiteStore {
    /// What the server's reads need beside the per-day aggregates, registered after the read indexes; never edit
    /// once shipped.
    ///
    /// - `dyad_month`: the per-day aggregates rolled up per directed dyad and month, kept in the same transactions
    ///   as `dyad_day` (by ``SQLiteStore/write(events:)`` and by the ingest's checkpoints), so that a dyad's series
    ///   reads one row a month, not one a day. A row holds the days of one month (key: the month's first day and
    ///   `YYYYMM31`; `first_day`/`last_day`: the earliest and latest day it holds), or one date that spans more
    ///   than a month (a year, a span of years), keyed by its own first and last day.
    /// - `change_log`: which pairs of states each commit changed, and over which days, so that a reader (the
    ///   server's response cache) can tell what a commit made stale. One generation a commit; the last 512 are kept.
    /// - Indexes that return a state's events in date order, with what the event filters test (end day, CAMEO code,
    ///   the other state), so that a page is read from the front of an index and a count never touches the table;
    ///   a partial index of the events whose date spans several days (the few that can overlap a range without
    ///   starting in it). `event_by_target_day` replaces `event_by_target`.
    static func registerReadModelMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-reads: monthly aggregates, change log, ordered event indexes") { db in
            try db.execute(
                sql: """
                    CREATE TABLE dyad_month (
                      source TEXT NOT NULL,
                      target TEXT NOT NULL,
                      start_day INTEGER NOT NULL,
                      end_day INTEGER NOT NULL,
                      first_day INTEGER NOT NULL,
                      last_day INTEGER NOT NULL,
                      events INTEGER NOT NULL,
                      q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
                      goldstein_sum REAL NOT NULL,
                      mentions INTEGER NOT NULL DEFAULT 0,
                      sources INTEGER NOT NULL DEFAULT 0,
                      articles INTEGER NOT NULL DEFAULT 0,
                      PRIMARY KEY (source, target, start_day, end_day)
                    ) WITHOUT ROWID;
                    INSERT INTO dyad_month
                      SELECT source, target,
                        CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 1 ELSE start_day END,
                        CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 31 ELSE end_day END,
                        MIN(start_day), MAX(end_day), SUM(events), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(goldstein_sum),
                        SUM(mentions), SUM(sources), SUM(articles)
                      FROM dyad_day GROUP BY 1, 2, 3, 4;
                    CREATE TABLE change_log (
                      generation INTEGER NOT NULL,
                      first_state TEXT NOT NULL,
                      second_state TEXT NOT NULL,
                      first_day INTEGER NOT NULL,
                      last_day INTEGER NOT NULL,
                      PRIMARY KEY (generation, first_state, second_state)
                    ) WITHOUT ROWID;
                    DROP INDEX event_by_target;
                    CREATE INDEX event_by_source_day ON event(source, start_day, end_day, cameo, target);
                    CREATE INDEX event_by_target_day ON event(target, start_day, end_day, cameo, source);
                    CREATE INDEX event_spanning ON event(end_day, start_day) WHERE end_day > start_day;
                    """)
        }
    }

    /// `event_by_dyad_day` replaces `event_by_dyad`: a pair's events in list order (first day, last day, id) with what
    /// an outline reads (precision, quad class), so that a dyad's shift evidence is read from the index alone — a
    /// lookup in the table per event was most of the time a dyad's series took to compute again after an ingest
    /// (~4.5 µs an event; Russia–Pakistan's 1,014 events on the load benchmark's larger data). Never edit once shipped.
    static func registerOutlineMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-reads: pair outlines from the index") { db in
            try db.execute(
                sql: """
                    CREATE INDEX event_by_dyad_day ON event(source, target, start_day, end_day, id, precision, quad_class);
                    DROP INDEX event_by_dyad;
                    """)
        }
    }

    /// The key of the `dyad_month` row a `dyad_day` row rolls up into: its month (first day, `YYYYMM31`) when it
    /// lies within one month, else its own dates.
    @inlinable
    static func monthKey(startDay: Int, endDay: Int) -> (start: Int, end: Int) {
        guard startDay / 100 == endDay / 100 else { return (startDay, endDay) }
        let month = startDay / 100 * 100
        return (month + 1, month + 31)
    }

    /// Adds to the row for (source, target, dataset, start, end), creating it if needed, and widens its span of days.
    static let monthUpsertSQL = """
        INSERT INTO dyad_month (source, target, dataset, start_day, end_day, first_day, last_day, events, q1, q2, q3, q4,
          goldstein_sum, mentions, sources, articles)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source, target, dataset, start_day, end_day) DO UPDATE SET
          first_day = MIN(first_day, excluded.first_day), last_day = MAX(last_day, excluded.last_day),
          events = events + excluded.events,
          q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
          goldstein_sum = goldstein_sum + excluded.goldstein_sum,
          mentions = mentions + excluded.mentions, sources = sources + excluded.sources,
          articles = articles + excluded.articles
        """
}
