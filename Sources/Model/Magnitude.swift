/// A quantity an event carries: "$2 billion", "4 helicopters", "1,100 km", "25 years".
public struct Magnitude: Hashable, Sendable, Codable, CustomStringConvertible {
    public var amount: Double
    /// The unit as a plain word: "USD", "helicopters", "km", "years".
    public var unit: String

    public init(_ amount: Double, _ unit: String) {
        self.amount = amount
        self.unit = unit
    }

    public var description: String {
        if unit == "USD" {
            if amount >= 1e9 { return "$\(Self.number(amount / 1e9)) billion" }
            if amount >= 1e6 { return "$\(Self.number(amount / 1e6)) million" }
            return "$\(Self.number(amount))"
        }
        return "\(Self.number(amount)) \(unit)"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? Format.grouped(Int(value)) : Format.decimal(value, places: 2)
    }
}

/// Where an event comes from, precisely enough to check it.
public struct Provenance: Hashable, Sendable, Codable {
    /// The dataset or kind of source: "entente-case", "gdelt1", "gdelt2", "icews", "coder", "entente".
    public var dataset: String
    /// The document: a brief's title, a file's path, a story.
    public var document: String?
    /// Where in it: a section, `line 12`, `sentence 4, characters 120–188`.
    public var locator: String?
    public var url: String?

    public init(dataset: String, document: String? = nil, locator: String? = nil, url: String? = nil) {
        self.dataset = dataset
        self.document = document
        self.locator = locator
        self.url = url
    }

    /// One line that cites the source: document, locator and URL as far as known.
    public var citation: String {
        var parts: [String] = []
        if let document { parts.append(document) }
        if let locator { parts.append(locator) }
        if let url { parts.append(url) }
        return parts.isEmpty ? dataset : parts.joined(separator: ", ")
    }
}

/// What an event is about: energy, arms deals, terrorism… (the data form of a brief's "motives").
public struct Issue: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let afghanistan: Issue = "afghanistan"
    public static let aid: Issue = "aid"
    public static let alliance: Issue = "alliance"
    public static let arms: Issue = "arms"
    public static let diplomacy: Issue = "diplomacy"
    public static let drones: Issue = "drones"
    public static let economy: Issue = "economy"
    public static let energy: Issue = "energy"
    public static let industry: Issue = "industry"
    public static let kashmir: Issue = "kashmir"
    public static let military: Issue = "military"
    public static let narcotics: Issue = "narcotics"
    public static let proliferation: Issue = "proliferation"
    public static let regionalSecurity: Issue = "regional-security"
    public static let sanctions: Issue = "sanctions"
    public static let space: Issue = "space"
    public static let terrorism: Issue = "terrorism"
    public static let trade: Issue = "trade"
    public static let war: Issue = "war"

    public var description: String { rawValue }
    public static func < (lhs: Issue, rhs: Issue) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
