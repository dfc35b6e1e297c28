import EntenteModel
import EntenteParser

/// Codes sentences into events with a set of dictionaries: actor phrases, compounds and verbs found in the
/// sentence, who did what to whom read from its dependency tree (``EnglishParser``, or a parse given as CoNLL-U),
/// then the verb patterns. Without a parser it falls back on word order, as TABARI did.
///
/// A `Coder` is an immutable value: share it across threads freely.
public struct Coder: Sendable {
    public struct Options: Sendable, Hashable {
        /// Code an event only when both a source and a target are found (PETRARCH's `require_dyad`).
        public var requireDyad: Bool
        /// Code an event only between two states (or a state and an international body): no side coded `---`
        /// ("the government", "rebels" of no state named) nor coded apart from states and bodies (a company `MNC`,
        /// the media `MED`), and not both sides of one state (a state's senate and its
        /// president). Entente reads relations between states, and such an event belongs to no pair of them, as the
        /// ingest counts a domestic row and does not store it; PETRARCH codes both (`---GOV`, `BRALEG→BRAGOV`), and its
        /// validation records expect them.
        public var requiresStates: Bool
        /// When above 0, an uncoded noun phrase of at most this many words before or after the verb stands as
        /// its own actor, its words as the code (PETRARCH's `new_actor_length`).
        public var newActorLength: Int
        /// Comma-delimited clauses dropped before coding, by their length in words (PETRARCH's `comma_*`
        /// options): an inner clause of `commaMin...commaMax` words, an opening one of `commaBMin...commaBMax`,
        /// a closing one of `commaEMin...commaEMax`. A maximum of 0 keeps those clauses.
        public var commaMin: Int
        public var commaMax: Int
        public var commaBMin: Int
        public var commaBMax: Int
        public var commaEMin: Int
        public var commaEMax: Int
        /// Resolve "it", "its", "he", "his", "they", "their" to the actors named before them.
        public var resolvesPronouns: Bool
        /// Code verb nouns whose pattern places an actor ("the November visit to Islamabad", "an anti-X
        /// parade"); PETRARCH codes only what its parse calls a verb, and reads a verb noun only as what a verb's
        /// complement asks for or threatens.
        public var codesVerbNouns: Bool
        /// Code a verb's mood as CAMEO does, from the parse: a negated future act is a rejection (12), a statement
        /// that someone must act a demand (10), agreeing to act an intent, a verb of refusal a rejection of what it
        /// refuses, and what is refused, threatened or alleged ("accused X of sheltering militants") no act of its
        /// own. PETRARCH codes the verb's words alone.
        public var readsModality: Bool
        /// With ``readsModality``: a future act is an intent ("will give Vietnam a loan" 0331, not 071).
        /// PETRARCH's records code "will be hosting" as a meeting held.
        public var readsFutureAsIntent: Bool
        /// Code a sentence without the attribution it ends with ("…, officials said", ``Attribution``): the event
        /// reported, parsed without its reporter. PETRARCH reads the words as they stand (its closing comma clauses
        /// dropped by length, when its options say so).
        public var setsAsideAttributions: Bool
        /// Let a statement's patterns (a verb coding 01x) read the clause it reports when that clause has a subject
        /// of its own: PETRARCH's records expect it ("allowed that … isn't a pleasant place" 024); CAMEO codes the
        /// reported event by the clause's own verb ("said the US had agreed to resume military aid" is no
        /// statement's `* AID`).
        public var statementPatternsReadReports: Bool
        /// Let a block's verbs read the patterns its comments say were written for a verb the file lists in no
        /// block (Phoenix's `- * WITHDRAW [025]  # URGE` in `DEMAND`), as PETRARCH reads every pattern of a block
        /// for each of its verbs and its records expect; CAMEO tells a demand (10) from an appeal (02), and that
        /// verb reads them as a block of its own either way.
        public var readsOtherVerbsPatterns: Bool
        /// When no pattern of a verb's block fits, let a pattern's word match its regular plural (or a plural its
        /// singular) where it heads a verb's object in the parse ("recalled their ambassadors" fits `- * AMBASSADOR
        /// [161]`); elsewhere it does not (`- * (IN RAID) [1711]`, an idiom of seizing, is no arrest "in raids").
        /// PETRARCH matches the words as written (its dictionaries list the plurals they mean), so a plural named
        /// there is read first and as written.
        public var matchesPlurals: Bool
        /// When no pattern of a verb's block fits, let a synset stand for a word English uses for its head that it
        /// does not list (``DictionarySet/nearSynonyms``), where that word heads the verb's object in the parse:
        /// "signed a gas supply deal" fits `SIGN`'s `- * &TREATY [057:057]`, as "signed an agreement" does.
        /// PETRARCH reads a synset's words alone.
        public var readsNearSynonyms: Bool
        /// Let a discard phrase (not a year) drop its sentence only where it stands in the main clause, and leave one
        /// named in a clause beneath it in passing ("a peace treaty formally ending World War Two"). PETRARCH drops
        /// the sentence wherever the phrase stands, and its records expect it.
        public var readsDiscardsInPassing: Bool

        public init(
            requireDyad: Bool = true, requiresStates: Bool = true, newActorLength: Int = 0, commaMin: Int = 0, commaMax: Int = 0, commaBMin: Int = 0,
            commaBMax: Int = 0, commaEMin: Int = 0, commaEMax: Int = 0, resolvesPronouns: Bool = true,
            codesVerbNouns: Bool = true, readsModality: Bool = true, readsFutureAsIntent: Bool = true,
            setsAsideAttributions: Bool = true, statementPatternsReadReports: Bool = false,
            readsOtherVerbsPatterns: Bool = false, matchesPlurals: Bool = true, readsNearSynonyms: Bool = true,
            readsDiscardsInPassing: Bool = true
        ) {
            self.requireDyad = requireDyad
            self.requiresStates = requiresStates
            self.newActorLength = newActorLength
            self.commaMin = commaMin
            self.commaMax = commaMax
            self.commaBMin = commaBMin
            self.commaBMax = commaBMax
            self.commaEMin = commaEMin
            self.commaEMax = commaEMax
            self.resolvesPronouns = resolvesPronouns
            self.codesVerbNouns = codesVerbNouns
            self.readsModality = readsModality
            self.readsFutureAsIntent = readsFutureAsIntent
            self.setsAsideAttributions = setsAsideAttributions
            self.statementPatternsReadReports = statementPatternsReadReports
            self.readsOtherVerbsPatterns = readsOtherVerbsPatterns
            self.matchesPlurals = matchesPlurals
            self.readsNearSynonyms = readsNearSynonyms
            self.readsDiscardsInPassing = readsDiscardsInPassing
        }

        /// PETRARCH's defaults (its `PETR_config.ini`), where validation records start before their `<Config>`s:
        /// inner and closing comma clauses of 2–8 words dropped, opening ones kept, pronouns left alone (PETRARCH
        /// codes each sentence by itself, and its records expect "its embassy" to name no actor), verb nouns not
        /// coded on their own, a future act coded as the act (its records code "will be hosting" as a meeting
        /// held), a discard phrase dropping its sentence wherever it stands; refusals, demands and allegations are read as CAMEO reads them (no record codes otherwise).
        public static let petrarch = Options(
            requiresStates: false, commaMin: 2, commaMax: 8, commaBMin: 0, commaBMax: 0, commaEMin: 2, commaEMax: 8, resolvesPronouns: false,
            codesVerbNouns: false, readsModality: true, readsFutureAsIntent: false, setsAsideAttributions: false,
            statementPatternsReadReports: true, readsOtherVerbsPatterns: true, matchesPlurals: false,
            readsNearSynonyms: false, readsDiscardsInPassing: false)
    }

    /// A verb (or verb noun) found in a sentence, for dating the events it codes.
    public struct VerbSpan: Sendable, Hashable {
        /// Byte offsets in the sentence.
        public var start: Int
        public var end: Int
        /// Which clause of the sentence it stands in (clauses are cut at `;`, `:`, dashes and brackets).
        public var clause: Int
        public var tense: Tense
    }

    /// When a verb puts what it says, from its auxiliaries and form.
    public enum Tense: String, Sendable, Hashable, Codable {
        case past, present, future, unknown
    }

    /// What coding one sentence gave.
    public struct SentenceResult: Sendable {
        public var events: [CodedEvent]
        /// The discard phrase that stopped the sentence (or the story, when `discardsStory`).
        public var discardedBy: String?
        public var discardsStory: Bool
        /// The states the sentence names, in order (country codes), for "the two countries" in the next one.
        public var statesNamed: [String] = []
        /// The sentence's subject (codes) and the last person-like actor it named, for the next "it" and "he".
        public var subject: [String] = []
        public var person: [String] = []
        /// Every verb and verb noun found, in order; ``CodedEvent/verbIndex`` points here.
        public var verbs: [VerbSpan] = []
        /// Byte offsets where the sentence's clauses after the first begin.
        public var clauseStarts: [Int] = []
        /// Groups the sentence defines by their members, for a later "the quadrilateral" (noun → codes).
        public var groupsNamed: [String: [String]] = [:]
        /// How many actor phrases (or compounds) naming a state or a body the sentence holds, coded or not.
        public var actorCount = 0
        /// The codes the sentence's verbs and their matched patterns gave, before actors were looked for (what a
        /// sentence with no source or target could have coded).
        public var verbCodes: [String] = []
        /// Events left out for not being between two states (``Options/requiresStates``), once per triple and verb.
        public var leftOutWithoutStates = 0

        /// The clause a byte offset of the sentence stands in.
        public func clause(at offset: Int) -> Int { clauseStarts.lastIndex(where: { $0 <= offset }).map { $0 + 1 } ?? 0 }
    }

    public let dictionaries: DictionarySet
    public var options: Options
    /// Parses each sentence before coding it; nil codes from word order alone.
    public var parser: EnglishParser?

    public init(dictionaries: DictionarySet, options: Options = Options(), parser: EnglishParser? = nil) {
        self.dictionaries = dictionaries
        self.options = options
        self.parser = parser
    }

    /// The sentence parsed by the coder's parser (nil without one), the names of states and capitals in it tagged
    /// as names (``ProperNames``).
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedSentence? {
        guard let parser else { return nil }
        return parser.parse(sentence: String(decoding: bytes, as: UTF8.self), properNouns: ProperNames.states.ranges(in: bytes))
    }

    /// Codes one sentence.
    ///
    /// - Parameters:
    ///   - day: the day the sentence speaks of, for actors whose codes are dated (`[INDGOV >20140526]`).
    /// - Complexity: O(n · p) in the tokens of the sentence and the patterns of the verbs found.
    public func code(
        sentence: String, day: Day? = nil, sentenceIndex: Int = 0, start: Int = 0, context: DiscourseContext = DiscourseContext()
    ) -> SentenceResult {
        var bytes = Array(sentence.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            code(bytes: UnsafeBufferPointer(buffer), day: day, sentenceIndex: sentenceIndex, start: start, context: context)
        }
    }

    /// Codes a sentence that arrives parsed (CoNLL-U, as UniversalPetrarch takes them): its text, its tree.
    public func code(
        parsed: ParsedSentence, day: Day? = nil, sentenceIndex: Int = 0, start: Int = 0, context: DiscourseContext = DiscourseContext()
    ) -> SentenceResult {
        var bytes = Array(parsed.text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            code(bytes: UnsafeBufferPointer(buffer), day: day, sentenceIndex: sentenceIndex, start: start, context: context, parse: parsed)
        }
    }

    /// Codes one sentence given as UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - context: what the sentences before named, for "the two countries", "it", "they", "he".
    ///   - parse: the sentence's parse, when it arrives parsed; else the coder's ``parser`` parses it (if any).
    public func code(
        bytes: UnsafeBufferPointer<UInt8>, day: Day?, sentenceIndex: Int, start: Int, context: DiscourseContext = DiscourseContext(),
        parse: ParsedSentence? = nil
    ) -> SentenceResult {
        if parse == nil, let part = setAside(in: bytes, day: day) {
            switch part {
            case .dateline(let skip), .openingAttribution(let skip):
                return code(
                    bytes: UnsafeBufferPointer(rebasing: bytes[skip...]), day: day, sentenceIndex: sentenceIndex, start: start + skip,
                    context: context)
            case .attribution(let comma):
                // The event without its reporter, closed as a sentence for the parser.
                let event = Array(bytes[..<comma]) + [0x2E]
                return wholeSentence(bytes, start: start) {
                    event.withUnsafeBufferPointer { code(bytes: $0, day: day, sentenceIndex: sentenceIndex, start: start, context: context) }
                }
            case .quotation(let quote, let speaker):
                // `"We are ready to talk," the ministry said.`: the words quoted, their "we" the speaker.
                let quoted = Array(bytes[quote]) + [0x2E]
                var quoting = context
                quoting.speaker = speaker
                return wholeSentence(bytes, start: start) {
                    quoted.withUnsafeBufferPointer {
                        code(bytes: $0, day: day, sentenceIndex: sentenceIndex, start: start + quote.lowerBound, context: quoting)
                    }
                }
            }
        }
        var analysis = SentenceAnalysis(bytes: bytes, dictionaries: dictionaries, day: day, options: options)
        analysis.context = context
        // A discard drops the sentence where it stands in the main clause, read with the tree below
        // (``SentenceAnalysis/reading(of:)``); years before the story's leave out the verbs they date in other clauses.
        let discard = analysis.discard()
        let dropped = { (drop: SentenceAnalysis.SentenceDrop) in SentenceResult(events: [], discardedBy: drop.text, discardsStory: drop.discardsStory) }
        if let discard, parse == nil && parser == nil { return dropped(discard.dropped) }
        analysis.dropCommaClauses()
        // The tree is laid over the tokens left once comma clauses are dropped. A sentence that names no actor, agent
        // or person, and points to none ("it", "the two sides"), codes no event between states whatever its tree: it
        // is not parsed (unless the options make actors of noun phrases the dictionaries do not know).
        let codesNothing = options.requiresStates && options.newActorLength == 0 && !analysis.mayNameActors
        if let tree = parse ?? (codesNothing ? nil : self.parse(bytes)) {
            analysis.tree = TokenTree(sentence: tree, tokens: analysis.tokens)
        }
        var datedBefore = Set<Int>()
        if let discard {
            switch analysis.reading(of: discard) {
            case .drops(let drop): return dropped(drop)
            case .leavesOut(let dated): datedBefore = dated
            }
        }
        analysis.findMentions()
        analysis.buildGroups()
        analysis.buildSlots()
        analysis.findVerbs()
        var verbCodes: [String] = []
        let allFound = analysis.codeVerbs(codesFound: &verbCodes)
        // CAMEO's 010 ("make statement") is a residual code: "statements are typically subordinate events", so a
        // sentence that codes anything more specific drops its plain statements.
        let specific = allFound.contains { $0.code != "010" }
        // Then, in order: demands made as protests, a state's protests made to another, people's demonstrations and
        // riots, the main events, reactions named after the act (", a move X condemned") or
        // after it ("and Baghdad denounced the raids"), and the codes CAMEO refines by what the sentence names (means, whom it expels or withdraws,
        // what it releases or lets happen, legal action, bans and alerts, forces sent to one's own border or another's, visits named by a noun or done during an act, meetings by phone, talks hosted between others, agreements signed, talks mediated by a third party).
        // (Called one by one: an array of the methods as closures copied the whole analysis into each.)
        var found = specific ? allFound.filter { $0.code != "010" } : allFound
        found = analysis.codeDemandsAsProtests(found)
        found = analysis.codeOfficialComplaints(found)
        found = analysis.codeDemonstrations(found)
        found = analysis.codeRiots(found)
        found = analysis.mainEvents(found)
        found = analysis.codeReactions(found)
        found = analysis.codeAnaphoricReactions(found)
        found = analysis.codeReactionsDrawn(found)
        found = analysis.dropRetaliationsToldBesideTheirAct(found)
        found = analysis.refineByMeans(found)
        found = analysis.refineExpulsions(found)
        found = analysis.codePassiveOrdersToLeave(found)
        found = analysis.refineYielding(found)
        found = analysis.refineLegalActions(found)
        found = analysis.refineRestrictionsAndAlerts(found)
        found = analysis.refineDeploymentsToOwnBorder(found)
        found = analysis.codeForcesSentToABorder(found)
        found = analysis.codePeacekeepingArrivals(found)
        found = analysis.refineVisits(found)
        found = analysis.codeVisitsDuringActs(found)
        found = analysis.codeVisitsNamed(found)
        found = analysis.codeVisitorsNamed(found)
        found = analysis.refineCallsByPhone(found)
        found = analysis.codeCallsWithPartners(found)
        found = analysis.refineHostedTalks(found)
        found = analysis.refineSignings(found)
        found = analysis.codeMediation(found)
        var events: [CodedEvent] = []
        var seen = Set<String>()
        var leftOut = Set<String>()
        let text = String(decoding: bytes, as: UTF8.self)
        for event in found {
            // What a verb dated to a year before the story's did is history retold in passing.
            if !datedBefore.isEmpty, let word = analysis.treeWord(of: analysis.verbs[event.verbIndex]), datedBefore.contains(word) { continue }
            // A side that names no state joins no pair of states, nor do two sides of one state (the events of "the
            // government" and "rebels", or of a state's senate and its president, are read, and may shape the others,
            // before they are set aside here; counted, for the user to know).
            if options.requiresStates,
                !Self.namesStateOrBody(event.source.code) || !Self.namesStateOrBody(event.target.code)
                    || Self.isInsideOneState(event.source.code, event.target.code)
            {
                leftOut.insert(event.source.code + "|" + event.target.code + "|" + event.code + "|\(event.verbIndex)")
                continue
            }
            // A state does not aid or sanction itself as a whole: a target that is the source's own state,
            // bare ("announced broader American penalties", "pledged … in U.S. aid for Haiti"), is what the source's
            // own adjective says of the thing, not whom the act is on.
            if options.readsModality, event.target.code.count == 3, event.target.code.allSatisfy(\.isLetter),
                event.source.code.hasPrefix(event.target.code), Self.actsOnOthers.contains(where: event.code.hasPrefix)
            {
                continue
            }
            // One event per triple and verb: two verbs coding the same triple are two events (with their own
            // dates: "helped to refurbish" now, "built by Russia in the 1970s" then).
            let key = event.source.code + "|" + event.target.code + "|" + event.code + "|\(event.verbIndex)"
            guard seen.insert(key).inserted else { continue }
            events.append(
                CodedEvent(
                    source: event.source, target: event.target, code: event.code, evidence: event.evidence,
                    sentenceIndex: sentenceIndex, sentenceStart: start, sentenceEnd: start + bytes.count, sentence: text,
                    verbIndex: event.verbIndex, tense: analysis.verbSpans[event.verbIndex].tense))
        }
        return SentenceResult(
            events: events, discardedBy: nil, discardsStory: false, statesNamed: analysis.statesNamed,
            subject: analysis.subjectCodes, person: analysis.personNamed, verbs: analysis.verbSpans,
            clauseStarts: analysis.clauseStarts, groupsNamed: analysis.groupsNamed,
            actorCount: analysis.slots.filter { $0.members.contains(where: \.namesActor) }.count, verbCodes: verbCodes,
            leftOutWithoutStates: leftOut.count)
    }
}

extension Coder {
    /// The codes of acts a state does to another, never to itself as a whole: aid promised (033) or given (07), and
    /// reducing relations or sanctioning (16). (Not a leader's promise of reform to his own state, "promised to
    /// democratize Serbia", 0344; nor meetings: PETRARCH's records code "Mordor will be hosting … at Cirith Ungol" as
    /// Mordor's forces visiting Mordor.)
    static let actsOnOthers = ["033", "07", "16"]

    /// Whether both sides are of one state (a state's own senate and president): no pair of states.
    /// Whether an actor code is of a state (`PAKGOV`), an international body (`IGOUNO`, `NGOHRIAMN`: CAMEO's
    /// manual codes Amnesty's demands of a state), or a new actor the user asked for (``Options/newActorLength``,
    /// its words quoted): not of no state (`---REB`), nor of what the dictionaries code apart from states and
    /// bodies — companies (`MNC`), the media (`MED`: "Al Jazeera"), persons of no state (`ELI`: a U.N.
    /// secretary-general's own name) — which join no pair of states.
    static func namesStateOrBody(_ code: String) -> Bool {
        code.hasPrefix("IGO") || code.hasPrefix("NGO") || code.hasPrefix("\"")
            || (code.count >= 3 && CountryResolver.standard.country(code: String(code.prefix(3))) != nil)
    }

    static func isInsideOneState(_ source: String, _ target: String) -> Bool {
        let state = source.prefix(3)
        return state.count == 3 && target.hasPrefix(state) && CountryResolver.standard.country(code: String(state)) != nil
    }

    /// What of a wire sentence is set aside before it is coded: the dateline it opens with (the bytes it takes), an
    /// attribution it opens with, the attribution it ends with (where its comma is), or the attribution of a quotation in the first person (the
    /// words quoted, and who says them). ``code(bytes:day:sentenceIndex:start:context:parse:)`` and ``explain`` read
    /// the rest alike.
    enum SetAside {
        case dateline(Int)
        /// "According to state media, …": the bytes the attribution the sentence opens with takes, its comma included.
        case openingAttribution(Int)
        case attribution(Int)
        case quotation(Range<Int>, speaker: [String])
    }

    /// The first thing ``SetAside`` names in `bytes`, if any (attributions and quotations only when the options set
    /// them aside).
    func setAside(in bytes: UnsafeBufferPointer<UInt8>, day: Day?) -> SetAside? {
        let skip = Dateline.length(of: bytes)
        if skip > 0 { return .dateline(skip) }
        guard options.setsAsideAttributions else { return nil }
        if let skip = Attribution.openingLength(in: bytes) { return .openingAttribution(skip) }
        if let comma = Attribution.start(in: bytes) { return .attribution(comma) }
        if let quotation = Attribution.quotation(in: bytes), Self.speaksInFirstPerson(UnsafeBufferPointer(rebasing: bytes[quotation.quote])),
            case let speaker = subjectCodes(of: UnsafeBufferPointer(rebasing: bytes[quotation.attribution]), day: day), !speaker.isEmpty
        {
            return .quotation(quotation.quote, speaker: speaker)
        }
        return nil
    }

    /// A part of a sentence coded, its events' evidence the whole sentence as written.
    func wholeSentence(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, _ part: () -> SentenceResult) -> SentenceResult {
        var result = part()
        let whole = String(decoding: bytes, as: UTF8.self)
        for index in result.events.indices {
            result.events[index].sentence = whole
            result.events[index].sentenceStart = start
            result.events[index].sentenceEnd = start + bytes.count
        }
        return result
    }

    /// Whether words quoted speak as "we" or "our".
    static func speaksInFirstPerson(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.split(whereSeparator: { !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) }).contains { word in
            let lower = String(decoding: word, as: UTF8.self).lowercased()
            return lower == "we" || lower == "our"
        }
    }

    /// The codes of who the words name first (not after a preposition): the speaker of an attribution.
    func subjectCodes(of bytes: UnsafeBufferPointer<UInt8>, day: Day?) -> [String] {
        var analysis = SentenceAnalysis(bytes: bytes, dictionaries: dictionaries, day: day, options: options)
        analysis.findMentions()
        analysis.buildGroups()
        analysis.buildSlots()
        return analysis.subjectCodes
    }

    /// The shallow parse of a sentence, for people: actor phrases, compounds and verbs found.
    public func explain(sentence: String, day: Day? = nil, context: DiscourseContext = DiscourseContext()) -> String {
        var bytes = Array(sentence.utf8)
        var context = context
        var lines: [String] = []
        // What coding sets aside, said and left out, as ``code(bytes:day:sentenceIndex:start:context:parse:)`` does.
        while let part = bytes.withUnsafeBufferPointer({ setAside(in: $0, day: day) }) {
            switch part {
            case .dateline(let skip):
                lines.append("dateline: \"\(String(decoding: bytes[..<skip], as: UTF8.self))\" (where and by whom it was filed: not coded)")
                bytes = Array(bytes[skip...])
            case .openingAttribution(let skip):
                lines.append("attribution: \"\(String(decoding: bytes[..<skip], as: UTF8.self))\" (who reported it: coded without it)")
                bytes = Array(bytes[skip...])
            case .attribution(let comma):
                lines.append("attribution: \"\(String(decoding: bytes[(comma + 1)...], as: UTF8.self))\" (who reported it: coded without it)")
                bytes = Array(bytes[..<comma]) + [0x2E]
            case .quotation(let quote, let speaker):
                lines.append("quotation of \(speaker.joined(separator: "/")): its \"we\" and \"our\" are the speaker")
                bytes = Array(bytes[quote]) + [0x2E]
                context.speaker = speaker
            }
        }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var analysis = SentenceAnalysis(bytes: UnsafeBufferPointer(buffer), dictionaries: dictionaries, day: day, options: options)
            analysis.context = context
            let parsed = parse(UnsafeBufferPointer(buffer))
            if let parsed {
                lines.append("parse:")
                for (index, word) in parsed.words.enumerated() {
                    let head = word.head == 0 ? "ROOT" : parsed.words[word.head - 1].form
                    lines.append("  \(index + 1) \(word.form) \(word.tag.rawValue) \(word.relation) → \(word.head) \(head)")
                }
            }
            lines.append("tokens: " + analysis.tokens.indices.map { "\(analysis.text($0..<($0 + 1)))\(analysis.ids[$0] < 0 ? "?" : "")" }.joined(separator: " "))
            let discard = analysis.discard()
            analysis.dropCommaClauses()
            if !analysis.droppedText.isEmpty {
                lines.append("comma clauses dropped: " + analysis.droppedText.joined(separator: " "))
            }
            if let parsed { analysis.tree = TokenTree(sentence: parsed, tokens: analysis.tokens) }
            if let discard {
                switch analysis.reading(of: discard) {
                case .drops(let drop):
                    lines.append("discarded by '\(drop.text)'" + (drop.retellsHistory ? " (dates the main clause: history retold)" : ""))
                case .leavesOut(let dated):
                    let phrases = discard.phrases.map { "'\($0.text)'" }
                    if !phrases.isEmpty { lines.append("discard \(phrases.joined(separator: ", ")) in a clause beneath the main one: in passing, not dropped") }
                    let verbs = dated.sorted().map { analysis.tree!.form($0) }
                    if let year = discard.firstYear {
                        lines.append("years before the story: '\(year)' " + (verbs.isEmpty ? "in passing, not dropped" : "dates \(verbs.joined(separator: ", ")): its events left out"))
                    }
                }
            }
            analysis.findMentions()
            analysis.buildGroups()
            analysis.buildSlots()
            analysis.findVerbs()
            for slot in analysis.slots {
                lines.append("actor: \"\(analysis.text(slot.start..<slot.end))\" → " + slot.members.map { $0.codes.joined(separator: "/") }.joined(separator: " + "))
            }
            for verb in analysis.verbs {
                let form = dictionaries.forms[Int(verb.form)]
                let block = dictionaries.blocks[Int(form.block)]
                let tense = analysis.tense(of: verb)
                lines.append(
                    "verb: \"\(analysis.text(verb.start..<verb.end))\" in \(block.name) \(block.codes?.description ?? "[---]")"
                        + (verb.nominal ? " (noun)" : " (\(tense.rawValue))"))
            }
            return lines.joined(separator: "\n")
        }
    }
}
