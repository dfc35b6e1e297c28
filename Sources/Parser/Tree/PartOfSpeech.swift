/// A Universal Dependencies part-of-speech tag (UPOS), the seventeen of the UD guidelines.
public enum PartOfSpeech: String, CaseIterable, Sendable, Hashable, Codable {
    case adjective = "ADJ", adposition = "ADP", adverb = "ADV", auxiliary = "AUX", coordinatingConjunction = "CCONJ"
    case determiner = "DET", interjection = "INTJ", noun = "NOUN", numeral = "NUM", particle = "PART"
    case pronoun = "PRON", properNoun = "PROPN", punctuation = "PUNCT", subordinatingConjunction = "SCONJ"
    case symbol = "SYM", verb = "VERB", other = "X"

    /// The tag's place in ``allCases``: the class a model scores.
    public var index: Int { Self.indexes[self]! }

    /// The tag at `index` of ``allCases``.
    public init(index: Int) { self = Self.allCases[index] }

    private static let indexes: [PartOfSpeech: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })

    /// Nouns, proper nouns and pronouns: what can name an actor.
    public var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun }

    /// The classes of function words, whose members a language does not add to: adpositions, auxiliaries,
    /// conjunctions, determiners, particles and pronouns (the UD guidelines' closed classes, without numerals).
    public var isClosedClass: Bool {
        switch self {
        case .adposition, .auxiliary, .coordinatingConjunction, .determiner, .particle, .pronoun, .subordinatingConjunction: true
        default: false
        }
    }
}
