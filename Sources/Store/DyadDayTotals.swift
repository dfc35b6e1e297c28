import EntenteModel

/// What a batch adds to one `dyad_day` row: counts per quad class, Goldstein sum, and GDELT's counts.
public struct DyadDayTotals: Hashable, Sendable {
    public var events = 0
    public var q1 = 0
    public var q2 = 0
    public var q3 = 0
    public var q4 = 0
    public var goldsteinSum = 0.0
    public var mentions = 0
    public var sources = 0
    public var articles = 0

    public init() {}

    /// Adds (`sign` +1) or takes away (−1) one event.
    @inlinable
    public mutating func add(quadClass: Int, goldstein: Double, mentions: Int, sources: Int, articles: Int, sign: Int = 1) {
        events += sign
        switch quadClass {
        case 1: q1 += sign
        case 2: q2 += sign
        case 3: q3 += sign
        default: q4 += sign
        }
        goldsteinSum += Double(sign) * goldstein
        self.mentions += sign * mentions
        self.sources += sign * sources
        self.articles += sign * articles
    }

    /// Adds (`sign` +1) or takes away (−1) `other`'s totals, in place: no negated copy is made.
    @inlinable
    public mutating func add(_ other: DyadDayTotals, sign: Int = 1) {
        events += sign * other.events
        q1 += sign * other.q1
        q2 += sign * other.q2
        q3 += sign * other.q3
        q4 += sign * other.q4
        goldsteinSum += Double(sign) * other.goldsteinSum
        mentions += sign * other.mentions
        sources += sign * other.sources
        articles += sign * other.articles
    }
}

extension DyadDayTotals {
    /// Whole events' shares of their dyad-days' aggregates, per ``DyadDayKey``: each event between two different
    /// states adds itself (`sign` +1) or takes itself away (−1); an event within one state has no share. What every
    /// store writes with its events (SQLite's `dyad_day`, ClickHouse's batches).
    public static func shares(of events: some Sequence<Event>, sign: Int = 1) -> [DyadDayKey: DyadDayTotals] {
        var shares: [DyadDayKey: DyadDayTotals] = [:]
        for event in events where event.source.country != event.target.country {
            let key = DyadDayKey(
                source: event.source.country, target: event.target.country, dataset: event.provenance.dataset,
                startDay: event.date.start.key, endDay: event.date.end.key)
            shares[key, default: DyadDayTotals()].add(
                quadClass: event.quadClass.rawValue, goldstein: event.goldstein, mentions: event.mentions ?? 0,
                sources: event.sources ?? 0, articles: event.articles ?? 0, sign: sign)
        }
        return shares
    }
}
