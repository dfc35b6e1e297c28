import EntenteModel
import EntenteStore
import GRDB

extension SQLiteStore: WatchStore {
    /// The watchlist table, registered after v1 (see ``SQLiteStore/migrator``).
    static func registerWatchMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-relations: watch indicators") { db in
            try db.execute(
                sql: """
                    CREATE TABLE watch_indicator (
                      name TEXT PRIMARY KEY NOT NULL,
                      states TEXT NOT NULL,
                      directed INTEGER NOT NULL DEFAULT 0,
                      codes TEXT NOT NULL DEFAULT '',
                      quad_class INTEGER,
                      issues TEXT NOT NULL DEFAULT '',
                      comparison TEXT NOT NULL CHECK (comparison IN ('above', 'below')),
                      threshold REAL NOT NULL,
                      window_days INTEGER NOT NULL CHECK (window_days > 0),
                      note TEXT NOT NULL DEFAULT '',
                      origin TEXT NOT NULL DEFAULT 'user',
                      last_checked_day INTEGER,
                      last_value REAL,
                      last_fired INTEGER
                    );
                    """)
        }
    }

    public func add(indicator: WatchIndicator, replacing: Bool) throws {
        try writer.write { db in
            if !replacing, try Bool.fetchOne(db, sql: "SELECT 1 FROM watch_indicator WHERE name = ?", arguments: [indicator.name]) == true {
                throw StoreError(path: path, reason: "an indicator named '\(indicator.name)' exists already (remove it first)")
            }
            try Self.insert(db, indicator: indicator)
        }
    }

    public func indicators() throws -> [WatchIndicator] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM watch_indicator ORDER BY name").map(Self.indicator)
        }
    }

    @discardableResult
    public func removeIndicator(named name: String) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM watch_indicator WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func record(check: WatchIndicator.Check, forIndicatorNamed name: String) throws {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE watch_indicator SET last_checked_day = ?, last_value = ?, last_fired = ? WHERE name = ?",
                arguments: [check.day.key, check.value, check.fired, name])
        }
    }

    /// The later of the latest first day (`event_by_day`) and the latest last day of the events whose dates span
    /// days (`event_spanning`): each a walk from the end of its index to the first event that is not hypothetical.
    public func latestEventDay() throws -> Day? {
        try writer.read { db in
            try Int.fetchOne(
                db,
                sql: Self.readable(
                    """
                    SELECT max(COALESCE(first, last), COALESCE(last, first)) FROM (SELECT
                      (SELECT start_day FROM event INDEXED BY event_by_day WHERE hypothetical = 0
                        ORDER BY start_day DESC LIMIT 1) AS first,
                      (SELECT end_day FROM event INDEXED BY event_spanning WHERE end_day > start_day AND hypothetical = 0
                        ORDER BY end_day DESC LIMIT 1) AS last)
                    """, db)
            ).map(Day.init(key:))
        }
    }

    static func insert(_ db: Database, indicator: WatchIndicator) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO watch_indicator (name, states, directed, codes, quad_class, issues, comparison,
                  threshold, window_days, note, origin, last_checked_day, last_value, last_fired)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                indicator.name, indicator.states.joined(separator: ","), indicator.directed,
                indicator.codes.joined(separator: ","), indicator.quadClass?.rawValue,
                indicator.issues.map(\.rawValue).joined(separator: ","), indicator.comparison.rawValue, indicator.threshold,
                indicator.windowDays, indicator.note, indicator.origin.rawValue, indicator.lastCheck?.day.key,
                indicator.lastCheck?.value, indicator.lastCheck?.fired,
            ])
    }

    static func indicator(_ row: Row) throws -> WatchIndicator {
        let name: String = row["name"]
        func list(_ column: String) -> [String] {
            (row[column] as String? ?? "").split(separator: ",").map(String.init)
        }
        let comparisonText: String = row["comparison"]
        guard let comparison = WatchIndicator.Comparison(rawValue: comparisonText) else {
            throw StoreError(path: nil, reason: "indicator '\(name)' has unknown comparison '\(comparisonText)'")
        }
        var quadClass: QuadClass?
        if let quad: Int = row["quad_class"] {
            guard let value = QuadClass(rawValue: quad) else {
                throw StoreError(path: nil, reason: "indicator '\(name)' has unknown quad class \(quad)")
            }
            quadClass = value
        }
        var lastCheck: WatchIndicator.Check?
        if let day: Int = row["last_checked_day"] {
            lastCheck = WatchIndicator.Check(day: Day(key: day), value: row["last_value"] ?? 0, fired: row["last_fired"] ?? false)
        }
        return WatchIndicator(
            name: name, states: list("states"), directed: row["directed"], codes: list("codes"), quadClass: quadClass,
            issues: list("issues").map { Issue($0) }, comparison: comparison, threshold: row["threshold"],
            windowDays: row["window_days"], note: row["note"],
            origin: WatchIndicator.Origin(rawValue: row["origin"]) ?? .user, lastCheck: lastCheck)
    }
}
