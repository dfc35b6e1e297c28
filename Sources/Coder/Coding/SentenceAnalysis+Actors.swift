import EntenteModel
import EntenteParser

extension SentenceAnalysis {
    // MARK: Discards

    /// The discard phrases the sentence holds, read with the tree before they stop it (``reading(of:)``); a year only in
    /// a story dated after that year (``DiscardDictionary``). Nil when there are none.
    func discard() -> DictionaryDiscard? {
        guard !dictionaries.discardIndex.isEmpty else { return nil }
        var found = DictionaryDiscard()
        for index in 0..<count {
            guard let match = dictionaries.discardIndex.longestMatch(ids, at: index), let entry = match.payloads.first else { continue }
            let discard = dictionaries.discardEntries[Int(entry.payload)]
            guard discard.discards(storyYear: context.storyYear) else { continue }
            if discard.year != nil {
                found.yearTokens.append(index)
                found.firstYear = found.firstYear ?? discard.text
            } else {
                found.phrases.append(.init(tokens: index..<(index + match.length), text: discard.text, discardsStory: discard.discardsStory))
            }
        }
        return found.phrases.isEmpty && found.yearTokens.isEmpty ? nil : found
    }

    /// The discard phrases found in a sentence: what ``reading(of:)`` reads with the tree.
    struct DictionaryDiscard {
        struct Phrase {
            var tokens: Range<Int>
            var text: String
            var discardsStory: Bool
        }
        /// Phrases that are no bare year, in the order they stand.
        var phrases: [Phrase] = []
        /// Where the bare years before the story's stand (``SentenceAnalysis/verbsDated(byYearsAt:)``).
        var yearTokens: [Int] = []
        /// The first of those years as the dictionary writes it.
        var firstYear: String?

        /// The sentence as PETRARCH drops it, with no tree to read: by its first phrase, else its first year.
        var dropped: SentenceDrop {
            if let phrase = phrases.first { return SentenceDrop(text: phrase.text, discardsStory: phrase.discardsStory) }
            return SentenceDrop(text: firstYear ?? "", discardsStory: false, retellsHistory: true)
        }
    }

    /// A sentence dropped by a discard: the phrase, whether it stops the story, and whether it was a year dating the
    /// main clause.
    struct SentenceDrop {
        var text: String
        var discardsStory: Bool
        var retellsHistory = false
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
            // "the two countries", "both sides"; "the two leaders", "both ministers" (with "the" or "both": "two
            // ministers resigned" are two people).
            if flags[index].contains(.pairWord), index + 1 < count,
                flags[index + 1].contains(.collective)
                    || (flags[index + 1].contains(.collectivePeople) && (text(index..<(index + 1)).uppercased() == "BOTH"
                        || (index > 0 && ids[index - 1] == theWord)))
            {
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
            if options.resolvesPronouns || (!subjects.isEmpty && isReportedSubject(index)),
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
                if let named = countryTableMention(at: index) ?? sharedLastWordMention(at: index) {
                    mentions.append(named)
                    seenStates.append(named.actorCodes[0])
                    if !afterPreposition(index) { subjects.append(named.actorCodes) }
                    index = named.end
                    continue
                }
                if let compound = hyphenCompound(at: index) {
                    mentions.append(compound)
                    for code in compound.actorCodes { seenStates.append(String(code.prefix(3))) }
                }
                index += 1
                continue
            }
            if actorLength >= agentLength, let actor {
                // A name written on several lines has the codes of all of them, as PETRARCH reads it (Phoenix's
                // `U.N._`, with no code, and `U.N.  [IGOUNO]` further down): the first with a code that day.
                let entries = actor.payloads.map { dictionaries.actorEntries[Int($0.payload)] }
                let entry = entries.first { $0.code(on: day) != nil } ?? entries[0]
                // A short acronym written in lower case is a word, not a state ("us", "un"); one written in title case
                // after a capitalised word that names no actor ends a person's name ("Kim Jong Un" is no UN).
                if actorLength == 1, tokens[index].end - tokens[index].start <= 3,
                    isLowerCase(index) || endsAPersonsName(index)
                {
                    index += 1
                    continue
                }
                // "a South American common market", "Latin American leaders": American after the name of a part
                // of the Americas is of the continent, not of the United States.
                if actorLength == 1, index > 0, Self.continentalAmericans.contains(text(index..<(index + 1)).uppercased()),
                    Self.partsOfTheAmericas.contains(text((index - 1)..<index))
                {
                    index += 1
                    continue
                }
                // "Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah": a name after an Arabic title is a person's, not
                // the place it may also name (Malaysia's Sabah, a state's bare code).
                if actorLength == 1, index > 0, Self.personalTitles.contains(text((index - 1)..<index).uppercased()),
                    entry.code(on: day).map({ $0.count == 3 }) ?? false
                {
                    index += 1
                    continue
                }
                // "Shaikh Abdullah al-Ani": a person the dictionaries know by one name ("ABDULLAH_", Saudi Arabia's king,
                // a code by dates), followed by more of a name, is someone else.
                if actorLength == 1, entry.codes.contains(where: { $0.validity != .always }), continuesAName(index + 1) {
                    index += 1
                    continue
                }
                // "US$4.5 billion", "HK$": a state's letters written onto a currency sign name the currency.
                if index + actorLength < count, tokens[index + actorLength].start == tokens[index + actorLength - 1].end,
                    text((index + actorLength)..<(index + actorLength + 1)) == "$"
                {
                    index += actorLength
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
                if isAttributiveAgentWord(index, length: agentLength) {
                    index += agentLength
                    continue
                }
                let payload = agent.payloads.first!.payload
                let entry = dictionaries.agentEntries[Int(payload)]
                // An agent right after a state's name ("Pakistan's Army Chief") is a person of that state; and the
                // subject "it" points back to ("Nigeria's army said it had killed": the army, NGAMIL).
                if let previous = mentions.last, previous.actorCodes.count == 1, !previous.isNull,
                    previous.end == index || (previous.end + 1 == index && flags[previous.end].contains(.possessive))
                {
                    let composed = entry.isPrefix
                        ? Self.compose(previous.actorCodes[0], prefixes: [entry.code], suffixes: [])
                        : Self.compose(previous.actorCodes[0], prefixes: [], suffixes: [entry.code])
                    lastPerson = [composed]
                    if subjects.last == previous.actorCodes { subjects[subjects.count - 1] = [composed] }
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

    /// Whether the sentence names or points to any actor, agent or person, read without its tree: where it does
    /// not, the tree cannot make it (the tree only sets aside an agent word or resolves a pronoun found here).
    var mayNameActors: Bool {
        var probe = self
        probe.tree = nil
        probe.findMentions()
        return !probe.mentions.isEmpty || !probe.personNamed.isEmpty
    }

    /// Whether an agent's one word is an adjective of a noun that names no actor, after the sentence's first verb —
    /// "suspended military aid", "began military exercises": a kind of thing, not who acts. The parse says so
    /// (`amod`); an agent word next to another ("military officials") still names one, and before any verb (a
    /// subject, or a parse with no verb at all) the word is left an actor.
    func isAttributiveAgentWord(_ index: Int, length: Int) -> Bool {
        guard length == 1, let tree, let word = tree.word(ofToken: index), tree.sentence.words[word].tag == .adjective,
            tree.relation(word) == "amod", let head = tree.head(word), head > word, tree.tokenOfWord[head] >= 0,
            tree.sentence.words[..<word].contains(where: { $0.tag == .verb || $0.tag == .auxiliary })
        else { return false }
        let headToken = tree.tokenOfWord[head]
        return dictionaries.agentIndex.longestMatch(ids, at: headToken) == nil
            && dictionaries.actorIndex.longestMatch(ids, at: headToken) == nil
    }

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
        guard flag.contains(.personPronoun) || flag.contains(.itPronoun) || flag.contains(.theyPronoun)
            || (flag.contains(.speakerPronoun) && !context.speaker.isEmpty)
        else { return nil }
        let word = text(index..<(index + 1))
        let id = ids[index]
        let known = functionWords.known
        let possessive = id == known.its || id == known.his || id == known.their || id == known.her || id == known.our
        let object = id == functionWords.known.him || id == functionWords.known.them
        if object { return nil }
        // "his Argentine counterpart": the possessed is of the state named after the pronoun, not of its referent.
        if possessive, index + 1 < count, isCapitalised(index + 1),
            dictionaries.actorIndex.longestMatch(ids, at: index + 1) != nil || countryTableMention(at: index + 1) != nil
        {
            return nil
        }
        if possessive, !flag.contains(.speakerPronoun) {
            // Before a verb noun or an agent that is a clause's subject, with at most two plain words between ("its
            // subsequent attack on"; "said its troops had crossed": the state's own troops). An agent as object
            // stays a word a pattern may read ("withdrew its ambassador", `* AMBASSADOR [161]`).
            var probe = index + 1
            let agentLength = { (position: Int) in self.dictionaries.agentIndex.longestMatch(self.ids, at: position)?.length ?? 0 }
            while probe < count, probe <= index + 3, !verbStarts[probe], agentLength(probe) == 0, isPlain(probe) { probe += 1 }
            guard probe < count, verbStarts[probe] || (agentLength(probe) > 0 && isTreeSubject(probe + agentLength(probe) - 1))
                || possessesTreeSubject(index)
            else {
                return nil
            }
        } else if index > 0, flags[index - 1].contains(.preposition) || verbStarts[index - 1], !isTreeSubject(index) {
            return nil  // an object: "use it for", "to it"; but "said it would" opens a clause whose subject it is
        }
        if flag.contains(.speakerPronoun) {
            return Mention(
                start: index, end: index + 1, actorCodes: context.speaker, agent: -1,
                entry: "'\(word)' → \(context.speaker.joined(separator: "/")) (who is quoted)", isNull: false, isPronoun: true)
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

    /// "China said it would hold talks": an "it" the tree makes the subject of a clause that a verb of the same
    /// sentence governs speaks of an actor that sentence named. Resolved even where pronouns are left alone
    /// (PETRARCH's options): it needs nothing from the sentences before.
    func isReportedSubject(_ index: Int) -> Bool {
        guard flags[index].contains(.itPronoun), ids[index] != functionWords.known.its, let tree, let word = tree.word(ofToken: index),
            tree.relation(word) == "nsubj", let clause = tree.head(word)
        else { return false }
        return tree.relation(clause) == "ccomp"
    }

    /// Whether the tree makes the token a subject ("China said it would hold talks").
    func isTreeSubject(_ index: Int) -> Bool {
        guard let tree, let word = tree.word(ofToken: index) else { return false }
        return tree.relation(word).hasPrefix("nsubj")
    }

    /// "said its air defences had shot down": a possessive pronoun whose noun is a clause's subject names who acts,
    /// whatever the noun ("defences" is no agent of the dictionaries).
    func possessesTreeSubject(_ index: Int) -> Bool {
        guard let tree, let word = tree.word(ofToken: index), tree.relation(word) == "nmod:poss",
            let head = tree.head(word)
        else { return false }
        return tree.relation(head).hasPrefix("nsubj")
    }

    /// After a hyphen, words that make the state before them the leader or owner of what the word modifies.
    static let wordsOfBelonging: Set<String> = ["led", "flagged", "registered", "owned"]

    /// Titles before a person's given name, which may also name a place.
    static let personalTitles: Set<String> = ["SHEIKH", "SHEIK", "SHAIKH", "SHEIKHA"]
    /// The United States' demonym, which is also the continents'.
    static let continentalAmericans: Set<String> = ["AMERICAN", "AMERICANS"]
    /// The parts of the Americas named before it, capitalised: "South American" is of the continent.
    static let partsOfTheAmericas: Set<String> = ["South", "North", "Central", "Latin"]

    /// "Sino-Soviet", "Russia-Pakistan", "China-Russia-Pakistan": a hyphenated word whose parts are each a
    /// one-word actor stands for those actors as a compound (one actor when they are the same state); so does
    /// "Saudi-led", the leader of what it modifies, and "British-flagged", its owner.
    /// A state named as the actor dictionaries do not write it but Entente's country table does ("a Slovenian
    /// proposal", "North Macedonia"), written with a capital; nil otherwise.
    func countryTableMention(at index: Int) -> Mention? {
        guard let match = dictionaries.countryIndex.longestMatch(ids, at: index),
            (index..<(index + match.length)).allSatisfy({ isCapitalised($0) })
        else { return nil }
        let code = dictionaries.countryCodes[Int(match.payloads.first!.payload)]
        return Mention(
            start: index, end: index + match.length, actorCodes: [code], agent: -1,
            entry: "\(text(index..<(index + match.length))) (Entente's country table)", isNull: false)
    }

    /// "North and South Korea": a capitalised word joined by "and" to a two-word name of an actor, that with the name's
    /// last word names an actor too ("North Korea"), is that actor — the two names share their last word. Nil
    /// otherwise.
    func sharedLastWordMention(at index: Int) -> Mention? {
        guard index + 3 < count, tokens[index].kind == .word, isCapitalised(index), isCapitalised(index + 2),
            text((index + 1)..<(index + 2)) == "and",
            dictionaries.actorIndex.longestMatch(ids, at: index + 2)?.length == 2,
            let match = dictionaries.actorIndex.longestMatch([ids[index], ids[index + 3]], at: 0), match.length == 2
        else { return nil }
        let entries = match.payloads.map { dictionaries.actorEntries[Int($0.payload)] }
        guard let entry = entries.first(where: { $0.code(on: day) != nil }), let code = entry.code(on: day),
            !code.hasPrefix("---")
        else { return nil }
        return Mention(
            start: index, end: index + 1, actorCodes: code.split(separator: "/").map(String.init), agent: -1,
            entry: "\(entry.name) (line \(entry.line)), its last word shared with the name after 'and'", isNull: false)
    }

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
        // "Saudi-led forces", "Vietnamese-led troops": the state that leads them acts through them; a
        // "British-flagged tanker", a "Chinese-owned company" is the state's.
        if parts.count >= 2, let last = parts.last,
            Self.wordsOfBelonging.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self).lowercased())
        {
            parts.removeLast()
        }
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

    /// Whether a short word written in title case ("Un", not "UN") follows a capitalised word that is no actor's name:
    /// the last part of a person's name ("Kim Jong Un"), not an acronym.
    func endsAPersonsName(_ index: Int) -> Bool {
        let token = tokens[index]
        guard index > 0, isCapitalised(index), token.end - token.start > 1, isCapitalised(index - 1),
            bytes[Int(token.start) + 1] >= 0x61 && bytes[Int(token.start) + 1] <= 0x7A
        else { return false }
        return dictionaries.actorIndex.longestMatch(ids, at: index - 1) == nil && dictionaries.agentIndex.longestMatch(ids, at: index - 1) == nil
    }

    /// Whether the token goes on with a person's name: a capitalised word that starts no actor's or agent's name and
    /// is no day, month or number of a reign ("Abdullah II"), or a name's particle ("al-Ani", "bin", "ibn").
    func continuesAName(_ index: Int) -> Bool {
        guard index < count, tokens[index].kind == .word, !flags[index].contains(.time) else { return false }
        let word = text(index..<(index + 1))
        if ["bin", "ibn"].contains(word) || (["al-", "el-"].contains { word.hasPrefix($0) } && word.count > 3) { return true }
        guard isCapitalised(index) else { return false }
        if word.allSatisfy({ "IVX".contains($0) }) { return false }
        return dictionaries.actorIndex.longestMatch(ids, at: index) == nil && dictionaries.agentIndex.longestMatch(ids, at: index) == nil
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
}
