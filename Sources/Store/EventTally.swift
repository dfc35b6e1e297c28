import EntenteModel

/// Events counted together because a reading of their issues cannot tell them apart: one direction, one quad class,
/// the same issues and the same dates. What the drivers of a pair of hundreds of thousands of events are read from.
public struct EventTally: Sendable, Hashable {
    public let source: String
    public let target: String
    public let quadClass: QuadClass
    /// The events' issues, each once, in the order stored.
    public let issues: [Issue]
    public let start: Day
    public let end: Day
    public let count: Int

    public init(source: String, target: String, quadClass: QuadClass, issues: [Issue], start: Day, end: Day, count: Int) {
        self.source = source
        self.target = target
        self.quadClass = quadClass
        self.issues = issues
        self.start = start
        self.end = end
        self.count = count
    }

    /// Issues as a store keeps them (comma-separated), each once, in the order stored.
    public static func issues(stored text: String) -> [Issue] {
        text.split(separator: ",").reduce(into: []) { if !$0.contains(Issue(String($1))) { $0.append(Issue(String($1))) } }
    }

    /// Tallies events held in memory; see ``EventStore/eventTallies(matching:windows:)`` for `windows`.
    public static func tallies(of events: [Event], windows: [ClosedRange<Day>] = []) -> [EventTally] {
        struct Key: Hashable {
            let source: String, target: String, quadClass: QuadClass, issues: [Issue], start: Day, end: Day
        }
        var counts: [Key: Int] = [:]
        var order: [Key] = []
        for event in events {
            let inside = windows.first { $0.contains(event.date.start) && $0.contains(event.date.end) }
            let key = Key(
                source: event.source.country, target: event.target.country, quadClass: event.quadClass,
                issues: event.issues.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                start: inside?.lowerBound ?? event.date.start, end: inside?.upperBound ?? event.date.end)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.map {
            EventTally(source: $0.source, target: $0.target, quadClass: $0.quadClass, issues: $0.issues, start: $0.start, end: $0.end, count: counts[$0]!)
        }
    }
}

extension EventStore {
    /// Tallies the events `query` matches (its limit, offset and cursor ignored) by reading them all: what a store
    /// without a faster way does.
    public func eventTallies(matching query: EventQuery, windows: [ClosedRange<Day>]) throws -> [EventTally] {
        EventTally.tallies(of: try events(matching: query.unpaged), windows: windows)
    }

    /// The weightiest `limit` events `query` matches (``EventSummary/weightier(_:_:)``), by reading them all: what a
    /// store without a faster way does.
    public func weightiestEvents(matching query: EventQuery, directed: Dyad?, limit: Int) throws -> [Event] {
        try eventSummary(matching: query, directed: directed, weightiest: limit).weightiest
    }
}

extension EventQuery {
    /// The query without its limit, offset and cursor: every event it matches.
    public var unpaged: EventQuery {
        var unpaged = self
        unpaged.limit = nil
        unpaged.offset = 0
        unpaged.after = nil
        return unpaged
    }
}
