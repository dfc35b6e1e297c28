import EntenteModel
import EntenteStore
import GRDBSQLite

/// What one checkpoint of an ingest writes, taken from the session at once: the aggregates added since the last
/// checkpoint, the event-key blocks changed, the pairs changed, the datasets' counts, the ledger's rows and the
/// quarantine file's size.
/// ``write(_:)`` writes them into the open transaction, which holds every event inserted since the last checkpoint;
/// the session commits it (``SQLiteIngestSession``).
///
/// It runs on the session's ``CheckpointLane``, through SQLite's C interface only, while the committing thread
/// goes on with the next rows in memory. It does not commit: SQLite's commit hook, which GRDB sets, may run only on
/// GRDB's queue.
struct IngestCheckpoint {
    /// Per-day deltas in key order (dyad, dataset, then day): the writes walk the table's B-tree from one end to the
    /// other.
    var aggregates: [(key: DyadDayKey, totals: DyadDayTotals)]
    var blocks: [KeyBlock]
    var changes: ChangeSet
    /// The raw events inserted since the last checkpoint, per dataset.
    var rawEvents: [String: DatasetTally]
    /// Ledger rows: the progress of the input being read, and inputs rejected whole since the last checkpoint.
    var files: [IngestFileState]
    var quarantineBytes: Int64?
    var run: Int64
    /// When the ledger row is written (ISO 8601).
    var time: String

    /// A block of event keys as the session had it when the checkpoint was taken (``EventKeyBlock``'s bytes).
    struct KeyBlock {
        var namespace: String
        var block: UInt64
        var members: Int
        var bytes: [UInt8]
    }

    /// Rows an upsert statement adds at once: one statement of 16 rows costs about three quarters of 16 of one row
    /// (measured in C on the benchmark's rows; each statement has its own start, bindings lock and end).
    static let batch = 16

    /// The statements a checkpoint runs, prepared once a session.
    final class Statements {
        let connection: OpaquePointer
        let upsertDay: RawStatement
        let upsertDays: RawStatement
        let upsertMonth: RawStatement
        let upsertMonths: RawStatement
        let keyBlock: RawStatement
        let ledger: RawStatement
        let quarantineBytes: RawStatement
        let datasets: RawStatement

        init(connection: OpaquePointer) throws {
            self.connection = connection
            upsertDay = try RawStatement(connection, DyadAggregateRecord.upsertSQL)
            upsertDays = try RawStatement(connection, Self.repeatingValues(DyadAggregateRecord.upsertSQL, rows: batch))
            upsertMonth = try RawStatement(connection, SQLiteStore.monthUpsertSQL)
            upsertMonths = try RawStatement(connection, Self.repeatingValues(SQLiteStore.monthUpsertSQL, rows: batch))
            keyBlock = try RawStatement(
                connection, "INSERT OR REPLACE INTO ingest_key_block (namespace, block, members, bits) VALUES (?, ?, ?, ?)")
            ledger = try RawStatement(
                connection,
                """
                INSERT OR REPLACE INTO ingest_file (fingerprint, path, format, bytes_done, lines_done, tail_check,
                  complete, size, rows_read, rows_stored, rows_duplicate, rows_merged, rows_quarantined, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            quarantineBytes = try RawStatement(connection, "UPDATE ingest_run SET quarantine_bytes = ? WHERE id = ?")
            datasets = try RawStatement(connection, DatasetTally.upsertSQL)
        }

        /// `sql`, whose one row of values is `VALUES (?, …)`, with `rows` such rows.
        static func repeatingValues(_ sql: String, rows: Int) -> String {
            let parts = sql.split(separator: "VALUES ", maxSplits: 1)
            let row = parts[1].prefix { $0 != ")" } + ")"
            return parts[0] + "VALUES " + repeatElement(row, count: rows).joined(separator: ", ") + parts[1].dropFirst(row.count)
        }
    }

    func write(_ statements: Statements) throws {
        var changes = self.changes
        var datasets = rawEvents
        try writeAggregates(statements, changes: &changes, datasets: &datasets)
        try DatasetTally.write(datasets, with: statements.datasets)
        for block in blocks {
            let statement = statements.keyBlock
            statement.bind(1, block.namespace)
            statement.bind(2, Int64(bitPattern: block.block))
            statement.bind(3, block.members)
            statement.bind(4, block.bytes)
            try statement.run("cannot store the event keys counted")
        }
        try changes.write(statements.connection)
        for file in files {
            let statement = statements.ledger
            statement.bind(1, file.fingerprint)
            statement.bind(2, file.path)
            statement.bind(3, file.format)
            statement.bind(4, file.bytesDone)
            statement.bind(5, file.linesDone)
            statement.bind(6, file.tailCheck)
            statement.bind(7, file.complete)
            statement.bind(8, file.size)
            statement.bind(9, file.rowsRead)
            statement.bind(10, file.rowsStored)
            statement.bind(11, file.rowsDuplicate)
            statement.bind(12, file.rowsMerged)
            statement.bind(13, file.rowsQuarantined)
            statement.bind(14, time)
            try statement.run("cannot record the file's progress")
        }
        if let quarantineBytes {
            statements.quarantineBytes.bind(1, quarantineBytes)
            statements.quarantineBytes.bind(2, run)
            try statements.quarantineBytes.run("cannot record the quarantine file's size")
        }
    }

    /// A month's sum being gathered, or a coarse date's.
    private struct MonthRow {
        var source: String
        var target: String
        var dataset: String
        var start: Int
        var end: Int
        var totals: DyadDayTotals
        var first: Int
        var last: Int
    }

    /// Writes the per-day deltas, their sums per month, notes the pairs they change and counts their events per
    /// dataset.
    ///
    /// The monthly rows come from the same deltas, summed as they go: the deltas come in key order (dyad, dataset,
    /// then day), so a month's days are consecutive and one upsert a dyad-month a checkpoint writes them, with no
    /// lookup per day (coarse dates, which span months, are gathered apart).
    private func writeAggregates(_ statements: Statements, changes: inout ChangeSet, datasets: inout [String: DatasetTally]) throws {
        var months: [MonthRow] = []
        var coarse: [MonthRow] = []
        var run: (source: String, target: String, first: Int, last: Int)?
        var tally: (dataset: String, counted: DatasetTally)?
        let days = aggregates.filter { $0.totals.events != 0 }
        for (key, totals) in days {
            let bounds = SQLiteStore.monthKey(startDay: key.startDay, endDay: key.endDay)
            let row = MonthRow(
                source: key.source, target: key.target, dataset: key.dataset, start: bounds.start, end: bounds.end,
                totals: totals, first: key.startDay, last: key.endDay)
            if tally?.dataset != key.dataset {
                if let tally { datasets[tally.dataset, default: DatasetTally()].add(tally.counted) }
                tally = (key.dataset, DatasetTally())
            }
            tally?.counted.add(aggregatedEvents: totals.events, startDay: key.startDay, endDay: key.endDay)
            if bounds.start == key.startDay && bounds.end == key.endDay && key.startDay / 100 != key.endDay / 100 {
                coarse.append(row)
            } else if let current = months.last, current.start == bounds.start, current.source == key.source,
                current.target == key.target, current.dataset == key.dataset
            {
                months[months.count - 1].totals.add(totals)
                months[months.count - 1].first = min(current.first, key.startDay)
                months[months.count - 1].last = max(current.last, key.endDay)
            } else {
                months.append(row)
            }
            if var current = run, current.source == key.source, current.target == key.target {
                current.first = min(current.first, key.startDay)
                current.last = max(current.last, key.endDay)
                run = current
            } else {
                if let current = run { changes.note(current.source, current.target, startDay: current.first, endDay: current.last) }
                run = (key.source, key.target, key.startDay, key.endDay)
            }
        }
        if let current = run { changes.note(current.source, current.target, startDay: current.first, endDay: current.last) }
        if let tally { datasets[tally.dataset, default: DatasetTally()].add(tally.counted) }
        try Self.upsert(days, one: statements.upsertDay, many: statements.upsertDays, "cannot add to the aggregates") {
            statement, base, day in
            statement.bind(base + 1, day.key.source)
            statement.bind(base + 2, day.key.target)
            statement.bind(base + 3, day.key.dataset)
            statement.bind(base + 4, day.key.startDay)
            statement.bind(base + 5, day.key.endDay)
            Self.bind(day.totals, to: statement, from: base + 6)
        }
        try Self.upsert(months + coarse, one: statements.upsertMonth, many: statements.upsertMonths, "cannot add to the monthly aggregates") {
            statement, base, row in
            statement.bind(base + 1, row.source)
            statement.bind(base + 2, row.target)
            statement.bind(base + 3, row.dataset)
            statement.bind(base + 4, row.start)
            statement.bind(base + 5, row.end)
            statement.bind(base + 6, row.first)
            statement.bind(base + 7, row.last)
            Self.bind(row.totals, to: statement, from: base + 8)
        }
    }

    /// Runs `many` (``batch`` rows) for each whole batch of `rows`, then `one` for each row left; `bind` binds a row
    /// from parameter `base + 1` on.
    private static func upsert<Row>(
        _ rows: [Row], one: RawStatement, many: RawStatement, _ what: @autoclosure () -> String,
        bind: (RawStatement, Int32, Row) -> Void
    ) throws {
        let width = Int32(sqlite3_bind_parameter_count(one.handle))
        var index = 0
        while rows.count - index >= batch {
            for offset in 0..<batch { bind(many, Int32(offset) * width, rows[index + offset]) }
            try many.run(what())
            index += batch
        }
        while index < rows.count {
            bind(one, 0, rows[index])
            try one.run(what())
            index += 1
        }
    }

    private static func bind(_ totals: DyadDayTotals, to statement: RawStatement, from column: Int32) {
        statement.bind(column, totals.events)
        statement.bind(column + 1, totals.q1)
        statement.bind(column + 2, totals.q2)
        statement.bind(column + 3, totals.q3)
        statement.bind(column + 4, totals.q4)
        statement.bind(column + 5, totals.goldsteinSum)
        statement.bind(column + 6, totals.mentions)
        statement.bind(column + 7, totals.sources)
        statement.bind(column + 8, totals.articles)
    }
}
