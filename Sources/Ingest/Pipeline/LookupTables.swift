import EntenteModel

/// The states Entente knows, numbered, with an O(1) lookup of three-letter codes as bytes.
///
/// A historical state's code (`SUN`) finds its successor's number (RUS's) and says it was historical, so that
/// the Soviet Union's events count for RUS's series, as the model asks.
struct StateTable: Sendable {
    static let standard = StateTable(resolver: .standard)

    /// The state codes by number (successors only: no historical code has a number of its own).
    let codes: [String]
    /// Each code's UTF-8 bytes, for copying into event rows.
    let codeBytes: [[UInt8]]
    /// By `(A-Z)·26² + (A-Z)·26 + (A-Z)`: the state's number + 1 (0 for no state), negated for a historical code.
    private let byLetters: [Int16]

    init(resolver: CountryResolver) {
        var codes: [String] = []
        var numbers: [String: Int] = [:]
        func number(of code: String) -> Int {
            if let known = numbers[code] { return known }
            codes.append(code)
            numbers[code] = codes.count - 1
            return codes.count - 1
        }
        var byLetters = [Int16](repeating: 0, count: 26 * 26 * 26)
        for country in resolver.countries where !country.isHistorical {
            if let slot = Self.slot(country.code.utf8) { byLetters[slot] = Int16(number(of: country.code) + 1) }
        }
        for country in resolver.countries where country.isHistorical {
            if let successor = country.successor, let slot = Self.slot(country.code.utf8) {
                byLetters[slot] = -Int16(number(of: successor) + 1)
            }
        }
        precondition(codes.count < 512, "aggregate keys hold at most 511 states")
        self.codes = codes
        self.codeBytes = codes.map { Array($0.utf8) }
        self.byLetters = byLetters
    }

    @inline(__always)
    static func slot<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        guard bytes.count == 3 else { return nil }
        var slot = 0
        for byte in bytes {
            let letter = Int(byte) - 65
            guard letter >= 0 && letter < 26 else { return nil }
            slot = slot * 26 + letter
        }
        return slot
    }

    /// The state a three-letter code names: its number, and whether the code is a historical state's.
    @inline(__always)
    func state(letters: UnsafeRawBufferPointer) -> (number: Int, historical: Bool)? {
        guard let slot = Self.slot(letters) else { return nil }
        let value = Int(byLetters[slot])
        if value == 0 { return nil }
        return value > 0 ? (value - 1, false) : (-value - 1, true)
    }

    /// The state a code names (current or historical).
    func state(code: String) -> (number: Int, historical: Bool)? {
        guard let slot = Self.slot(code.utf8) else { return nil }
        let value = Int(byLetters[slot])
        if value == 0 { return nil }
        return value > 0 ? (value - 1, false) : (-value - 1, true)
    }
}

/// The CAMEO codebook as an O(1) table over the digits of a code.
struct EventCodeTable: Sendable {
    static let standard = EventCodeTable(codebook: .standard)

    let entries: [Codebook.Entry]
    let quadClasses: [UInt8]
    let goldsteins: [Double]
    /// By `(digits − 2)·10,000 + value`: the entry's index + 1, 0 for no code.
    private let byDigits: [Int16]

    enum Lookup {
        case code(Int)
        /// Not 2–4 ASCII digits.
        case malformed
        /// Digits, but no code of the codebook.
        case unknown
    }

    init(codebook: Codebook) {
        entries = codebook.entries
        quadClasses = entries.map { UInt8($0.quadClass.rawValue) }
        goldsteins = entries.map(\.goldstein)
        var byDigits = [Int16](repeating: 0, count: 30_000)
        for (index, entry) in entries.enumerated() {
            let digits = Array(entry.code.utf8)
            guard (2...4).contains(digits.count) else { continue }
            let value = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
            byDigits[(digits.count - 2) * 10_000 + value] = Int16(index + 1)
        }
        self.byDigits = byDigits
    }

    @inline(__always)
    func lookup(_ field: UnsafeRawBufferPointer) -> Lookup {
        guard field.count >= 2 && field.count <= 4 else { return .malformed }
        var value = 0
        for byte in field {
            let digit = Int(byte) - 48
            guard digit >= 0 && digit < 10 else { return .malformed }
            value = value * 10 + digit
        }
        let index = Int(byDigits[(field.count - 2) * 10_000 + value])
        return index == 0 ? .unknown : .code(index - 1)
    }
}

/// Which events are stored raw, besides the aggregates kept for every pair of states.
public enum KeepPolicy: Sendable, Hashable {
    /// Every event between states (the default).
    case all
    /// None: aggregates only.
    case none
    /// Events with one of these states on either side.
    case states(Set<String>)

    /// Per state number: whether events it is party to are kept.
    func mask(for table: StateTable) -> [Bool] {
        switch self {
        case .all: return Array(repeating: true, count: table.codes.count)
        case .none: return Array(repeating: false, count: table.codes.count)
        case .states(let states): return table.codes.map { states.contains($0) }
        }
    }
}

/// Packs a directed dyad and a date into one 64-bit aggregate key inside a parser; unpacked at commit.
///
/// 9 bits for each state's number, 23 for the first day (days from 1970 + 2²²), 23 for the span in days.
enum AggregateKey {
    static let dayOffset = 1 << 22

    @inline(__always)
    static func pack(source: Int, target: Int, startOrdinal: Int, spanDays: Int) -> UInt64 {
        UInt64(source) << 55 | UInt64(target) << 46 | UInt64(startOrdinal + dayOffset) << 23 | UInt64(spanDays)
    }

    static func unpack(_ key: UInt64) -> (source: Int, target: Int, start: Day, end: Day) {
        let source = Int(key >> 55)
        let target = Int((key >> 46) & 0x1FF)
        let start = Int((key >> 23) & 0x7F_FFFF) - dayOffset
        let span = Int(key & 0x7F_FFFF)
        return (source, target, Day(ordinal: start), Day(ordinal: start + span))
    }
}

/// The days from 1970-01-01 of a YYYYMMDD key, without building a `Day`.
@inline(__always)
func ordinal(ofDayKey key: Int) -> Int {
    Day(year: key / 10_000, month: (key / 100) % 100, day: key % 100).ordinal
}
