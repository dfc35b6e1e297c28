import EntenteModel
import EntenteStore

extension ClickHouseStore {
    /// Counts by root code on the servers (`GROUP BY` there) and reads only the weightiest `limit` events whole: a
    /// shift's evidence never pulls its events to the client.
    public func eventSummary(matching query: EventQuery, directed: Dyad?, weightiest limit: Int) throws -> EventSummary {
        let condition = conditions(query.unpaged) + Self.direction(directed)
        var roots: [String: Int] = [:]
        try select("SELECT substring(cameo, 1, 2) AS root, count() FROM \(table(ClickHouseSchema.event)) WHERE \(condition) GROUP BY root") {
            roots[$0.text(0), default: 0] += $0.int(1)
        }
        return EventSummary(rootCounts: roots, weightiest: try weightiest(condition, limit: limit))
    }

    public func weightiestEvents(matching query: EventQuery, directed: Dyad?, limit: Int) throws -> [Event] {
        try weightiest(conditions(query.unpaged) + Self.direction(directed), limit: limit)
    }

    /// Groups on the servers: a row per direction, quad class, issues and window (an event wholly inside a window dated
    /// as the window), the others by their dates.
    public func eventTallies(matching query: EventQuery, windows: [ClosedRange<Day>]) throws -> [EventTally] {
        var start = "start_day"
        var end = "end_day"
        if !windows.isEmpty {
            let inside = windows.map { "start_day >= \($0.lowerBound.key) AND end_day <= \($0.upperBound.key)" }
            start = "multiIf(" + zip(inside, windows).map { "\($0), \($1.lowerBound.key)" }.joined(separator: ", ") + ", start_day)"
            end = "multiIf(" + zip(inside, windows).map { "\($0), \($1.upperBound.key)" }.joined(separator: ", ") + ", end_day)"
        }
        var tallies: [EventTally] = []
        try select(
            """
            SELECT source, target, quad_class, issues, \(start) AS tally_start, \(end) AS tally_end, count() FROM \(table(ClickHouseSchema.event))
            WHERE \(conditions(query.unpaged)) GROUP BY source, target, quad_class, issues, tally_start, tally_end
            """, groupsWholeOnShards: true
        ) { row in
            guard let quadClass = QuadClass(rawValue: row.int(2)) else { return }
            tallies.append(EventTally(
                source: row.text(0), target: row.text(1), quadClass: quadClass,
                issues: EventTally.issues(stored: row.text(3)),
                start: Day(key: row.int(4)), end: Day(key: row.int(5)), count: row.int(6)))
        }
        return tallies
    }

    /// The weightiest `limit` events of a condition, in ``EventSummary/weightier(_:_:)``'s order.
    func weightiest(_ condition: String, limit: Int) throws -> [Event] {
        guard limit > 0 else { return [] }
        var events: [Event] = []
        try select(
            """
            SELECT \(Self.eventColumns) FROM \(table(ClickHouseSchema.event)) WHERE \(condition)
            ORDER BY abs(goldstein) DESC, ifNull(mentions, 0) DESC, ifNull(articles, 0) DESC, start_day, id LIMIT \(limit)
            """
        ) { events.append(try Self.event($0)) }
        return events
    }

    static func direction(_ directed: Dyad?) -> String {
        guard let directed else { return "" }
        return " AND source = \(quote(directed.first)) AND target = \(quote(directed.second))"
    }
}
