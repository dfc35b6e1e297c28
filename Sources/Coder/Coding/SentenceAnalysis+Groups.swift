import EntenteModel
import EntenteParser

extension SentenceAnalysis {
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
                // "the Russian defence ministry": a state's adjective and its agent may have a word or two of what
                // the agent is for between them, nouns or adjectives by the tree, verb nouns among them ("defence"),
                // capitalised in a title ("Russian Defence Minister Sergei Shoigu") where the tree calls it no name;
                // never a verb ("Russia attacked soldiers").
                var modifiers = 0
                if !sawPossessive, candidate.actorCodes.isEmpty, members.count == 1, !last.actorCodes.isEmpty, !last.isPronoun {
                    while gap < candidate.start, modifiers < 2, tokens[gap].kind == .word, flags[gap].isEmpty,
                        let word = tree?.word(ofToken: gap), [.noun, .adjective].contains(tree!.sentence.words[word].tag)
                    {
                        gap += 1
                        modifiers += 1
                    }
                }
                guard gap == candidate.start else { break }
                let lastHasState = members.contains { !$0.actorCodes.isEmpty }
                if !candidate.actorCodes.isEmpty {
                    if !sawPossessive, members.count == 1, let branch = nationalBranch(of: candidate, after: members[0]) {
                        members = [branch]
                        next += 1
                        continue
                    }
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

    /// "the Pakistani Taliban": a group the dictionary files under one state (`AFGREB`), after the adjective of
    /// another state, is that state's branch of it — the adjective's state with the group's roles (`PAKREB`); after
    /// its own state's adjective ("the Afghan Taliban") it is the group as filed. Only after the state's adjective
    /// (its demonym: "US Taliban talks" are two actors) and where the group's code begins with a state's.
    func nationalBranch(of group: Mention, after adjective: Mention) -> Mention? {
        guard adjective.end == group.start, adjective.end - adjective.start == 1, !adjective.isPronoun,
            !group.isCompound, adjective.actorCodes.count == 1, let state = adjective.actorCodes.first, state.count == 3,
            let country = CountryResolver.standard.country(code: state),
            country.demonyms.contains(where: { $0.lowercased() == text(adjective.start..<adjective.end).lowercased() })
        else { return nil }
        let codes = group.actorCodes.compactMap { code -> String? in
            let filed = String(code.prefix(3))
            guard code.count > 3, CountryResolver.standard.country(code: filed) != nil else { return nil }
            return state + code.dropFirst(3)
        }
        guard codes.count == group.actorCodes.count else { return nil }
        var branch = group
        branch.start = adjective.start
        branch.actorCodes = codes
        branch.entry = "\(adjective.entry) + \(group.entry)"
        return branch
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
        // Several agents in one phrase: the one that holds the phrase's head speaks for it ("US Deputy Secretary of
        // Energy" is a secretary, GOV, not a deputy).
        var agents = members.filter { $0.agent >= 0 }
        if agents.count > 1, let head = phraseHead(from: members.first!.start, to: members.last!.end),
            let holder = agents.first(where: { $0.start <= head && head < $0.end })
        {
            agents = [holder]
        }
        for member in agents {
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

    /// The token of a phrase's syntactic head: the first token whose word's head lies outside the phrase.
    func phraseHead(from start: Int, to end: Int) -> Int? {
        guard let tree else { return nil }
        for token in start..<min(end, tree.wordOfToken.count) {
            let word = tree.wordOfToken[token]
            guard word >= 0 else { continue }
            guard let head = tree.head(word) else { return token }
            let headToken = tree.tokenOfWord[head]
            if headToken < start || headToken >= end { return token }
        }
        return nil
    }

    // MARK: Compounds

    /// "Indian and Pakistani troops" are Indian troops and Pakistani troops: an agent noun after conjoined
    /// adjectives of states belongs to each of them. Only where the tree makes every state word an adjective or a
    /// noun's modifier, and the last member is that word with its agent after it ("India and Pakistani troops"
    /// keeps India alone; without a parse nothing is shared).
    func sharingAgent(_ chain: [Group]) -> [Group] {
        guard chain.count > 1, let tree, let last = chain.last, last.hasState, !last.isNull else { return chain }
        let inLast = mentions.filter { $0.start >= last.start && $0.end <= last.end }
        guard let state = inLast.first(where: { !$0.actorCodes.isEmpty }), state.start == last.start else { return chain }
        let agents = inLast.filter { $0.agent >= 0 }
        guard !agents.isEmpty, agents.allSatisfy({ $0.start >= state.end }) else { return chain }
        // An adjective, or a modifier of a noun ("Kenyan" as the noun's `compound`, or a conjunct of one).
        func isAdjective(_ token: Int) -> Bool {
            guard let word = tree.word(ofToken: token) else { return false }
            if tree.sentence.words[word].tag == .adjective { return true }
            let relation = tree.relation(word)
            if TokenTree.nounModifierRelations.contains(relation) { return true }
            return relation == "conj" && (tree.head(word).map { TokenTree.nounModifierRelations.contains(tree.relation($0)) } ?? false)
        }
        guard isAdjective(state.end - 1) else { return chain }
        var prefixes: [String] = []
        var suffixes: [String] = []
        for agent in agents {
            let entry = dictionaries.agentEntries[Int(agent.agent)]
            if entry.isPrefix { prefixes.append(entry.code) } else { suffixes.append(entry.code) }
        }
        var shared = chain
        for index in shared.indices.dropLast() {
            let member = shared[index]
            let own = mentions.filter { $0.start >= member.start && $0.end <= member.end }
            guard member.hasState, !member.isNull, own.count == 1, own[0].agent < 0, isAdjective(member.end - 1) else { return chain }
            shared[index].codes = own[0].actorCodes.map { Self.compose($0, prefixes: prefixes, suffixes: suffixes) }
            shared[index].entries += agents.map(\.entry)
        }
        return shared
    }

    /// Whether a token is a capitalised word the parse calls a name and the dictionaries know as nothing.
    func isUnknownName(_ index: Int) -> Bool {
        guard isPlain(index), let tree, let word = tree.word(ofToken: index), tree.sentence.words[word].tag == .properNoun else { return false }
        return text(index..<(index + 1)).first?.isUppercase ?? false
    }

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
                // "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev": a name the
                // dictionaries do not know (a leader of another year) after an actor's title is the titled person.
                var names = 0
                while names < 3, position < groups[next].start, isUnknownName(position) {
                    position += 1
                    names += 1
                }
                while position < groups[next].start, flags[position].contains(.comma) || flags[position].contains(.conjunction) {
                    if flags[position].contains(.conjunction) { sawConjunction = true } else { sawComma = true }
                    position += 1
                }
                // A compound ("the two leaders", "Sino-Soviet") is a slot of its own: ", and the two leaders signed"
                // opens a clause, it does not join "Moscow" before it.
                guard sawConjunction || sawComma, groups[next].compoundCount <= 1 else { break }
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
            slots.append(Slot(start: chain.first!.start, end: chain.last!.end, members: sharingAgent(chain)))
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
                    // "a prison in northern Yemen": a part of the place named by its quarter is still the place.
                    while position < following.start,
                        flags[position].contains(.determiner) || Self.compassWords.contains(text(position..<(position + 1)).lowercased())
                    {
                        position += 1
                    }
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
        placeSlots()
        joinSubjectsByTree()
    }

    /// Marks each slot's tokens, first and last.
    private mutating func placeSlots() {
        for position in 0..<count {
            slotAt[position] = -1
            slotStarting[position] = -1
            slotEnding[position] = -1
        }
        for (index, slot) in slots.enumerated() {
            for position in slot.start..<slot.end { slotAt[position] = Int32(index) }
            slotStarting[slot.start] = Int32(index)
            slotEnding[slot.end - 1] = Int32(index)
        }
    }

    /// "Vietnamese Foreign Minister Nguyen Manh Cam and his Chinese counterpart Tang Jiaxuan signed a treaty":
    /// subjects the parse joins by a conjunction, each named by its own modifiers with a name no dictionary knows
    /// between them, act together as the actors written side by side do ("Vietnam and China signed"): one compound
    /// of the two slots, where they are next to each other and of different states.
    private mutating func joinSubjectsByTree() {
        guard let tree, slots.count > 1 else { return }
        for word in tree.forms.indices where ["nsubj", "nsubj:pass"].contains(tree.relation(word)) {
            guard let (firstSlots, firstMembers) = namingSlots(of: word, tree: tree) else { continue }
            let first = firstSlots.lowerBound
            var members = firstMembers
            var last = firstSlots.upperBound
            for conjunct in tree.dependents(of: word, ["conj"]) {
                let next = namingSlots(of: conjunct, tree: tree)
                // (A conjunct the words already joined: "Egyptian President Sisi, Sudan's Bashir and …".)
                if next?.slots.upperBound == last { continue }
                // Joined by the conjunct's own "and" or comma, standing between the two.
                guard let next, next.slots.lowerBound == last + 1,
                    tree.dependents(of: conjunct, ["cc", "punct"]).contains(where: { joiner in
                        (tree.relation(joiner) == "cc" || tree.form(joiner) == ",")
                            && tree.tokenOfWord[joiner] >= slots[last].end && tree.tokenOfWord[joiner] < slots[next.slots.lowerBound].start
                    })
                else { break }
                members += next.members
                last = next.slots.upperBound
            }
            guard last > first, Set(members.map { $0.codes[0].prefix(3) }).count == members.count else { continue }
            slots[first] = Slot(start: slots[first].start, end: slots[last].end, members: members)
            slots.removeSubrange((first + 1)...last)
            placeSlots()
        }
    }

    /// The slots naming a nominal by its own words or its modifiers of name and title, up to three steps down
    /// ("Nguyen" by "Vietnamese Foreign Minister", "Tang" by "his Chinese counterpart", "Rice" by "U.S. Secretary of
    /// State Condoleezza"), side by side, every member of each naming one and the same state ("his Croatian
    /// counterpart Jadranka Kosor": the adjective's slot and the name's, both Croatia's); and the nearest one's members.
    private func namingSlots(of word: Int, tree: TokenTree) -> (slots: ClosedRange<Int>, members: [Group])? {
        var words = [word]
        var level = [word]
        for _ in 0..<3 {
            level = level.flatMap { tree.dependents(of: $0, Self.nameModifierRelations) }
            words += level
        }
        let found = words.compactMap { slotOfWord($0, tree: tree) }
        guard let nearest = found.first, let low = found.min(), let high = found.max(), high - low < Set(found).count else { return nil }
        let members = (low...high).flatMap { slots[$0].members }
        guard members.allSatisfy(\.hasState), Set(members.flatMap { $0.codes.map { $0.prefix(3) } }).count == 1 else { return nil }
        return (low...high, slots[nearest].members)
    }

    static let nameModifierRelations = ["amod", "compound", "nmod:desc", "flat", "nmod:poss"]

    /// Words naming a quarter of a place ("northern Yemen", "south-eastern Turkey" is two words and a hyphen).
    static let compassWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    ]
}
