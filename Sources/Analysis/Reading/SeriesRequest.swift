import EntenteModel
import EntenteStore

/// One dyad's series as asked, checked: two different states, a span that is not empty and not too long.
public struct SeriesRequest: Sendable, Hashable {
    public let dyad: Dyad
    public let length: PeriodLength
    /// The days asked for; nil for the dyad's whole span.
    public let range: ClosedRange<Day>?
    /// The datasets named; empty for the default selection.
    public let datasets: [String]
    /// How many events each shift names as its weightiest evidence (the rest are counted).
    public let evidenceLimit: Int
    /// Most periods a series may span.
    public let maximumPeriods: Int

    /// - Throws: ``RequestError`` naming what is wrong.
    public init(
        dyad: Dyad, length: PeriodLength = .year, range: ClosedRange<Day>? = nil, datasets: [String] = [],
        evidenceLimit: Int = Shift.evidenceLimit, maximumPeriods: Int = SeriesRequest.defaultMaximumPeriods
    ) throws {
        guard dyad.first != dyad.second else { throw RequestError("states", "a dyad needs two different states, got \(dyad.first) twice") }
        guard evidenceLimit >= 0 else { throw RequestError("limit", "the evidence limit must be 0 or more, got \(evidenceLimit)") }
        self.dyad = dyad
        self.length = length
        self.range = range
        self.datasets = datasets
        self.evidenceLimit = evidenceLimit
        self.maximumPeriods = maximumPeriods
    }

    /// Twelve centuries of years, a century of months.
    public static let defaultMaximumPeriods = 1_200

    /// Refuses a span of more than `maximumPeriods` periods.
    public func check(_ range: ClosedRange<Day>, parameter: String = "from") throws {
        try Self.check(range, by: length, maximumPeriods: maximumPeriods, parameter: parameter)
    }

    /// Refuses a span of more than `maximumPeriods` periods of `length`: what every analysis read by period checks.
    public static func check(
        _ range: ClosedRange<Day>, by length: PeriodLength, maximumPeriods: Int = defaultMaximumPeriods, parameter: String = "from"
    ) throws {
        let count = periods(range, by: length)
        guard count <= maximumPeriods else {
            throw RequestError(
                parameter, "the series would span \(count) \(length.rawValue)s; at most \(maximumPeriods): narrow from/to or use a longer period")
        }
    }

    /// How many periods of `length` the days of `range` touch.
    public static func periods(_ range: ClosedRange<Day>, by length: PeriodLength) -> Int {
        let years = range.upperBound.year - range.lowerBound.year
        switch length {
        case .year: return years + 1
        case .quarter: return years * 4 + (range.upperBound.month - 1) / 3 - (range.lowerBound.month - 1) / 3 + 1
        case .month: return years * 12 + range.upperBound.month - range.lowerBound.month + 1
        }
    }
}

/// A dyad's series as read: the series against its baseline, its shifts with their evidence, and what was read.
public struct SeriesReading: Sendable {
    public let request: SeriesRequest
    public let series: DyadSeries
    public let shifts: [Shift]
    public let datasets: DatasetSelection
}

extension DyadSeries {
    /// Refuses a series read in periods finer than its data: when every period with events holds only events dated
    /// more coarsely (yearly counts read by quarter or month), each is spread evenly over its periods, and changes
    /// between those periods would be the spreading's, not the relation's — with intervals that shrink to nothing,
    /// since spread periods do not vary among themselves.
    ///
    /// - Throws: ``RequestError`` on `by`, saying what to read instead.
    public func checkResolution() throws {
        let observed = self.observed
        guard length != .year, !observed.isEmpty, observed.allSatisfy({ $0.spread >= $0.events - 1e-9 }) else { return }
        throw RequestError(
            "by",
            "\(dyad.first)–\(dyad.second)'s events are all dated more coarsely than a \(length.rawValue) (counts per year, say): "
                + "by \(length.rawValue) each would be spread evenly over its periods, and no change within them could be seen; "
                + "read them by year")
    }

    /// Reads a dyad's series, its shifts and their evidence: what `entente dyad` prints and `/api/dyads/{a}/{b}`
    /// answers.
    ///
    /// - Throws: ``RequestError`` for a bad request or an unknown dataset; the store's errors.
    /// - Complexity: the dyad's monthly aggregates, the baseline (fitted once per reader), and for each shift a
    ///   summary of its events (counted by the store, the weightiest few read).
    public static func read(_ request: SeriesRequest, from reader: RelationsReader) throws -> SeriesReading {
        let series = try reader.series(request.dyad, by: request.length, range: request.range)
        if let first = series.points.first?.period, let last = series.points.last?.period {
            try request.check(first.start...last.end)
        }
        try series.checkResolution()
        var known: [EventQuery: EventSummary] = [:]
        let shifts = try series.shifts().map {
            try $0.carryingEvidence(
                from: reader.store, dyad: request.dyad, datasets: reader.datasets.names, limit: request.evidenceLimit, known: &known)
        }
        return SeriesReading(request: request, series: series, shifts: shifts, datasets: reader.datasets)
    }

    public static func read(_ request: SeriesRequest, from store: any EventStore) throws -> SeriesReading {
        try read(request, from: RelationsReader(store: store, datasets: request.datasets))
    }
}

extension Shift {
    /// The shift with its evidence from a store: the dyad's events of the after-segment that carry it, counted by root
    /// code, the weightiest `limit` named — each summary read once among shifts that ask the same of the store (a rise
    /// in hostility and a fall in relative tone over the same years both read the pair's conflictual events there):
    /// `known` keeps them.
    public func carryingEvidence(
        from store: any EventStore, dyad: Dyad, datasets: [String], limit: Int, known: inout [EventQuery: EventSummary]
    ) throws -> Shift {
        let roots = isCarriedByCooperation.map { $0 ? QuadClass.cooperativeRoots : QuadClass.conflictualRoots } ?? []
        let query = EventQuery(
            actors: [dyad.first, dyad.second], range: after.first.start...after.last.end, codes: roots, datasets: datasets)
        let summary = try known[query] ?? store.eventSummary(matching: query, directed: dyad.directed ? dyad : nil, weightiest: limit)
        known[query] = summary
        return with(
            evidence: summary.weightiest.map(\.id), count: summary.count,
            rootCodes: summary.rootCodes.map { RootCount(root: $0.root, events: $0.events) })
    }
}
