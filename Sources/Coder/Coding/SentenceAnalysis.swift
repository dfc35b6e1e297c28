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
        /// "the two countries": the codes are the two states last named, and stand as a compound.
        var isPair = false
    }

    /// An actor with its agents: one code or several (a phrase that stands for several actors).
    struct Group {
        var start: Int
        var end: Int
        var codes: [String]
        var entries: [String]
        var hasState: Bool
        var isNull: Bool
        var isPairFirst = false
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

    /// States named before this sentence, most recent last, for "the two countries".
    var recentStates: [String] = []

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
        var seenStates = recentStates
        while index < count {
            if flags[index].contains(.pairWord), index + 1 < count, flags[index + 1].contains(.collective) {
                var pair: [String] = []
                for state in seenStates.reversed() where !pair.contains(state) {
                    pair.append(state)
                    if pair.count == 2 { break }
                }
                if pair.count == 2 {
                    var start = index
                    if start > 0, flags[start - 1].contains(.determiner) { start -= 1 }
                    mentions.append(
                        Mention(start: start, end: index + 2, actorCodes: Array(pair.reversed()), agent: -1, entry: "the two states last named", isNull: false, isPair: true))
                    index += 2
                    continue
                }
            }
            let actor = dictionaries.actorIndex.longestMatch(ids, at: index)
            let agent = dictionaries.agentIndex.longestMatch(ids, at: index)
            let actorLength = actor.map(\.length) ?? 0
            let agentLength = agent.map(\.length) ?? 0
            if actorLength == 0 && agentLength == 0 {
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
                    mentions.append(
                        Mention(
                            start: index, end: index + actorLength, actorCodes: codes, agent: -1,
                            entry: "\(entry.name) (line \(entry.line))", isNull: isNull))
                }
                index += actorLength
            } else if let agent {
                let payload = agent.payloads.first!.payload
                let entry = dictionaries.agentEntries[Int(payload)]
                mentions.append(
                    Mention(
                        start: index, end: index + agentLength, actorCodes: [], agent: payload,
                        entry: "\(entry.name) (line \(entry.line))", isNull: false))
                index += agentLength
            }
        }
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
            if mentions[index].isPair {
                let mention = mentions[index]
                for (offset, code) in mention.actorCodes.enumerated() {
                    groups.append(
                        Group(start: mention.start, end: mention.end, codes: [code], entries: [mention.entry], hasState: true, isNull: false,
                              isPairFirst: offset == 0))
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
            if groups[index].isPairFirst, index + 1 < groups.count {
                slots.append(Slot(start: groups[index].start, end: groups[index].end, members: [groups[index], groups[index + 1]]))
                index += 2
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
            } else {
                chain = [chain[0]]
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
            var nominal = false
            if isNounOrAdjective(at: index, kind: form.kind) {
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
        let that = dictionaries.words.id(of: "THAT")
        if previous.contains(.determiner) && previousID != that { return true }
        if tokens[index - 1].kind == .number && kind != .past { return true }
        if previous.contains(.possessive) { return true }
        if previous.contains(.to) { return false }
        if previous.contains(.preposition) && kind != .past { return true }
        if kind == .base || kind == .thirdPerson {
            // "a brief private visit": a determiner a word or two before, only adjectives between.
            var position = index - 1
            var skipped = 0
            while position >= 0, skipped < 2, isPlain(position), slotAt[position] < 0 {
                position -= 1
                skipped += 1
            }
            if skipped > 0, position >= 0,
                flags[position].contains(.determiner) || flags[position].contains(.possessive) || tokens[position].kind == .number,
                ids[position] != that
            {
                return true
            }
        }
        return false
    }
}
