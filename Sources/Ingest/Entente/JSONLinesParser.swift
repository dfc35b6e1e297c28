import EntenteModel
import Foundation

/// Reads Entente's JSON Lines (`entente events --format json`): one event object a line, in the document form
/// of ``Event`` (its `Codable` conformance), so what Entente writes reads back unchanged.
final class JSONLinesParser: ChunkParser {
    let context: ParseContext
    private let decoder = JSONDecoder()

    init(context: ParseContext) {
        self.context = context
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        chunk.withBytes { bytes in
            var start = 0
            var number: Int64 = 1
            while start < bytes.count {
                let newline = bytes[start...].firstIndex(of: Bytes.newline) ?? bytes.count - 1
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
        if line.count > context.maxLineBytes {
            builder.reject(Rejection(
                line: number, reason: .overlongLine, message: "line longer than \(context.maxLineBytes) bytes",
                raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
            return
        }
        if EntenteEvents.rejectIfNotText(line, raw: raw, line: number, builder: &builder) { return }
        let event: Event
        do {
            event = try decoder.decode(Event.self, from: Data(line))
        } catch {
            var reason = RejectReason.badField
            var message = "expected an event object as `entente events --format json` writes it: \(Self.explain(error))"
            if unterminatedLast {
                reason = .truncatedLastLine
                message = "the file ends inside this line (no line end): " + message
            }
            builder.reject(Rejection(line: number, column: 1, reason: reason, message: message, raw: Array(raw)))
            return
        }
        EntenteEvents.add(event, line: number, context: context, builder: &builder)
    }

    /// A decoding error in words: which key, and what was wrong with it.
    static func explain(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "the key '\(key.stringValue)' is missing"
        case .typeMismatch(let type, let context)?: return "'\(path(context.codingPath))' should be \(type)"
        case .valueNotFound(let type, let context)?: return "'\(path(context.codingPath))' should be \(type), not null"
        case .dataCorrupted(let context)?:
            let at = path(context.codingPath)
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (at.isEmpty ? "" : "'\(at)': ") + (underlying ?? context.debugDescription)
        default: return "\(error)"
        }
    }
}
