
/// How long the periods of a series are.
public enum PeriodLength: String, Codable, Sendable, CaseIterable {
    case year, quarter, month
}

/// One period of a series: a year, a quarter or a month.
public struct Period: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let length: PeriodLength
    public let year: Int
    /// The quarter (1–4) or month (1–12); 0 for a year.
    public let index: Int

    public init(_ length: PeriodLength, containing day: Day) {
        self.length = length
        self.year = day.year
        switch length {
        case .year: index = 0
        case .quarter: index = (day.month - 1) / 3 + 1
        case .month: index = day.month
        }
    }

    public init(length: PeriodLength, year: Int, index: Int) {
        self.length = length
        self.year = year
        self.index = index
    }

    public var start: Day {
        switch length {
        case .year: Day(year: year, month: 1, day: 1)
        case .quarter: Day(year: year, month: (index - 1) * 3 + 1, day: 1)
        case .month: Day(year: year, month: index, day: 1)
        }
    }

    public var end: Day {
        let lastMonth = switch length {
        case .year: 12
        case .quarter: index * 3
        case .month: index
        }
        return Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))
    }

    /// The next period of the same length.
    public var next: Period {
        switch length {
        case .year: Period(length: length, year: year + 1, index: 0)
        case .quarter: index == 4 ? Period(length: length, year: year + 1, index: 1) : Period(length: length, year: year, index: index + 1)
        case .month: index == 12 ? Period(length: length, year: year + 1, index: 1) : Period(length: length, year: year, index: index + 1)
        }
    }

    /// Every period from the one holding `first` to the one holding `last`.
    public static func covering(_ first: Day, _ last: Day, by length: PeriodLength) -> [Period] {
        var periods: [Period] = []
        var period = Period(length, containing: first)
        let stop = Period(length, containing: last)
        while period <= stop {
            periods.append(period)
            period = period.next
        }
        return periods
    }

    /// `2015`, `2015-Q2`, `2015-06`.
    public var description: String {
        switch length {
        case .year: "\(year)"
        case .quarter: "\(year)-Q\(index)"
        case .month: "\(year)-\(index < 10 ? "0" : "")\(index)"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.year, lhs.index) < (rhs.year, rhs.index) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a period"))
        }
        self = period
    }

    /// Reads what ``description`` writes.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            self.init(length: .year, year: year, index: 0)
        } else if parts.count == 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            self.init(length: .quarter, year: year, index: quarter)
        } else if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self.init(length: .month, year: year, index: month)
        } else {
            return nil
        }
    }
}
