
extension SentenceAnalysis {
    /// Matches a pattern around a verb: upper elements backwards from the verb, lower ones forwards, each within
    /// its gap. With a `scope` from the tree (``patternScope(of:)``) only the tokens of the verb's own phrases
    /// count, and the gaps are counted in them. Without one (no parse) the words around the verb do: a lower
    /// element looks no further than the next verb that codes something of its own (`laterVerbs`, their starts),
    /// so "moving closer to each other, because of differences between Washington and Islamabad" does not reach
    /// the second verb's "between"; a word of the pattern may be that verb itself ("receive … military aid … from
    /// the US"), and the search goes on past it.
    func match(_ pattern: FlatPattern, verb: VerbHit, laterVerbs: [Int], scope: PatternScope? = nil, plurals: Bool = false) -> PatternMatch? {
        var result = PatternMatch()
        let elements = dictionaries.patternElements
        // Upper: backwards.
        var position = verb.start - 1
        for elementIndex in Int(pattern.upperStart)..<Int(pattern.upperStart + pattern.upperCount) {
            let element = elements[elementIndex]
            var found = false
            var probe = position
            var gap: Int32 = 0
            while probe >= 0 {
                if let upper = scope?.upper {
                    if !upper[probe] {
                        probe -= 1
                        continue
                    }
                } else if isPatternBarrier(probe, verb: verb) {
                    break
                }
                if gap > element.maxGap { break }
                if let start = matchEnding(at: probe, element, &result, upper: true) {
                    position = start - 1
                    found = true
                    break
                }
                probe -= 1
                gap += 1
            }
            if !found { return nil }
        }
        position = scope?.lowerStart ?? verb.end
        // Actors of the pattern stand before any subordinate clause's opening ("…, because of differences between
        // Washington and Islamabad").
        var opener = verb.end
        if scope?.lower == nil {
            while opener < count, !flags[opener].contains(.clauseOpener) { opener += 1 }
        }
        let lowerScope = pattern.particlesOnly ? scope?.ownLower ?? scope?.lower : scope?.lower
        var matchedLower: [Int] = []
        for elementIndex in Int(pattern.lowerStart)..<Int(pattern.lowerStart + pattern.lowerCount) {
            let element = elements[elementIndex]
            var found = false
            var probe = position
            var gap: Int32 = 0
            let limit: Int
            if lowerScope != nil {
                limit = count - 1
            } else {
                let nextVerb = laterVerbs.first { $0 >= position } ?? count
                switch element.kind {
                case .source, .target, .skip, .compound: limit = min(nextVerb, opener) - 1
                default: limit = min(count - 1, nextVerb)
                }
            }
            while probe <= limit {
                if let lower = lowerScope {
                    if !lower[probe] {
                        probe += 1
                        continue
                    }
                } else if isPatternBarrier(probe, verb: verb) {
                    break
                }
                if gap > element.maxGap { break }
                // A passive's agent is read after the pattern's own "by" only.
                if let agent = scope?.agent, agent[probe], !isBy(probe), !matchedLower.contains(where: isBy) {
                    probe += 1
                    gap += 1
                    continue
                }
                if lowerScope != nil, !opensPhraseOfPattern(probe, verb: verb, matched: matchedLower) {
                    probe += 1
                    gap += 1
                    continue
                }
                if let end = matchStarting(at: probe, element, &result, plurals: plurals) {
                    matchedLower.append(contentsOf: probe..<end)
                    switch element.kind {
                    case .word, .synset: result.wordsAfterVerb.append(contentsOf: probe..<end)
                    default: break
                    }
                    position = end
                    found = true
                    break
                }
                probe += 1
                gap += 1
            }
            if !found { return nil }
        }
        if lowerScope != nil, let last = matchedLower.last, qualifiesAnActor(last, matched: matchedLower) { return nil }
        return result
    }

    /// Whether a token is the word "by".
    func isBy(_ token: Int) -> Bool { text(token..<(token + 1)).lowercased() == "by" }

    /// Whether the token that ends a pattern's words after the verb only qualifies an actor after it, outside the
    /// pattern: "released a British-Iranian aid worker" is no `* AID [070]` but the worker's release; the pattern
    /// names a thing, the words name a person.
    func qualifiesAnActor(_ position: Int, matched: [Int]) -> Bool {
        guard let tree, let word = tree.word(ofToken: position), tree.relation(word) == "compound", let head = tree.head(word),
            head > word, !matched.contains(tree.tokenOfWord[head])
        else { return false }
        let token = tree.tokenOfWord[head]
        return token >= 0 && slotAt[token] >= 0
    }

    /// Whether a token may stand for a pattern's word after the verb, as the tree hangs it: a preposition must open
    /// a phrase of the verb or of a word the pattern has matched so far, not one inside another phrase — "lodged a
    /// protest with Pakistan over the killing of two soldiers" is no `* PROTEST (OF) [140]`, whose "of" belongs to
    /// "the killing". Other words, and every word without a tree, may.
    func opensPhraseOfPattern(_ position: Int, verb: VerbHit, matched: [Int]) -> Bool {
        guard let tree, let word = tree.word(ofToken: position), tree.relation(word) == "case",
            let object = tree.head(word), let governor = tree.head(object)
        else { return true }
        if let verbWord = treeWord(of: verb), governor == verbWord { return true }
        // A phrase of time takes no phrase of its own: "arrived … on Monday for a state visit" hangs "for" there by
        // the parse's mistake.
        if matched.contains(tree.tokenOfWord[governor]) || isTime(governor, tree: tree) { return true }
        // The governor is a phrase with a preposition the pattern did not match ("over the killing"): out of reach.
        let markers = tree.children[governor].filter { tree.relation($0) == "case" }
        return markers.isEmpty || markers.contains { matched.contains(tree.tokenOfWord[$0]) }
    }

    /// Where a pattern stops looking: `;`, `:` and dashes; and the brackets around a verb inside brackets ("(after
    /// the Sino-Soviet split) and by … alliance with India"), not those of an acronym ("the European Union (EU)").
    func isPatternBarrier(_ position: Int, verb: VerbHit) -> Bool {
        guard flags[position].contains(.clauseBreak) else { return false }
        let id = ids[position]
        if id == functionWords.known.quote { return false }
        let open = functionWords.known.open
        let close = functionWords.known.close
        if id == open || id == close {
            var depth = 0
            for index in 0..<verb.start {
                if ids[index] == open { depth += 1 } else if ids[index] == close { depth = max(0, depth - 1) }
            }
            return depth > 0
        }
        return true
    }

    /// Matches `element` ending at `position`; returns where the match starts.
    func matchEnding(at position: Int, _ element: PatternElement, _ result: inout PatternMatch, upper: Bool) -> Int? {
        switch element.kind {
        case .word(let id):
            guard ids[position] == id && !isInfinitiveMarker(position) && !isInActorName(position) else { return nil }
            if isAgentOfStateActor(position) { result.namesActorsAgent = true }
            return position
        case .synset(let synset):
            guard !isInActorName(position) else { return nil }
            let index = dictionaries.synsetIndexes[Int(synset)]
            for start in stride(from: position, through: max(0, position - 5), by: -1) {
                for entry in index.allMatches(ids, at: start) where start + Int(entry.length) - 1 == position {
                    if isAgentOfStateActor(position) { result.namesActorsAgent = true }
                    return start
                }
            }
            return nil
        case .source, .target, .skip, .compound:
            let slot = Int(slotEnding[position])
            guard slot >= 0 else { return nil }
            assign(element.kind, slot: slot, &result, beforeVerb: true)
            return slots[slot].start
        }
    }

    /// Matches `element` starting at `position`; returns where the match ends.
    func matchStarting(at position: Int, _ element: PatternElement, _ result: inout PatternMatch, plurals: Bool = false) -> Int? {
        switch element.kind {
        case .word(let id):
            guard matches(position, id, plurals: plurals) && !isInfinitiveMarker(position) && !isInActorName(position) else { return nil }
            if isAgentOfStateActor(position) { result.namesActorsAgent = true }
            return position + 1
        case .synset(let synset):
            guard !isInActorName(position) else { return nil }
            let index = dictionaries.synsetIndexes[Int(synset)]
            guard let match = index.longestMatch(ids, at: position) else {
                // "signed a gas supply deal": a near synonym of the synset's head heading an object.
                guard plurals, isNearSynonym(position, of: Int(synset)) else { return nil }
                return position + 1
            }
            if isAgentOfStateActor(position) { result.namesActorsAgent = true }
            return position + match.length
        case .source, .target, .skip, .compound:
            let slot = Int(slotStarting[position])
            guard slot >= 0 else { return nil }
            assign(element.kind, slot: slot, &result, beforeVerb: false)
            return slots[slot].end
        }
    }

    /// Whether a pattern names after its verb a word whose plural or singular the sentence holds (``alternativeIds``):
    /// the only patterns a second, plural pass can fit that the first did not.
    func namesAlternative(_ pattern: FlatPattern) -> Bool {
        let elements = dictionaries.patternElements
        for index in Int(pattern.lowerStart)..<Int(pattern.lowerStart + pattern.lowerCount) {
            if case .word(let id) = elements[index].kind, alternativeIds.contains(id) { return true }
            if case .synset(let synset) = elements[index].kind, nearSynsets.contains(Int(synset)) { return true }
        }
        return false
    }

    /// Whether the token is a near synonym of the synset's head (``DictionarySet/nearSynonyms``) heading an object of
    /// a verb in the tree: "signed a deal" for `&TREATY`; not "a good deal of".
    func isNearSynonym(_ position: Int, of synset: Int) -> Bool {
        guard options.readsNearSynonyms, dictionaries.nearSynsets[ids[position]] == synset, let tree,
            let word = tree.word(ofToken: position)
        else { return false }
        return tree.relation(word) == "obj"
    }

    /// Whether the token is the pattern's word, or with `plurals` its regular plural or singular heading an object of
    /// a verb ("recalled their ambassadors"; "received the Spanish prime minister" for `MINISTERS`); elsewhere it is
    /// not (`- * (IN RAID) [1711]` is an idiom of seizing, no arrest "in raids").
    func matches(_ position: Int, _ id: Int32, plurals: Bool) -> Bool {
        if ids[position] == id { return true }
        guard plurals, id >= 0, isPluralOrSingular(position, of: id) || isNearWord(position, for: id), let tree,
            let word = tree.word(ofToken: position)
        else { return false }
        return tree.relation(word) == "obj"
    }

    /// Whether the token is the regular plural or singular of the pattern word `id` (none read without
    /// ``Coder/Options/matchesPlurals``).
    func isPluralOrSingular(_ position: Int, of id: Int32) -> Bool {
        position < singularIds.count && (singularIds[position] == id || pluralIds[position] == id)
    }

    /// Whether the token is a word CAMEO counts as one with the pattern word `id` (``DictionarySet/nearWords``).
    func isNearWord(_ position: Int, for id: Int32) -> Bool {
        options.readsNearSynonyms && (dictionaries.nearWordIds[ids[position]]?.contains(id) ?? false)
    }

    /// Whether the token is inside an actor's name ("the Security Council", "Human Rights Watch"): a pattern's
    /// words name things said of actors, not the words of their names (`* &SECURITY [0234]` is no request for
    /// security in "requested a Security Council meeting"). Agents ("troops", `---MIL`) are matched as words.
    func isInActorName(_ position: Int) -> Bool {
        position < inActorName.count && inActorName[position]
    }

    /// Whether the token stands in a slot whose actors name a state or a body ("troops" in "Indian troops").
    func isAgentOfStateActor(_ position: Int) -> Bool {
        guard position < slotAt.count, slotAt[position] >= 0 else { return false }
        return slots[Int(slotAt[position])].members.contains { $0.hasState }
    }

    /// Marks the tokens of actors' names of more than one word that stand in a slot (for ``isInActorName(_:)``).
    mutating func markActorNames() {
        inActorName = [Bool](repeating: false, count: count)
        for mention in mentions where !mention.actorCodes.isEmpty && !mention.isPronoun && mention.end - mention.start > 1 {
            for position in mention.start..<min(mention.end, count) where slotAt[position] >= 0 { inActorName[position] = true }
        }
    }

    /// Whether the token is the `to` of an infinitive ("praised its efforts to end the conflict"), which the tree
    /// marks `mark`: a pattern's `TO` is the preposition (`* (TO) [043]`: "came to Moscow").
    func isInfinitiveMarker(_ position: Int) -> Bool {
        guard flags[position].contains(.to), let tree, let word = tree.word(ofToken: position) else { return false }
        return tree.relation(word) == "mark"
    }

    func assign(_ kind: PatternElement.Kind, slot: Int, _ result: inout PatternMatch, beforeVerb: Bool) {
        switch kind {
        case .source:
            result.source = slot
            result.sourceAfterVerb = !beforeVerb
        case .target:
            result.target = slot
            result.targetBeforeVerb = beforeVerb
        case .compound:
            if slots[slot].members.count > 1 { result.compound = slot } else if beforeVerb { result.source = slot }
        default:
            break
        }
    }
}
