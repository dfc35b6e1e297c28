extension EventDate: CustomStringConvertible, Codable {
    /// The date as written at its precision: `2015-06-12`, `2015-06`, `2015`, `1980s`, `1947/1951`.
    ///
    /// This is also its JSON and CSV form, and ``init(parsing:)`` reads it back.
    public var text: String {
        switch precision {
        case .day: start.iso
        case .month: "\(pad(start.year, 4))-\(pad(start.month, 2))"
        case .year: pad(start.year, 4)
        case .years:
            if start.year % 10 == 0 && end.year == start.year + 9 { "\(start.year)s" } else { "\(start.year)/\(end.year)" }
        }
    }

    /// The date for people: `12 Jun 2015`, `Jun 2015`, `2015`, `1980s`, `1947–1951`.
    public var description: String {
        switch precision {
        case .day: "\(start.day) \(Self.monthNames[start.month - 1]) \(start.year)"
        case .month: "\(Self.monthNames[start.month - 1]) \(start.year)"
        case .year: "\(start.year)"
        case .years:
            if start.year % 10 == 0 && end.year == start.year + 9 { "\(start.year)s" } else { "\(start.year)–\(end.year)" }
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Reads the forms ``text`` writes: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYYs` (a decade), `YYYY/YYYY`.
    public init(parsing text: String) throws(EventDateError) {
        let bytes = Array(text.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.count <= 4, slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        if bytes.count == 5, bytes[4] == UInt8(ascii: "s"), let year = number(bytes[0..<4]), year % 10 == 0 {
            self = .decade(year)
            return
        }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            guard let first = number(bytes[..<slash]), let last = number(bytes[(slash + 1)...]) else { throw .unreadable(text) }
            try self.init(years: first, through: last)
            return
        }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count <= 3, parts[0].count == 4, let year = number(parts[0]) else { throw .unreadable(text) }
        if parts.count == 1 {
            self.init(year: year)
            return
        }
        guard parts[1].count == 2, let month = number(parts[1]) else { throw .unreadable(text) }
        if parts.count == 2 {
            try self.init(year: year, month: month)
            return
        }
        guard parts[2].count == 2, let day = number(parts[2]) else { throw .unreadable(text) }
        try self.init(year: year, month: month, day: day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
