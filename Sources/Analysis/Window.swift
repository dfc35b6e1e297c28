import EntenteModel

/// A stretch of days an analysis reads as one: a period, a shift's segment, or any span asked for.
public struct Window: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let first: Day
    public let last: Day
    /// How the window is named in text: `2015`, `2015-Q2`, `2009–2015`.
    public let label: String

    /// The days `first` to `last`; the label defaults to the years when the window is whole years.
    public init(_ first: Day, _ last: Day, label: String? = nil) {
        self.first = min(first, last)
        self.last = max(first, last)
        self.label = label ?? Self.label(first: min(first, last), last: max(first, last))
    }

    /// One period of a series.
    public init(_ period: Period) {
        self.init(period.start, period.end, label: period.description)
    }

    /// The days a shift's segment spans, from the start of its first period to the end of its last.
    public init(_ segment: Shift.Segment) {
        let label = segment.first == segment.last ? segment.first.description : "\(segment.first)–\(segment.last)"
        self.init(segment.first.start, segment.last.end, label: label)
    }

    /// Whole years.
    public init(years: ClosedRange<Int>) {
        self.init(Day(year: years.lowerBound, month: 1, day: 1), Day(year: years.upperBound, month: 12, day: 31))
    }

    public var range: ClosedRange<Day> { first...last }
    public var years: ClosedRange<Int> { first.year...last.year }
    public var days: Int { last.ordinal - first.ordinal + 1 }

    /// The share of `date`'s days inside the window: 1 for a day inside, a fraction for a coarser date that
    /// straddles an edge, 0 outside — the same spreading the series uses, so that a date is never pinned to a
    /// day its source does not give.
    public func share(of date: EventDate) -> Double { share(from: date.start, to: date.end) }

    /// The share of the days `start`…`end` inside the window.
    public func share(from start: Day, to end: Day) -> Double {
        let inside = min(last, end).ordinal - max(first, start).ordinal + 1
        guard inside > 0 else { return 0 }
        return Double(inside) / Double(end.ordinal - start.ordinal + 1)
    }

    public var description: String { label }

    public static func < (lhs: Window, rhs: Window) -> Bool { (lhs.first, lhs.last) < (rhs.first, rhs.last) }

    static func label(first: Day, last: Day) -> String {
        let wholeYears = first.month == 1 && first.day == 1 && last.month == 12 && last.day == 31
        guard wholeYears else { return "\(first.iso)–\(last.iso)" }
        return first.year == last.year ? "\(first.year)" : "\(first.year)–\(last.year)"
    }
}
