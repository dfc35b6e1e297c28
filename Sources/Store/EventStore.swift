import EntenteModel
import Foundation

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

    /// The dyad's aggregates for a series by month, quarter or year: rows that each lie within one month (or are
    /// one coarser date), so that binning them by month or longer gives what binning the per-day rows gives.
    ///
    /// A store may roll days up per month (``SQLiteStore`` does); a row's `start` and `end` are then the earliest
    /// and latest day it holds. Not for anything that counts days (a watch window): use
    /// ``aggregates(of:within:)``.
    func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate]
}

extension EventStore {
    /// The per-day aggregates: exact for any series, only slower for long ones.
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        try aggregates(of: dyad, within: range)
    }
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
    /// Only the events listed after this one (keyset paging: as cheap for the thousandth page as for the first).
    public var after: EventCursor?

    public init(
        actors: [String] = [], range: ClosedRange<Day>? = nil, codes: [String] = [], datasets: [String] = [],
        limit: Int? = nil, offset: Int = 0, after: EventCursor? = nil
    ) {
        self.actors = actors
        self.range = range
        self.codes = codes
        self.datasets = datasets
        self.limit = limit
        self.offset = offset
        self.after = after
    }
}

/// A place in the order events are listed (first day, last day, id): the last event of a page, from which the
/// next page goes on.
public struct EventCursor: Sendable, Hashable {
    public var startDay: Day
    public var endDay: Day
    public var id: String

    public init(startDay: Day, endDay: Day, id: String) {
        self.startDay = startDay
        self.endDay = endDay
        self.id = id
    }

    /// The cursor just after `event`.
    public init(after event: Event) {
        self.init(startDay: event.date.start, endDay: event.date.end, id: event.id)
    }

    /// An opaque token for a URL: `YYYYMMDD.YYYYMMDD.` and the id in base64url (ids may hold any character).
    public var token: String {
        let id = Data(id.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "\(startDay.key).\(endDay.key).\(id)"
    }

    /// Reads a ``token``; nil when it is not one.
    public init?(token: String) {
        let parts = token.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 8, parts[1].count == 8, let start = Int(parts[0]), let end = Int(parts[1]),
            parts[2].count <= 1_024
        else { return nil }
        var base64 = parts[2].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let id = String(data: data, encoding: .utf8) else { return nil }
        let valid = { (day: Day) in (1...12).contains(day.month) && (1...Day.daysIn(month: day.month, year: day.year)).contains(day.day) }
        let startDay = Day(key: start)
        let endDay = Day(key: end)
        guard valid(startDay), valid(endDay), startDay <= endDay else { return nil }
        self.init(startDay: startDay, endDay: endDay, id: id)
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
