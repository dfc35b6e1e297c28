import EntenteModel
import EntenteStore

/// Per-date aggregates of events, as the store keeps them: for tests that build series without a store.
enum Aggregates {
    static func of(_ events: [Event]) -> [DyadAggregate] {
        var rows: [String: DyadAggregate] = [:]
        for event in events where event.source.country != event.target.country {
            let key = "\(event.source.country)>\(event.target.country)@\(event.date.start.key)-\(event.date.end.key)"
            var row = rows[key] ?? DyadAggregate(
                source: event.source.country, target: event.target.country, start: event.date.start, end: event.date.end,
                counts: [0, 0, 0, 0], goldsteinSum: 0)
            row.counts[event.quadClass.rawValue - 1] += 1
            row.goldsteinSum += event.goldstein
            rows[key] = row
        }
        return rows.values.sorted { ($0.start, $0.source, $0.target) < ($1.start, $1.source, $1.target) }
    }
}
