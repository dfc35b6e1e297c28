import EntenteModel

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
