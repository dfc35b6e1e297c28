/// A greedy left-to-right part-of-speech tagger over an averaged perceptron's weights, with a tag dictionary for
/// frequent words that always carry one tag. Its classes are the treebank's pairs of a UPOS tag and a fine tag
/// (`VERB/VBN`, `ADP/IN`), so the parser reads the finer distinctions and the UPOS comes with them.
///
/// Immutable; share it across threads.
public struct Tagger: Sendable {
    public let weights: SparseWeights
    /// Lower-case word hash → tag index, for words that were frequent and unambiguous in training.
    public let tagDictionary: [UInt64: UInt8]
    /// Each class's UPOS tag and fine tag.
    public let classes: [(tag: PartOfSpeech, fineTag: String)]
    /// Lower-case word hash → its ambiguity class (a hash of the tags it was seen with), for words seen often
    /// enough in training.
    public let ambiguityClasses: [UInt64: UInt32]
    /// The words of the closed classes (``PartOfSpeech/isClosedClass``) as training saw them: each lower-case word
    /// with each closed class it carried (``closedClassKey(_:_:)``). A closed class has no members training did not
    /// see, so no other word takes one ("froze", never seen, had been tagged an adposition). Empty in models made
    /// before it, which tag without the check.
    public let closedClassWords: Set<UInt64>
    /// Whether each class is of a closed UPOS class.
    let isClosed: [Bool]
    /// Whether each class is a verb's (`VERB`, any fine tag).
    let isVerb: [Bool]
    /// The irregular past forms tagged only as verbs (``irregularVerbForms`` unless made without).
    public let verbOnlyForms: Set<UInt64>

    public init(
        weights: SparseWeights, tagDictionary: [UInt64: UInt8], classes: [(tag: PartOfSpeech, fineTag: String)],
        ambiguityClasses: [UInt64: UInt32], closedClassWords: Set<UInt64> = [], verbOnlyForms: Set<UInt64> = Tagger.irregularVerbForms
    ) {
        self.verbOnlyForms = verbOnlyForms
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.classes = classes
        self.ambiguityClasses = ambiguityClasses
        self.closedClassWords = closedClassWords
        self.isClosed = classes.map { $0.tag.isClosedClass }
        self.isVerb = classes.map { $0.tag == .verb }
    }

    /// The key of a lower-case word (its hash) and a class in ``closedClassWords``.
    public static func closedClassKey(_ word: UInt64, _ tagClass: Int) -> UInt64 {
        word ^ (UInt64(tagClass + 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The closed-class words of a tagged corpus (lower-case word hashes and their classes), for ``closedClassWords``.
    public static func closedClassWords(
        _ words: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]
    ) -> Set<UInt64> {
        var result = Set<UInt64>()
        for (sentence, sentenceTags) in zip(words, tags) {
            for (word, tag) in zip(sentence, sentenceTags) where classes[tag].tag.isClosedClass {
                result.insert(closedClassKey(word.lower, tag))
            }
        }
        return result
    }

    /// The best-scoring class a word may take: a closed class only if training saw the word in it.
    func best(_ scores: [Int32], word: UInt64) -> Int {
        var best = 0
        for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
        guard isClosed[best], !closedClassWords.isEmpty, !closedClassWords.contains(Self.closedClassKey(word, best)) else { return best }
        var allowed: Int?
        for candidate in scores.indices where !isClosed[candidate] || closedClassWords.contains(Self.closedClassKey(word, candidate)) {
            if allowed.map({ scores[candidate] > scores[$0] }) ?? true { allowed = candidate }
        }
        return allowed ?? best
    }

    /// The ambiguity class of each word (0 for words not seen often enough).
    func ambiguity(_ words: [WordHashes]) -> [UInt64] {
        ambiguityClasses.isEmpty ? [] : words.map { UInt64(ambiguityClasses[$0.lower] ?? 0) }
    }

    /// The classes (indexes of ``classes``) of a sentence's words.
    ///
    /// - Complexity: O(n × f) for n words and f features per word (about 30).
    public func tags(_ words: [WordHashes]) -> [Int] { tags(words, fixed: [:]) }

    /// The classes of a sentence's words, some of them given (word index → class): the words after a given one
    /// are tagged knowing it.
    public func tags(_ words: [WordHashes], fixed: [Int: Int]) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var features: [UInt32] = []
        features.reserveCapacity(40)
        var scores = [Int32](repeating: 0, count: weights.classCount)
        let ambiguity = ambiguity(words)
        for index in words.indices {
            if let known = fixed[index] ?? tagDictionary[words[index].lower].map(Int.init) {
                tags.append(known)
                continue
            }
            Self.features(words, ambiguity: ambiguity, at: index, previous: tags, into: &features)
            weights.score(features, into: &scores)
            var tag = best(scores, word: words[index].lower)
            if !isVerb[tag], let verb = verbOfVerbOnlyForm(words[index].lower, after: tags.last, before: index + 1 < words.count ? words[index + 1].lower : nil) {
                tag = verb
            }
            tags.append(tag)
        }
        return tags
    }

    /// The class of an irregular past form English uses only as a verb (``verbOnlyForms``) that the weights took
    /// (or, before some words, ``verbOnlyBeforeParticles``) for something else, from around it: a participle after an auxiliary ("has frozen") or a hyphen, or where the form is
    /// only one; else the past tense — where the weights read a noun, the word stood as a clause's verb ("the
    /// earthquake struck Nepal"). Nil for other words, or where the model has no such class.
    func verbOfVerbOnlyForm(_ word: UInt64, after previous: Int?, before next: UInt64? = nil) -> Int? {
        guard !verbOnlyForms.isEmpty,
            verbOnlyForms.contains(word) || (next.map { Self.verbOnlyBeforeParticles[word]?.contains($0) } ?? nil) == true
        else { return nil }
        // (After a hyphen it ends a compound modifier: "rebel-held districts", "a Saudi-led coalition".)
        if Self.participleOnlyForms.contains(word) || previous.map({ classes[$0].tag == .auxiliary || classes[$0].fineTag == "HYPH" }) ?? false {
            return participleClass
        }
        return pastTenseClass
    }

    /// A participle takes no direct object: a word tagged as a past participle (`VBN`) right after a nominal,
    /// with no auxiliary or verb before it in its clause and an object after it (a determiner, a name, a number, a
    /// pronoun, a plural noun, a noun before another), is a past-tense verb ("the army attacked rebels", "police arrested dozens") —
    /// the treebank's web text has few such news sentences. Verbs of naming keep their participle ("a group called
    /// Hamas"). And a clause has a finite verb: its first verb, a participle right after the opening nominal, is the
    /// past tense when no finite verb follows in its clause ("Thousands of protesters rallied outside the embassy").
    /// Applied after tagging when parsing
    /// (``EnglishParser/annotate(_:)``), not in training.
    func finiteParticiples(_ words: [WordHashes], _ tags: inout [Int]) {
        guard words.count >= 3, let past = pastTenseClass else { return }
        for index in 1..<(words.count - 1) where classes[tags[index]].fineTag == "VBN" && !Self.namingVerbs.contains(words[index].lower) {
            let before = classes[tags[index - 1]].tag
            guard before == .noun || before == .properNoun || before == .pronoun else { continue }
            let after = classes[tags[index + 1]]
            // A common noun before another begins a compound object ("fired artillery shells").
            let compound = after.fineTag == "NN" && index + 2 < words.count && ["NN", "NNS"].contains(classes[tags[index + 2]].fineTag)
            guard [.determiner, .properNoun, .numeral, .pronoun].contains(after.tag) || after.fineTag == "NNS" || compound else { continue }
            var clauseHasVerb = false
            var back = index - 2
            while back >= 0 {
                let tag = classes[tags[back]].tag
                if tag == .punctuation || tag == .coordinatingConjunction || tag == .subordinatingConjunction { break }
                if tag == .auxiliary || tag == .verb || tag == .particle { clauseHasVerb = true; break }
                back -= 1
            }
            if !clauseHasVerb { tags[index] = past }
        }
        // A clause needs a finite verb: the first verb, a participle right after the opening nominal, is the past
        // tense when no finite verb follows it in its clause — none at all ("Thousands of protesters rallied outside
        // the embassy", "troops clashed in the valley": intransitive, so no object shows it), or only one after a
        // subordinator ("The government denied on Monday that it had allowed …"). A finite verb in its clause makes it
        // a reduced relative ("The troops stationed in Kashmir were attacked").
        guard words.count >= 5 else { return }
        let finite: Set<String> = ["VBD", "VBZ", "VBP", "MD"]
        for index in 1..<(words.count - 1) {
            let tag = classes[tags[index]]
            guard tag.tag == .verb || tag.tag == .auxiliary || tag.tag == .punctuation || tag.tag == .subordinatingConjunction
            else { continue }
            let before = classes[tags[index - 1]].tag
            guard tag.fineTag == "VBN", !Self.namingVerbs.contains(words[index].lower),
                [.noun, .properNoun, .pronoun, .adjective].contains(before)
            else { return }
            var finiteInClause = false
            for later in (index + 1)..<words.count {
                let laterTag = classes[tags[later]]
                if laterTag.tag == .subordinatingConjunction { break }
                if finite.contains(laterTag.fineTag) { finiteInClause = true; break }
            }
            // After an adjective only when no finite verb follows at all ("The Pakistani military attacked …", its
            // noun tagged an adjective); a finite verb in its clause makes it a reduced relative.
            if finiteInClause || (before == .adjective && tags[(index + 1)...].contains { finite.contains(classes[$0].fineTag) }) {
                return
            }
            tags[index] = past
            return
        }
    }

    /// A preposition of time that opens a clause is a subordinating conjunction, as the treebank tags it: "after",
    /// "before", "since" or "until" followed by a short nominal (a name, a noun phrase, a pronoun) and then a finite
    /// verb — "expelled four diplomats after Moscow refused to extradite him", "protested after Chinese ships entered
    /// its waters". The tagger, reading two words either side, tags them prepositions, and the parse then hangs the
    /// sentence's main verb below the clause's. Applied after tagging when parsing (``EnglishParser/annotate(_:)``),
    /// not in training.
    func clauseOpeningPrepositions(_ words: [WordHashes], _ tags: inout [Int]) {
        guard words.count >= 4, let conjunction = subordinatingConjunctionClass else { return }
        let finite: Set<String> = ["VBD", "VBZ", "VBP", "MD"]
        let nominal: Set<PartOfSpeech> = [.determiner, .adjective, .noun, .properNoun, .numeral, .pronoun, .particle]
        for index in 0..<(words.count - 2)
        where classes[tags[index]].tag == .adposition && Self.clauseOpeningWords.contains(words[index].lower) {
            var next = index + 1
            while next < words.count, next - index <= 6, nominal.contains(classes[tags[next]].tag) { next += 1 }
            // A nominal of its own (a possessive's "'s" is a particle, no clause by itself), then the finite verb — but
            // not a date, which the preposition governs before the sentence's own verb ("held since March 23 were
            // freed").
            guard next > index + 1, next < words.count, next - index <= 6,
                [.noun, .properNoun, .pronoun].contains(classes[tags[next - 1]].tag),
                finite.contains(classes[tags[next]].fineTag),
                !((index + 1)..<next).contains(where: { Self.timeWords.contains(words[$0].lower) || classes[tags[$0]].tag == .numeral })
            else { continue }
            tags[index] = conjunction
        }
    }

    /// A sentence's first word ending in "-ing" is a name, not a participle, when a finite verb is the first verb after
    /// it in its clause and a name or that verb comes right after it: "Beijing protested on Monday", "King Hussein of
    /// Jordan travelled to Israel", "Kunming police arrested two men" is not; the tagger, for which every first word is
    /// capitalised, reads the suffix; a past form right after it is its verb ("Beijing protested"), except after
    /// "having" or "being". A participle clause opening a sentence ends at a comma before its verb ("Meeting
    /// Obama in Paris, Putin said"); a gerund subject ("Fighting erupted") is a subject either way. Applied after
    /// tagging when parsing (``EnglishParser/annotate(_:)``), not in training.
    func openingNames(_ words: [WordHashes], _ tags: inout [Int]) {
        guard words.count >= 3, classes[tags[0]].fineTag == "VBG", !Self.auxiliaryParticiples.contains(words[0].lower),
            let name = properNounClass, let past = pastTenseClass
        else { return }
        let finite: Set<String> = ["VBD", "VBZ", "VBP", "MD"]
        let next = classes[tags[1]]
        // (A past form right after it is the name's verb, which the tagger read as a participle after a participle.)
        if next.fineTag == "VBN" && next.tag == .verb {
            tags[0] = name
            tags[1] = past
            return
        }
        guard next.fineTag == "NNP" || finite.contains(next.fineTag) else { return }
        for index in 1..<words.count {
            let tag = classes[tags[index]]
            if tag.tag == .punctuation || tag.tag == .subordinatingConjunction || tag.tag == .coordinatingConjunction { return }
            if tag.tag == .verb || tag.tag == .auxiliary {
                if finite.contains(tag.fineTag) { tags[0] = name }
                return
            }
        }
    }

    /// Irregular past tenses and participles that English uses only as verbs, each tagged `VERB` in every one of
    /// its uses in the web treebank (train, dev and test) where it occurs there (but one "Met", a name). The tagger, reading the nouns
    /// around them, had taken some for nouns in news: "A magnitude 7.8 earthquake struck Nepal", "Obama spoke by
    /// telephone with", "The Swiss government froze Russian assets". Forms that are also nouns or adjectives ("shot",
    /// "cut", "set", "left", "lost", "frozen", "bound", "won") are not among them. Applied whenever the tagger tags
    /// (``verbOfVerbOnlyForm(_:after:)``); its weights were trained without it.
    public static let irregularVerbForms: Set<UInt64> = Set(
        ["arose", "began", "begun", "brought", "built", "caught", "chose", "dealt", "drove", "driven", "fled", "flew",
         "flown", "forbade", "forgot", "forgotten", "fought", "froze", "held", "kept", "led", "meant", "met", "sank",
         "seized", "shook", "shaken", "sold", "sought", "spoke", "spoken", "stole", "struck", "sunk", "swore", "sworn",
         "taken", "taught", "threw", "thrown", "told", "took", "undertook", "undertaken", "withdrew", "withdrawn",
         "wrote", "written", "overthrew", "overthrown"]
            .map { FeatureKey.hash($0) })
    /// Forms that are verbs before some words only: "shot down", "shot dead" ("the air force shot down two
    /// fighter-bombers", which the weights read as a compound noun "force shot").
    static let verbOnlyBeforeParticles: [UInt64: Set<UInt64>] = [
        FeatureKey.hash("shot"): Set(["down", "dead"].map { FeatureKey.hash($0) })
    ]
    /// Those of ``irregularVerbForms`` that are participles only.
    static let participleOnlyForms: Set<UInt64> = Set(
        ["begun", "driven", "flown", "forgotten", "shaken", "spoken", "sunk", "sworn", "taken", "thrown", "undertaken",
         "withdrawn", "written", "overthrown"]
            .map { FeatureKey.hash($0) })

    static let auxiliaryParticiples: Set<UInt64> = Set(["having", "being", "getting"].map { FeatureKey.hash($0) })

    static let clauseOpeningWords: Set<UInt64> = Set(["after", "before", "since", "until"].map { FeatureKey.hash($0) })
    /// Months and days, which name a time, not a clause's subject.
    static let timeWords: Set<UInt64> = Set(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
         "tomorrow", "midnight", "noon", "dawn", "week", "month", "year", "weeks", "months", "years", "days"]
            .map { FeatureKey.hash($0) })

    /// The class of a subordinating conjunction (`SCONJ`/`IN`), if the model has one.
    var subordinatingConjunctionClass: Int? { classes.firstIndex { $0.tag == .subordinatingConjunction && $0.fineTag == "IN" } }

    /// The class of a singular proper noun (`PROPN`/`NNP`), if the model has one.
    var properNounClass: Int? { classes.firstIndex { $0.tag == .properNoun && $0.fineTag == "NNP" } }

    /// The class of a past-tense verb (`VERB`/`VBD`), if the model has one.
    var pastTenseClass: Int? { classes.firstIndex { $0.tag == .verb && $0.fineTag == "VBD" } }

    /// The class of a past participle (`VERB`/`VBN`), if the model has one.
    var participleClass: Int? { classes.firstIndex { $0.tag == .verb && $0.fineTag == "VBN" } }

    static let namingVerbs: Set<UInt64> = Set(
        ["called", "named", "dubbed", "known", "titled", "entitled", "labelled", "labeled", "nicknamed", "termed", "considered", "deemed"]
            .map { FeatureKey.hash($0) })
}
