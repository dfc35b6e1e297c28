import EntenteCase
import EntenteModel
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
        writer = try DatabaseQueue()
        path = nil
        try prepare(loadingCase: loadingCase)
    }

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

    /// Inserts events that are not stored yet and adds each new one to its dyad's aggregate.
    func insert(_ db: Database, events: [Event]) throws -> Int {
        let insertEvent = try db.cachedStatement(sql: EventRecord.insertSQL)
        var added = 0
        for event in events {
            try insertEvent.execute(arguments: EventRecord.arguments(for: event))
            guard db.changesCount == 1 else { continue }
            added += 1
            try add(db, event: event, sign: 1)
        }
        return added
    }

    /// Adds (sign +1) or removes (sign −1) one event's share of its dyad's aggregate.
    func add(_ db: Database, event: Event, sign: Int) throws {
        guard event.source.country != event.target.country else { return }
        let upsert = try db.cachedStatement(sql: DyadAggregateRecord.upsertSQL)
        var counts = [0, 0, 0, 0]
        counts[event.quadClass.rawValue - 1] = sign
        try upsert.execute(arguments: [
            event.source.country, event.target.country, event.date.start.key, event.date.end.key,
            sign, counts[0], counts[1], counts[2], counts[3], Double(sign) * event.goldstein,
            sign * (event.mentions ?? 0), sign * (event.sources ?? 0), sign * (event.articles ?? 0),
        ])
        if sign < 0 {
            try db.execute(sql: "DELETE FROM dyad_day WHERE events <= 0")
        }
    }

    func deleteEvents(_ db: Database, dataset: String) throws {
        let rows = try EventRecord.filter(EventRecord.Columns.dataset == dataset).fetchAll(db)
        for record in rows {
            try add(db, event: try record.event(), sign: -1)
        }
        try EventRecord.filter(EventRecord.Columns.dataset == dataset).deleteAll(db)
    }

    // MARK: - Reading

    public func events(matching query: EventQuery) throws -> [Event] {
        try writer.read { db in
            let (whereSQL, arguments) = Self.filter(query)
            var sql = "SELECT * FROM event \(whereSQL) ORDER BY start_day, end_day, id"
            if let limit = query.limit { sql += " LIMIT \(max(0, limit)) OFFSET \(max(0, query.offset))" }
            return try EventRecord.fetchAll(db, sql: sql, arguments: arguments).map { try $0.event() }
        }
    }

    public func count(matching query: EventQuery) throws -> Int {
        try writer.read { db in
            let (whereSQL, arguments) = Self.filter(query)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event \(whereSQL)", arguments: arguments) ?? 0
        }
    }

    static func filter(_ query: EventQuery) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let marks = { (count: Int) in Array(repeating: "?", count: count).joined(separator: ",") }
        switch query.actors.count {
        case 0: break
        case 1:
            clauses.append("(source = ? OR target = ?)")
            arguments += [query.actors[0], query.actors[0]]
        default:
            clauses.append("source IN (\(marks(query.actors.count))) AND target IN (\(marks(query.actors.count))) AND source <> target")
            arguments += query.actors + query.actors
        }
        if let range = query.range {
            clauses.append("start_day <= ? AND end_day >= ?")
            arguments += [range.upperBound.key, range.lowerBound.key]
        }
        if !query.codes.isEmpty {
            clauses.append("(" + query.codes.map { _ in "cameo LIKE ? || '%'" }.joined(separator: " OR ") + ")")
            arguments += query.codes
        }
        if !query.datasets.isEmpty {
            clauses.append("dataset IN (\(marks(query.datasets.count)))")
            arguments += query.datasets
        }
        let sql = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return (sql, StatementArguments(arguments))
    }

    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        try writer.read { db in
            var sql = "SELECT * FROM dyad_day WHERE ((source = ? AND target = ?)"
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
    }

    /// The states that have any aggregate with `country`, most events first: who a state deals with.
    public func partners(of country: String) throws -> [(code: String, events: Int)] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT partner, SUM(events) AS n FROM (
                      SELECT target AS partner, events FROM dyad_day WHERE source = ?
                      UNION ALL SELECT source AS partner, events FROM dyad_day WHERE target = ?)
                    GROUP BY partner ORDER BY n DESC, partner
                    """,
                arguments: [country, country])
            return rows.map { (code: $0["partner"], events: $0["n"]) }
        }
    }
}
