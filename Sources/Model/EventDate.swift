/// When an event happened, at the precision the source gives it.
///
/// A source may give a day ("12 June 2015"), a month ("June 2015"), a year ("in 2002") or only a span of
/// years ("the 1980s", "during his premiership, 1947–1951"). The date keeps that precision end to end: it is
/// stored, shown and binned as what it is, never padded into a false day.
public struct EventDate: Hashable, Sendable, Comparable {
    /// How precisely a date is known.
    public enum Precision: String, Codable, Sendable, CaseIterable, Comparable {
        case day, month, year
        /// A span of whole years, such as a decade.
        case years

        private var rank: Int {
            switch self {
            case .day: 0
            case .month: 1
            case .year: 2
            case .years: 3
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    /// The first day the date can mean.
    public let start: Day
    /// The last day the date can mean (equal to `start` for a day).
    public let end: Day
    public let precision: Precision

    /// A single day.
    public init(year: Int, month: Int, day: Int) throws(EventDateError) {
        guard (1...12).contains(month) else { throw .badMonth(month) }
        guard (1...Day.daysIn(month: month, year: year)).contains(day) else { throw .badDay(year, month, day) }
        let only = Day(year: year, month: month, day: day)
        self.start = only
        self.end = only
        self.precision = .day
    }

    /// A whole month.
    public init(year: Int, month: Int) throws(EventDateError) {
        guard (1...12).contains(month) else { throw .badMonth(month) }
        self.start = Day(year: year, month: month, day: 1)
        self.end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
        self.precision = .month
    }

    /// A whole year.
    public init(year: Int) {
        self.start = Day(year: year, month: 1, day: 1)
        self.end = Day(year: year, month: 12, day: 31)
        self.precision = .year
    }

    /// A span of whole years, `firstYear` to `lastYear` inclusive.
    public init(years firstYear: Int, through lastYear: Int) throws(EventDateError) {
        guard lastYear >= firstYear else { throw .emptySpan(firstYear, lastYear) }
        self.init(
            start: Day(year: firstYear, month: 1, day: 1), end: Day(year: lastYear, month: 12, day: 31),
            checkedPrecision: firstYear == lastYear ? .year : .years)
    }

    private init(start: Day, end: Day, checkedPrecision: Precision) {
        self.start = start
        self.end = end
        self.precision = checkedPrecision
    }

    /// A decade, such as the 1970s.
    public static func decade(_ firstYear: Int) -> EventDate {
        try! EventDate(years: firstYear, through: firstYear + 9)
    }

    /// Rebuilds a date from its stored form (start, end and precision), checking that they agree.
    public init(start: Day, end: Day, precision: Precision) throws(EventDateError) {
        switch precision {
        case .day:
            guard start == end else { throw .inconsistent }
            try self.init(year: start.year, month: start.month, day: start.day)
        case .month:
            try self.init(year: start.year, month: start.month)
            guard self.start == start, self.end == end else { throw .inconsistent }
        case .year:
            self.init(year: start.year)
            guard self.start == start, self.end == end else { throw .inconsistent }
        case .years:
            try self.init(years: start.year, through: end.year)
            guard self.start == start, self.end == end, self.precision == .years else { throw .inconsistent }
        }
    }

    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// The year the date begins in.
    public var year: Int { start.year }

    /// True when every day the date can mean lies within `first...last`.
    public func lies(within first: Day, _ last: Day) -> Bool { start >= first && end <= last }

    /// True when some day the date can mean lies within `first...last`.
    public func overlaps(_ first: Day, _ last: Day) -> Bool { start <= last && end >= first }
}

/// Why a date could not be made.
public enum EventDateError: Error, Equatable, Sendable, CustomStringConvertible {
    case badMonth(Int)
    case badDay(Int, Int, Int)
    case emptySpan(Int, Int)
    case inconsistent
    case unreadable(String)

    public var description: String {
        switch self {
        case .badMonth(let month): "month \(month) is not 1–12"
        case .badDay(let year, let month, let day): "\(year)-\(month)-\(day) is not a day of the calendar"
        case .emptySpan(let first, let last): "the span \(first)–\(last) ends before it begins"
        case .inconsistent: "the start, end and precision of the date disagree"
        case .unreadable(let text): "'\(text)' is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY)"
        }
    }

    /// What was expected instead, for a message that reads "…: expected <this>": "a month from 1 to 12, found 13".
    public var expected: String {
        switch self {
        case .badMonth(let month): "a month from 1 to 12, found \(month)"
        case .badDay(let year, let month, let day): "a day of the calendar, found \(year)-\(month)-\(day)"
        case .emptySpan(let first, let last): "a span that ends after it begins, found \(first)–\(last)"
        case .inconsistent: "a start, end and precision that agree"
        case .unreadable(let text): "a date (YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY), found '\(text)'"
        }
    }
}
