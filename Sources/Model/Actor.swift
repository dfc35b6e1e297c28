/// Who acts or is acted upon: a state, optionally a sector of it and the person or body named.
///
/// `country` is the state for series and dyads. A historical state counts for its successor and says so:
/// the Soviet Union's events carry `country` RUS and `historical` "SUN".
public struct Actor: Hashable, Sendable, Codable {
    /// The state as a CAMEO / ISO 3166-1 alpha-3 code: `RUS`, `PAK`, `IND`.
    public var country: String
    /// A CAMEO sector code such as `GOV`, `MIL`, `BUS`, or a chain of them (`GOVMIL`); nil when the state itself.
    public var sector: String?
    /// The person or body named in the source: "Defence Minister Sergei Shoigu", "RT Global Resources".
    public var name: String?
    /// The historical state as named, when it differs from `country` (ISO 3166-3 `SUN` for the Soviet Union).
    public var historical: String?

    public init(_ country: String, sector: String? = nil, name: String? = nil, historical: String? = nil) {
        self.country = country
        self.sector = sector
        self.name = name
        self.historical = historical
    }

    /// The state with its sector, as CAMEO writes an actor: `RUSMIL`.
    public var code: String { country + (sector ?? "") }
}

/// A pair of states, directed (source → target) or not.
public struct Dyad: Hashable, Sendable, Codable, CustomStringConvertible {
    public let first: String
    public let second: String
    public let directed: Bool

    /// Undirected pairs are kept in a canonical order so that RUS–PAK and PAK–RUS are one dyad.
    public init(_ first: String, _ second: String, directed: Bool = false) {
        if directed || first <= second {
            self.first = first
            self.second = second
        } else {
            self.first = second
            self.second = first
        }
        self.directed = directed
    }

    /// Whether an event from `source` to `target` belongs to this dyad.
    public func contains(source: String, target: String) -> Bool {
        if directed { return source == first && target == second }
        return (source == first && target == second) || (source == second && target == first)
    }

    public var description: String { directed ? "\(first)→\(second)" : "\(first)–\(second)" }
}
