import EntenteModel

/// Byte-level helpers for scanning: word-at-a-time byte search, numbers read from bytes, UTF-8 checks.
///
/// STYLE.md's measurements say why: scanning `UInt8`s in big chunks and parsing numbers from bytes runs at disk
/// speed; making a `String` per field runs at a quarter of it.
enum Bytes {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let backslash = UInt8(ascii: "\\")

    static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// A word with `byte` in each of its 8 bytes.
    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The high bit of each byte of `word` that equals the byte broadcast in `pattern`, and no other bit.
    ///
    /// Exact (no false positives across bytes), unlike the classic `haszero` trick.
    @inline(__always)
    static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return ~(((x & lowSevenBits) &+ lowSevenBits) | x | lowSevenBits)
    }

    /// How many `byte`s lie in `buffer`.
    ///
    /// - Complexity: O(n), 8 bytes a step.
    static func count(_ byte: UInt8, in buffer: UnsafeRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let pattern = broadcast(byte)
        var total = 0
        var index = 0
        let end = buffer.count
        while index + 8 <= end {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            total &+= Int(truncatingIfNeeded: ((matches(word, pattern) &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
            index += 8
        }
        while index < end {
            if base.load(fromByteOffset: index, as: UInt8.self) == byte { total += 1 }
            index += 1
        }
        return total
    }

    /// The position of the last `byte` in `buffer`, nil when there is none.
    static func lastIndex(of byte: UInt8, in buffer: UnsafeRawBufferPointer) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        var index = buffer.count
        let pattern = broadcast(byte)
        while index >= 8 {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index - 8, as: UInt64.self))
            let found = matches(word, pattern)
            if found != 0 { return index - 8 + (63 - found.leadingZeroBitCount) / 8 }
            index -= 8
        }
        while index > 0 {
            index -= 1
            if base.load(fromByteOffset: index, as: UInt8.self) == byte { return index }
        }
        return nil
    }

    /// The offset of the first byte at or after `start` that ends a run of a JSON string's plain bytes — a quote,
    /// a backslash or a control byte (below 0x20) — or `bytes.count` when there is none.
    ///
    /// Bytes of UTF-8 past ASCII are plain here; whether they are well-formed is the row's text check.
    ///
    /// - Complexity: O(n), 8 bytes a step (the bytes of a JSON Lines file are nearly all inside strings).
    @inline(__always)
    static func firstJSONStringStop(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        let quotes = broadcast(quote)
        let backslashes = broadcast(backslash)
        var index = start
        while index + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // A byte is below 0x20 when its high bit is clear and its low seven bits plus 0x60 stay below 0x80 (no
            // carry crosses bytes: 0x7F + 0x60 < 0x100).
            let control = ~(((word & lowSevenBits) &+ broadcast(0x60)) | word) & highBits
            let stops = matches(word, quotes) | matches(word, backslashes) | control
            if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            if byte == quote || byte == backslash || byte < 0x20 { return index }
            index += 1
        }
        return count
    }

    // MARK: - Numbers from bytes

    /// A non-negative whole number of 1–19 ASCII digits; nil for anything else.
    @inline(__always)
    static func unsigned(_ field: UnsafeRawBufferPointer) -> UInt64? {
        guard !field.isEmpty, field.count <= 19 else { return nil }
        var value: UInt64 = 0
        for byte in field {
            let digit = byte &- 48
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return value
    }

    /// A whole number, optionally signed; nil for anything else (an empty field too).
    @inline(__always)
    static func integer(_ field: UnsafeRawBufferPointer) -> Int? {
        guard let first = field.first else { return nil }
        if first == UInt8(ascii: "-") {
            guard let magnitude = unsigned(UnsafeRawBufferPointer(rebasing: field.dropFirst())), magnitude <= UInt64(Int.max) else {
                return nil
            }
            return -Int(magnitude)
        }
        guard let magnitude = unsigned(field), magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A decimal number such as `-5.0`, `4`, `2.53807106598985`; nil when the field is not one.
    ///
    /// With at most 15 significant digits the result is the correctly rounded double (an exact integer divided
    /// by an exact power of ten), the same value `Double(String)` gives; longer forms and exponents fall back
    /// to `Double(String)`.
    @inline(__always)
    static func decimal(_ field: UnsafeRawBufferPointer) -> Double? {
        guard !field.isEmpty else { return nil }
        var index = 0
        var negative = false
        let first = field[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        while index < field.count {
            let byte = field[index]
            let digit = byte &- 48
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return slowDecimal(field)
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        guard digits <= 15 else { return slowDecimal(field) }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    static func slowDecimal(_ field: UnsafeRawBufferPointer) -> Double? {
        guard let value = Double(String(decoding: field, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// A day written as 8 digits YYYYMMDD that the calendar has; its key (the same number), else nil.
    @inline(__always)
    static func dayKey(compact field: UnsafeRawBufferPointer) -> Int? {
        guard field.count == 8, let value = unsigned(field) else { return nil }
        let key = Int(value)
        return isCalendarDay(key) ? key : nil
    }

    /// A day written YYYY-MM-DD that the calendar has; its YYYYMMDD key, else nil.
    @inline(__always)
    static func dayKey(iso field: UnsafeRawBufferPointer) -> Int? {
        guard field.count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-"),
            let year = unsigned(UnsafeRawBufferPointer(rebasing: field[0..<4])),
            let month = unsigned(UnsafeRawBufferPointer(rebasing: field[5..<7])),
            let day = unsigned(UnsafeRawBufferPointer(rebasing: field[8..<10]))
        else { return nil }
        let key = Int(year) * 10_000 + Int(month) * 100 + Int(day)
        return isCalendarDay(key) ? key : nil
    }

    @inline(__always)
    static func isCalendarDay(_ key: Int) -> Bool {
        let year = key / 10_000
        let month = (key / 100) % 100
        let day = key % 100
        guard year >= 1, month >= 1, month <= 12, day >= 1 else { return false }
        if day <= 28 { return true }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31
        return day <= days
    }

    // MARK: - UTF-8

    /// The offset of the first byte that breaks UTF-8 in `bytes`, nil when all of it is well-formed.
    ///
    /// Rejects what Unicode calls ill-formed: stray continuation bytes, overlong forms, surrogates, values past
    /// U+10FFFF, and sequences cut short.
    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }

    /// Whether `bytes` are `lowercase` (ASCII letters, digits and signs) in any case.
    @inline(__always)
    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let folded = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            if folded != lowercase[index] { return false }
        }
        return true
    }

    /// Whether `bytes` are ASCII without a NUL byte, 8 bytes a step: what most rows are, and need no other check.
    @inline(__always)
    static func isPlainText(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var seen: UInt64 = 0
        while index + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // The high bit of a byte ≥ 0x80, or of a zero byte (classic: (x − 0x01…) & ~x & 0x80…).
            seen |= word | ((word &- 0x0101_0101_0101_0101) & ~word)
            index += 8
        }
        if seen & highBits != 0 { return false }
        while index < count {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            if byte == 0 || byte >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The position of the first NUL byte, nil when there is none.
    static func firstNUL(_ bytes: UnsafeRawBufferPointer) -> Int? { bytes.firstIndex(of: 0) }
}

/// A 64-bit FNV-1a hash over bytes (``StableHash``'s), fed piece by piece: fingerprints, tail checks and merge keys.
struct ByteHash {
    private(set) var value: UInt64

    init(seed: UInt64 = StableHash.offsetBasis) { value = seed }

    @inline(__always)
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        value = StableHash.value(bytes, seed: value)
    }

    @inline(__always)
    mutating func add(_ number: UInt64) {
        var number = number
        for _ in 0..<8 {
            value ^= number & 0xFF
            value &*= 0x0000_0100_0000_01b3
            number >>= 8
        }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(UInt64(0x1F))
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
