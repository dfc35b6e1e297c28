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
            guard text(index..<(index + 1)) == "," else { continue }
            let article = ["a", "an"].contains(text((index + 1)..<(index + 2)).lowercased())
            guard article || Self.reactionNouns.contains(text((index + 1)..<(index + 2)).lowercased()) else { continue }
            var noun = article ? index + 2 : index + 1
            while noun < count, noun < index + 5, !Self.reactionNouns.contains(text(noun..<(noun + 1)).lowercased()) { noun += 1 }
            guard noun < index + 5, noun + 2 < count else { continue }
            var start = noun + 1
            if ["that", "which"].contains(text(start..<(start + 1)).lowercased()) { start += 1 }
            if start < count, slotAt[start] < 0, text(start..<(start + 1)).lowercased() == "the" { start += 1 }
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
            let verb = verbs[verbIndex]
            let form = dictionaries.forms[Int(verb.form)]
            let block = dictionaries.blocks[Int(form.block)]
            let evidence = Evidence(
                verb: text(verb.start..<verb.end), verbBlock: "\(block.name) \(block.codes?.description ?? "[---]")",
                pattern: nil, dictionary: nil, dictionaryLine: nil, sourceRule: "a reaction named after the act",
                verbOffset: Int(tokens[verb.start].start))
            // The noun names the act before, not one of its own ("charges" is no `BLAME` of its own).
            result.removeAll { $0.verbIndex == verbIndex || verbs[$0.verbIndex].start == noun }
            for reactor in reactors where reactor.code.prefix(3) != answered.code.prefix(3) {
                result.append(Found(source: reactor, target: answered, code: code, evidence: evidence, verbIndex: verbIndex))
            }
        }
        return result
    }

    /// The first actor of a state or body named before a token.
    private func firstActor(before token: Int) -> CodedActor? {
        slots.first { $0.start < token && $0.members.contains(where: \.namesActor) }
            .flatMap { slot in actors(of: slots.firstIndex { $0.start == slot.start }!).first { !isNull($0.code) } }
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
