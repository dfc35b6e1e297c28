import EntenteModel
import EntenteStore
import NIOConcurrencyHelpers

// Events: written in batches (each with its share of the aggregates and its datasets' counts, committed by one row
// of `ingest_batch`), read with the same filters, order (first day, last day, id) and keyset paging as SQLite's.
extension ClickHouseStore: EventStore {
    /// Adds the events not stored yet, their shares of the aggregates and their datasets' counts, as one batch.
    ///
    /// - Complexity: one query for the ids already stored (500 ids a query), then one insert per table and the commit.
    @discardableResult
    public func write(events: [Event]) throws -> Int {
        try writing.withLock {
            let stored = try storedIDs(events.map(\.id), excludingBatches: [])
            var seen = Set<String>()
            let new = events.filter { !stored.contains($0.id) && seen.insert($0.id).inserted }
            guard !new.isEmpty else { return 0 }
            var batch = BatchRows(batch: Self.nextVersion())
            batch.add(new)
            try commit(batch, kind: "write", retracting: [])
            return new.count
        }
    }

    /// Takes back the batches that wrote the dataset's events (with their aggregates and counts) and writes `events`
    /// in their place: one commit row does both, so a reader sees the old events or the new ones.
    ///
    /// - Throws: ``ClickHouseError`` when events of the dataset came in with other data (an ingest of files): a batch
    ///   is taken back whole, so only what ``write(events:)`` wrote alone can be replaced.
    @discardableResult
    public func replaceEvents(ofDataset dataset: String, with events: [Event]) throws -> Int {
        try writing.withLock {
            var batches: [UInt64] = []
            try select("SELECT DISTINCT batch FROM \(table(ClickHouseSchema.event)) WHERE dataset = \(Self.quote(dataset)) AND \(committed)") {
                batches.append($0.uint64(0))
            }
            if !batches.isEmpty {
                let list = batches.map(String.init).joined(separator: ", ")
                var mixed = 0
                try select(
                    """
                    SELECT (SELECT count() FROM \(table(ClickHouseSchema.event)) WHERE batch IN (\(list)) AND dataset != \(Self.quote(dataset)))
                      + (SELECT count() FROM \(table(ClickHouseSchema.dyadDay)) WHERE batch IN (\(list)) AND dataset != \(Self.quote(dataset)))
                      + (SELECT count() FROM \(table(ClickHouseSchema.ingestBatch)) WHERE batch IN (\(list)) AND kind = 'ingest')
                    """
                ) { mixed = $0.int(0) }
                guard mixed == 0 else {
                    throw ClickHouseError(
                        server: client.server,
                        reason: "the events of '\(dataset)' were written together with other data (an ingest of files); ClickHouse can replace only a dataset written alone",
                        code: 0)
                }
            }
            let stored = try storedIDs(events.map(\.id), excludingBatches: batches)
            var seen = Set<String>()
            let new = events.filter { !stored.contains($0.id) && seen.insert($0.id).inserted }
            var batch = BatchRows(batch: Self.nextVersion())
            batch.add(new)
            try commit(batch, kind: "write", retracting: batches)
            return new.count
        }
    }

    /// The ids among `ids` that committed batches (other than `excluded`) hold.
    func storedIDs(_ ids: [String], excludingBatches excluded: [UInt64]) throws -> Set<String> {
        var stored = Set<String>()
        let exclusion = excluded.isEmpty ? "" : " AND batch NOT IN (\(excluded.map(String.init).joined(separator: ", ")))"
        for start in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[start..<min(start + 500, ids.count)])
            try select("SELECT id FROM \(table(ClickHouseSchema.event)) PREWHERE id IN (\(Self.quoted(part))) WHERE \(committed)\(exclusion)") {
                stored.insert($0.text(0))
            }
        }
        return stored
    }

    /// Writes a batch: its `begin` row, its rows, then its commit row and the rows that take `retracting` back, in one
    /// insert. Until the commit row is written no read counts any of its rows; a process killed before leaves them
    /// begun and never committed, which reads leave out.
    func commit(_ batch: BatchRows, kind: String, run: UInt64 = 0, quarantinePath: String = "", quarantineBytes: Int64 = 0, retracting: [UInt64]) throws {
        func log(_ batch: UInt64, _ kind: String, to rows: inout TabSeparatedRows) {
            rows.append(batch)
            rows.append(run)
            rows.append(kind)
            rows.append(quarantinePath)
            rows.append(quarantineBytes)
            rows.endRow()
        }
        var begin = TabSeparatedRows()
        log(batch.batch, "begin", to: &begin)
        try insert(begin, into: ClickHouseSchema.ingestBatch)
        for (table, rows) in batch.tables { try insert(rows, into: table) }
        var commit = TabSeparatedRows()
        log(batch.batch, kind, to: &commit)
        for retracted in retracting { log(retracted, "retract", to: &commit) }
        try insert(commit, into: ClickHouseSchema.ingestBatch)
    }

    // MARK: - Reading

    /// The `event` table's columns in the order ``event(_:)`` reads them.
    static let eventColumns = ClickHouseSchema.event.columnNames.filter { $0 != "batch" }.joined(separator: ", ")

    public func events(matching query: EventQuery) throws -> [Event] {
        var events: [Event] = []
        try select(listSQL(query, columns: Self.eventColumns)) { events.append(try Self.event($0)) }
        return events
    }

    /// - Complexity: a scan of the `id` column within the committed batches (ids lead no sort key: events are sorted
    ///   by pair of states), 500 ids a query.
    public func events(ids: [String]) throws -> [Event] {
        var events: [Event] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[start..<min(start + 500, ids.count)])
            try select(
                "SELECT \(Self.eventColumns) FROM \(table(ClickHouseSchema.event)) PREWHERE id IN (\(Self.quoted(part))) WHERE \(committed)"
            ) { events.append(try Self.event($0)) }
        }
        events.sort { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
        return events
    }

    public func eventOutlines(matching query: EventQuery) throws -> [EventOutline] {
        var outlines: [EventOutline] = []
        try select(listSQL(query, columns: "id, start_day, end_day, precision, source, target, quad_class")) { row in
            let id = row.text(0)
            guard let precision = EventDate.Precision(rawValue: row.text(3)),
                let date = try? EventDate(start: Day(key: row.int(1)), end: Day(key: row.int(2)), precision: precision),
                let quadClass = QuadClass(rawValue: row.int(6))
            else { throw StoreError(path: nil, reason: "event \(id) has a bad date or quad class") }
            outlines.append(EventOutline(id: id, source: row.text(4), target: row.text(5), date: date, quadClass: quadClass))
        }
        return outlines
    }

    public func count(matching query: EventQuery) throws -> Int {
        var count = 0
        try select("SELECT count() FROM \(table(ClickHouseSchema.event)) WHERE \(conditions(query))") { count = $0.int(0) }
        return count
    }

    /// The query listing `query`'s events in order (first day, last day, id), reading `columns`.
    func listSQL(_ query: EventQuery, columns: String) -> String {
        var sql = "SELECT \(columns) FROM \(table(ClickHouseSchema.event)) WHERE \(conditions(query)) ORDER BY start_day, end_day, id"
        if let limit = query.limit { sql += " LIMIT \(max(0, query.offset)), \(max(0, limit))" }
        return sql
    }

    /// What SQLite's branches select, as one condition: the states (one: either side; several: both sides among
    /// them, not the same), days that overlap the range, code prefixes, datasets, the place after a cursor.
    func conditions(_ query: EventQuery) -> String {
        var terms = [committed]
        switch query.actors.count {
        case 0: break
        case 1: terms.append("(source = \(Self.quote(query.actors[0])) OR target = \(Self.quote(query.actors[0])))")
        default:
            let states = Self.quoted(query.actors)
            terms.append("source IN (\(states)) AND target IN (\(states)) AND source != target")
        }
        if let range = query.range {
            terms.append("start_day <= \(range.upperBound.key) AND end_day >= \(range.lowerBound.key)")
        }
        if !query.codes.isEmpty {
            terms.append("(" + query.codes.map { "startsWith(cameo, \(Self.quote($0)))" }.joined(separator: " OR ") + ")")
        }
        if !query.datasets.isEmpty { terms.append("dataset IN (\(Self.quoted(query.datasets)))") }
        if let after = query.after {
            let start = after.startDay.key
            let end = after.endDay.key
            terms.append(
                "(start_day > \(start) OR (start_day = \(start) AND (end_day > \(end) OR (end_day = \(end) AND id > \(Self.quote(after.id))))))")
        }
        return terms.joined(separator: " AND ")
    }

    /// An event from a row of ``eventColumns``.
    static func event(_ row: TabSeparatedReader) throws -> Event {
        let id = row.text(0)
        guard let code = CAMEOCode(row.text(12)) else {
            throw StoreError(path: nil, reason: "event \(id) has unknown CAMEO code '\(row.text(12))'")
        }
        let date: EventDate
        do {
            guard let precision = EventDate.Precision(rawValue: row.text(3)) else { throw EventDateError.inconsistent }
            date = try EventDate(start: Day(key: row.int(1)), end: Day(key: row.int(2)), precision: precision)
        } catch {
            throw StoreError(path: nil, reason: "event \(id) has a bad date (\(error))")
        }
        let magnitude = row.optionalDouble(15).map { Magnitude($0, row.string(16) ?? "") }
        return Event(
            id: id, date: date,
            source: Actor(row.text(4), sector: row.string(5), name: row.string(6), historical: row.string(7)),
            target: Actor(row.text(8), sector: row.string(9), name: row.string(10), historical: row.string(11)),
            cameo: code, goldstein: row.double(14), magnitude: magnitude, summary: row.text(17),
            provenance: Provenance(dataset: row.text(18), document: row.string(19), locator: row.string(20), url: row.string(21)),
            issues: row.text(22).split(separator: ",").map { Issue(String($0)) },
            reported: row.bool(23), hypothetical: row.bool(24), mentions: row.optionalInt(25), sources: row.optionalInt(26),
            articles: row.optionalInt(27))
    }
}
