import EntenteModel

/// The one narrow interface between Entente and where its events live.
///
/// SQLite implements it first (``SQLiteStore``); a column store beyond one machine would implement the same
/// calls. Analyses read only through it, so they never know which store answers.
public protocol EventStore: Sendable {
    /// Adds events; an event whose id is already stored is left as it is and not counted again.
    ///
    /// Each new event between two different states also adds to its dyad's per-day aggregate, in the same
    /// transaction, so that aggregates and events never disagree.
    /// - Returns: how many of `events` were new.
    @discardableResult
    func write(events: [Event]) throws -> Int

    /// The stored events that match `query`, oldest first.
    func events(matching query: EventQuery) throws -> [Event]

    /// How many stored events match `query` (ignoring its limit and offset).
    func count(matching query: EventQuery) throws -> Int

    /// The per-day aggregates of a dyad, both directions for an undirected dyad, within `range` when given.
    func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate]
}

/// Which events to read: between which states, when, of which codes.
public struct EventQuery: Sendable, Hashable {
    /// With one state: events it is party to. With two or more: events between any two of them.
    public var actors: [String]
    /// The earliest and latest day an event may touch (events whose date overlaps the range are included).
    public var range: ClosedRange<Day>?
    /// CAMEO code prefixes ("08", "0831"); empty means any.
    public var codes: [String]
    public var datasets: [String]
    public var limit: Int?
    public var offset: Int

    public init(
        actors: [String] = [], range: ClosedRange<Day>? = nil, codes: [String] = [], datasets: [String] = [],
        limit: Int? = nil, offset: Int = 0
    ) {
        self.actors = actors
        self.range = range
        self.codes = codes
        self.datasets = datasets
        self.limit = limit
        self.offset = offset
    }
}

/// What happened in one direction of a dyad on one date: counts per quad class and Goldstein sum.
///
/// Dates keep their precision here too: an event known only to its year aggregates over that year
/// (`start` 1 Jan, `end` 31 Dec), never onto a made-up day.
public struct DyadAggregate: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    public var start: Day
    public var end: Day
    /// Events per quad class, indexed by `QuadClass.rawValue - 1`.
    public var counts: [Int]
    public var goldsteinSum: Double
    public var mentions: Int
    public var sources: Int
    public var articles: Int

    public init(
        source: String, target: String, start: Day, end: Day, counts: [Int], goldsteinSum: Double,
        mentions: Int = 0, sources: Int = 0, articles: Int = 0
    ) {
        self.source = source
        self.target = target
        self.start = start
        self.end = end
        self.counts = counts
        self.goldsteinSum = goldsteinSum
        self.mentions = mentions
        self.sources = sources
        self.articles = articles
    }

    public var total: Int { counts.reduce(0, +) }

    public func count(_ quadClass: QuadClass) -> Int { counts[quadClass.rawValue - 1] }
}
