/// A CAMEO event code: two to four digits, kept as a string because leading zeros matter ("0834", never 834).
public struct CAMEOCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// A code known to the ``Codebook``; nil for anything else.
    public init?(_ text: String) {
        guard Codebook.standard.entry(for: text) != nil else { return nil }
        self.rawValue = text
    }

    /// A code written in source; it must be in the codebook.
    public init(stringLiteral value: String) {
        guard Codebook.standard.entry(for: value) != nil else { preconditionFailure("unknown CAMEO code \(value)") }
        self.rawValue = value
    }

    /// The two-digit root: "08" for "0834".
    public var rootCode: String { String(rawValue.prefix(2)) }

    public var entry: Codebook.Entry { Codebook.standard.entry(for: rawValue)! }
    public var name: String { entry.name }
    public var quadClass: QuadClass { entry.quadClass }
    public var goldstein: Double { entry.goldstein }

    /// Whether this code is `ancestor` or lies under it ("0834" lies under "08" and "083").
    public func isWithin(_ ancestor: String) -> Bool { rawValue.hasPrefix(ancestor) }

    public var description: String { rawValue }

    public static func < (lhs: CAMEOCode, rhs: CAMEOCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = CAMEOCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a CAMEO event code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
