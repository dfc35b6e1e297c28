import EntenteAnalysis
import EntenteModel

/// A dyad series as JSON and CSV carry it: one object or row per period, every measure spelled out.
public struct SeriesPointDocument: Codable, Sendable, Hashable {
    public let period: String
    /// The period's first and last day.
    public let start: Day
    public let end: Day
    public let events: Double
    public let verbalCooperation: Double
    public let materialCooperation: Double
    public let verbalConflict: Double
    public let materialConflict: Double
    public let goldsteinSum: Double
    /// The events `goldsteinSum` is over: fewer than `events` where some came as counts without Goldstein sums. A CSV
    /// then leaves the sum empty, so that reading it back as counts does not take a part, or none, for the whole.
    public let goldsteinEvents: Double
    public let goldsteinMean: Double?
    public let cooperationIndex: Double?
    public let low: Double?
    public let high: Double?
    /// The part of `events` spread from events dated more coarsely than the period.
    public let spread: Double
    /// Relative tone: log-odds of cooperation against the expected, with its interval; nil where it cannot be read.
    public let relativeTone: Double?
    public let relativeToneLow: Double?
    public let relativeToneHigh: Double?
    /// The cooperation index expected of the pair from its states' tone with everyone else.
    public let expectedIndex: Double?
    /// Engagement: log of (events + ½) over (expected events + ½), with its interval.
    public let engagement: Double?
    public let engagementLow: Double?
    public let engagementHigh: Double?
    /// The events expected of the pair from each state's activity with everyone else.
    public let expectedEvents: Double?
    /// Hostility: log of (conflictual events + ½) over (expected conflictual events + ½), with its interval.
    public let hostility: Double?
    public let hostilityLow: Double?
    public let hostilityHigh: Double?
    /// The conflictual events expected of the pair from each state's conflictual dealings with everyone else.
    public let expectedConflict: Double?

    public init(_ point: DyadSeries.Point) {
        period = point.period.description
        start = point.period.start
        end = point.period.end
        events = point.events
        verbalCooperation = point.counts[0]
        materialCooperation = point.counts[1]
        verbalConflict = point.counts[2]
        materialConflict = point.counts[3]
        goldsteinSum = point.goldsteinSum
        goldsteinEvents = point.goldsteinEvents
        goldsteinMean = point.goldsteinMean
        cooperationIndex = point.cooperationIndex
        low = point.interval?.lowerBound
        high = point.interval?.upperBound
        spread = point.spread
        relativeTone = point.relative?.tone?.value
        relativeToneLow = point.relative?.tone?.low
        relativeToneHigh = point.relative?.tone?.high
        expectedIndex = point.relative?.expectedIndex
        engagement = point.relative?.engagement.value
        engagementLow = point.relative?.engagement.low
        engagementHigh = point.relative?.engagement.high
        expectedEvents = point.relative?.expectedEvents
        hostility = point.relative?.hostility?.value
        hostilityLow = point.relative?.hostility?.low
        hostilityHigh = point.relative?.hostility?.high
        expectedConflict = point.relative?.expectedConflict
    }

    /// The CSV header: the counts under the names `entente ingest` reads a counts table by (a round trip of
    /// `entente dyad --directed --format csv`), then the measures.
    static let header = [
        "source", "target", "directed", "period", "start", "end", "events", "verbalCooperation", "materialCooperation",
        "verbalConflict", "materialConflict", "goldsteinSum", "goldsteinMean", "cooperationIndex", "low", "high", "spread",
        "relativeTone", "relativeToneLow", "relativeToneHigh", "expectedIndex", "engagement", "engagementLow", "engagementHigh",
        "expectedEvents", "hostility", "hostilityLow", "hostilityHigh", "expectedConflict",
    ]

    func csvFields(dyad: Dyad) -> [String] {
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return [
            dyad.first, dyad.second, dyad.directed ? "true" : "false", period, start.iso, end.iso, number(events),
            number(verbalCooperation), number(materialCooperation), number(verbalConflict), number(materialConflict),
            number(goldsteinEvents >= events - 1e-9 ? goldsteinSum : nil), number(goldsteinMean), number(cooperationIndex), number(low), number(high), number(spread),
            number(relativeTone), number(relativeToneLow), number(relativeToneHigh), number(expectedIndex), number(engagement),
            number(engagementLow), number(engagementHigh), number(expectedEvents), number(hostility), number(hostilityLow),
            number(hostilityHigh), number(expectedConflict),
        ]
    }
}

/// A whole series as JSON carries it: its periods, its shifts with their evidence counted, and the datasets read.
public struct SeriesDocument: Codable, Sendable, Hashable {
    public let dyad: [String]
    public let directed: Bool
    public let period: String
    /// The datasets the series read.
    public let datasets: [String]
    public let points: [SeriesPointDocument]
    public let shifts: [Shift]
    /// The noise the intervals and shifts allow for.
    public let noise: DyadSeries.Noise

    public init(_ series: DyadSeries, shifts: [Shift], datasets: [String]) {
        dyad = [series.dyad.first, series.dyad.second]
        directed = series.dyad.directed
        period = series.length.rawValue
        self.datasets = datasets
        points = series.points.map(SeriesPointDocument.init)
        self.shifts = shifts
        noise = series.noise
    }

    public init(_ reading: SeriesReading) {
        self.init(reading.series, shifts: reading.shifts, datasets: reading.datasets.names)
    }
}
