import EntenteModel

/// Reads Entente's CSV (`entente events --format csv`): RFC 4180, a header of the event's field names in any
/// order, quoted fields that may hold commas, quotes and line ends; the fields read as ``Event/init(fields:)``
/// reads them (``EventFieldReader``).
///
/// Fields are byte ranges of the chunk (``CSVScanner``), numbers and dates are read from bytes, and only what is
/// stored is copied: measured on an export of 240,000 GDELT events, about eight times the rows a second of reading
/// each record into `String`s and an ``Event`` (docs/ingest.md).
final class EntenteCSVParser: ChunkParser {
    let context: ParseContext
    /// Each column's place in ``Event/CodingKeys``.
    let fields: [Int]
    let names: [String]
    private let scanner = CSVScanner()
    private let row = EventFields()
    private var reader: EventFieldReader
    private var issuesBuffer: [UInt8] = []

    init(context: ParseContext) throws(HeaderError) {
        self.context = context
        reader = EventFieldReader(context: context)
        var line = context.header
        line.append(Bytes.newline)
        var names: [String] = []
        var fields: [Int] = []
        let scanner = self.scanner
        line.withUnsafeBytes { bytes in
            var first = true
            scanner.scan(bytes) { record in
                guard first else { return }
                first = false
                for index in 0..<record.fieldCount {
                    let name = record.field(index)
                    names.append(String(decoding: name, as: UTF8.self))
                    fields.append(EventFields.Key.index(named: name) ?? -1)
                }
            }
        }
        guard names.contains("id"), names.contains("date"), names.contains("cameo"), !fields.contains(-1) else {
            throw HeaderError(message: "expected a header of Entente's event fields (\(Event.fieldNames.joined(separator: ","))), found '\(names.joined(separator: ","))'")
        }
        self.names = names
        self.fields = fields
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        chunk.withBytes { bytes in
            builder.result.lineCount = Bytes.count(Bytes.newline, in: bytes)
            scanner.scan(bytes) { record in
                if chunk.startOffset == 0 && record.line == 1 { return }  // the header
                let last = chunk.unterminated && record.newline >= bytes.count - 1
                read(record, unterminatedLast: last, into: &builder)
            }
        }
        return builder.result
    }

    private func read(_ record: CSVRecord, unterminatedLast: Bool, into builder: inout ChunkBuilder) {
        if record.isBlank { return }
        builder.result.rowsRead += 1
        let raw = record.raw
        let number = Int64(record.line)
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            var reason = reason
            var message = message
            if unterminatedLast || record.openQuote {
                reason = .truncatedLastLine
                message = (record.openQuote ? "a quoted field is never closed: " : "the file ends inside this record (no line end): ") + message
            }
            builder.reject(Rejection(
                line: number, column: column, reason: reason, message: message,
                raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
        }
        if raw.count > context.maxLineBytes {
            reject(.overlongLine, column: nil, "record longer than \(context.maxLineBytes) bytes")
            return
        }
        if !Bytes.isPlainText(raw) {
            if let nul = Bytes.firstNUL(raw) {
                reject(.nulByte, column: nul + 1, "a NUL byte (binary data), expected text")
                return
            }
            if let bad = Bytes.firstInvalidUTF8(raw) {
                reject(.invalidUTF8, column: bad + 1, "expected UTF-8 text, found the byte 0x\(String(raw[bad], radix: 16, uppercase: true))")
                return
            }
        }
        guard record.fieldCount == fields.count, !record.openQuote else {
            reject(.wrongColumnCount, column: nil, "expected \(fields.count) comma-separated fields as the header names, found \(record.fieldCount)")
            return
        }
        row.clear()
        for (index, field) in fields.enumerated() { row.set(field, record.field(index), column: record.column(index)) }
        var fault: EventFieldFault?
        if let issues = row.values[EventFields.Key.issues], issues.contains(UInt8(ascii: ";")) {
            // `a;b` in CSV, `a,b` in the store (empty ones left out, as `Event(fields:)` leaves them).
            issuesBuffer.removeAll(keepingCapacity: true)
            for issue in issues.split(separator: UInt8(ascii: ";")) {
                if !issuesBuffer.isEmpty { issuesBuffer.append(UInt8(ascii: ",")) }
                issuesBuffer.append(contentsOf: issue)
            }
            issuesBuffer.withUnsafeBytes { stored in
                row.values[EventFields.Key.issues] = stored.isEmpty ? nil : stored
                do throws(EventFieldFault) { try reader.add(row, into: &builder) } catch { fault = error }
            }
        } else {
            do { try reader.add(row, into: &builder) } catch { fault = error }
        }
        if let error = fault {
            let index = fields.firstIndex(of: error.field)
            let column = index.map { record.column($0) }
            let position = index.map { "field \($0 + 1) (\(error.name))" } ?? "field '\(error.name)'"
            reject(error.reason, column: column, "\(position): expected \(error.expected)")
        }
    }
}
