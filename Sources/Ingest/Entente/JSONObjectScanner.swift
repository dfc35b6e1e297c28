import EntenteModel

/// Reads one flat JSON object — an event as `entente events --format json` writes it — into ``EventFields``,
/// from bytes: keys matched against the event's field names (first against the key that came next in the line
/// before), strings scanned 8 bytes a step and unescaped into scratch space only when they hold an escape, numbers and
/// literals left as their bytes for ``EventFieldReader``.
///
/// `issues`, an array of strings, becomes the stored form (the issues joined by commas). Keys the event does not
/// have are skipped whatever their value (nested objects and arrays included), as `JSONDecoder` skips them; a key
/// given twice keeps its last value. Not thread-safe: one per parser thread.
final class JSONObjectScanner {
    /// What is wrong with a line, and where (a 1-based byte column).
    struct Fault: Error {
        let column: Int
        let message: String
    }

    private let names = EventFieldNames.standard
    /// For each field, and for the object's start (at ``EventFields/count``), the field whose key came next in the
    /// last line (−1 when none did): a writer keeps one order of keys, so the next key is checked against its guess
    /// before it is scanned and looked up.
    private let nextField: UnsafeMutablePointer<Int8>
    private var scratch: UnsafeMutableRawPointer
    private var scratchCapacity: Int
    private var scratchUsed = 0

    init() {
        scratchCapacity = 4096
        scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
        nextField = .allocate(capacity: EventFields.count + 1)
        nextField.initialize(repeating: -1, count: EventFields.count + 1)
    }

    deinit {
        scratch.deallocate()
        nextField.deallocate()
    }

    /// Fills `fields` from the object on `line` (without its line end).
    func read(_ line: UnsafeRawBufferPointer, into fields: EventFields) throws(Fault) {
        // Unescaped text is never longer than its escaped form, and the issues joined no longer than their array:
        // twice the line is room for all of it, so that no pointer handed out moves.
        if 2 * line.count > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = max(2 * line.count, scratchCapacity * 2)
            scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
        }
        scratchUsed = 0
        fields.clear()
        var cursor = Cursor(bytes: line)
        cursor.skipSpace()
        guard cursor.take(UInt8(ascii: "{")) else { throw cursor.fault("expected an object ('{')") }
        cursor.skipSpace()
        if !cursor.take(UInt8(ascii: "}")) {
            var previous = EventFields.count
            while true {
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.fault("expected a key in double quotes") }
                let field = try key(&cursor, after: previous)
                if let field {
                    nextField[previous] = Int8(field)
                    previous = field
                }
                cursor.skipSpace()
                guard cursor.take(UInt8(ascii: ":")) else { throw cursor.fault("expected ':' after the key") }
                cursor.skipSpace()
                let valueColumn = cursor.index + 1
                if let field {
                    if field == EventFields.Key.issues {
                        fields.set(field, try issues(&cursor), column: valueColumn)
                    } else {
                        let value = try scalar(&cursor, field: field)
                        if let value { fields.set(field, value, column: valueColumn) } else { fields.values[field] = nil }
                    }
                } else {
                    try skipValue(&cursor, depth: 0)
                }
                cursor.skipSpace()
                if cursor.take(UInt8(ascii: ",")) { continue }
                if cursor.take(UInt8(ascii: "}")) { break }
                throw cursor.fault("expected ',' or '}' after the value")
            }
        }
        cursor.skipSpace()
        guard cursor.atEnd else { throw cursor.fault("expected the end of the line after the object") }
    }

    /// The field of the key at the cursor (which is at its opening quote), nil for a key the event does not have;
    /// the cursor is left past the key.
    @inline(__always)
    private func key(_ cursor: inout Cursor, after previous: Int) throws(Fault) -> Int? {
        let start = cursor.index + 1
        let guess = Int(nextField[previous])
        if guess >= 0, names.isKey(guess, at: start, in: cursor.bytes) {
            cursor.index = start + names.length(of: guess) + 1
            return guess
        }
        let key = try string(&cursor)
        // A key read in place may be loaded with the bytes after it (the rest of the line); one unescaped into
        // scratch space is read alone.
        let inPlace = key.baseAddress == cursor.bytes.baseAddress.map { $0 + start }
        return names.index(named: key, readable: inPlace ? cursor.bytes.count - start : key.count)
    }

    /// A string, a number or a literal; nil for `null`. `field` (nil for a key the event does not have) names the key
    /// in the fault.
    private func scalar(_ cursor: inout Cursor, field: Int?) throws(Fault) -> UnsafeRawBufferPointer? {
        guard let byte = cursor.peek else { throw cursor.fault("expected a value") }
        switch byte {
        case UInt8(ascii: "\""): return try string(&cursor)
        case UInt8(ascii: "n"):
            guard cursor.take(literal: "null") else { throw cursor.fault("expected a value") }
            return nil
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let start = cursor.index
            guard cursor.take(literal: "true") || cursor.take(literal: "false") else { throw cursor.fault("expected a value") }
            return cursor.slice(start, cursor.index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = cursor.index
            while let next = cursor.peek, Self.isNumberByte(next) { cursor.index += 1 }
            return cursor.slice(start, cursor.index)
        default:
            throw cursor.fault("'\(field.map { Event.fieldNames[$0] } ?? "")' should be a string, a number, true, false or null")
        }
    }

    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// A string at the cursor (which is at its opening quote): its bytes, unescaped into scratch space when it
    /// holds an escape.
    ///
    /// - Complexity: O(n), 8 bytes a step up to the first quote, backslash or control byte.
    @inline(__always)
    private func string(_ cursor: inout Cursor) throws(Fault) -> UnsafeRawBufferPointer {
        let start = cursor.index + 1
        let bytes = cursor.bytes
        let stop = Bytes.firstJSONStringStop(in: bytes, from: start)
        guard stop < bytes.count else { throw Fault(column: cursor.index + 1, message: "a string is never closed") }
        switch bytes[stop] {
        case Bytes.quote:
            cursor.index = stop + 1
            return cursor.slice(start, stop)
        case Bytes.backslash:
            return try unescape(&cursor, from: start)
        default:
            throw Fault(column: stop + 1, message: "a control byte inside a string (escape it)")
        }
    }

    /// The string from `start` (just past its opening quote), which holds an escape, unescaped into scratch space.
    private func unescape(_ cursor: inout Cursor, from start: Int) throws(Fault) -> UnsafeRawBufferPointer {
        let bytes = cursor.bytes
        let out = scratch + scratchUsed
        var written = 0
        func put(_ byte: UInt8) {
            out.storeBytes(of: byte, toByteOffset: written, as: UInt8.self)
            written += 1
        }
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for index in at..<(at + 4) {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 65...70: digit = UInt32(byte - 55)
                case 97...102: digit = UInt32(byte - 87)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }
        var index = start
        while true {
            // The plain run up to the next quote, backslash or control byte, copied whole.
            let stop = Bytes.firstJSONStringStop(in: bytes, from: index)
            if stop > index, let base = bytes.baseAddress {
                (out + written).copyMemory(from: base + index, byteCount: stop - index)
                written += stop - index
            }
            index = stop
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == Bytes.quote {
                cursor.index = index + 1
                scratchUsed += written
                return UnsafeRawBufferPointer(start: out, count: written)
            }
            if byte < 0x20 { throw Fault(column: index + 1, message: "a control byte inside a string (escape it)") }
            guard index + 1 < bytes.count else { break }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(escaped)
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex(index) else { throw Fault(column: index - 1, message: "expected four hex digits after \\u") }
                index += 4
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A surrogate pair: the low half must follow as \uDC00…\uDFFF.
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                        let low = hex(index + 2), low >= 0xDC00, low < 0xE000
                    else { throw Fault(column: index - 5, message: "a \\u escape of half a surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw Fault(column: index - 5, message: "a \\u escape of half a surrogate pair")
                }
                // At most 4 bytes of UTF-8 for the 6 (or 12) of the escape: the scratch space holds them.
                for byte in String(Unicode.Scalar(scalar)!).utf8 { put(byte) }
            default:
                throw Fault(column: index - 1, message: "an unknown escape '\\\(String(decoding: [escaped], as: UTF8.self))'")
            }
        }
        throw Fault(column: start, message: "a string is never closed")
    }

    /// `issues`: an array of strings (or null), joined by commas as the store keeps them.
    private func issues(_ cursor: inout Cursor) throws(Fault) -> UnsafeRawBufferPointer {
        if cursor.take(literal: "null") { return UnsafeRawBufferPointer(start: nil, count: 0) }
        guard cursor.take(UInt8(ascii: "[")) else { throw cursor.fault("'issues' should be an array of strings") }
        var parts: [UnsafeRawBufferPointer] = []
        cursor.skipSpace()
        if !cursor.take(UInt8(ascii: "]")) {
            while true {
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.fault("'issues' should be an array of strings") }
                parts.append(try string(&cursor))
                cursor.skipSpace()
                if cursor.take(UInt8(ascii: ",")) { continue }
                if cursor.take(UInt8(ascii: "]")) { break }
                throw cursor.fault("expected ',' or ']' in 'issues'")
            }
        }
        if parts.count == 1 { return parts[0] }
        // Joined in scratch space: the parts and their commas are no longer than the array was.
        let out = scratch + scratchUsed
        var written = 0
        for (index, part) in parts.enumerated() {
            if index > 0 {
                out.storeBytes(of: UInt8(ascii: ","), toByteOffset: written, as: UInt8.self)
                written += 1
            }
            if let base = part.baseAddress { (out + written).copyMemory(from: base, byteCount: part.count) }
            written += part.count
        }
        scratchUsed += written
        return UnsafeRawBufferPointer(start: out, count: written)
    }

    /// Skips any value: what a key the event does not have holds.
    private func skipValue(_ cursor: inout Cursor, depth: Int) throws(Fault) {
        guard depth < 64 else { throw cursor.fault("values nested too deeply") }
        guard let byte = cursor.peek else { throw cursor.fault("expected a value") }
        switch byte {
        case UInt8(ascii: "\""): _ = try string(&cursor)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            cursor.index += 1
            cursor.skipSpace()
            if cursor.take(close) { return }
            while true {
                cursor.skipSpace()
                if byte == UInt8(ascii: "{") {
                    guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.fault("expected a key in double quotes") }
                    _ = try string(&cursor)
                    cursor.skipSpace()
                    guard cursor.take(UInt8(ascii: ":")) else { throw cursor.fault("expected ':' after the key") }
                    cursor.skipSpace()
                }
                try skipValue(&cursor, depth: depth + 1)
                cursor.skipSpace()
                if cursor.take(UInt8(ascii: ",")) { continue }
                if cursor.take(close) { return }
                throw cursor.fault("expected ',' or '\(String(decoding: [close], as: UTF8.self))'")
            }
        default:
            _ = try scalar(&cursor, field: nil)
        }
    }

    /// A place in a line.
    struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        var atEnd: Bool { index >= bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        @inline(__always)
        mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
                index += 1
            }
        }

        @inline(__always)
        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Takes `literal` (ASCII) when the bytes at the cursor are it.
        @inline(__always)
        mutating func take(literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let word = literal.utf8Start
            for offset in 0..<count where bytes[index + offset] != word[offset] { return false }
            index += count
            return true
        }

        func slice(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: bytes[from..<to])
        }

        func fault(_ message: String) -> Fault {
            let found = index < bytes.count ? ", found '\(String(decoding: bytes[index...].prefix(20), as: UTF8.self))'" : ", found the end of the line"
            return Fault(column: index + 1, message: message + found)
        }
    }
}
