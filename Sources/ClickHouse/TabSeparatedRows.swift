import Foundation

/// Rows in ClickHouse's `TabSeparated` format, written field by field into one byte buffer: what an insert sends.
///
/// Text is escaped as the format wants (`\\`, `\t`, `\n`, `\r`); a missing value is `\N`. Numbers are written as
/// Swift prints them (doubles in their shortest form that reads back exactly).
struct TabSeparatedRows: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    private var atRowStart = true

    init() {}

    var isEmpty: Bool { count == 0 }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(0x09) }
    }

    /// Ends the row.
    mutating func endRow() {
        bytes.append(0x0A)
        atRowStart = true
        count += 1
    }

    mutating func append(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { appendEscaped(UnsafeRawBufferPointer($0)) }
    }

    mutating func append(_ text: String?) {
        if let text { append(text) } else { appendNull() }
    }

    /// Text given as bytes (a span of an ingest's row buffer).
    mutating func append(bytes text: UnsafeRawBufferPointer) {
        separate()
        appendEscaped(text)
    }

    mutating func appendNull() {
        separate()
        bytes.append(0x5C)
        bytes.append(0x4E)
    }

    mutating func append<Number: BinaryInteger>(_ number: Number) {
        separate()
        appendDigits(number)
    }

    mutating func append<Number: BinaryInteger>(_ number: Number?) {
        if let number { append(number) } else { appendNull() }
    }

    mutating func append(_ value: Bool) { append(value ? 1 : 0) }

    mutating func append(_ value: Bool?) {
        if let value { append(value) } else { appendNull() }
    }

    mutating func append(_ value: Double) {
        separate()
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func append(_ value: Double?) {
        if let value { append(value) } else { appendNull() }
    }

    private mutating func appendDigits<Number: BinaryInteger>(_ number: Number) {
        if number < 0 { bytes.append(0x2D) }
        var magnitude = number.magnitude
        if magnitude == 0 {
            bytes.append(0x30)
            return
        }
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(UInt8(48 + Int(magnitude % 10)))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    private mutating func appendEscaped(_ text: UnsafeRawBufferPointer) {
        var clean = 0
        for (index, byte) in text.enumerated() {
            let escape: UInt8
            switch byte {
            case 0x5C: escape = 0x5C
            case 0x09: escape = 0x74
            case 0x0A: escape = 0x6E
            case 0x0D: escape = 0x72
            case 0x00: escape = 0x30
            default: continue
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[clean..<index]))
            bytes.append(0x5C)
            bytes.append(escape)
            clean = index + 1
        }
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[clean...]))
    }
}

/// An answer in ClickHouse's `TabSeparated` format, read a row at a time without copying it.
struct TabSeparatedReader {
    /// The answer, and a NUL after it (so that a number at its very end is read with `strtod` safely).
    let bytes: [UInt8]
    private let end: Int
    private var position = 0
    /// The fields of the current row, as ranges of ``bytes``.
    private(set) var fields: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        end = bytes.count
        var bytes = bytes
        bytes.append(0)
        self.bytes = bytes
        fields.reserveCapacity(32)
    }

    /// Moves to the next row; false at the end.
    mutating func next() -> Bool {
        guard position < end else { return false }
        fields.removeAll(keepingCapacity: true)
        var start = position
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte == 0x5C {
                index += 2
                continue
            }
            if byte == 0x09 {
                fields.append(start..<index)
                start = index + 1
            } else if byte == 0x0A {
                break
            }
            index += 1
        }
        let last = min(index, end)
        fields.append(start..<last)
        position = last + 1
        return true
    }

    var count: Int { fields.count }

    func isNull(_ field: Int) -> Bool {
        let range = fields[field]
        return range.count == 2 && bytes[range.lowerBound] == 0x5C && bytes[range.lowerBound + 1] == 0x4E
    }

    /// The field as text, unescaped; nil for `\N`.
    func string(_ field: Int) -> String? {
        isNull(field) ? nil : text(field)
    }

    /// The field as text, unescaped (`\N` reads as empty).
    func text(_ field: Int) -> String {
        let range = fields[field]
        if isNull(field) { return "" }
        if !bytes[range].contains(0x5C) { return String(decoding: bytes[range], as: UTF8.self) }
        return String(decoding: unescaped(range), as: UTF8.self)
    }

    private func unescaped(_ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < range.upperBound {
                let next = bytes[index + 1]
                switch next {
                case 0x74: out.append(0x09)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x30: out.append(0x00)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                default: out.append(next)
                }
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// The field as a whole number (0 for `\N` or none).
    func int(_ field: Int) -> Int {
        let range = fields[field]
        var value = 0
        var negative = false
        for index in range {
            let byte = bytes[index]
            if byte == 0x2D { negative = true } else if byte >= 0x30 && byte <= 0x39 { value = value &* 10 &+ Int(byte - 0x30) } else { return 0 }
        }
        return negative ? -value : value
    }

    func uint64(_ field: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in fields[field] {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return 0 }
            value = value &* 10 &+ UInt64(byte - 0x30)
        }
        return value
    }

    func optionalInt(_ field: Int) -> Int? { isNull(field) ? nil : int(field) }

    /// The field as a number, read from its bytes (no `String` made): ClickHouse writes doubles as `strtod` reads them
    /// (`inf`, `nan` included).
    func double(_ field: Int) -> Double {
        let range = fields[field]
        guard !range.isEmpty else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) { strtod($0, nil) }
        }
    }

    func optionalDouble(_ field: Int) -> Double? { isNull(field) ? nil : double(field) }

    /// The field as text, the same `String` as `previous` when the bytes are the same (a dyad's rows repeat their
    /// states and dataset: one `String` each instead of one a row).
    func text(_ field: Int, reusing previous: inout (bytes: ArraySlice<UInt8>, text: String)) -> String {
        let slice = bytes[fields[field]]
        if slice.elementsEqual(previous.bytes) { return previous.text }
        previous = (slice, text(field))
        return previous.text
    }

    func bool(_ field: Int) -> Bool { int(field) != 0 }

    func optionalBool(_ field: Int) -> Bool? { isNull(field) ? nil : bool(field) }
}
