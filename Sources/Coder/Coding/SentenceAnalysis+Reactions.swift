import EntenteParser

/// Reactions news names after the act they answer, in an apposition: "Thailand has deported 109 Uighurs to China,
/// a move the United Nations refugee agency condemned", "Kathmandu has accused New Delhi of imposing a blockade, a
/// charge India denies". The parse rarely reads such a reduced relative clause right, so the words decide.
extension SentenceAnalysis {
    /// After a comma, "a" or "an", a noun that names an act or a claim (``reactionNouns``), an optional "that" or
    /// "which", an actor, and then (with an auxiliary or not) a verb with a code of its own: the actor reacts to
    /// whoever did or claimed the act — the source of the sentence's first event before the comma, else the first
    /// actor named — with the verb's code (its own, not a pattern's). Events the verb coded otherwise give way.
    func codeReactions(_ found: [Found]) -> [Found] {
        guard options.readsModality else { return found }
        var result = found
        var index = 0
        while index + 4 < count {
            defer { index += 1 }
            // ", a move …", or a plural with no article: ", charges that Kigali has repeatedly denied".
            guard flags[index].contains(.comma) else { continue }
            let article = ["a", "an"].contains(text((index + 1)..<(index + 2)).lowercased())
            guard article || Self.reactionNouns.contains(text((index + 1)..<(index + 2)).lowercased()) else { continue }
            var noun = article ? index + 2 : index + 1
            while noun < count, noun < index + 5, !Self.reactionNouns.contains(text(noun..<(noun + 1)).lowercased()) { noun += 1 }
            guard noun < index + 5, noun + 2 < count else { continue }
            var start = noun + 1
            if ["that", "which"].contains(text(start..<(start + 1)).lowercased()) { start += 1 }
            // ("a move that both Tbilisi and Chisinau have denounced".)
            if start < count, slotAt[start] < 0, ["the", "both"].contains(text(start..<(start + 1)).lowercased()) { start += 1 }
            // "the United Nations refugee agency": the actor's phrase may end in words that name no actor.
            guard start < count, slotAt[start] >= 0 else { continue }
            let slot = Int(slotAt[start])
            let reactors = actors(of: slot).filter { !isNull($0.code) }
            guard !reactors.isEmpty else { continue }
            var next = slots[slot].end
            // (The tagger may read the verb as a noun: "a charge India denies". An auxiliary or an adverb may come
            // between: "has repeatedly denied".)
            while next < count, next < slots[slot].end + 3, !verbs.contains(where: { $0.start == next }) { next += 1 }
            guard let verbIndex = verbs.firstIndex(where: { $0.start == next }) else { continue }
            // A claim rejected is denied: "a charge Islamabad dismissed as baseless", "charges that Kigali has
            // repeatedly denied" (CAMEO's 016, "discard or deny accusations or charges"; `REFUSE`, "deny"'s block,
            // has no code of its own).
            let claim = Self.claimNouns.contains(text(noun..<(noun + 1)).lowercased())
            let denial = claim && Self.denyingWords.contains(text(verbs[verbIndex].end - 1..<verbs[verbIndex].end).lowercased())
            // "a move the agency called a flagrant violation": what it is called says how it is judged.
            let naming = namingCall(verbs[verbIndex])
            guard var code = denial ? "016" : naming.map({ $0.forward }) ?? ownCodes(of: verbs[verbIndex])?.forward,
                Self.reactionFamilies.contains(code.prefix(2))
            else { continue }
            if claim, code.hasPrefix("11") || code.hasPrefix("12") { code = "016" }
            let earlier = found.first { verbs[$0.verbIndex].start < index && !isNull($0.source.code) }
            guard let answered = earlier?.source ?? firstActor(before: index) else { continue }
            let evidence = ownEvidence(of: verbs[verbIndex], rule: "a reaction named after the act")
            // The noun names the act before, not one of its own ("charges" is no `BLAME` of its own).
            result.removeAll { $0.verbIndex == verbIndex || verbs[$0.verbIndex].start == noun }
            for reactor in reactors where reactor.code.prefix(3) != answered.code.prefix(3) {
                result.append(Found(source: reactor, target: answered, code: code, evidence: evidence, verbIndex: verbIndex))
            }
        }
        return result
    }

    /// A reaction to an act the sentence has just told, its object a pronoun or a noun of that act: "American and
    /// British warplanes struck targets across Iraq …, and Baghdad denounced the raids"; "France carried out a nuclear
    /// test …, and Australia and New Zealand immediately condemned it". The reactor acts on whoever did the act — the
    /// sources of the events before it, else the first actor named — with its verb's own code (disapproval,
    /// rejection, praise), where the verb coded nothing of its own.
    func codeAnaphoricReactions(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        var result = found
        for (verbIndex, verb) in verbs.enumerated() where !verb.nominal {
            guard !found.contains(where: { $0.verbIndex == verbIndex && !isNull($0.target.code) }),
                let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
                let code = ownCodes(of: verb)?.forward, ["11", "12", "05"].contains(code.prefix(2)),
                let object = tree.dependents(of: word, ["obj"]).first,
                Self.actPronouns.contains(tree.form(object))
                    || ((Self.actNouns.contains(tree.form(object)) || verbs.contains { $0.nominal && treeWord(of: $0) == object })
                        && tree.dependents(of: object, ["det"]).contains { ["the", "this", "that", "these", "those"].contains(tree.form($0)) }
                        && slot(forWord: object, tree: tree) == nil),
                // The subject, or (a parse that lost it) the actors right before the verb, an adverb between or not.
                let reactorSlot = tree.dependents(of: word, ["nsubj"]).first.flatMap({ slot(forWord: $0, tree: tree) })
                    ?? slots.lastIndex(where: { $0.end == verb.start || ($0.end == verb.start - 1 && tree.word(ofToken: $0.end).map { tree.sentence.words[$0].tag == .adverb } == true) })
            else { continue }
            let reactors = actors(of: reactorSlot).filter { !isNull($0.code) }
            // Who did the act: the sources of the events before, else (an act on no one: "carried out a nuclear
            // test") the first actor named.
            let acts = found.filter { verbs[$0.verbIndex].start < verb.start && !$0.source.code.hasPrefix("---") }
            var answered: [CodedActor] = []
            for act in acts where !answered.contains(where: { $0.code == act.source.code }) { answered.append(act.source) }
            if answered.isEmpty, let first = firstActor(before: slots[reactorSlot].start) { answered = [first] }
            guard !reactors.isEmpty, !answered.isEmpty else { continue }
            let evidence = ownEvidence(of: verb, rule: "tree + a reaction to the act told before")
            for reactor in reactors {
                for doer in answered where doer.code.prefix(3) != reactor.code.prefix(3) {
                    result.append(Found(source: reactor, target: doer, code: code, evidence: evidence, verbIndex: verbIndex))
                }
            }
        }
        return result
    }

    /// A reaction an act draws "from" someone: "Thai soldiers began forcibly sending some 4,000 ethnic Hmong back to
    /// Laos, drawing sharp criticism from the United States", "…, drawing a sharp protest from Islamabad", "drew
    /// threats of retaliation from Moscow". Those named after "from" react to the act's doers (the sources of the
    /// events of the clause the verb of drawing hangs on, else its subject) by what the noun names: criticism or
    /// condemnation, 111; an official protest, 114; threats, 130. The verb's and the noun's own events go ("a sharp
    /// protest" is no protest by the act's doer).
    func codeReactionsDrawn(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree,
            tree.sentence.words.indices.contains(where: { Self.drawingForms.contains(tree.form($0)) })
        else { return found }
        var result = found
        let verbIndexes = verbIndexesByTreeWord()
        for word in tree.sentence.words.indices where Self.drawingForms.contains(tree.form(word)) && tree.sentence.words[word].tag == .verb {
            for object in tree.dependents(of: word, ["obj"]) {
                guard let code = Self.drawnReactionCodes[tree.form(object)] else { continue }
                let phrases = (tree.dependents(of: object, ["nmod"]) + tree.dependents(of: word, ["obl"])).filter { tree.caseMarker(of: $0) == "from" }
                let reactors = phrases.compactMap { slot(forWord: $0, tree: tree) }.flatMap { actors(of: $0) }.filter { !isNull($0.code) }
                guard !reactors.isEmpty, let clause = tree.head(word) else { continue }
                // (The parse may hang the participle low, "fired missiles at what it said were militant bases …,
                // drawing": the nearest clause above it that coded an event, else the first with a subject.)
                var chain: [Int] = []
                var next: Int? = clause
                while let above = next, chain.count < 8 { chain.append(above); next = tree.head(above) }
                var doers: [CodedActor] = []
                for above in chain where doers.isEmpty {
                    for event in found where treeWord(of: verbs[event.verbIndex]) == above && !isNull(event.source.code) {
                        if !doers.contains(where: { $0.code == event.source.code }) { doers.append(event.source) }
                    }
                }
                for above in chain where doers.isEmpty {
                    if let subject = tree.dependents(of: above, ["nsubj"]).first, let slot = slot(forWord: subject, tree: tree) {
                        doers = actors(of: slot).filter { !isNull($0.code) }
                    }
                }
                guard !doers.isEmpty, let verbIndex = verbIndexes[word] ?? verbIndexes[object] ?? verbIndexes[clause] else { continue }
                result.removeAll { event in
                    let eventWord = treeWord(of: verbs[event.verbIndex])
                    return eventWord == word || eventWord == object
                }
                let evidence = ownEvidence(of: verbs[verbIndex], rule: "tree + a reaction the act drew")
                for reactor in reactors {
                    for doer in doers where doer.code.prefix(3) != reactor.code.prefix(3)
                        && !result.contains(where: { $0.source.code == reactor.code && $0.target.code == doer.code && $0.code == code }) {
                        result.append(Found(source: reactor, target: doer, code: code, evidence: evidence, verbIndex: verbIndex))
                    }
                }
            }
        }
        return result
    }

    static let drawingForms = Inflection.lowerCaseForms(of: ["draw", "spark", "provoke", "trigger", "prompt", "earn", "attract"], irregular: ["drew", "drawn"])
    /// What a reaction drawn is, by its noun, in CAMEO's codes.
    static let drawnReactionCodes: [String: String] = [
        "criticism": "111", "condemnation": "111", "condemnations": "111", "rebuke": "111", "rebukes": "111", "censure": "111",
        "denunciation": "111", "denunciations": "111", "protest": "114", "protests": "114", "threats": "130", "threat": "130",
    ]

    static let actPronouns: Set<String> = ["it", "this", "them"]
    /// Nouns of acts the dictionaries do not list as verbs.
    static let actNouns: Set<String> = [
        "raids", "raid", "test", "tests", "move", "decision", "downing", "incursion", "incursions", "launch", "launches",
        "deployment", "annexation", "blockade", "executions", "execution", "detention", "detentions",
    ]

    /// A retaliation told by a participle beside the act it retaliates with is that act, not a fight of its own:
    /// "Russia banned imports of meat … from the United States, …, retaliating against Western sanctions over Ukraine"
    /// is the ban (163), not Phoenix's `RETALIATE` (190) on Ukraine. Where the clause the participle adjoins codes an
    /// event of its own, the participle's events go.
    func dropRetaliationsToldBesideTheirAct(_ found: [Found]) -> [Found] {
        guard let tree else { return found }
        let codedWords = Set(found.compactMap { treeWord(of: verbs[$0.verbIndex]) })
        return found.filter { event in
            guard let word = treeWord(of: verbs[event.verbIndex]), Self.retaliationForms.contains(tree.form(word)),
                tree.relation(word) == "advcl", tree.sentence.words[word].fineTag == "VBG", let clause = tree.head(word)
            else { return true }
            return !codedWords.contains(clause)
        }
    }

    /// The evidence of an event a rule codes from a verb with the verb's own block, no pattern.
    func ownEvidence(of verb: VerbHit, rule: String) -> Evidence {
        let block = dictionaries.blocks[Int(dictionaries.forms[Int(verb.form)].block)]
        return Evidence(
            verb: text(verb.start..<verb.end), verbBlock: "\(block.name) \(block.codes?.description ?? "[---]")",
            pattern: nil, dictionary: nil, dictionaryLine: nil, sourceRule: rule, verbOffset: Int(tokens[verb.start].start))
    }

    /// The first actor of a state or body named before a token.
    private func firstActor(before token: Int) -> CodedActor? {
        slots.firstIndex { $0.start < token && $0.members.contains(where: \.namesActor) }
            .flatMap { slot in actors(of: slot).first { !isNull($0.code) } }
    }

    /// Nouns that name an act or a claim another actor may answer.
    static let reactionNouns: Set<String> = claimNouns.union(["move", "moves", "step", "steps", "decision", "action", "measure", "measures"])
    static let denyingWords = Inflection.lowerCaseForms(of: ["deny", "dismiss", "reject", "refute", "rebuff"], irregular: ["denied", "denies"])
    /// Nouns that name a claim: rejected, it is denied.
    static let claimNouns: Set<String> = [
        "charge", "charges", "accusation", "accusations", "claim", "claims", "allegation", "allegations", "assertion",
    ]
    /// The families of a reaction's code: statements, denial (01), appeals, disapproval, rejection, praise and
    /// support (05), threats (13).
    static let reactionFamilies: Set<Substring> = ["01", "02", "05", "11", "12", "13"]
}
