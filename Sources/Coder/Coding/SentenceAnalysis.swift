import EntenteParser
import EntenteModel

/// The shallow parse of one sentence: tokens, the actor and agent phrases found in it, noun groups (an actor
/// with its agents: "Gondor's main opposition group", "soldiers from Gondor"), slots (compounds: "Mordor,
/// Rohan and Bree") and verbs. ``Coder`` builds one per sentence and throws it away.
struct SentenceAnalysis {
    let bytes: UnsafeBufferPointer<UInt8>
    let dictionaries: DictionarySet
    let functionWords: FunctionWords
    let day: Day?
    let options: Coder.Options

    var tokens: [Token]
    var ids: [Int32]
    /// Each token's singular when it is a regular plural of a dictionary word ("AMBASSADORS" → `AMBASSADOR`), else
    /// ``WordTable/unknown``: for ``Coder/Options/matchesPlurals``.
    var singularIds: [Int32]
    /// Each token's regular plural when that is a dictionary word and the token is not ("MINISTER" → `MINISTERS`),
    /// else ``WordTable/unknown``: a pattern's plural read for one ("received the Spanish prime minister" fits
    /// `- * MINISTERS [043:042]`).
    var pluralIds: [Int32]
    /// The ids of those plurals' singulars and singulars' plurals, and of the pattern words a near word of the sentence
    /// stands for (``DictionarySet/nearWords``): only a pattern naming one of them after its verb is matched a second
    /// time, and none where there are none.
    var alternativeIds: Set<Int32>
    /// The synsets a word of the sentence is a near synonym of (``Coder/Options/readsNearSynonyms``): only a pattern
    /// naming one of them after its verb is matched a second time for it.
    var nearSynsets: Set<Int>
    var flags: [FunctionWords.Flags]

    /// An actor or agent phrase straight from the dictionaries.
    struct Mention {
        var start: Int
        var end: Int
        /// Codes of the actor (several for `[FRO/BIL/SAM]`), empty for an agent.
        var actorCodes: [String]
        var agent: Int32
        var entry: String
        var isNull: Bool
        /// "the two countries", "Sino-Soviet", "they": the codes are several states standing as a compound.
        var isCompound = false
        /// "it", "he", "their": the codes come from what was named before.
        var isPronoun = false
    }

    /// An actor with its agents: one code or several (a phrase that stands for several actors).
    struct Group {
        var start: Int
        var end: Int
        var codes: [String]
        var entries: [String]
        var hasState: Bool
        var isNull: Bool
        /// On the first group of a compound mention ("Sino-Soviet"): how many groups the compound holds.
        var compoundCount = 0
        /// A person-like actor (a leader, an official), for a later "he".
        var isPerson = false

        /// Whether it names a state or a body, not an agent alone ("the military", `---MIL`).
        var namesActor: Bool { hasState || (!isNull && codes.contains { !$0.hasPrefix("---") }) }
    }

    /// A place an actor can fill: one group or a compound of groups.
    struct Slot {
        var start: Int
        var end: Int
        var members: [Group]
    }

    struct VerbHit {
        var start: Int
        var end: Int
        var form: Int32
        /// A noun use ("the November visit to Islamabad"): codes only through a pattern that places an actor.
        var nominal: Bool
        /// A noun use's own participants (``SentenceAnalysis/nounArguments(ofWord:)``), when finding it read them.
        var nounArguments: PatternMatch? = nil
    }

    /// What the sentences before said, for "the two countries", "it", "they", "he".
    var context = DiscourseContext()
    /// The sentence's dependency parse over these tokens, when the coder has a parser or was given one.
    var tree: TokenTree?
    /// The last person-like actor this sentence named, for the next sentence's "he".
    var personNamed: [String] = []

    var mentions: [Mention] = []
    var groups: [Group] = []
    var slots: [Slot] = []
    var slotAt: [Int32]
    var slotStarting: [Int32]
    var slotEnding: [Int32]
    var verbs: [VerbHit] = []
    var verbAt: [Int32]
    /// Whether a verb form of the dictionary starts at each token.
    var verbStarts: [Bool]

    /// The states named in the sentence, in order, for the next sentence's "the two countries".
    var statesNamed: [String] {
        var result: [String] = []
        for slot in slots {
            for member in slot.members where member.hasState {
                for code in member.codes where !code.hasPrefix("IGO") { result.append(String(code.prefix(3))) }
            }
        }
        return result
    }

    init(bytes: UnsafeBufferPointer<UInt8>, dictionaries: DictionarySet, day: Day?, options: Coder.Options) {
        self.bytes = bytes
        self.dictionaries = dictionaries
        self.functionWords = dictionaries.functionWords
        self.day = day
        self.options = options
        tokens = Tokenizer.tokens(of: bytes, words: dictionaries.words)
        ids = tokens.map(\.id)
        singularIds = options.matchesPlurals ? Self.singularIds(of: tokens, in: bytes, words: dictionaries.words) : []
        pluralIds = options.matchesPlurals ? Self.pluralIds(of: tokens, in: bytes, words: dictionaries.words) : []
        alternativeIds = Set((singularIds + pluralIds).filter { $0 != WordTable.unknown })
        if options.readsNearSynonyms { alternativeIds.formUnion(ids.flatMap { dictionaries.nearWordIds[$0] ?? [] }) }
        nearSynsets = options.readsNearSynonyms ? Set(ids.compactMap { dictionaries.nearSynsets[$0] }) : []
        let functionWords = dictionaries.functionWords
        flags = ids.map { functionWords.flags($0) }
        let count = tokens.count
        slotAt = [Int32](repeating: -1, count: count)
        slotStarting = [Int32](repeating: -1, count: count)
        slotEnding = [Int32](repeating: -1, count: count)
        verbAt = [Int32](repeating: -1, count: count)
        let ids = self.ids
        verbStarts = ids.indices.map { dictionaries.verbIndex.longestMatch(ids, at: $0) != nil }
    }

    var count: Int { tokens.count }

    /// The words ``dropCommaClauses()`` dropped (for the explain view).
    var droppedText: [String] = []

    /// For each token, whether it is inside an actor's name of several words (``markActorNames()``).
    var inActorName: [Bool] = []

    /// The id of each word token's singular, read as the regular plural of a word the dictionaries hold (``Inflection/
    /// plural(_:)`` read backwards: `-IES` → `-Y`, `-ES` → `-` after `S`, `X`, `Z`, `CH`, `SH`, `-S` → `-`);
    /// ``WordTable/unknown`` for any other token.
    ///
    /// - Complexity: O(n) in the tokens; only words ending in `s` are looked up, at most twice.
    static func singularIds(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>, words: WordTable) -> [Int32] {
        var upper: [UInt8] = []
        return tokens.map { token in
            let start = Int(token.start), end = Int(token.end)
            guard token.kind == .word, end - start > 3, bytes[end - 1] | 0x20 == UInt8(ascii: "s") else { return WordTable.unknown }
            upper.removeAll(keepingCapacity: true)
            for byte in bytes[start..<end] { upper.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
            func id(_ length: Int, then suffix: [UInt8] = []) -> Int32 {
                let stem = Array(upper[0..<length]) + suffix
                return stem.withUnsafeBufferPointer { words.id(bytes: $0) }
            }
            let count = upper.count
            func endsWith(_ text: String) -> Bool { upper.suffix(text.utf8.count).elementsEqual(text.utf8) }
            if endsWith("IES") { return id(count - 3, then: Array("Y".utf8)) }
            if endsWith("SS") { return WordTable.unknown }
            if endsWith("ES") {
                let stem = upper[..<(count - 2)]
                if ["S", "X", "Z", "CH", "SH"].contains(where: { stem.suffix($0.utf8.count).elementsEqual($0.utf8) }) {
                    let found = id(count - 2)
                    if found != WordTable.unknown { return found }
                }
            }
            return id(count - 1)
        }
    }

    /// The id of each word token's regular plural (``Inflection/plural(_:)``, in bytes) where the dictionaries hold it
    /// and the token, all letters, does not end in `s`; ``WordTable/unknown`` for any other token.
    ///
    /// - Complexity: O(n) in the tokens' bytes, one lookup a word.
    static func pluralIds(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>, words: WordTable) -> [Int32] {
        var plural: [UInt8] = []
        let vowels = Set("AEIOU".utf8)
        return tokens.map { token in
            let start = Int(token.start), end = Int(token.end)
            guard token.kind == .word, end - start > 2, bytes[end - 1] | 0x20 != UInt8(ascii: "s"),
                bytes[start..<end].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
            else { return WordTable.unknown }
            plural.removeAll(keepingCapacity: true)
            for byte in bytes[start..<end] { plural.append(byte & ~0x20) }
            func endsWith(_ text: String) -> Bool { plural.suffix(text.utf8.count).elementsEqual(text.utf8) }
            if endsWith("MAN") {
                plural.replaceSubrange((plural.count - 2)..., with: "EN".utf8)
            } else if endsWith("Y"), !vowels.contains(plural[plural.count - 2]) {
                plural.replaceSubrange((plural.count - 1)..., with: "IES".utf8)
            } else if endsWith("X") || endsWith("Z") || endsWith("CH") || endsWith("SH") {
                plural.append(contentsOf: "ES".utf8)
            } else {
                plural.append(UInt8(ascii: "S"))
            }
            return plural.withUnsafeBufferPointer { words.id(bytes: $0) }
        }
    }
}
