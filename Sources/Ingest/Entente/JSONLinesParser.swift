import EntenteModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads Entente's JSON Lines (`entente events --format json`): one event object a line, in the document form of
/// ``Event`` (its `Codable` conformance), so what Entente writes reads back unchanged.
///
/// Each line is read from bytes (``JSONObjectScanner``) and its fields as ``Event/init(fields:)`` reads text fields
/// (``EventFieldReader``), without `JSONDecoder`: no `String` but what is stored.
final class JSONLinesParser: ChunkParser {
    let context: ParseContext
    private let scanner = JSONObjectScanner()
    private let row = EventFields()
    private var reader: EventFieldReader

    init(context: ParseContext) {
        self.context = context
        reader = EventFieldReader(context: context)
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        chunk.withBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            var number: Int64 = 1
            while start < bytes.count {
                let newline = memchr(base + start, Int32(Bytes.newline), bytes.count - start)
                    .map { UnsafeRawPointer($0) - base } ?? bytes.count - 1
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<newline])
                var end = newline
                if end > start, bytes[end - 1] == Bytes.carriageReturn { end -= 1 }
                let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                let last = chunk.unterminated && newline == bytes.count - 1
                read(line, raw: raw, number: number, unterminatedLast: last, into: &builder)
                start = newline + 1
                number += 1
            }
            builder.result.lineCount = Int(number - 1)
        }
        return builder.result
    }

    private func read(
        _ line: UnsafeRawBufferPointer, raw: UnsafeRawBufferPointer, number: Int64, unterminatedLast: Bool,
        into builder: inout ChunkBuilder
    ) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        builder.result.rowsRead += 1
        // A line that is not text is rejected without saying that the file ends inside it, as it always was.
        let whole = RowRejecter(line: number, raw: raw, cut: nil, noun: "line")
        guard whole.isText(line, maxLineBytes: context.maxLineBytes, plain: Bytes.isPlainText(line), into: &builder) else { return }
        let rejecter = RowRejecter(line: number, raw: raw, cut: unterminatedLast ? .fileEnd : nil, noun: "line")
        do {
            try scanner.read(line, into: row)
        } catch {
            rejecter.reject(.badField, column: error.column, "expected an event object as `entente events --format json` writes it: \(error.message)", into: &builder)
            return
        }
        do {
            try reader.add(row, into: &builder)
        } catch {
            rejecter.reject(
                error.reason, column: row.values[error.field] == nil ? 1 : row.columns[error.field],
                "key '\(error.name)': expected \(error.expected)", into: &builder)
        }
    }
}
