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

    // MARK: Comma clauses

    /// The words ``dropCommaClauses()`` dropped (for the explain view).
    var droppedText: [String] = []

    /// Drops comma-delimited clauses whose length in words lies in the ranges the options give (PETRARCH's
    /// `comma_*`): the opening clause (before the first comma), the closing one (after the last) and inner ones.
    /// A comma inside a list of names ("Gondor, Rohan and Bree") does not delimit a clause.
    mutating func dropCommaClauses() {
        guard options.commaMax > 0 || options.commaBMax > 0 || options.commaEMax > 0 else { return }
        var commas: [Int] = []
        for index in 0..<count where flags[index].contains(.comma) {
            // Not a list of names: a capitalised word on both sides of the comma.
            if index > 0, index + 1 < count, isCapitalised(index - 1), isCapitalised(index + 1) { continue }
            commas.append(index)
        }
        guard !commas.isEmpty else { return }
        var end = count
        while end > 0, flags[end - 1].contains(.sentenceEnd) { end -= 1 }
        func words(_ range: Range<Int>) -> Int { range.filter { tokens[$0].kind != .punctuation }.count }
        var drop = [Bool](repeating: false, count: count)
        // Opening clause: its words and the comma after it.
        let opening = 0..<commas[0]
        if options.commaBMax > 0, (options.commaBMin...max(options.commaBMin, options.commaBMax)).contains(words(opening)) {
            for index in opening.lowerBound...commas[0] { drop[index] = true }
        }
        // Closing clause: the comma before it and its words.
        let closing = (commas[commas.count - 1] + 1)..<end
        if options.commaEMax > 0, (options.commaEMin...max(options.commaEMin, options.commaEMax)).contains(words(closing)) {
            for index in commas[commas.count - 1]..<end { drop[index] = true }
        }
        // Inner clauses: a comma, the words, up to the next comma (which stays).
        if options.commaMax > 0, commas.count >= 2 {
            for pair in 0..<(commas.count - 1) {
                let inner = (commas[pair] + 1)..<commas[pair + 1]
                if (options.commaMin...max(options.commaMin, options.commaMax)).contains(words(inner)) {
                    for index in commas[pair]..<commas[pair + 1] { drop[index] = true }
                }
            }
        }
        guard drop.contains(true) else { return }
        droppedText = (0..<count).filter { drop[$0] }.map { text($0..<($0 + 1)) }
        let kept = (0..<count).filter { !drop[$0] }
        let (oldTokens, oldIDs, oldFlags) = (tokens, ids, flags)
        tokens = kept.map { oldTokens[$0] }
        ids = kept.map { oldIDs[$0] }
        flags = kept.map { oldFlags[$0] }
        slotAt = [Int32](repeating: -1, count: kept.count)
        slotStarting = slotAt
        slotEnding = slotAt
        verbAt = slotAt
        let keptIDs = ids
        let dictionaries = self.dictionaries
        verbStarts = keptIDs.indices.map { dictionaries.verbIndex.longestMatch(keptIDs, at: $0) != nil }
    }

    func isCapitalised(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        let first = bytes[Int(token.start)]
        return first >= 0x41 && first <= 0x5A
    }

    // MARK: Clauses and tense, for dates

    /// Byte offsets where clauses after the first begin: after `;`, `:`, dashes and brackets.
    var clauseStarts: [Int] {
        let quote = functionWords.known.quote
        return tokens.indices.filter { flags[$0].contains(.clauseBreak) && ids[$0] != quote }.map { Int(tokens[$0].end) }
    }

    /// Every verb found, with its clause and tense, for dating.
    var verbSpans: [Coder.VerbSpan] {
        let starts = clauseStarts
        return verbs.map { verb in
            let start = Int(tokens[verb.start].start)
            let clause = starts.lastIndex(where: { $0 <= start }).map { $0 + 1 } ?? 0
            return Coder.VerbSpan(start: start, end: Int(tokens[verb.end - 1].end), clause: clause, tense: tense(of: verb))
        }
    }

    /// The tense of a verb, from the auxiliaries before it (`will`, `has`, `was`…) or its own form; an
    /// infinitive takes the tense of the verb it depends on ("was expected to visit").
    func tense(of verb: VerbHit) -> Coder.Tense {
        func auxiliaryTense(_ flag: FunctionWords.Flags) -> Coder.Tense? {
            if flag.contains(.modal) { return .future }
            if flag.contains(.pastAuxiliary) { return .past }
            if flag.contains(.presentAuxiliary) { return .present }
            return nil
        }
        if verb.nominal {
            // A verb noun takes the tense of its clause's first auxiliary ("the growing closeness between India and
            // the US has also prompted …"), if any.
            let quote = functionWords.known.quote
            var start = verb.start
            while start > 0, !(flags[start - 1].contains(.clauseBreak) && ids[start - 1] != quote) { start -= 1 }
            let possessive = functionWords.known.possessiveS
            var probe = start
            while probe < count, !(flags[probe].contains(.clauseBreak) && ids[probe] != quote) {
                if ids[probe] != possessive, let tense = auxiliaryTense(flags[probe]) { return tense }
                probe += 1
            }
            return .unknown
        }
        var position = verb.start - 1
        var steps = 0
        while position >= 0, steps < 6 {
            let flag = flags[position]
            if flag.contains(.adverb) || flag.contains(.negation) || ids[position] == functionWords.known.been
                || ids[position] == functionWords.known.being || ids[position] == functionWords.known.be
            {
                position -= 1
                steps += 1
                continue
            }
            if let tense = auxiliaryTense(flag) { return tense }
            if flag.contains(.to) {
                // The verb the infinitive depends on: an auxiliary, a verb form, or a word in -ed a few words back.
                var probe = position - 1
                while probe >= 0, probe >= position - 4 {
                    if let tense = auxiliaryTense(flags[probe]) { return tense }
                    if verbAt[probe] >= 0 {
                        switch dictionaries.forms[Int(verbs[Int(verbAt[probe])].form)].kind {
                        case .past: return .past
                        case .thirdPerson: return .present
                        default: break
                        }
                    }
                    if tokens[probe].kind == .word, slotAt[probe] < 0, tokens[probe].end - tokens[probe].start > 3 {
                        let last = bytes[Int(tokens[probe].end) - 1] | 0x20
                        let beforeLast = bytes[Int(tokens[probe].end) - 2] | 0x20
                        if beforeLast == 0x65 && last == 0x64 { return .past }  // -ed
                    }
                    if flags[probe].contains(.clauseBreak) || flags[probe].contains(.comma) { break }
                    probe -= 1
                }
                return .unknown
            }
            break
        }
        switch dictionaries.forms[Int(verb.form)].kind {
        case .past: return .past
        case .thirdPerson: return .present
        case .base: return .present
        case .gerund:
            // "…, providing Afghanistan and Pakistan with electricity": a participle after a comma is in the
            // tense of the clause before it.
            guard position >= 0, flags[position].contains(.comma) else { return .unknown }
            for probe in 0..<position {
                if let tense = auxiliaryTense(flags[probe]) { return tense }
                if verbAt[probe] >= 0, dictionaries.forms[Int(verbs[Int(verbAt[probe])].form)].kind == .past { return .past }
            }
            return .unknown
        }
    }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A word of no grammatical function that cannot start a verb: an adjective or a name.
    func isPlain(_ index: Int) -> Bool {
        tokens[index].kind == .word && flags[index].isEmpty && !verbStarts[index]
    }

    // MARK: Discards

    func discard() -> DictionaryDiscard? {
        guard !dictionaries.discardIndex.isEmpty else { return nil }
        for index in 0..<count {
            if let match = dictionaries.discardIndex.longestMatch(ids, at: index), let entry = match.payloads.first {
                let discard = dictionaries.discardEntries[Int(entry.payload)]
                return DictionaryDiscard(text: discard.text, discardsStory: discard.discardsStory)
            }
        }
        return nil
    }

    struct DictionaryDiscard {
        var text: String
        var discardsStory: Bool
    }

    // MARK: Actors and agents

    mutating func findMentions() {
        var index = 0
        /// States named so far in this sentence, in order.
        var seenStates: [String] = []
        /// Subject-like actors named so far in this sentence (not after a preposition), for "it".
        var subjects: [[String]] = []
        var lastPerson: [String] = []
        while index < count {
            if flags[index].contains(.pairWord), index + 1 < count, flags[index + 1].contains(.collective) {
                let pair = pairReferent(seen: seenStates)
                if pair.count == 2 {
                    var start = index
                    if start > 0, flags[start - 1].contains(.determiner) { start -= 1 }
                    mentions.append(
                        Mention(
                            start: start, end: index + 2, actorCodes: pair, agent: -1, entry: "the two states last named",
                            isNull: false, isCompound: true))
                    seenStates.append(contentsOf: pair)
                    index += 2
                    continue
                }
            }
            // "the quadrilateral" after "a quadrilateral of Russia, Afghanistan, Tajikistan and Pakistan".
            if ids[index] == theWord, index + 1 < count, !context.groups.isEmpty, tokens[index + 1].kind == .word,
                let codes = context.groups[text((index + 1)..<(index + 2)).uppercased()]
            {
                mentions.append(
                    Mention(
                        start: index, end: index + 2, actorCodes: codes, agent: -1,
                        entry: "'\(text(index..<(index + 2)))' → \(codes.joined(separator: ", "))", isNull: false, isCompound: codes.count > 1))
                for code in codes { seenStates.append(String(code.prefix(3))) }
                index += 2
                continue
            }
            if options.resolvesPronouns,
                let pronoun = pronounMention(at: index, seen: seenStates, subjects: subjects, person: lastPerson, firstState: seenStates.first)
            {
                mentions.append(pronoun)
                if pronoun.actorCodes.count == 1 { subjects.append(pronoun.actorCodes) }
                index += 1
                continue
            }
            let actor = dictionaries.actorIndex.longestMatch(ids, at: index)
            let agent = dictionaries.agentIndex.longestMatch(ids, at: index)
            let actorLength = actor.map(\.length) ?? 0
            let agentLength = agent.map(\.length) ?? 0
            if actorLength == 0 && agentLength == 0 {
                if let compound = hyphenCompound(at: index) {
                    mentions.append(compound)
                    for code in compound.actorCodes { seenStates.append(String(code.prefix(3))) }
                }
                index += 1
                continue
            }
            if actorLength >= agentLength, let actor {
                let entry = dictionaries.actorEntries[Int(actor.payloads.first!.payload)]
                // A short acronym written in lower case is a word, not a state ("us", "un").
                if actorLength == 1, tokens[index].end - tokens[index].start <= 3, isLowerCase(index) {
                    index += 1
                    continue
                }
                if let code = entry.code(on: day) {
                    let codes = code.split(separator: "/").map(String.init)
                    for code in codes where code.count >= 3 && !code.hasPrefix("---") && !code.hasPrefix("IGO") {
                        seenStates.append(String(code.prefix(3)))
                    }
                    let isNull = codes.allSatisfy { $0 == "---" || $0 == "+++" || $0 == "###" }
                    if !isNull, !afterPreposition(index) { subjects.append(codes) }
                    if codes.count == 1, codes[0].count > 3, !isNull { lastPerson = codes }
                    mentions.append(
                        Mention(
                            start: index, end: index + actorLength, actorCodes: codes, agent: -1,
                            entry: "\(entry.name) (line \(entry.line))", isNull: isNull))
                }
                index += actorLength
            } else if let agent {
                let payload = agent.payloads.first!.payload
                let entry = dictionaries.agentEntries[Int(payload)]
                // An agent right after a state's name ("Pakistan's Army Chief") is a person of that state.
                if let previous = mentions.last, previous.actorCodes.count == 1, !previous.isNull,
                    previous.end == index || (previous.end + 1 == index && flags[previous.end].contains(.possessive))
                {
                    lastPerson = [
                        entry.isPrefix
                            ? Self.compose(previous.actorCodes[0], prefixes: [entry.code], suffixes: [])
                            : Self.compose(previous.actorCodes[0], prefixes: [], suffixes: [entry.code])
                    ]
                }
                mentions.append(
                    Mention(
                        start: index, end: index + agentLength, actorCodes: [], agent: payload,
                        entry: "\(entry.name) (line \(entry.line))", isNull: false))
                index += agentLength
            }
        }
        personNamed = lastPerson
    }

    var theWord: Int32 { functionWords.known.the }

    /// Groups the sentence defines by their members: "a quadrilateral of Russia, Afghanistan, Tajikistan and
    /// Pakistan" (a or an, a plain word, of, a compound of actors) — so that a later "the quadrilateral" names them.
    var groupsNamed: [String: [String]] {
        var result: [String: [String]] = [:]
        let a = functionWords.known.a
        let an = functionWords.known.an
        let of = functionWords.known.of
        for slot in slots where slot.members.count > 1 {
            var position = slot.start - 1
            if position >= 0, ids[position] == theWord { position -= 1 }
            guard position >= 2, ids[position] == of, isPlain(position - 1), isLowerCase(position - 1) else { continue }
            let noun = text((position - 1)..<position).uppercased()
            var article = position - 2
            if article >= 1, isPlain(article), ids[article] != a, ids[article] != an { article -= 1 }
            guard ids[article] == a || ids[article] == an else { continue }
            result[noun] = slot.members.flatMap(\.codes).filter { !$0.hasPrefix("---") }
        }
        return result
    }

    /// The codes of the sentence's subject: its first actor not after a preposition, for the next "it".
    var subjectCodes: [String] {
        for slot in slots where !afterPreposition(slot.start) {
            let codes = slot.members.filter { !$0.isNull }.flatMap(\.codes)
            if !codes.isEmpty { return codes }
        }
        return []
    }

    /// The two states "the two countries" (or "both countries") stands for: the last two this sentence named
    /// before it; one named here and the most salient other; or the two most salient in the document.
    func pairReferent(seen: [String]) -> [String] {
        var distinct: [String] = []
        for state in seen.reversed() where !distinct.contains(state) {
            distinct.append(state)
            if distinct.count == 2 { break }
        }
        if distinct.count == 2 { return Array(distinct.reversed()) }
        var salient = context.salientPair
        if salient.isEmpty {
            // Without a ranking, whatever the context holds in order of salience.
            salient = context.salience.sorted { $0.value > $1.value }.map(\.key)
        }
        if let only = distinct.first {
            guard let other = salient.first(where: { $0 != only }) ?? context.salience.keys.first(where: { $0 != only }) else { return [] }
            return [other, only]
        }
        return salient.count >= 2 ? Array(salient.prefix(2)) : []
    }

    /// Whether the word at `index` follows a preposition (skipping determiners and adjectives): not a subject.
    func afterPreposition(_ index: Int) -> Bool {
        var position = index - 1
        var skipped = 0
        var skippedPlain = false
        while position >= 0, skipped < 3, flags[position].contains(.determiner) || isPlain(position) {
            if isPlain(position) { skippedPlain = true }
            position -= 1
            skipped += 1
        }
        guard position >= 0, flags[position].contains(.preposition) else { return false }
        // "to let Pakistan import": after an infinitive, the actor is the verb's object, not a preposition's.
        if flags[position].contains(.to), skippedPlain, isLowerCase(position + 1) { return false }
        return true
    }

    /// "it", "its", "he", "they": a mention with the codes of what it points back to, or nil when it points at
    /// nothing this coder can name ("it seems", "it was only in 2014 that").
    ///
    /// Subject pronouns ("it", "he", "they") resolve; possessive ones ("its", "his", "their") only before a verb
    /// noun ("its subsequent attack on", "their converging views"), where they name who acts; object pronouns
    /// ("use it", "them") are left alone. "It" is the nearest subject named before it in the sentence, else the
    /// first state the sentence names, else the subject of the sentence before; "they" the two states "the two
    /// countries" would be; "he" the last person named.
    func pronounMention(at index: Int, seen: [String], subjects: [[String]], person: [String], firstState: String?) -> Mention? {
        let flag = flags[index]
        guard flag.contains(.personPronoun) || flag.contains(.itPronoun) || flag.contains(.theyPronoun) else { return nil }
        let word = text(index..<(index + 1))
        let id = ids[index]
        let possessive = id == functionWords.known.its || id == functionWords.known.his || id == functionWords.known.their || id == functionWords.known.her
        let object = id == functionWords.known.him || id == functionWords.known.them
        if object { return nil }
        if possessive {
            // Before a verb noun, with at most two plain words between.
            var probe = index + 1
            while probe < count, probe <= index + 3, !verbStarts[probe], isPlain(probe) { probe += 1 }
            guard probe < count, verbStarts[probe] else { return nil }
        } else if index > 0, flags[index - 1].contains(.preposition) || verbStarts[index - 1] {
            return nil  // an object: "use it for", "to it"
        }
        if flag.contains(.personPronoun) {
            let codes = person.isEmpty ? context.lastPerson : person
            guard !codes.isEmpty else { return nil }
            return Mention(
                start: index, end: index + 1, actorCodes: codes, agent: -1, entry: "'\(word)' → \(codes.joined(separator: "/"))",
                isNull: false, isPronoun: true)
        }
        if flag.contains(.itPronoun) {
            // "it is expected that", "it seems": an empty subject.
            if !possessive, index + 1 < count {
                let next = flags[index + 1]
                if next.contains(.expletiveCue) { return nil }
                if next.contains(.be) || next.contains(.auxiliary) {
                    var probe = index + 2
                    while probe < count, probe <= index + 3,
                        flags[probe].contains(.adverb) || flags[probe].contains(.negation) || flags[probe].contains(.be)
                    {
                        probe += 1
                    }
                    if probe < count, flags[probe].contains(.expletiveCue) { return nil }
                }
            }
            let codes = subjects.last ?? firstState.map { [$0] } ?? context.previousSubject
            guard !codes.isEmpty else { return nil }
            return Mention(
                start: index, end: index + 1, actorCodes: [codes[0]], agent: -1,
                entry: "'\(word)' → \(codes[0])", isNull: false, isPronoun: true)
        }
        let pair = pairReferent(seen: seen)
        guard pair.count == 2 else { return nil }
        return Mention(
            start: index, end: index + 1, actorCodes: pair, agent: -1, entry: "'\(word)' → \(pair.joined(separator: " and "))",
            isNull: false, isCompound: true, isPronoun: true)
    }

    /// "Sino-Soviet", "Russia-Pakistan", "China-Russia-Pakistan": a hyphenated word whose parts are each a
    /// one-word actor stands for those actors as a compound (one actor when they are the same state).
    func hyphenCompound(at index: Int) -> Mention? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let start = Int(token.start)
        let end = Int(token.end)
        var parts: [Range<Int>] = []
        var partStart = start
        for offset in start..<end where bytes[offset] == 0x2D {
            parts.append(partStart..<offset)
            partStart = offset + 1
        }
        guard !parts.isEmpty else { return nil }
        parts.append(partStart..<end)
        var codes: [String] = []
        var upper = [UInt8](repeating: 0, count: end - start)
        for part in parts {
            guard !part.isEmpty else { return nil }
            let length = part.count
            for offset in 0..<length {
                let byte = bytes[part.lowerBound + offset]
                upper[offset] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            }
            let id = upper.withUnsafeBufferPointer { dictionaries.words.id(bytes: UnsafeBufferPointer(rebasing: $0[0..<length])) }
            guard id >= 0, let match = dictionaries.actorIndex.longestMatch([id], at: 0), match.length == 1 else { return nil }
            let entry = dictionaries.actorEntries[Int(match.payloads.first!.payload)]
            guard let code = entry.code(on: day), code.count >= 3, !code.hasPrefix("---"), !code.contains("/") else { return nil }
            if !codes.contains(code) { codes.append(code) }
        }
        return Mention(
            start: index, end: index + 1, actorCodes: codes, agent: -1, entry: "hyphenated '\(text(index..<(index + 1)))'",
            isNull: false, isCompound: codes.count > 1)
    }

    func isLowerCase(_ index: Int) -> Bool {
        let token = tokens[index]
        for offset in Int(token.start)..<Int(token.end) where bytes[offset] >= 0x41 && bytes[offset] <= 0x5A { return false }
        return true
    }

    /// The actor's code with the agents' codes added, each only once (`USAGOV` + `GOV` stays `USAGOV`).
    static func compose(_ actor: String, prefixes: [String], suffixes: [String]) -> String {
        func containsAligned(_ code: String, _ part: String) -> Bool {
            let code = Array(code.utf8)
            let part = Array(part.utf8)
            guard part.count <= code.count else { return false }
            var offset = 0
            while offset + part.count <= code.count {
                if Array(code[offset..<(offset + part.count)]) == part { return true }
                offset += 3
            }
            return false
        }
        var code = actor
        for suffix in suffixes where !containsAligned(code, suffix) { code += suffix }
        for prefix in prefixes where !containsAligned(code, prefix) { code = prefix + code }
        return code
    }

    /// Joins mentions into groups: actor and agents next to each other ("Arnor security officials"), across a
    /// possessive ("Gondor's main opposition group", "Dagolath's first Deputy Prime Minister Telemar").
    mutating func buildGroups() {
        var index = 0
        while index < mentions.count {
            if mentions[index].isCompound {
                let mention = mentions[index]
                for (offset, code) in mention.actorCodes.enumerated() {
                    groups.append(
                        Group(start: mention.start, end: mention.end, codes: [code], entries: [mention.entry], hasState: true, isNull: false,
                              compoundCount: offset == 0 ? mention.actorCodes.count : 0))
                }
                index += 1
                continue
            }
            var members = [mentions[index]]
            var next = index + 1
            while next < mentions.count {
                let last = members.last!
                let candidate = mentions[next]
                var gap = last.end
                var sawPossessive = false
                if gap < count, flags[gap].contains(.possessive) {
                    sawPossessive = true
                    gap += 1
                }
                var plain = 0
                while sawPossessive, gap < candidate.start, isPlain(gap), plain < 2 {
                    gap += 1
                    plain += 1
                }
                guard gap == candidate.start else { break }
                let lastHasState = members.contains { !$0.actorCodes.isEmpty }
                if !candidate.actorCodes.isEmpty {
                    // A second actor joins only when it names the same state (a leader after his title).
                    if lastHasState {
                        let country = members.first { !$0.actorCodes.isEmpty }!.actorCodes[0].prefix(3)
                        guard candidate.actorCodes[0].prefix(3) == country, plain == 0 || !sawPossessive else { break }
                    } else if sawPossessive || plain > 0 {
                        break
                    }
                } else if plain > 0 && !sawPossessive && !lastHasState {
                    break
                }
                members.append(candidate)
                next += 1
            }
            groups.append(group(of: members))
            index = next
        }
        if options.newActorLength > 0 { addNewActors() }
    }

    /// PETRARCH's `new_actor_length`: a noun phrase no dictionary codes, of at most that many words, stands as an
    /// actor whose code is its words in quotes (`"THE MINISTRY OF MAGIC"`). A phrase is a run of plain words, with
    /// `the` before it, `'s` and `of` inside it; one that follows an actor's `'s` ("Eriador's death") belongs to
    /// that actor.
    mutating func addNewActors() {
        var covered = [Bool](repeating: false, count: count)
        for group in groups { for position in group.start..<group.end { covered[position] = true } }
        let the = theWord
        let of = functionWords.known.of
        let possessive = functionWords.known.possessiveS
        func plainWord(_ position: Int) -> Bool { position < count && !covered[position] && isPlain(position) && tokens[position].kind == .word }
        var added: [Group] = []
        var index = 0
        while index < count {
            var start = index
            if ids[index] == the, plainWord(index + 1) { start = index + 1 }
            guard plainWord(start) else {
                index += 1
                continue
            }
            var end = start
            while end < count {
                if plainWord(end) {
                    end += 1
                } else if (ids[end] == possessive || ids[end] == of), end > start, plainWord(end + 1) {
                    end += 1
                } else {
                    break
                }
            }
            let afterActorPossessive = index >= 2 && ids[index - 1] == possessive && covered[index - 2]
            let words = (index..<end).filter { ids[$0] != possessive }.map { text($0..<($0 + 1)).uppercased() }
            let length = words.count - (ids[index] == the ? 1 : 0)
            if !afterActorPossessive, length >= 1, length <= options.newActorLength {
                added.append(
                    Group(
                        start: index, end: end, codes: ["\"" + words.joined(separator: " ") + "\""],
                        entries: ["new actor (new_actor_length \(options.newActorLength))"], hasState: false, isNull: false))
            }
            index = end
        }
        guard !added.isEmpty else { return }
        groups = (groups + added).sorted { $0.start < $1.start }
    }

    func group(of members: [Mention]) -> Group {
        let actors = members.filter { !$0.actorCodes.isEmpty }
        var prefixes: [String] = []
        var suffixes: [String] = []
        for member in members where member.agent >= 0 {
            let entry = dictionaries.agentEntries[Int(member.agent)]
            if entry.isPrefix { prefixes.append(entry.code) } else { suffixes.append(entry.code) }
        }
        let start = members.first!.start
        let end = members.last!.end
        let entries = members.map(\.entry)
        if let actor = actors.first {
            let codes = actor.actorCodes.map { Self.compose($0, prefixes: prefixes, suffixes: suffixes) }
            return Group(start: start, end: end, codes: codes, entries: entries, hasState: !actor.isNull, isNull: actor.isNull && suffixes.isEmpty)
        }
        return Group(
            start: start, end: end, codes: [Self.compose("---", prefixes: prefixes, suffixes: suffixes)], entries: entries,
            hasState: false, isNull: false)
    }

    // MARK: Compounds

    mutating func buildSlots() {
        var index = 0
        while index < groups.count {
            if groups[index].compoundCount > 1, index + groups[index].compoundCount <= groups.count {
                let members = Array(groups[index..<(index + groups[index].compoundCount)])
                slots.append(Slot(start: groups[index].start, end: groups[index].end, members: members))
                index += members.count
                continue
            }
            // Chain groups joined by commas and conjunctions.
            var chain = [groups[index]]
            var joins: [Bool] = []  // true for a join with and/or/nor
            var next = index + 1
            while next < groups.count {
                var position = chain.last!.end
                var sawConjunction = false
                var sawComma = false
                while position < groups[next].start, flags[position].contains(.comma) || flags[position].contains(.conjunction) {
                    if flags[position].contains(.conjunction) { sawConjunction = true } else { sawComma = true }
                    position += 1
                }
                guard sawConjunction || sawComma else { break }
                var plain = 0
                while position < groups[next].start, flags[position].contains(.determiner) || (isPlain(position) && plain < 3) {
                    if isPlain(position) { plain += 1 }
                    position += 1
                }
                guard position == groups[next].start else { break }
                chain.append(groups[next])
                joins.append(sawConjunction)
                next += 1
            }
            // A list of commas counts only up to its last `and`.
            if let lastConjunction = joins.lastIndex(of: true) {
                chain = Array(chain[0...(lastConjunction + 1)])
                joins = Array(joins[0...lastConjunction])
            } else {
                chain = [chain[0]]
                joins = []
            }
            // "while Pakistan supported the Taliban, Russia and India supported …": an object, then after a comma
            // the next clause's subject (followed by its verb) — two slots, not one list.
            if let comma = joins.firstIndex(of: false), chain.count > 1 {
                let end = chain.last!.end
                let followedByVerb = end < count && (verbStarts[end] || flags[end].contains(.auxiliary))
                // The first member is a verb's object: the verb stands right before it (determiners and adjectives
                // aside).
                var position = chain[0].start - 1
                while position >= 0, flags[position].contains(.determiner) || (isPlain(position) && !verbStarts[position]) {
                    position -= 1
                }
                let verbBefore = position >= 0 && verbStarts[position]
                if followedByVerb && verbBefore {
                    slots.append(Slot(start: chain[0].start, end: chain[comma].end, members: Array(chain[0...comma])))
                    index += comma + 1
                    chain = Array(chain[(comma + 1)...])
                }
            }
            slots.append(Slot(start: chain.first!.start, end: chain.last!.end, members: chain))
            index += chain.count
        }
        // "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": agents without a
        // state take the state of the phrase linked to them.
        var merged: [Slot] = []
        var slotIndex = 0
        while slotIndex < slots.count {
            let slot = slots[slotIndex]
            if slotIndex + 1 < slots.count, slot.members.allSatisfy({ !$0.hasState && !$0.isNull }) {
                let following = slots[slotIndex + 1]
                var position = slot.end
                if position < count, flags[position].contains(.actorLink) {
                    position += 1
                    while position < following.start, flags[position].contains(.determiner) { position += 1 }
                    if position == following.start, following.members.contains(where: \.hasState) {
                        var members: [Group] = []
                        for agentGroup in slot.members {
                            let agentCodes = agentGroup.codes.map { String($0.dropFirst(3)) }.filter { !$0.isEmpty }
                            for target in following.members {
                                var group = target
                                group.codes = target.codes.map { Self.compose($0, prefixes: [], suffixes: agentCodes) }
                                group.entries = agentGroup.entries + target.entries
                                group.start = slot.start
                                members.append(group)
                            }
                        }
                        merged.append(Slot(start: slot.start, end: following.end, members: members))
                        slotIndex += 2
                        continue
                    }
                }
            }
            merged.append(slot)
            slotIndex += 1
        }
        slots = merged
        for (index, slot) in slots.enumerated() {
            for position in slot.start..<slot.end { slotAt[position] = Int32(index) }
            slotStarting[slot.start] = Int32(index)
            slotEnding[slot.end - 1] = Int32(index)
        }
    }

    // MARK: Verbs

    mutating func findVerbs() {
        var index = 0
        while index < count {
            guard slotAt[index] < 0, tokens[index].kind == .word,
                let match = dictionaries.verbIndex.longestMatch(ids, at: index)
            else {
                index += 1
                continue
            }
            let end = index + match.length
            if (index..<end).contains(where: { slotAt[$0] >= 0 }) {
                index += 1
                continue
            }
            let formIndex = match.payloads.first!.payload
            let form = dictionaries.forms[Int(formIndex)]
            // "Given the recent tensions, …", "…, considering that …": a preposition, not a verb.
            if flags[index].contains(.clauseParticiple), index == 0 || flags[index - 1].contains(.comma) {
                index += 1
                continue
            }
            var nominal = false
            let treeTag = tree.flatMap { tree in
                let word = tree.wordOfToken[min(end - 1, index + form.head)]
                return word >= 0 ? tree.sentence.words[word].tag : nil
            }
            let isNoun = treeTag.map { $0 == .noun || $0 == .properNoun || $0 == .adjective } ?? isNounOrAdjective(at: index, kind: form.kind)
            if isNoun {
                guard dictionaries.blockPlacesActors[Int(form.block)] else {
                    index += 1
                    continue
                }
                nominal = true
            }
            verbAt[index] = Int32(verbs.count)
            verbs.append(VerbHit(start: index, end: end, form: formIndex, nominal: nominal))
            index = end
        }
    }

    /// Whether the word at `index` is used as a noun ("a visit", "their meeting") or an adjective ("the affected
    /// villages") rather than a verb.
    func isNounOrAdjective(at index: Int, kind: VerbDictionary.FormKind) -> Bool {
        guard index > 0 else { return false }
        let previous = flags[index - 1]
        let previousID = ids[index - 1]
        let that = functionWords.known.that
        if previous.contains(.determiner) && previousID != that { return true }
        if tokens[index - 1].kind == .number && kind != .past { return true }
        if previous.contains(.possessive) { return true }
        // After "Sino-Soviet", "China-Pakistan": the hyphenated states qualify a noun ("split", "nexus").
        if slotAt[index - 1] >= 0, slots[Int(slotAt[index - 1])].members.count > 1, tokens[index - 1].kind == .word,
            (Int(tokens[index - 1].start)..<Int(tokens[index - 1].end)).contains(where: { bytes[$0] == 0x2D })
        {
            return true
        }
        if previous.contains(.to) { return false }
        if previous.contains(.preposition) && kind != .past {
            // "in training the Mujahideen": a gerund with an object is a verb.
            if kind == .gerund, index + 1 < count, flags[index + 1].contains(.determiner) || slotStarting[index + 1] >= 0 {
                return false
            }
            return true
        }
        if kind == .base || kind == .thirdPerson {
            // "a brief private visit": a determiner a word or two before, only adjectives between.
            var position = index - 1
            var skipped = 0
            while position >= 0, skipped < 2, isPlain(position), slotAt[position] < 0 {
                position -= 1
                skipped += 1
            }
            if skipped > 0, position >= 0,
                flags[position].contains(.determiner) || flags[position].contains(.possessive) || tokens[position].kind == .number
                    || (flags[position].contains(.preposition) && !flags[position].contains(.to)),
                ids[position] != that
            {
                return true
            }
        }
        return false
    }
}
