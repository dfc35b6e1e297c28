import Foundation

/// JSON as Entente writes it: stable key order, so the same analysis gives the same bytes.
public enum JSONOutput {
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One value per line: JSON Lines.
    public static func lines<Value: Encodable>(_ values: [Value]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for value in values {
            text += String(decoding: try encoder.encode(value), as: UTF8.self)
            text += "\n"
        }
        return text
    }
}
