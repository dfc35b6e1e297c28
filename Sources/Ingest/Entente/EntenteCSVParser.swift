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
        self.fields = fields
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        scanner.parse(chunk, context: context, noun: "record") { csvRow, builder in read(csvRow, into: &builder) }
    }

    private func read(_ csvRow: CSVRow, into builder: inout ChunkBuilder) {
        let record = csvRow.record
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            csvRow.reject(reason, column: column, message, into: &builder)
        }
        guard csvRow.isText(maxLineBytes: context.maxLineBytes, into: &builder) else { return }
        guard record.fieldCount == fields.count, !record.openQuote else {
            reject(.wrongColumnCount, column: record.column(whereCountBreaks: fields.count), "expected \(fields.count) comma-separated fields as the header names, found \(record.fieldCount)")
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
