import GRDB

/// What a write adds to one dataset's row of `dataset_summary`: raw events, events counted in aggregates, and the
/// span of their days.
struct DatasetTally {
    var rawEvents = 0
    var aggregatedEvents = 0
    /// YYYYMMDD keys; `Int.max` and `Int.min` while nothing was added.
    var firstDay = Int.max
    var lastDay = Int.min

    mutating func add(rawEvents: Int = 0, aggregatedEvents: Int = 0, startDay: Int, endDay: Int) {
        self.rawEvents += rawEvents
        self.aggregatedEvents += aggregatedEvents
        firstDay = min(firstDay, startDay)
        lastDay = max(lastDay, endDay)
    }

    mutating func add(_ other: DatasetTally) {
        rawEvents += other.rawEvents
        aggregatedEvents += other.aggregatedEvents
        firstDay = min(firstDay, other.firstDay)
        lastDay = max(lastDay, other.lastDay)
    }

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
