/// A CAMEO verb dictionary in the PETRARCH/TABARI format: verb blocks (`--- NAME [code] ---`), the verbs of
/// each block with their forms, phrase patterns (`- * TREATY [161]`) and synsets (`&CURRENCY`).
///
/// Read with ``VerbDictionary/read(path:bytes:words:policy:)``; the coder looks verbs up through the indexes
/// that ``DictionarySet`` builds.
public struct VerbDictionary: Sendable {
    /// One `--- NAME [code] ---` block: the default code of its verbs and the patterns that refine it.
    public struct Block: Sendable {
        public var name: String
        public var codes: EventCodes?
        /// Longest first: a longer pattern is tried before a shorter one.
        public var patterns: [VerbPattern]
        public var line: Int
    }

    /// How a verb form was made, which says whether it can be a noun ("a visit") or an adjective.
    public enum FormKind: UInt8, Sendable {
        case base, thirdPerson, past, gerund
    }

    /// One written form of a verb: its words, which word is the verb, its block and its own code if it has one.
    public struct Form: Sendable {
        public var words: [Int32]
        public var head: Int
        public var block: Int32
        public var codes: EventCodes?
        public var kind: FormKind
        public var text: String
    }

    /// A named set of words or phrases a pattern may name as `&NAME`.
    public struct Synset: Sendable {
        public var name: String
        public var phrases: [[Int32]]
        /// Names of synsets it includes (`+&TIETYPES`), resolved when the file is read.
        var includes: [String]
    }

    public var path: String
    public var blocks: [Block] = []
    public var forms: [Form] = []
    public var synsets: [Synset] = []
    var synsetIndex: [String: Int] = [:]
    /// Malformed lines skipped under ``MalformedLinePolicy/skip``.
    public var warnings: [DictionaryParseError] = []

    public var patternCount: Int { blocks.reduce(0) { $0 + $1.patterns.count } }
}

/// One element of a verb pattern.
public struct PatternElement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word(Int32)
        case synset(Int32)
        /// `$`: the source actor stands here.
        case source
        /// `+`: the target actor stands here.
        case target
        /// `^`: an actor stands here and is skipped.
        case skip
        /// `%`: a compound actor stands here; the event is coded between its members.
        case compound
    }

    public var kind: Kind
    /// How many tokens may stand between this element and the one before it in matching order (the verb for
    /// the first): 0 for `_`, a few inside `{…}` and `(…)`, unlimited for a space.
    public var maxGap: Int32

    static let unlimited: Int32 = .max
}

/// A phrase pattern of a verb block: words before the verb (`upper`), after it (`lower`), and the code it gives.
public struct VerbPattern: Sendable {
    /// Nearest to the verb first.
    public var upper: [PatternElement]
    public var lower: [PatternElement]
    public var codes: EventCodes
    /// The pattern as written, for the evidence of a match.
    public var text: String
    public var line: Int
    /// Set when the pattern only restates the own code of the block's verb it was written for (its comment names
    /// it: `- * &MILITARY [111]  # CONDEMN` in the `BLAME` block, where `CONDEMN [111]`): it then codes that verb
    /// alone, those forms whose own code this is — "accused X of sending troops" is no condemnation.
    public var onlyForCodes: EventCodes?
    /// The verb its comment says it was first written for.
    var originWord: String?
    /// Whether that verb is in no block of the file and has been made one of its own, holding this pattern too
    /// (``VerbDictionary/addOriginVerbs``): the host block's verbs read it only in PETRARCH's options.
    public var writtenForAnotherVerb = false
    /// Elements other than the verb, for ordering longest first.
    public var length: Int { upper.count + lower.count }
}
