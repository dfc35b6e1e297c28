import EntenteModel
import Foundation

/// Reads what-if events: JSON Lines in the events format (`entente events --format json` writes it), one event
/// per line. Each is marked hypothetical; one without an id gets a content id; every id is prefixed `whatif:` so
/// that a scenario's events never meet stored ones.
public enum ScenarioReader {
    /// - Throws: ``ReadError`` naming `path:line:column` and what was expected.
    public static func read(path: String) throws -> [Event] {
        try read(data: try ReadError.contents(of: path), path: path)
    }

    public static func read(data: Data, path: String) throws(ReadError) -> [Event] {
        let text = String(decoding: data, as: UTF8.self)
        var events: [Event] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            let number = offset + 1
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw ReadError(path: path, line: number, column: 1, reason: "expected a JSON object (one event per line)")
                }
                object = parsed
            } catch let error as ReadError {
                throw error
            } catch {
                throw ReadError(
                    path: path, line: number, column: Self.column(in: "\(error)") ?? 1,
                    reason: "not valid JSON (expected one event as a JSON object per line)")
            }
            var filled = object
            if filled["id"] == nil {
                filled["id"] = Event.contentID(prefix: "whatif", parts: [line])
            } else if let id = filled["id"] as? String, !id.hasPrefix("whatif:") {
                filled["id"] = "whatif:" + id
            }
            filled["hypothetical"] = true
            if filled["summary"] == nil { filled["summary"] = "" }
            do {
                let json = try JSONSerialization.data(withJSONObject: filled)
                events.append(try JSONDecoder().decode(Event.self, from: json))
            } catch let error as DecodingError {
                let (key, reason) = Self.describe(error)
                throw ReadError(path: path, line: number, column: key.flatMap { Self.column(of: $0, in: line) } ?? 1, reason: reason)
            } catch {
                throw ReadError(path: path, line: number, column: 1, reason: "\(error)")
            }
        }
        return events
    }

    static func describe(_ error: DecodingError) -> (key: String?, reason: String) {
        switch error {
        case .keyNotFound(let key, _):
            return (nil, "field '\(key.stringValue)' is missing (an event needs date, source, target and cameo)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let key = context.codingPath.last?.stringValue
            return (key, "field '\(key ?? "?")': \(context.debugDescription)")
        case .dataCorrupted(let context):
            let key = context.codingPath.last?.stringValue
            return (key, "field '\(key ?? "?")': \(context.debugDescription)")
        @unknown default:
            return (nil, "\(error)")
        }
    }

    /// The 1-based column of `"key"` in the line.
    static func column(of key: String, in line: String) -> Int? {
        guard let range = line.range(of: "\"\(key)\"") else { return nil }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    /// A column or character position in a JSON parser's message, when it gives one.
    static func column(in message: String) -> Int? {
        for marker in ["column ", "character "] {
            guard let range = message.range(of: marker) else { continue }
            let digits = message[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { return marker == "character " ? value + 1 : value }
        }
        return nil
    }
}
