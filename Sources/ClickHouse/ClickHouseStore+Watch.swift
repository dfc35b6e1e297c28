import EntenteModel
import EntenteStore
import NIOConcurrencyHelpers

// The watchlist: each change writes the indicator's whole row at a newer version (a removal writes one marked
// deleted); the newest row of each name counts.
extension ClickHouseStore: WatchStore {
    public func add(indicator: WatchIndicator, replacing: Bool) throws {
        try writing.withLock {
            if !replacing, try latestIndicators(named: indicator.name).first != nil {
                throw StoreError(path: url, reason: "an indicator named '\(indicator.name)' exists already (remove it first)")
            }
            try write(indicator, deleted: false)
        }
    }

    public func indicators() throws -> [WatchIndicator] {
        try latestIndicators(named: nil)
    }

    @discardableResult
    public func removeIndicator(named name: String) throws -> Bool {
        try writing.withLock {
            guard let indicator = try latestIndicators(named: name).first else { return false }
            try write(indicator, deleted: true)
            return true
        }
    }

    public func record(check: WatchIndicator.Check, forIndicatorNamed name: String) throws {
        try writing.withLock {
            guard var indicator = try latestIndicators(named: name).first else { return }
            indicator.lastCheck = check
            try write(indicator, deleted: false)
        }
    }

    /// - Complexity: a scan of the committed events' `end_day` and `hypothetical` columns.
    public func latestEventDay() throws -> Day? {
        var day: Day?
        try select("SELECT count(), max(end_day) FROM \(table(ClickHouseSchema.event)) WHERE hypothetical = 0 AND \(committed)") { row in
            if row.int(0) > 0 { day = Day(key: row.int(1)) }
        }
        return day
    }

    static let indicatorColumns = ClickHouseSchema.watchIndicator.columnNames.filter { $0 != "version" }.joined(separator: ", ")

    /// The newest row of each indicator (of the one named), unless it is a removal, by name.
    private func latestIndicators(named name: String?) throws -> [WatchIndicator] {
        let filter = name.map { " WHERE name = \(Self.quote($0))" } ?? ""
        var indicators: [WatchIndicator] = []
        try select(
            """
            SELECT * FROM (SELECT \(Self.indicatorColumns) FROM \(table(ClickHouseSchema.watchIndicator))\(filter)
              ORDER BY name, version DESC LIMIT 1 BY name) WHERE deleted = 0 ORDER BY name
            """
        ) { indicators.append(try Self.indicator($0)) }
        return indicators
    }

    private func write(_ indicator: WatchIndicator, deleted: Bool) throws {
        var row = TabSeparatedRows()
        row.append(indicator.name)
        row.append(indicator.states.joined(separator: ","))
        row.append(indicator.directed)
        row.append(indicator.codes.joined(separator: ","))
        row.append(indicator.quadClass?.rawValue)
        row.append(indicator.issues.map(\.rawValue).joined(separator: ","))
        row.append(indicator.comparison.rawValue)
        row.append(indicator.threshold)
        row.append(indicator.windowDays)
        row.append(indicator.note)
        row.append(indicator.origin.rawValue)
        row.append(indicator.lastCheck?.day.key)
        row.append(indicator.lastCheck?.value)
        row.append(indicator.lastCheck?.fired)
        row.append(deleted)
        row.append(Self.nextVersion())
        row.endRow()
        try insert(row, into: ClickHouseSchema.watchIndicator)
    }

    /// An indicator from a row of ``indicatorColumns``.
    static func indicator(_ row: TabSeparatedReader) throws -> WatchIndicator {
        let name = row.text(0)
        func list(_ field: Int) -> [String] { row.text(field).split(separator: ",").map(String.init) }
        guard let comparison = WatchIndicator.Comparison(rawValue: row.text(6)) else {
            throw StoreError(path: nil, reason: "indicator '\(name)' has unknown comparison '\(row.text(6))'")
        }
        var quadClass: QuadClass?
        if let quad = row.optionalInt(4) {
            guard let value = QuadClass(rawValue: quad) else {
                throw StoreError(path: nil, reason: "indicator '\(name)' has unknown quad class \(quad)")
            }
            quadClass = value
        }
        var lastCheck: WatchIndicator.Check?
        if let day = row.optionalInt(11) {
            lastCheck = WatchIndicator.Check(day: Day(key: day), value: row.optionalDouble(12) ?? 0, fired: row.optionalBool(13) ?? false)
        }
        return WatchIndicator(
            name: name, states: list(1), directed: row.bool(2), codes: list(3), quadClass: quadClass,
            issues: list(5).map { Issue($0) }, comparison: comparison, threshold: row.double(7), windowDays: row.int(8),
            note: row.text(9), origin: WatchIndicator.Origin(rawValue: row.text(10)) ?? .user, lastCheck: lastCheck)
    }
}
