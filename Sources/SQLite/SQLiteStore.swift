import EntenteCase
import EntenteModel
import EntenteSQLiteSetup
import Foundation
import GRDB

/// The store in one SQLite file, through GRDB: events, per-dyad-per-day aggregates, and a little metadata.
///
/// A file store uses a `DatabasePool` (WAL), so a server can read while an ingest writes. The schema comes
/// from ``SQLiteStore/migrator``; migrations are never edited once shipped.
public final class SQLiteStore: EventStore {
    public let writer: any DatabaseWriter
    /// The file, or nil for an in-memory store.
    public let path: String?

    /// Opens (creating if needed) the database at `path`, migrates it, and loads the built-in case into it
    /// when it does not hold the current version of the case yet.
    ///
    /// - Throws: ``StoreError`` naming the path when the file cannot be opened or is not an Entente database.
    public init(path: String, loadingCase: Bool = true) throws {
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
        configuration.busyMode = .timeout(10)
        // Pages through the OS's mapping rather than a read(2) copy each (a quarter of a loaded server's time went to
        // those copies), and a larger page cache per connection.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768")
        }
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: Self.plain(error))
        }
        self.path = path
        try prepare(loadingCase: loadingCase)
    }

    /// A store in memory, for tests and what-if scenarios.
    public init(inMemory loadingCase: Bool = false) throws {
        _ = Self.setUp
        writer = try DatabaseQueue()
        path = nil
        try prepare(loadingCase: loadingCase)
    }

    /// SQLite's process-wide settings, made once before the first connection opens: no mutex per connection (GRDB
    /// already uses each connection from one thread at a time, and supports only that mode; Debian's SQLite
    /// otherwise locks on every call, bind and step included: 7 % of a profile of the ingest's aggregate upserts,
    /// in C) and no global count of SQLite's memory (a lock on every allocation).
    private static let setUp: Void = { _ = entente_sqlite_setup() }()

    private func prepare(loadingCase: Bool) throws {
        do {
            try Self.migrator.migrate(writer)
            if loadingCase { try loadCase() }
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

    /// The default database: `ENTENTE_DB` if set, else `entente.sqlite` in the user's data folder
    /// (`$XDG_DATA_HOME/entente`, or `~/.local/share/entente`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["ENTENTE_DB"], !path.isEmpty { return path }
        let base: String
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            base = data
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/entente/entente.sqlite"
    }

    // MARK: - The built-in case

    /// Loads the built-in case if this database holds an older version of it (or none), and the case's
    /// watchlist if it holds an older version of that (or none).
    ///
    /// Case events are keyed by stable ids: loading twice changes nothing; a newer version replaces the old
    /// case events and their share of the aggregates in one transaction.
    public func loadCase() throws {
        try writer.write { db in
            try self.loadCaseWatchlist(db)
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'case_version'").flatMap(Int.init)
            guard stored != BuiltInCase.version else { return }
            if stored != nil { try self.deleteEvents(db, dataset: "entente-case") }
            _ = try self.insert(db, events: BuiltInCase.events)
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('case_version', ?)", arguments: [String(BuiltInCase.version)])
        }
    }

    // MARK: - Writing

    @discardableResult
    public func write(events: [Event]) throws -> Int {
        try writer.write { db in try self.insert(db, events: events) }
    }

    /// Inserts events that are not stored yet, adds each new one to its dyad's aggregates (per day and per month),
    /// and logs the pairs it changed (``changes(since:)``).
    func insert(_ db: Database, events: [Event]) throws -> Int {
        let insertEvent = try db.cachedStatement(sql: EventRecord.insertSQL)
        var added = 0
        var changes = ChangeSet()
        for event in events {
            try insertEvent.execute(arguments: EventRecord.arguments(for: event))
            guard db.changesCount == 1 else { continue }
            added += 1
            changes.note(event.source.country, event.target.country, startDay: event.date.start.key, endDay: event.date.end.key)
            try add(db, event: event, sign: 1)
        }
        try changes.write(db)
        return added
    }

    /// Adds (sign +1) or removes (sign −1) one event's share of its dyad's aggregates, per day and per month.
    func add(_ db: Database, event: Event, sign: Int) throws {
        guard event.source.country != event.target.country else { return }
        var counts = [0, 0, 0, 0]
        counts[event.quadClass.rawValue - 1] = sign
        let start = event.date.start.key
        let end = event.date.end.key
        let totals: [any DatabaseValueConvertible] = [
            sign, counts[0], counts[1], counts[2], counts[3], Double(sign) * event.goldstein,
            sign * (event.mentions ?? 0), sign * (event.sources ?? 0), sign * (event.articles ?? 0),
        ]
        let upsert = try db.cachedStatement(sql: DyadAggregateRecord.upsertSQL)
        try upsert.execute(arguments: StatementArguments([event.source.country, event.target.country, start, end] + totals))
        let month = Self.monthKey(startDay: start, endDay: end)
        let upsertMonth = try db.cachedStatement(sql: Self.monthUpsertSQL)
        try upsertMonth.execute(
            arguments: StatementArguments([event.source.country, event.target.country, month.start, month.end, start, end] + totals))
        if sign < 0 {
            try db.execute(sql: "DELETE FROM dyad_day WHERE events <= 0")
            try db.execute(sql: "DELETE FROM dyad_month WHERE events <= 0")
            // A month's span of days cannot shrink by subtraction: read it again from the days.
            try db.execute(
                sql: """
                    UPDATE dyad_month SET
                      first_day = (SELECT MIN(start_day) FROM dyad_day d WHERE d.source = dyad_month.source
                        AND d.target = dyad_month.target AND d.start_day >= dyad_month.start_day AND d.end_day <= dyad_month.end_day),
                      last_day = (SELECT MAX(end_day) FROM dyad_day d WHERE d.source = dyad_month.source
                        AND d.target = dyad_month.target AND d.start_day >= dyad_month.start_day AND d.end_day <= dyad_month.end_day)
                    WHERE source = ? AND target = ? AND start_day = ? AND end_day = ?
                    """,
                arguments: [event.source.country, event.target.country, month.start, month.end])
        }
    }

    func deleteEvents(_ db: Database, dataset: String) throws {
        let rows = try EventRecord.filter(EventRecord.Columns.dataset == dataset).fetchAll(db)
        var changes = ChangeSet()
        for record in rows {
            let event = try record.event()
            changes.note(event.source.country, event.target.country, startDay: event.date.start.key, endDay: event.date.end.key)
            try add(db, event: event, sign: -1)
        }
        try EventRecord.filter(EventRecord.Columns.dataset == dataset).deleteAll(db)
        try changes.write(db)
    }

    // MARK: - Reading

    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        try writer.read { db in try Self.aggregates(db, table: "dyad_day", of: dyad, within: range) }
    }

    /// Per month from `dyad_month` (tens of rows for a dyad's decades, not thousands) when `range` is nil or whole
    /// months; per day otherwise, so that a range that starts or ends inside a month counts only its own days.
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        if let range, range.lowerBound.day != 1 || range.upperBound.adding(days: 1).day != 1 {
            return try aggregates(of: dyad, within: range)
        }
        return try writer.read { db in try Self.aggregates(db, table: "dyad_month", of: dyad, within: range) }
    }

    /// The rows of `dyad_day` or `dyad_month` (whose `first_day` and `last_day` take the place of the key's dates).
    static func aggregates(_ db: Database, table: String, of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        let dates = table == "dyad_month" ? "first_day, last_day" : "start_day, end_day"
        var sql = """
            SELECT source, target, \(dates), events, q1, q2, q3, q4, goldstein_sum, mentions, sources, articles
            FROM \(table) WHERE ((source = ? AND target = ?)
            """
        var arguments: [any DatabaseValueConvertible] = [dyad.first, dyad.second]
        if !dyad.directed {
            sql += " OR (source = ? AND target = ?)"
            arguments += [dyad.second, dyad.first]
        }
        sql += ")"
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
