#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One record of a comma- (or tab-) separated chunk, its fields as byte ranges of the chunk; a quoted field is
/// unquoted into the scanner's scratch space when it is asked for.
///
/// Valid only inside the ``CSVScanner/scan(_:_:)`` call that hands it out.
struct CSVRecord {
    fileprivate let scanner: CSVScanner
    fileprivate let base: UnsafeRawPointer
    /// The scanner's fields of this record (held here: a read of the scanner's property would be checked for
    /// exclusive access each time).
    fileprivate let fields: UnsafeMutablePointer<CSVScanner.Field>
    /// The record's bytes without its final line end (a `\r` before it included): what the quarantine keeps.
    let raw: UnsafeRawBufferPointer
    /// The offset of the record's first byte in the chunk.
    let start: Int
    /// The offset of its final `\n` in the chunk (the chunk's length when it ends inside a quote).
    let newline: Int
    /// The line, counted from 1 within the chunk, that the record begins on.
    let line: Int
    /// True when a quote opened in the record is never closed (the chunk ended inside it).
    let openQuote: Bool

    let fieldCount: Int

    /// True for a record with no byte but its line end: a blank line holds no row.
    var isBlank: Bool { fieldCount == 1 && fields[0].end == fields[0].start }

    /// Field `index` (0-based), unquoted as RFC 4180 says (`""` inside quotes is one quote).
    ///
    /// - Complexity: O(1) for a field without quotes; a quoted one is copied once into scratch space that lives
    ///   until the next record.
    @inline(__always)
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fields[index]
        let bytes = UnsafeRawBufferPointer(start: base + Int(field.start), count: Int(field.end - field.start))
        return field.quoted ? scanner.unquote(bytes) : bytes
    }

    /// The 1-based byte column, on its own line, where field `index` begins.
    func column(_ index: Int) -> Int { Int(fields[index].start - fields[index].lineStart) + 1 }

    /// Where a record meant to have `expected` fields goes wrong: the first field too many, or, when fields are
    /// missing, just past the last one (where a separator was expected).
    func column(whereCountBreaks expected: Int) -> Int {
        if fieldCount > expected { return column(expected) }
        let last = fields[fieldCount - 1]
        return Int(last.end - last.lineStart) + 1
    }
}

/// Splits a chunk into RFC 4180 records: fields separated by `separator`, records by line ends outside double
/// quotes; a `\r` before a line end is not part of the last field. Not thread-safe: one scanner per thread.
///
/// Fields are byte ranges of the chunk; only a field holding a quote is copied (unquoted), so a row of plain fields
/// costs a pass over its bytes and nothing else. A quote anywhere in a field opens or closes quoting, as the
/// readers before it did (`ab"c,d"e` is `abc,de`).
final class CSVScanner {
    /// Where a field lies in the chunk: offsets of its first byte, just past its last, and of its line's first byte.
    struct Field {
        var start: Int32
        var end: Int32
        var lineStart: Int32
        /// It holds a quote: it is unquoted when asked for.
        var quoted: Bool
    }

    let separator: UInt8
    /// The current record's fields; raw memory, so that the byte loop pays no exclusivity or uniqueness checks.
    private var fields: UnsafeMutablePointer<Field>
    private var capacity = 64
    /// Unquoted fields of the current record; never grows while a record is read (it holds the record's length).
    private var scratch: UnsafeMutableRawPointer
    private var scratchCapacity: Int
    private var scratchUsed = 0

    init(separator: UInt8 = Bytes.comma) {
        self.separator = separator
        scratchCapacity = 4096
        scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
        fields = .allocate(capacity: capacity)
    }

    deinit {
        scratch.deallocate()
        fields.deallocate()
    }

    private func growFields() -> UnsafeMutablePointer<Field> {
        let grown = UnsafeMutablePointer<Field>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: fields, count: capacity)
        fields.deallocate()
        fields = grown
        capacity *= 2
        return grown
    }

    /// Calls `body` with each record of `chunk` (whose last record ends with `\n` unless the chunk ends inside a
    /// quote).
    ///
    /// - Precondition: the chunk is shorter than 2 GiB (offsets are 32-bit).
    func scan(_ chunk: UnsafeRawBufferPointer, _ body: (CSVRecord) -> Void) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let total = chunk.count
        let separator = self.separator
        var fields = self.fields
        var capacity = self.capacity
        var index = 0
        var line = 1
        while index < total {
            let recordStart = index
            let recordLine = line
            var lineStart = index
            var count = 0
            var inQuotes = false
            var fieldStart = index
            var fieldQuoted = false
            var fieldLineStart = lineStart
            var newline = -1
            while index < total {
                let byte = bytes[index]
                if inQuotes {
                    if byte == Bytes.quote {
                        inQuotes = false
                    } else if byte == Bytes.newline {
                        line += 1
                        lineStart = index + 1
                    }
                    index += 1
                    continue
                }
                if byte == separator || byte == Bytes.newline {
                    if count == capacity {
                        fields = growFields()
                        capacity = self.capacity
                    }
                    var fieldEnd = index
                    if byte == Bytes.newline, fieldEnd > fieldStart, bytes[fieldEnd - 1] == Bytes.carriageReturn { fieldEnd -= 1 }
                    fields[count] = Field(
                        start: Int32(truncatingIfNeeded: fieldStart), end: Int32(truncatingIfNeeded: fieldEnd),
                        lineStart: Int32(truncatingIfNeeded: fieldLineStart), quoted: fieldQuoted)
                    count += 1
                    index += 1
                    if byte == Bytes.newline {
                        newline = index - 1
                        line += 1
                        break
                    }
                    fieldStart = index
                    fieldQuoted = false
                    fieldLineStart = lineStart
                    continue
                }
                if byte == Bytes.quote {
                    inQuotes = true
                    fieldQuoted = true
                }
                index += 1
            }
            if newline < 0 {
                // The chunk ended inside a quote: the rest is one record, cut short (without the line end the
                // chunker adds after a file's unterminated last line).
                newline = bytes[total - 1] == Bytes.newline ? total - 1 : total
                if count == capacity {
                    fields = growFields()
                    capacity = self.capacity
                }
                fields[count] = Field(
                    start: Int32(truncatingIfNeeded: fieldStart), end: Int32(truncatingIfNeeded: max(fieldStart, newline)),
                    lineStart: Int32(truncatingIfNeeded: fieldLineStart), quoted: fieldQuoted)
                count += 1
            }
            let length = newline - recordStart
            if length > scratchCapacity {
                scratch.deallocate()
                scratchCapacity = max(length, scratchCapacity * 2)
                scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
            }
            scratchUsed = 0
            body(CSVRecord(
                scanner: self, base: UnsafeRawPointer(base), fields: fields, raw: UnsafeRawBufferPointer(start: base + recordStart, count: newline - recordStart),
                start: recordStart, newline: newline, line: recordLine, openQuote: inQuotes, fieldCount: count))
            index = newline + 1
        }
    }

    /// Copies a field without its quotes into the scratch space.
    fileprivate func unquote(_ field: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let out = scratch + scratchUsed
        var written = 0
        var inQuotes = false
        var index = 0
        while index < field.count {
            let byte = field[index]
            if byte == Bytes.quote {
                if inQuotes, index + 1 < field.count, field[index + 1] == Bytes.quote {
                    out.storeBytes(of: Bytes.quote, toByteOffset: written, as: UInt8.self)
                    written += 1
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else {
                out.storeBytes(of: byte, toByteOffset: written, as: UInt8.self)
                written += 1
            }
            index += 1
        }
        scratchUsed += written
        return UnsafeRawBufferPointer(start: out, count: written)
    }
}
