import EntenteModel
import EntenteSQLiteSetup
import EntenteStore
import Foundation
import GRDB

/// The store in one SQLite file, through GRDB: events, per-dyad-per-day aggregates, and a little metadata.
///
/// A file store uses a `DatabasePool` (WAL), so a server can read while an ingest writes. The schema comes
/// from ``SQLiteStore/migrator``; migrations are never edited once shipped. Opening a store loads nothing into it:
/// the application decides what to load (EntenteSetup loads the built-in case).
public final class SQLiteStore: EventStore {
    public let writer: any DatabaseWriter
    /// The file, or nil for an in-memory store.
    public let path: String?
    /// The fewest raw events an ingest stores before it sets the read indexes aside, to build them again at its end
    /// (it also waits until it has stored as many as the store held before it): see `SQLiteStore+DeferredIndexes`.
    public let indexDeferralMinimum: Int

    /// Opens (creating if needed) the database at `path` and migrates it; builds the read indexes a killed bulk load
    /// left out, unless an ingest is writing the store now.
    ///
    /// - Parameter indexDeferralMinimum: ``indexDeferralMinimum`` (a test sets it low, to defer on a small load).
    /// - Throws: ``StoreError`` naming the path when the file cannot be opened or is not an Entente database.
    public init(path: String, indexDeferralMinimum: Int = defaultIndexDeferralMinimum) throws {
        _ = Self.setUp
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError(path: path, reason: "it is a directory, not a database file")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Double(Self.busyTimeoutMilliseconds) / 1000)
        // A new file gets pages of ``pageSize`` (set before its first table; an existing file keeps its own). Pages
        // through the OS's mapping rather than a read(2) copy each (a quarter of a loaded server's time went to those
        // copies), and a larger page cache per connection.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize); PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768")
        }
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: Self.plain(error))
        }
        self.path = path
        self.indexDeferralMinimum = indexDeferralMinimum
        try migrate()
        do {
            try rebuildDeferredIndexesIfIdle()
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: Self.plain(error))
        }
    }

    /// The page size of a new store: 16 KiB, not SQLite's 4 KiB. Loading 1,000,000 raw events took 6.4–7.0 s of wall
    /// time against 7.4–7.6 s in interleaved runs on a quiet machine (CPU 8.9–9.9 s against 10.2–10.6 s), and
    /// 1,000,000 rows of counts 4.9–5.3 CPU s against 5.3–5.8: fewer pages to split, write and copy through the log.
    /// The reads of a 10-million-event store cost the same CPU with either (brief 0.50 s, dyad 0.04 s). docs/ingest.md,
    /// "Pages of 16 KiB".
    public static let pageSize = 16_384

    /// An empty store in memory (as GRDB's `DatabaseQueue()`), for tests.
    public init(indexDeferralMinimum: Int = defaultIndexDeferralMinimum) throws {
        _ = Self.setUp
        writer = try DatabaseQueue()
        path = nil
        self.indexDeferralMinimum = indexDeferralMinimum
        try migrate()
    }

    /// Below 50,000 events the read indexes fit in the ingest's page cache, and writing them as events come costs
    /// little.
    public static let defaultIndexDeferralMinimum = 50_000

    /// How long a writer waits for another to finish before it fails with "database is locked".
    static let busyTimeoutMilliseconds = 10_000

    /// SQLite's process-wide settings, made once before the first connection opens: no mutex per connection (GRDB
    /// already uses each connection from one thread at a time, and supports only that mode; Debian's SQLite
    /// otherwise locks on every call, bind and step included: 7 % of a profile of the ingest's aggregate upserts,
    /// in C) and no global count of SQLite's memory (a lock on every allocation).
    private static let setUp: Void = { _ = entente_sqlite_setup() }()

    private func migrate() throws {
        do {
            try Self.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: Self.plain(error))
        }
    }

    static func plain(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "the file is not an SQLite database"
        case .SQLITE_CANTOPEN: "the file cannot be opened (check the path and its permissions)"
        case .SQLITE_READONLY: "the file is read-only"
        case .SQLITE_CORRUPT: "the database file is damaged"
        default: error.message ?? "\(error)"
        }
    }

    // MARK: - Writing

    @discardableResult
    public func write(events: [Event]) throws -> Int {
        try writer.write { db in try self.insert(db, events: events) }
    }

    /// Deletes the dataset's events and takes their share out of the aggregates, then inserts `events`, in one
    /// transaction; the pairs either touched are logged (``changes(since:)``).
    ///
    /// - Complexity: reads the `event` table whole to find the dataset's events (no index leads with the dataset):
    ///   for the built-in case on a new version, not for a dataset of millions.
    @discardableResult
    public func replaceEvents(ofDataset dataset: String, with events: [Event]) throws -> Int {
        try writer.write { db in
            let stored = try EventRecord.filter(EventRecord.Columns.dataset == dataset).fetchAll(db).map { try $0.event() }
            var changes = ChangeSet()
            for event in stored { changes.note(event) }
            try Self.addShares(db, of: stored, sign: -1)
            try EventRecord.filter(EventRecord.Columns.dataset == dataset).deleteAll(db)
            try changes.write(db)
            let added = try self.insert(db, events: events)
            try Self.recountDataset(db, dataset)
            return added
        }
    }

    /// Inserts events that are not stored yet, adds the new ones to their dyads' aggregates (per day and per month)
    /// and to their datasets' summaries, and logs the pairs it changed (``changes(since:)``).
    func insert(_ db: Database, events: [Event]) throws -> Int {
        let insertEvent = try db.cachedStatement(sql: EventRecord.insertSQL)
        var added: [Event] = []
        var changes = ChangeSet()
        var datasets: [String: DatasetTally] = [:]
        for event in events {
            try insertEvent.execute(arguments: EventRecord.arguments(for: event))
            guard db.changesCount == 1 else { continue }
            added.append(event)
            changes.note(event)
            datasets[event.provenance.dataset, default: DatasetTally()].add(event)
        }
        try Self.addShares(db, of: added, sign: 1)
        try DatasetTally.write(datasets, db)
        try changes.write(db)
        return added.count
    }

    /// Adds (sign +1) or takes out (−1) the events' shares of their dyads' aggregates, per day and per month. A row
    /// taken down to no events is deleted; a month row taken down keeps the span of the days it still holds.
    static func addShares(_ db: Database, of events: [Event], sign: Int) throws {
        let shares = DyadDayTotals.shares(of: events, sign: sign)
        let upsertDay = try db.cachedStatement(sql: DyadAggregateRecord.upsertSQL)
        let upsertMonth = try db.cachedStatement(sql: Self.monthUpsertSQL)
        for (key, totals) in shares {
            let values: [any DatabaseValueConvertible] = [
                totals.events, totals.q1, totals.q2, totals.q3, totals.q4, totals.goldsteinSum, totals.mentions,
                totals.sources, totals.articles,
            ]
            let month = monthKey(startDay: key.startDay, endDay: key.endDay)
            try upsertDay.execute(
                arguments: StatementArguments([key.source, key.target, key.dataset, key.startDay, key.endDay] + values))
            try upsertMonth.execute(
                arguments: StatementArguments(
                    [key.source, key.target, key.dataset, month.start, month.end, key.startDay, key.endDay] + values))
            guard sign < 0 else { continue }
            let dayKey: StatementArguments = [key.source, key.target, key.dataset, key.startDay, key.endDay]
            let monthKey: StatementArguments = [key.source, key.target, key.dataset, month.start, month.end]
            try db.execute(
                sql: "DELETE FROM dyad_day WHERE source = ? AND target = ? AND dataset = ? AND start_day = ? AND end_day = ? AND events <= 0",
                arguments: dayKey)
            try db.execute(
                sql: "DELETE FROM dyad_month WHERE source = ? AND target = ? AND dataset = ? AND start_day = ? AND end_day = ? AND events <= 0",
                arguments: monthKey)
            // A month's span of days cannot shrink by subtraction: read it again from the days.
            try db.execute(
                sql: """
                    UPDATE dyad_month SET
                      first_day = (SELECT MIN(start_day) FROM dyad_day d WHERE d.source = dyad_month.source
                        AND d.target = dyad_month.target AND d.dataset = dyad_month.dataset
                        AND d.start_day >= dyad_month.start_day AND d.end_day <= dyad_month.end_day),
                      last_day = (SELECT MAX(end_day) FROM dyad_day d WHERE d.source = dyad_month.source
                        AND d.target = dyad_month.target AND d.dataset = dyad_month.dataset
                        AND d.start_day >= dyad_month.start_day AND d.end_day <= dyad_month.end_day)
                    WHERE source = ? AND target = ? AND dataset = ? AND start_day = ? AND end_day = ?
                    """,
                arguments: monthKey)
        }
    }

    // MARK: - Reading

    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        try writer.read { db in try Self.aggregates(db, table: "dyad_day", of: dyad, within: range, datasets: datasets) }
    }

    /// Per month from `dyad_month` (tens of rows for a dyad's decades, not thousands) when `range` is nil or whole
    /// months; per day otherwise, so that a range that starts or ends inside a month counts only its own days.
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        if let range, range.lowerBound.day != 1 || range.upperBound.adding(days: 1).day != 1 {
            return try aggregates(of: dyad, within: range, datasets: datasets)
        }
        return try writer.read { db in try Self.aggregates(db, table: "dyad_month", of: dyad, within: range, datasets: datasets) }
    }

    /// Sums `dyad_month` per pair and period in SQL: the rows within one period (all but coarse dates) grouped by
    /// the period their month lies in, the rest as they are.
    ///
    /// - Complexity: one pass over `dyad_month` within `range` (for a year of ICEWS's 146 states, about 10,000
    ///   rows; for 30 years of 150 states' daily events, a few million).
    public func periodAggregates(by length: PeriodLength, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        // A row lies within one period when its first and last day share the period's key; the period's first and
        // last day as YYYYMMDD.
        let key: String
        let first: String
        let last: String
        switch length {
        case .year:
            key = "(%@ / 10000)"
            first = "(start_day / 10000 * 10000 + 101)"
            last = "(start_day / 10000 * 10000 + 1231)"
        case .quarter:
            key = "(%@ / 10000 * 4 + ((%@ / 100 % 100) - 1) / 3)"
            first = "(start_day / 10000 * 10000 + ((start_day / 100 % 100 - 1) / 3 * 3 + 1) * 100 + 1)"
            last = "(start_day / 10000 * 10000 + ((start_day / 100 % 100 - 1) / 3 * 3 + 3) * 100 + 31)"
        case .month:
            key = "(%@ / 100)"
            first = "(start_day / 100 * 100 + 1)"
            last = "(start_day / 100 * 100 + 31)"
        }
        let within = "\(key.replacingOccurrences(of: "%@", with: "start_day")) = \(key.replacingOccurrences(of: "%@", with: "end_day"))"
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !datasets.isEmpty {
            conditions.append("dataset IN (\(Array(repeating: "?", count: datasets.count).joined(separator: ",")))")
            arguments += datasets
        }
        if let range {
            conditions.append("start_day <= ? AND end_day >= ?")
            arguments += [range.upperBound.key, range.lowerBound.key]
        }
        let sql = """
            SELECT source, target,
              CASE WHEN \(within) THEN \(first) ELSE start_day END AS period_first,
              CASE WHEN \(within) THEN \(last) ELSE end_day END AS period_last,
              SUM(events), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(goldstein_sum), SUM(mentions), SUM(sources), SUM(articles)
            FROM dyad_month \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY source, target, period_first, period_last
            """
        return try writer.read { db in
            var rows: [DyadAggregate] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() {
                let last = Day(key: row[3])
                rows.append(
                    DyadAggregate(
                        source: row[0], target: row[1], start: Day(key: row[2]),
                        // A month's key ends on its 31st: the period's real last day.
                        end: Day(year: last.year, month: last.month, day: min(last.day, Day.daysIn(month: last.month, year: last.year))),
                        counts: [row[5], row[6], row[7], row[8]], goldsteinSum: row[9], mentions: row[10], sources: row[11],
                        articles: row[12], dataset: ""))
            }
            return rows
        }
    }

    /// The rows of `dyad_day` or `dyad_month` (whose `first_day` and `last_day` take the place of the key's dates).
    ///
    /// Both tables are keyed by (source, target, dataset, start day, end day): a direction of a dyad in one dataset is
    /// one stretch of the key, read in date order; several directions or datasets are several stretches, sorted.
    static func aggregates(
        _ db: Database, table: String, of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]
    ) throws -> [DyadAggregate] {
        let dates = table == "dyad_month" ? "first_day, last_day" : "start_day, end_day"
        var sql = """
            SELECT source, target, \(dates), events, q1, q2, q3, q4, goldstein_sum, mentions, sources, articles, dataset
            FROM \(table) WHERE ((source = ? AND target = ?)
            """
        var arguments: [any DatabaseValueConvertible] = [dyad.first, dyad.second]
        if !dyad.directed {
            sql += " OR (source = ? AND target = ?)"
            arguments += [dyad.second, dyad.first]
        }
        sql += ")"
        if !datasets.isEmpty {
            sql += " AND dataset IN (\(Array(repeating: "?", count: datasets.count).joined(separator: ",")))"
            arguments += datasets
        }
        if let range {
            sql += " AND start_day <= ? AND end_day >= ?"
            arguments += [range.upperBound.key, range.lowerBound.key]
        }
        sql += " ORDER BY start_day, end_day"
        return try DyadAggregateRecord.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(\.aggregate)
    }

    /// The states that have any aggregate with `country`, most events first: who a state deals with.
    public func partners(of country: String) throws -> [(code: String, events: Int)] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT partner, SUM(events) AS n FROM (
                      SELECT target AS partner, events FROM dyad_month WHERE source = ?
                      UNION ALL SELECT source AS partner, events FROM dyad_month WHERE target = ?)
                    GROUP BY partner ORDER BY n DESC, partner
                    """,
                arguments: [country, country])
            return rows.map { (code: $0["partner"], events: $0["n"]) }
        }
    }
}

/// Everything Entente asks of a store: events and aggregates (above), arms transfers, the watchlist, metadata, the
/// change log and bulk ingest (in the `SQLiteStore+…` files).
extension SQLiteStore: Store {}
