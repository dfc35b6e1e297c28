/// Turns what a source writes for a state ("Moscow", "Pakistani", "USSR", "Russian Federation", "PAK") into
/// the state's code, carrying a historical state onto its successor's lineage.
public struct CountryResolver: Sendable {
    /// What a name resolved to.
    public struct Resolution: Hashable, Sendable {
        /// The state for series and dyads: the successor for a historical state.
        public let code: String
        /// The historical state as named (`SUN`), nil for a current state.
        public let historical: String?
        /// The actor for this state, marked historical where it is.
        public var actor: Actor { Actor(code, historical: historical) }
    }

    private let byCode: [String: Country]
    private let byWord: [String: Country]
    public let countries: [Country]

    public static let standard = CountryResolver(countries: Country.table)

    init(countries: [Country]) {
        self.countries = countries
        var byCode: [String: Country] = [:]
        for country in countries { byCode[country.code] = country }
        var byWord: [String: Country] = [:]
        // Later assignments lose: codes and names win over aliases, aliases over demonyms and capitals.
        for country in countries {
            for word in country.capitals + country.demonyms { byWord[Self.normalise(word)] = country }
        }
        for country in countries {
            for word in country.aliases { byWord[Self.normalise(word)] = country }
        }
        for country in countries {
            byWord[Self.normalise(country.name)] = country
            byWord[Self.normalise(country.code)] = country
        }
        self.byCode = byCode
        self.byWord = byWord
    }

    /// The state a name, demonym, capital or code points to; nil when none does.
    ///
    /// Case, punctuation, diacritics' absence, a leading "the" and surrounding spaces do not matter.
    public func resolve(_ text: String) -> Resolution? {
        guard let country = byWord[Self.normalise(text)] else { return nil }
        return resolution(of: country)
    }

    /// The state with this code (current or historical); nil for an unknown code.
    public func country(code: String) -> Country? { byCode[code] }

    /// Whether `code` is a state this resolver knows, current or historical.
    public func isKnown(code: String) -> Bool { byCode[code] != nil }

    /// The name of the state with this code, or the code itself when unknown.
    public func name(of code: String) -> String { byCode[code]?.name ?? code }

    private func resolution(of country: Country) -> Resolution {
        if let successor = country.successor { return Resolution(code: successor, historical: country.code) }
        return Resolution(code: country.code, historical: nil)
    }

    static func normalise(_ text: String) -> String {
        var words: [Substring] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(Substring(current)) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "." || character == "'" || character == "’" {
                continue
            } else {
                flush()
            }
        }
        flush()
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
