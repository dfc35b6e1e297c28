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

    var fieldCount: Int { scanner.count }

    /// True for a record with no byte but its line end: a blank line holds no row.
    var isBlank: Bool { scanner.count == 1 && scanner.ends[0] == scanner.starts[0] }

    /// Field `index` (0-based), unquoted as RFC 4180 says (`""` inside quotes is one quote).
    ///
    /// - Complexity: O(1) for a field without quotes; a quoted one is copied once into scratch space that lives
    ///   until the next record.
    @inline(__always)
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let from = scanner.starts[index]
        let to = scanner.ends[index]
        if !scanner.quoted[index] { return UnsafeRawBufferPointer(start: base + from, count: to - from) }
        return scanner.unquote(UnsafeRawBufferPointer(start: base + from, count: to - from))
    }

    /// The 1-based byte column, on its own line, where field `index` begins.
    func column(_ index: Int) -> Int { scanner.starts[index] - scanner.lineStarts[index] + 1 }
}

/// Splits a chunk into RFC 4180 records: fields separated by `separator`, records by line ends outside double
/// quotes; a `\r` before a line end is not part of the last field. Not thread-safe: one scanner per thread.
///
/// Fields are byte ranges of the chunk; only a field holding a quote is copied (unquoted), so a row of plain fields
/// costs a pass over its bytes and nothing else. A quote anywhere in a field opens or closes quoting, as the
/// readers before it did (`ab"c,d"e` is `abc,de`).
final class CSVScanner {
    let separator: UInt8
    fileprivate var starts: [Int] = []
    fileprivate var ends: [Int] = []
    fileprivate var quoted: [Bool] = []
    /// The offset of the line each field begins on, for its column.
    fileprivate var lineStarts: [Int] = []
    fileprivate var count = 0
    /// Unquoted fields of the current record; never grows while a record is read (it holds the record's length).
    private var scratch: UnsafeMutableRawPointer
    private var scratchCapacity: Int
    private var scratchUsed = 0

    init(separator: UInt8 = Bytes.comma) {
        self.separator = separator
        scratchCapacity = 4096
        scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
        reserveFields(64)
    }

    deinit { scratch.deallocate() }

    private func reserveFields(_ capacity: Int) {
        starts.append(contentsOf: repeatElement(0, count: capacity - starts.count))
        ends.append(contentsOf: repeatElement(0, count: capacity - ends.count))
        quoted.append(contentsOf: repeatElement(false, count: capacity - quoted.count))
        lineStarts.append(contentsOf: repeatElement(0, count: capacity - lineStarts.count))
    }

    /// Calls `body` with each record of `chunk` (whose last record ends with `\n` unless the chunk ends inside a
    /// quote).
    func scan(_ chunk: UnsafeRawBufferPointer, _ body: (CSVRecord) -> Void) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let total = chunk.count
        let separator = self.separator
        var index = 0
        var line = 1
        while index < total {
            let recordStart = index
            let recordLine = line
            var lineStart = index
            var fields = 0
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
                    if fields == starts.count { reserveFields(fields * 2) }
                    var fieldEnd = index
                    if byte == Bytes.newline, fieldEnd > fieldStart, bytes[fieldEnd - 1] == Bytes.carriageReturn { fieldEnd -= 1 }
                    starts[fields] = fieldStart
                    ends[fields] = fieldEnd
                    quoted[fields] = fieldQuoted
                    lineStarts[fields] = fieldLineStart
                    fields += 1
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
                if fields == starts.count { reserveFields(fields * 2) }
                starts[fields] = fieldStart
                ends[fields] = max(fieldStart, newline)
                quoted[fields] = fieldQuoted
                lineStarts[fields] = fieldLineStart
                fields += 1
            }
            count = fields
            let length = newline - recordStart
            if length > scratchCapacity {
                scratch.deallocate()
                scratchCapacity = max(length, scratchCapacity * 2)
                scratch = .allocate(byteCount: scratchCapacity, alignment: 8)
            }
            scratchUsed = 0
            body(CSVRecord(
                scanner: self, base: UnsafeRawPointer(base), raw: UnsafeRawBufferPointer(start: base + recordStart, count: newline - recordStart),
                start: recordStart, newline: newline, line: recordLine, openQuote: inQuotes))
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
