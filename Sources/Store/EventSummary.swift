import EntenteModel

/// What a set of events amounts to, without listing them: how many, by CAMEO root code, and the weightiest few.
public struct EventSummary: Sendable, Hashable {
    public var count: Int
    /// Events per root code ("04", "19"), most first, ties by code.
    public var rootCodes: [(root: String, events: Int)]
    /// The weightiest events: the largest Goldstein weight (either sign) first, then the widest coverage (mentions,
    /// then articles), then the earliest.
    public var weightiest: [Event]

    public init(count: Int, rootCodes: [(root: String, events: Int)], weightiest: [Event]) {
        self.count = count
        self.rootCodes = rootCodes
        self.weightiest = weightiest
    }

    public static func == (lhs: EventSummary, rhs: EventSummary) -> Bool {
        lhs.count == rhs.count && lhs.weightiest == rhs.weightiest
            && lhs.rootCodes.map(\.root) == rhs.rootCodes.map(\.root) && lhs.rootCodes.map(\.events) == rhs.rootCodes.map(\.events)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(weightiest)
    }

    /// A summary from its events' counts by root code (their sum is the count), most first, ties by code.
    public init(rootCounts: [String: Int], weightiest: [Event]) {
        self.init(
            count: rootCounts.values.reduce(0, +),
            rootCodes: rootCounts.map { (root: $0.key, events: $0.value) }.sorted { ($0.events, $1.root) > ($1.events, $0.root) },
            weightiest: weightiest)
    }

    /// Summarises events held in memory.
    ///
    /// - Parameter directed: when given, only its direction's events count.
    public init(_ events: [Event], directed: Dyad? = nil, weightiest limit: Int) {
        let kept = events.filter { directed?.contains(source: $0.source.country, target: $0.target.country) ?? true }
        var roots: [String: Int] = [:]
        for event in kept { roots[event.cameo.rootCode, default: 0] += 1 }
        self.init(rootCounts: roots, weightiest: Array(kept.sorted(by: Self.weightier).prefix(max(0, limit))))
    }

    /// Which of two events weighs more as evidence (see ``weightiest``).
    public static func weightier(_ a: Event, _ b: Event) -> Bool {
        let weights = (abs(a.goldstein), a.mentions ?? 0, a.articles ?? 0)
        let others = (abs(b.goldstein), b.mentions ?? 0, b.articles ?? 0)
        if weights != others { return weights > others }
        return (a.date.start, a.id) < (b.date.start, b.id)
    }
}

extension EventStore {
    /// Summarises the events `query` matches by reading them all: what a store without a faster way does.
    public func eventSummary(matching query: EventQuery, directed: Dyad?, weightiest limit: Int) throws -> EventSummary {
        EventSummary(try events(matching: query.unpaged), directed: directed, weightiest: limit)
    }
}
