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
