import EntenteModel

/// Reads Entente's CSV (`entente events --format csv`): RFC 4180, a header of the event's field names in any
/// order, quoted fields that may hold commas, quotes and line ends; read through ``Event/init(fields:)``.
final class EntenteCSVParser: ChunkParser {
    let context: ParseContext
    let names: [String]

    /// The header is not Entente's.
    struct HeaderError: Error {
        let message: String
    }

    init(context: ParseContext) throws(HeaderError) {
        self.context = context
        var header = context.header[...]
        if header.starts(with: [0xEF, 0xBB, 0xBF]) { header = header.dropFirst(3) }
        var line = Array(header)
        line.append(Bytes.newline)
        let record = line.withUnsafeBytes { Self.records(in: $0).first }
        names = record?.fields.map { String(decoding: $0.bytes, as: UTF8.self) } ?? []
        let known = Set(Event.fieldNames)
        guard names.contains("id"), names.contains("date"), names.contains("cameo"),
            names.allSatisfy({ known.contains($0) })
        else {
            throw HeaderError(message: "expected a header of Entente's event fields (\(Event.fieldNames.joined(separator: ","))), found '\(names.joined(separator: ","))'")
        }
    }

    /// One field of a record: its text, unquoted, and where it began.
    struct Field {
        var bytes: [UInt8]
        /// 1-based byte column on its line.
        var column: Int
    }

    /// One record: its fields, its first line (relative), its bytes, and whether a quote was left open.
    struct Record {
        var fields: [Field]
        var lineOffset: Int
        var range: Range<Int>
        var openQuote: Bool
    }

    /// Splits whole records out of `bytes` (which end with a line end).
    static func records(in bytes: UnsafeRawBufferPointer) -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var field: [UInt8] = []
        var inQuotes = false
        var recordStart = 0
        var lineOffset = 0
        var recordLine = 0
        var lineStart = 0
        var fieldColumn = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == Bytes.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Bytes.quote {
                        field.append(Bytes.quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == Bytes.newline {
                        lineOffset += 1
                        lineStart = index + 1
                    }
                    field.append(byte)
                }
            } else if byte == Bytes.quote {
                inQuotes = true
            } else if byte == Bytes.comma {
                fields.append(Field(bytes: field, column: fieldColumn))
                field = []
                fieldColumn = index + 1 - lineStart + 1
            } else if byte == Bytes.newline {
                if field.last == Bytes.carriageReturn { field.removeLast() }
                fields.append(Field(bytes: field, column: fieldColumn))
                records.append(Record(fields: fields, lineOffset: recordLine, range: recordStart..<(index + 1), openQuote: false))
                fields = []
                field = []
                lineOffset += 1
                lineStart = index + 1
                recordLine = lineOffset
                recordStart = index + 1
                fieldColumn = 1
            } else {
                field.append(byte)
            }
            index += 1
        }
        if recordStart < bytes.count {
            fields.append(Field(bytes: field, column: fieldColumn))
            records.append(Record(fields: fields, lineOffset: recordLine, range: recordStart..<bytes.count, openQuote: inQuotes))
        }
        return records
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        chunk.withBytes { bytes in
            builder.result.lineCount = Bytes.count(Bytes.newline, in: bytes)
            for record in Self.records(in: bytes) {
                let number = Int64(record.lineOffset) + 1
                if chunk.startOffset == 0 && number == 1 { continue }  // the header
                var range = record.range
                if range.upperBound > range.lowerBound && bytes[range.upperBound - 1] == Bytes.newline { range = range.lowerBound..<(range.upperBound - 1) }
                let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
                let last = chunk.unterminated && record.range.upperBound == bytes.count
                read(record, raw: raw, number: number, unterminatedLast: last, into: &builder)
            }
        }
        return builder.result
    }

    private func read(_ record: Record, raw: UnsafeRawBufferPointer, number: Int64, unterminatedLast: Bool, into builder: inout ChunkBuilder) {
        if record.fields.count == 1 && record.fields[0].bytes.isEmpty { return }  // a blank line
        builder.result.rowsRead += 1
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
        if let nul = Bytes.firstNUL(raw) {
            reject(.nulByte, column: nul + 1, "a NUL byte (binary data), expected text")
            return
        }
        if let bad = Bytes.firstInvalidUTF8(raw) {
            reject(.invalidUTF8, column: bad + 1, "expected UTF-8 text, found the byte 0x\(String(raw[bad], radix: 16, uppercase: true))")
            return
        }
        guard record.fields.count == names.count, !record.openQuote else {
            reject(.wrongColumnCount, column: nil, "expected \(names.count) comma-separated fields as the header names, found \(record.fields.count)")
            return
        }
        var values: [String: String] = [:]
        for (name, field) in zip(names, record.fields) { values[name] = String(decoding: field.bytes, as: UTF8.self) }
        do {
            let event = try Event(fields: values)
            EntenteEvents.add(event, line: number, context: context, builder: &builder)
        } catch {
            let index = names.firstIndex(of: error.field)
            let column = index.map { record.fields[$0].column }
            let reason: RejectReason = switch error.field {
            case "date", "precision": .badDate
            case "cameo", "quadClass": .unknownEventCode
            case "goldstein", "magnitude", "mentions", "sources", "articles": .badNumber
            case "id": .badID
            default: .badField
            }
            let position = index.map { "field \($0 + 1) (\(error.field))" } ?? "field '\(error.field)'"
            reject(reason, column: column, "\(position): expected \(error.expected)")
        }
    }
}
