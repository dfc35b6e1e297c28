import EntenteModel

/// Everything the coder looks words up in: verbs with their patterns, actors, agents, discards and issues, over
/// one shared word table, with the indexes built.
///
/// Immutable once built, so one set serves any number of coders on any threads.
public struct DictionarySet: Sendable {
    public private(set) var words = WordTable()
    public private(set) var verbs: [VerbDictionary] = []
    public private(set) var actors: [ActorDictionary] = []
    public private(set) var agents: [AgentDictionary] = []
    public private(set) var discards: [DiscardDictionary] = []
    public private(set) var issues: [IssueDictionary] = []

    // Flattened for the indexes.
    private(set) var blocks: [VerbDictionary.Block] = []
    private(set) var forms: [VerbDictionary.Form] = []

    /// The codes a verb form carries before any pattern reads its words: its own, else its block's (`CALL [041:041]`).
    func codes(of form: VerbDictionary.Form) -> EventCodes? { form.codes ?? blocks[Int(form.block)].codes }
    private(set) var synsets: [VerbDictionary.Synset] = []
    private(set) var actorEntries: [ActorDictionary.Entry] = []
    private(set) var agentEntries: [AgentDictionary.Entry] = []
    private(set) var discardEntries: [DiscardDictionary.Entry] = []
    private(set) var issueEntries: [IssueDictionary.Entry] = []

    private(set) var verbIndex = PhraseIndex()
    private(set) var actorIndex = PhraseIndex()
    private(set) var agentIndex = PhraseIndex()
    private(set) var discardIndex = PhraseIndex()
    private(set) var issueIndex = PhraseIndex()
    /// For each synset, its phrases by first word.
    private(set) var synsetIndexes: [PhraseIndex] = []

    /// The files read, for the evidence and the report.
    public private(set) var sources: [String] = []

    public init() {}

    /// Malformed lines skipped while reading (under ``MalformedLinePolicy/skip``).
    public var warnings: [DictionaryParseError] {
        verbs.flatMap(\.warnings) + actors.flatMap(\.warnings) + agents.flatMap(\.warnings) + issues.flatMap(\.warnings)
    }

    public enum Kind: String, Sendable, CaseIterable {
        case verbs, actors, agents, discards, issues
    }

    /// Adds one dictionary file's bytes; call ``finish()`` once all are added.
    public mutating func add(_ kind: Kind, path: String, bytes: [UInt8], policy: MalformedLinePolicy = .skip) throws(DictionaryParseError) {
        sources.append(path)
        switch kind {
        case .verbs: verbs.append(try VerbDictionary.read(path: path, bytes: bytes, words: &words, policy: policy))
        case .actors: actors.append(try ActorDictionary.read(path: path, bytes: bytes, words: &words, policy: policy))
        case .agents: agents.append(try AgentDictionary.read(path: path, bytes: bytes, words: &words, policy: policy))
        case .discards: discards.append(DiscardDictionary.read(path: path, bytes: bytes, words: &words))
        case .issues: issues.append(try IssueDictionary.read(path: path, bytes: bytes, words: &words, policy: policy))
        }
    }

    static let supplementName = "Entente's own verbs (no codes; read by its rules)"
    static let supplementaryVerbs = """
        --- HAND_OVER   [---]  ---
        HAND {HANDS HANDED HANDING}

        --- LAND   [---]  ---
        LAND {LANDS LANDED LANDING}

        --- FERRY   [---]  ---
        FERRY {FERRIES FERRIED FERRYING}

        --- DOWNGRADE   [---]  ---
        DOWNGRADE {DOWNGRADES DOWNGRADED DOWNGRADING}

        """

    public static let supplementActorsName = "Entente's own actors (bodies the published dictionaries do not name)"
    /// International bodies Phoenix's actor files do not list, in their format. The African Union (founded in 2002,
    /// succeeding the Organization of African Unity, which Phoenix codes `IGOAFROAU`) has no entry there, nor a code in
    /// CAMEO's list of known groups; its code here follows CAMEO's pattern (`IGO`, the region `AFR`, the body `AU`).
    /// The Organization for Security and Co-operation in Europe is there by its full names only (`[IGO]`); wire news
    /// calls it by its initials.
    static let supplementaryActors = """
        AFRICAN_UNION_  [IGOAFRAU]
        OSCE_  [IGO]

        """

    /// Interns the words the coder itself needs (determiners, auxiliaries, prepositions…) and builds the indexes.
    ///
    /// - Complexity: O(n log n) in the number of phrases.
    public mutating func finish() {
        // Verbs Entente's rules read that the published dictionaries do not list, each with no code of its own: a
        // verb found is no event until a rule reads it ("handed over to India a fisherman", 0841 by
        // `SentenceAnalysis.handingBack`). Added once, after the dictionaries' own verbs, so theirs come first.
        if !verbs.isEmpty, !sources.contains(Self.supplementName) {
            try? add(.verbs, path: Self.supplementName, bytes: Array(Self.supplementaryVerbs.utf8))
        }
        // Likewise bodies the published actor files leave out, after theirs, so an entry of theirs comes first.
        if !actors.isEmpty, !sources.contains(Self.supplementActorsName) {
            try? add(.actors, path: Self.supplementActorsName, bytes: Array(Self.supplementaryActors.utf8))
        }
        FunctionWords.intern(into: &words)
        let countryPhrases = internCountryNames()
        let wordCount = words.count
        blocks = []
        forms = []
        synsets = []
        for dictionary in verbs {
            let blockOffset = Int32(blocks.count)
            let synsetOffset = Int32(synsets.count)
            for var block in dictionary.blocks {
                for index in block.patterns.indices {
                    block.patterns[index].upper = block.patterns[index].upper.map { $0.offsettingSynset(by: synsetOffset) }
                    block.patterns[index].lower = block.patterns[index].lower.map { $0.offsettingSynset(by: synsetOffset) }
                }
                blocks.append(block)
            }
            for var form in dictionary.forms {
                form.block += blockOffset
                forms.append(form)
            }
            synsets.append(contentsOf: dictionary.synsets)
        }
        patternElements = []
        flatPatterns = []
        blockPatterns = []
        var formsOfOrigin: [String: Set<String>] = [:]
        for block in blocks {
            let first = flatPatterns.count
            for pattern in block.patterns {
                let upperStart = Int32(patternElements.count)
                patternElements.append(contentsOf: pattern.upper)
                let lowerStart = Int32(patternElements.count)
                patternElements.append(contentsOf: pattern.lower)
                let words = pattern.upper + pattern.lower
                let particlesOnly = !words.isEmpty && VerbDictionary.contentWordCount(pattern.text) == 0
                    && words.allSatisfy { if case .word = $0.kind { true } else { false } }
                flatPatterns.append(
                    FlatPattern(
                        upperStart: upperStart, upperCount: Int32(pattern.upper.count), lowerStart: lowerStart,
                        lowerCount: Int32(pattern.lower.count), particlesOnly: particlesOnly, onlyForCodes: pattern.onlyForCodes,
                        writtenForAnotherVerb: pattern.writtenForAnotherVerb,
                        originForms: pattern.originWord.map { origin in
                            if let forms = formsOfOrigin[origin] { return forms }
                            let forms = Set([origin] + Inflection.regularForms(origin).map(\.0))
                            formsOfOrigin[origin] = forms
                            return forms
                        }))
            }
            blockPatterns.append(first..<flatPatterns.count)
        }
        blockPlacesActors = blocks.map { block in
            block.patterns.contains { pattern in
                (pattern.upper + pattern.lower).contains { $0.kind == .source || $0.kind == .target }
            }
        }
        blockRefuses = blocks.map { block in
            let refusing = block.patterns.filter { pattern in
                pattern.codes.forward.map { $0.hasPrefix("12") || $0 == "016" } ?? false
            }.count
            return refusing > 0 && refusing * 2 > block.patterns.count
        }
        verbIndex = PhraseIndex(forms.enumerated().map { ($0.element.words, Int32($0.offset)) }, wordCount: wordCount)
        synsetIndexes = synsets.map { synset in
            PhraseIndex(synset.phrases.map { ($0, Int32(0)) }, wordCount: wordCount)
        }
        actorEntries = actors.flatMap(\.entries)
        var actorPhrases: [([Int32], Int32)] = []
        for (index, entry) in actorEntries.enumerated() {
            for name in entry.names { actorPhrases.append((name, Int32(index))) }
        }
        actorIndex = PhraseIndex(actorPhrases, wordCount: wordCount)
        // Names of states the actor dictionaries do not write ("Slovenian", "North Macedonia", "Türkiye"): read from
        // Entente's own country table, for the states those dictionaries code.
        let codedStates = Set(actorEntries.flatMap { $0.codes.map { String($0.code.prefix(3)) } })
        let unwritten = countryPhrases.filter { phrase in
            codedStates.contains(phrase.code) && actorIndex.longestMatch(phrase.words, at: 0)?.length != phrase.words.count
        }
        countryCodes = unwritten.map(\.code)
        countryIndex = PhraseIndex(unwritten.enumerated().map { ($0.element.words, Int32($0.offset)) }, wordCount: wordCount)
        agentEntries = agents.flatMap(\.entries)
        var agentPhrases: [([Int32], Int32)] = []
        for (index, entry) in agentEntries.enumerated() {
            for name in entry.names { agentPhrases.append((name, Int32(index))) }
        }
        agentIndex = PhraseIndex(agentPhrases, wordCount: wordCount)
        discardEntries = discards.flatMap(\.entries)
        discardIndex = PhraseIndex(discardEntries.enumerated().map { ($0.element.words, Int32($0.offset)) }, wordCount: wordCount)
        issueEntries = issues.flatMap(\.entries)
        issueIndex = PhraseIndex(issueEntries.enumerated().map { ($0.element.words, Int32($0.offset)) }, wordCount: wordCount)
        functionWords = FunctionWords(words)
        currencySynset = synsets.firstIndex { $0.name == "CURRENCY" }
        for (name, nearWords) in Self.nearSynonyms {
            guard let synset = synsets.firstIndex(where: { $0.name == name }) else { continue }
            for word in nearWords where words.id(of: word) != WordTable.unknown { nearSynsets[words.id(of: word)] = synset }
        }
        for (patternWord, nearWords) in Self.nearWords where words.id(of: patternWord) != WordTable.unknown {
            for word in nearWords where words.id(of: word) != WordTable.unknown {
                nearWordIds[words.id(of: word), default: []].append(words.id(of: patternWord))
            }
        }
    }

    /// Words English uses for a synset's head that the synset does not list: a "deal" signed, struck or reached is
    /// an agreement (`&TREATY` lists treaty, pact, accord, agreement). Read only where no pattern fits the words as
    /// they are (``Coder/Options/readsNearSynonyms``).
    static let nearSynonyms: [String: [String]] = ["TREATY": ["DEAL", "DEALS"]]
    /// Each near synonym's word id and the synset it stands for (``nearSynonyms``).
    private(set) var nearSynsets: [Int32: Int] = [:]
    /// Words CAMEO counts as one with a pattern's word: every code of sanctions names "embargo, boycott, or sanctions"
    /// together (085, 0354, 1054, 1244, 1312, 163), where a block lists only `SANCTIONS` ("imposed an arms embargo" is
    /// `IMPOSE`'s `- * SANCTIONS [163]`, not the block's 170). Read as ``nearSynonyms`` are.
    static let nearWords: [String: [String]] = [
        "SANCTIONS": ["EMBARGO", "EMBARGOES", "BOYCOTT", "BOYCOTTS", "TARIFF", "TARIFFS"]
    ]
    /// Each near word's id and the ids of the pattern words it stands for (``nearWords``).
    private(set) var nearWordIds: [Int32: [Int32]] = [:]

    /// States' names, demonyms and their plurals from Entente's country table that no actor dictionary writes, and the
    /// code each names (``countryCodes``, by payload).
    private(set) var countryIndex = PhraseIndex()
    private(set) var countryCodes: [String] = []

    /// Interns the names, aliases and demonyms (with a plural for those in -an, -i and -ino) of Entente's country
    /// table, current states only.
    private mutating func internCountryNames() -> [(words: [Int32], code: String)] {
        var phrases: [(words: [Int32], code: String)] = []
        for country in CountryResolver.standard.countries where country.successor == nil {
            var names = [country.name] + country.aliases + country.demonyms
            names += country.demonyms.compactMap(ActorDictionary.regularPlural(ofDemonym:))
            for name in names where name.count > 3 && name.first?.isUppercase == true {
                let ids = Tokenizer.internPhrase(name, into: &words)
                if !ids.isEmpty { phrases.append((ids, country.code)) }
            }
        }
        return phrases
    }

    private(set) var functionWords = FunctionWords()
    /// The verb dictionary's synset of money (`&CURRENCY`: "dollars", "rupees", "cash"), if it has one.
    private(set) var currencySynset: Int?
    /// Every pattern's elements in one array, and each pattern as ranges of it (``blockPatterns`` gives a block's
    /// patterns, longest first as in ``VerbDictionary/Block/patterns``): matching reads plain values, no copies.
    private(set) var patternElements: [PatternElement] = []
    private(set) var flatPatterns: [FlatPattern] = []
    private(set) var blockPatterns: [Range<Int>] = []
    /// For each verb block, whether one of its patterns places the source or target (`$`, `+`).
    private(set) var blockPlacesActors: [Bool] = []
    /// For each verb block, whether it is one of refusal or denial ("refuse", "reject", "deny"): most of its
    /// patterns code a rejection (12) or a denial (016).
    private(set) var blockRefuses: [Bool] = []

    /// Counts for reports: verb blocks, verb forms, patterns, actors, agents, discards, issue phrases.
    public var summary: String {
        let patterns = blocks.reduce(0) { $0 + $1.patterns.count }
        return "\(blocks.count) verb blocks, \(forms.count) verb forms, \(patterns) patterns, \(synsets.count) synsets, "
            + "\(actorEntries.count) actors, \(agentEntries.count) agents, \(discardEntries.count) discards, "
            + "\(issueEntries.count) issue phrases, \(words.count) words"
    }
}

extension PatternElement {
    func offsettingSynset(by offset: Int32) -> PatternElement {
        guard case .synset(let index) = kind else { return self }
        return PatternElement(kind: .synset(index + offset), maxGap: maxGap)
    }
}

/// A verb pattern as ranges of ``DictionarySet/patternElements``.
struct FlatPattern: Sendable {
    var upperStart: Int32
    var upperCount: Int32
    var lowerStart: Int32
    var lowerCount: Int32
    /// Whether the pattern names only particles and prepositions (`* ON [190]`, `* (AGAINST) [110]`): it reads
    /// the verb's own phrases, not a clause below them.
    var particlesOnly: Bool
    /// ``VerbPattern/onlyForCodes``.
    var onlyForCodes: EventCodes?
    /// ``VerbPattern/writtenForAnotherVerb``.
    var writtenForAnotherVerb: Bool
    /// The verb the pattern's comment says it was written for (`# SEIZE`) and its regular forms, if it names one.
    var originForms: Set<String>?

    /// Whether the pattern was written for a verb other than `form` (one of its forms as the block lists it).
    func isOtherVerbs(than form: String) -> Bool {
        guard let originForms else { return false }
        return !originForms.contains(form)
    }
}
