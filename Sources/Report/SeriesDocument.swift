import EntenteAnalysis
import EntenteModel

/// A dyad series as JSON and CSV carry it: one object or row per period, every measure spelled out.
public struct SeriesPointDocument: Codable, Sendable, Hashable {
    public let period: String
    public let events: Double
    public let verbalCooperation: Double
    public let materialCooperation: Double
    public let verbalConflict: Double
    public let materialConflict: Double
    public let goldsteinSum: Double
    public let goldsteinMean: Double?
    public let cooperationIndex: Double?
    public let low: Double?
    public let high: Double?
    /// The part of `events` spread from events dated more coarsely than the period.
    public let spread: Double

    public init(_ point: DyadSeries.Point) {
        period = point.period.description
        events = point.events
        verbalCooperation = point.counts[0]
        materialCooperation = point.counts[1]
        verbalConflict = point.counts[2]
        materialConflict = point.counts[3]
        goldsteinSum = point.goldsteinSum
        goldsteinMean = point.goldsteinMean
        cooperationIndex = point.cooperationIndex
        low = point.interval?.lowerBound
        high = point.interval?.upperBound
        spread = point.spread
    }

    static let header = [
        "dyad", "directed", "period", "events", "verbalCooperation", "materialCooperation", "verbalConflict",
        "materialConflict", "goldsteinSum", "goldsteinMean", "cooperationIndex", "low", "high", "spread",
    ]

    func csvFields(dyad: Dyad) -> [String] {
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return [
            "\(dyad.first)\(dyad.directed ? ">" : "-")\(dyad.second)", dyad.directed ? "true" : "false", period,
            number(events), number(verbalCooperation), number(materialCooperation), number(verbalConflict),
            number(materialConflict), number(goldsteinSum), number(goldsteinMean), number(cooperationIndex),
            number(low), number(high), number(spread),
        ]
    }
}

/// A whole series as JSON carries it.
public struct SeriesDocument: Codable, Sendable, Hashable {
    public let dyad: [String]
    public let directed: Bool
    public let period: String
    public let points: [SeriesPointDocument]
    public let shifts: [Shift]

    public init(_ series: DyadSeries, shifts: [Shift]) {
        dyad = [series.dyad.first, series.dyad.second]
        directed = series.dyad.directed
        period = series.length.rawValue
        points = series.points.map(SeriesPointDocument.init)
        self.shifts = shifts
    }
}
