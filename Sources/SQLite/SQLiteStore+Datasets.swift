import EntenteModel
import EntenteStore
import Foundation
import GRDB

extension SQLiteStore {
    /// Every aggregate belongs to a dataset: `dyad_day` and `dyad_month` are rebuilt with a `dataset` column in their
    /// key, and `dataset_summary` keeps per dataset what ``datasets()`` lists. Registered after the outline index;
    /// never edit once shipped.
    ///
    /// The rows a database held before had no dataset. The share of each row that the raw events stored on its key
    /// account for goes to those events' datasets (the built-in case, and what an ingest kept raw); what is left, the
    /// events an ingest counted without keeping them, goes to ``DyadAggregate/unattributedDataset``. A row the raw
    /// events do not fit in (more events of a quad class than it counts, which no write of Entente's makes) stays whole
    /// under that name. `dyad_month` is rolled up again from the new `dyad_day`.
    ///
    /// The key leads with the dyad and then the dataset, so that one dataset of a dyad reads as one stretch of the key
    /// in date order, as a dyad read before, and no second index costs the ingest a write per row.
    static func registerDatasetMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-datasets: every aggregate belongs to a dataset") { db in
            let unattributed = DyadAggregate.unattributedDataset
            // What both tables count, after their keys.
            let counts = """
                events INTEGER NOT NULL,
                  q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
                  goldstein_sum REAL NOT NULL,
                  mentions INTEGER NOT NULL DEFAULT 0,
                  sources INTEGER NOT NULL DEFAULT 0,
                  articles INTEGER NOT NULL DEFAULT 0,
                """
            let sums = """
                SUM(events) AS events, SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4,
                SUM(goldstein_sum) AS goldstein_sum, SUM(mentions) AS mentions, SUM(sources) AS sources,
                SUM(articles) AS articles
                """
            try db.execute(
                sql: """
                    CREATE TABLE dyad_day_by_dataset (
                      source TEXT NOT NULL,
                      target TEXT NOT NULL,
                      dataset TEXT NOT NULL,
                      start_day INTEGER NOT NULL,
                      end_day INTEGER NOT NULL,
                      \(counts)
                      PRIMARY KEY (source, target, dataset, start_day, end_day)
                    ) WITHOUT ROWID;
                    CREATE TEMP TABLE raw_share AS
                      SELECT source, target, dataset, start_day, end_day, COUNT(*) AS events,
                        SUM(quad_class = 1) AS q1, SUM(quad_class = 2) AS q2, SUM(quad_class = 3) AS q3,
                        SUM(quad_class NOT IN (1, 2, 3)) AS q4, SUM(goldstein) AS goldstein_sum,
                        SUM(COALESCE(mentions, 0)) AS mentions, SUM(COALESCE(sources, 0)) AS sources,
                        SUM(COALESCE(articles, 0)) AS articles
                      FROM event WHERE source <> target GROUP BY source, target, dataset, start_day, end_day;
                    CREATE TEMP TABLE raw_fit AS
                      SELECT s.source, s.target, s.start_day, s.end_day, \(sums.replacingOccurrences(of: "SUM(", with: "SUM(s."))
                      FROM raw_share s JOIN dyad_day d
                        ON d.source = s.source AND d.target = s.target AND d.start_day = s.start_day AND d.end_day = s.end_day
                      GROUP BY s.source, s.target, s.start_day, s.end_day
                      HAVING SUM(s.events) <= MAX(d.events) AND SUM(s.q1) <= MAX(d.q1) AND SUM(s.q2) <= MAX(d.q2)
                        AND SUM(s.q3) <= MAX(d.q3) AND SUM(s.q4) <= MAX(d.q4) AND SUM(s.mentions) <= MAX(d.mentions)
                        AND SUM(s.sources) <= MAX(d.sources) AND SUM(s.articles) <= MAX(d.articles);
                    INSERT INTO dyad_day_by_dataset
                      SELECT s.source, s.target, s.dataset, s.start_day, s.end_day, s.events, s.q1, s.q2, s.q3, s.q4,
                        s.goldstein_sum, s.mentions, s.sources, s.articles
                      FROM raw_share s JOIN raw_fit f
                        ON f.source = s.source AND f.target = s.target AND f.start_day = s.start_day AND f.end_day = s.end_day;
                    INSERT INTO dyad_day_by_dataset
                      SELECT d.source, d.target, '\(unattributed)', d.start_day, d.end_day,
                        d.events - COALESCE(f.events, 0), d.q1 - COALESCE(f.q1, 0), d.q2 - COALESCE(f.q2, 0),
                        d.q3 - COALESCE(f.q3, 0), d.q4 - COALESCE(f.q4, 0), d.goldstein_sum - COALESCE(f.goldstein_sum, 0),
                        d.mentions - COALESCE(f.mentions, 0), d.sources - COALESCE(f.sources, 0),
                        d.articles - COALESCE(f.articles, 0)
                      FROM dyad_day d LEFT JOIN raw_fit f
                        ON f.source = d.source AND f.target = d.target AND f.start_day = d.start_day AND f.end_day = d.end_day
                      WHERE d.events - COALESCE(f.events, 0) > 0;
                    DROP TABLE raw_share;
                    DROP TABLE raw_fit;
                    DROP TABLE dyad_day;
                    ALTER TABLE dyad_day_by_dataset RENAME TO dyad_day;
                    DROP TABLE dyad_month;
                    CREATE TABLE dyad_month (
                      source TEXT NOT NULL,
                      target TEXT NOT NULL,
                      dataset TEXT NOT NULL,
                      start_day INTEGER NOT NULL,
                      end_day INTEGER NOT NULL,
                      first_day INTEGER NOT NULL,
                      last_day INTEGER NOT NULL,
                      \(counts)
                      PRIMARY KEY (source, target, dataset, start_day, end_day)
                    ) WITHOUT ROWID;
                    INSERT INTO dyad_month
                      SELECT source, target, dataset,
                        CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 1 ELSE start_day END,
                        CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 31 ELSE end_day END,
                        MIN(start_day), MAX(end_day), \(sums)
                      FROM dyad_day GROUP BY 1, 2, 3, 4, 5;
                    CREATE TABLE dataset_summary (
                      dataset TEXT PRIMARY KEY NOT NULL,
                      raw_events INTEGER NOT NULL,
                      aggregated_events INTEGER NOT NULL,
                      first_day INTEGER NOT NULL,
                      last_day INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    INSERT INTO dataset_summary
                      SELECT dataset, SUM(raw), SUM(aggregated), MIN(first), MAX(last) FROM (
                        SELECT dataset, COUNT(*) AS raw, 0 AS aggregated, MIN(start_day) AS first, MAX(end_day) AS last
                        FROM event GROUP BY dataset
                        UNION ALL
                        SELECT dataset, 0, SUM(events), MIN(first_day), MAX(last_day) FROM dyad_month GROUP BY dataset)
                      GROUP BY dataset;
                    """)
        }
    }

    /// - Complexity: one row per dataset, from `dataset_summary`.
    public func datasets() throws -> [DatasetSummary] {
        try writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT dataset, raw_events, aggregated_events, first_day, last_day FROM dataset_summary ORDER BY dataset"
            ).map { row in
                DatasetSummary(
                    name: row[0], rawEvents: row[1], aggregatedEvents: row[2], firstDay: Day(key: row[3]), lastDay: Day(key: row[4]))
            }
        }
    }

    /// Counts the dataset's row of `dataset_summary` again from its events and monthly aggregates (after events were
    /// taken out: a span of days cannot shrink by subtraction); removes it when nothing of the dataset is left.
    ///
    /// - Complexity: reads the `event` and `dyad_month` tables whole (no index leads with the dataset).
    static func recountDataset(_ db: Database, _ dataset: String) throws {
        try db.execute(sql: "DELETE FROM dataset_summary WHERE dataset = ?", arguments: [dataset])
        try db.execute(
            sql: """
                INSERT INTO dataset_summary
                  SELECT ?, raw, aggregated, first, last FROM (
                    SELECT SUM(raw) AS raw, SUM(aggregated) AS aggregated, MIN(first) AS first, MAX(last) AS last FROM (
                      SELECT COUNT(*) AS raw, 0 AS aggregated, MIN(start_day) AS first, MAX(end_day) AS last
                      FROM event WHERE dataset = ?
                      UNION ALL
                      SELECT 0, COALESCE(SUM(events), 0), MIN(first_day), MAX(last_day) FROM dyad_month WHERE dataset = ?))
                  WHERE raw + aggregated > 0
                """,
            arguments: [dataset, dataset, dataset])
    }
}
