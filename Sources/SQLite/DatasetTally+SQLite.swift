import EntenteStore
import GRDB

/// A dataset's tally written to its row of `dataset_summary`.
extension DatasetTally {
    /// Adds to the dataset's row, creating it if needed, and widens its span of days.
    static let upsertSQL = """
        INSERT INTO dataset_summary (dataset, raw_events, aggregated_events, first_day, last_day) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (dataset) DO UPDATE SET
          raw_events = raw_events + excluded.raw_events,
          aggregated_events = aggregated_events + excluded.aggregated_events,
          first_day = MIN(first_day, excluded.first_day), last_day = MAX(last_day, excluded.last_day)
        """

    /// Adds each dataset's tally to its row.
    static func write(_ tallies: [String: DatasetTally], _ db: Database) throws {
        let upsert = try db.cachedStatement(sql: upsertSQL)
        for (dataset, tally) in tallies where tally.firstDay <= tally.lastDay {
            try upsert.execute(arguments: [dataset, tally.rawEvents, tally.aggregatedEvents, tally.firstDay, tally.lastDay])
        }
    }

    /// The same through SQLite's C interface, for an ingest's checkpoint lane (``IngestCheckpoint``).
    static func write(_ tallies: [String: DatasetTally], with upsert: RawStatement) throws {
        for (dataset, tally) in tallies where tally.firstDay <= tally.lastDay {
            upsert.bind(1, dataset)
            upsert.bind(2, tally.rawEvents)
            upsert.bind(3, tally.aggregatedEvents)
            upsert.bind(4, tally.firstDay)
            upsert.bind(5, tally.lastDay)
            try upsert.run("cannot count the datasets' events")
        }
    }
}
