/// A state Entente knows by name: its codes and the words that point to it.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 (as CAMEO uses it), or ISO 3166-3 for a historical state (`SUN`).
    public let code: String
    public let name: String
    /// Other names: short forms, formal names, the names ICEWS writes.
    public let aliases: [String]
    /// Adjectival forms: "Pakistani", "Russian".
    public let demonyms: [String]
    public let capitals: [String]
    /// FIPS 10-4, as GDELT's geography fields write it.
    public let fips: String?
    public let iso2: String?
    /// Correlates of War state number.
    public let cow: Int?
    /// For a historical state, the state on whose lineage its events count (RUS for the Soviet Union).
    public let successor: String?

    init(
        code: String, name: String, aliases: [String], demonyms: [String], capitals: [String],
        fips: String?, iso2: String?, cow: Int?, successor: String? = nil
    ) {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.demonyms = demonyms
        self.capitals = capitals
        self.fips = fips
        self.iso2 = iso2
        self.cow = cow
        self.successor = successor
    }

    public var isHistorical: Bool { successor != nil }
}
