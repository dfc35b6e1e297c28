import EntenteParser

extension SentenceAnalysis {
    /// What CAMEO makes of a verb's mood, read from the tree (``Coder/Options/readsModality``): a future act is an
    /// intent to act ("Finland will give Tanzania a grant" is 0331, not 071), a refused or negated future act a
    /// rejection ("would not meet" is 125), a statement that someone must act a demand ("said that Sudan must
    /// return the helicopter" is 10, refined by what is demanded), and a verb of refusal with no code of its own
    /// ("refused to commit troops") a rejection of what it refuses.
    ///
    /// - Returns: the codes to use, or nil to code nothing (a negated act that is no refusal).
    /// - Parameter dictionaryIntent: whether an intent (03) in `codes` is the dictionary's own, not a future act made one.
    func codesForMood(_ codes: EventCodes, of verb: VerbHit, negated: Bool, patternNamesNegation: Bool, dictionaryIntent: Bool) -> EventCodes? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), let forward = codes.forward ?? codes.reverse else {
            return negated && !patternNamesNegation ? nil : codes
        }
        if isWardedOff(word, tree: tree) || isCounterfactual(word, tree: tree) { return nil }
        let future = hasFutureAuxiliary(word, tree: tree)
        if negated && !patternNamesNegation {
            // "will not end their strike", "would not meet": refusing to do what cooperation would be.
            // So is a negated future intent the dictionary names ("will not accept any more refugees", `ACCEPT *
            // &REFUGEE [0333]`).
            guard future, Self.isCooperation(forward) || (dictionaryIntent && forward.hasPrefix("03")) else { return nil }
            return EventCodes(forward: EventCodes.composed(governing: "120", complement: forward) ?? "120")
        }
        if future, options.readsFutureAsIntent, Self.isCooperation(forward), !forward.hasPrefix("03") {
            return codes.asIntent
        }
        // "vowed to retaliate", "plans to send troops", "pledged to invest in Pakistan": what a verb of intention
        // governs has not happened. An intended act of force is a threat of it (CAMEO's 13: "vowed to retaliate
        // against the sanctions" is 138, not a fight); intended cooperation an intent (03). (Where the verb of
        // intention codes an event of its own, that event takes the complement's code and this one goes.)
        // So is force said to come ("will retaliate", "would strike back"): a warning, not a deed.
        // (Made only where force is threatened: this runs for every coded verb.)
        func threat() -> EventCodes {
            EventCodes(forward: Self.threatNamingNoMeans(EventCodes.composed(governing: "130", complement: forward) ?? "130", verbForm: tree.form(word)))
        }
        if options.readsFutureAsIntent, future, Self.isForce(forward) {
            return threat()
        }
        // "would slap 100 percent tariffs on 13 Japanese car models unless Tokyo opened its market", "could send forces
        // into Pakistani territory … if Islamabad did not act": an act against someone said to come on a condition
        // is a threat of it (CAMEO's 13), whatever it is.
        if options.readsFutureAsIntent, future || hasPossibility(word, tree: tree), isConditional(word, tree: tree),
            let threatened = Self.threatened(forward)
        {
            return EventCodes(forward: threatened)
        }
        if options.readsFutureAsIntent, isIntended(word, tree: tree, forDiplomacy: forward.hasPrefix("05")) {
            if Self.isForce(forward) { return threat() }
            if Self.isCooperation(forward) { return codes.asIntent }
        }
        // A speech verb's pattern may reach into the clause ("announced that X must agree to …", `* AGREE`): the
        // clause is still what is demanded.
        let form = dictionaries.forms[Int(verb.form)]
        let speaks = dictionaries.codes(of: form)?.forward?.hasPrefix("01") ?? false
        if forward.hasPrefix("01") || speaks, tree.children[word].contains(where: { tree.relation($0) == "ccomp" && hasObligation($0, tree: tree) }) {
            // "declared that China must drop barriers": a demand on the clause's subject.
            return EventCodes(forward: "100")
        }
        return codes
    }

    /// A threat of a conventional attack (1384) is a threat of force (138) when what is threatened is a retaliation
    /// or a response, which names no attack: "vowed to retaliate", "warned that it would respond with force" —
    /// Phoenix files `RETALIATE` among its verbs of fighting (190).
    static func threatNamingNoMeans(_ code: String, verbForm: String) -> String {
        code == "1384" && retaliationForms.contains(verbForm) ? "138" : code
    }
    static let retaliationForms: Set<String> = [
        "retaliate", "retaliates", "retaliated", "retaliating", "respond", "responds", "responded", "responding",
        "avenge", "avenges", "avenged", "avenging",
    ]

    /// The code of a verb of refusal that has none of its own ("refused to commit", "rejected calls for aid"):
    /// 120, when its block is one of refusal (``DictionarySet/blockRefuses``) and it governs an act (an infinitive
    /// or an object).
    func refusalCodes(of verb: VerbHit) -> EventCodes? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), dictionaries.blockRefuses[Int(dictionaries.forms[Int(verb.form)].block)]
        else { return nil }
        // "rejected as baseless allegations by Mumbai police", "rejected the accusations": an accusation rejected is
        // responsibility denied, CAMEO's 016 (as `- * ACCUSATIONS [016]  # DENY` reads it of "denied").
        if tree.dependents(of: word, ["obj", "obl"]).contains(where: { Self.accusationNouns.contains(tree.form($0)) }) {
            return EventCodes(forward: "016")
        }
        guard
            // (The parser sometimes hangs the infinitive refused as a purpose: "refused on Thursday to attend".)
            tree.children[word].contains(where: { child in
                ["obj", "ccomp"].contains(tree.relation(child)) || tree.isInfinitiveComplement(child)
            })
        else { return nil }
        // "Russia denied sending troops into Ukraine": denying having done something is denying responsibility, CAMEO's
        // 016 (as the dictionaries' `- * INVOLVEMENT [016]  # DENY`), not refusing an act (12).
        if Self.denialVerbs.contains(tree.form(word)),
            tree.children[word].contains(where: { ["xcomp", "ccomp"].contains(tree.relation($0)) && tree.form($0).hasSuffix("ing") })
        {
            return EventCodes(forward: "016")
        }
        return EventCodes(forward: "120")
    }

    static let denialVerbs: Set<String> = ["deny", "denies", "denied", "denying"]
    static let accusationNouns: Set<String> = [
        "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims",
    ]

    /// Whether a verb (or the verb it completes: "is ready to help") has "will", "would" or "shall" among its
    /// auxiliaries.
    func hasFutureAuxiliary(_ word: Int, tree: TokenTree) -> Bool {
        var current = word
        for _ in 0..<2 {
            if tree.children[current].contains(where: { tree.relation($0) == "aux" && Self.futureAuxiliaries.contains(tree.form($0)) }) {
                return true
            }
            guard tree.relation(current) == "xcomp", let head = tree.head(current) else { return false }
            current = head
        }
        return false
    }

    /// Whether the verb is the infinitive of a verb of intention: one of ``intentionVerbs`` ("vowed to", "plans
    /// to"), an adjective of ``readinessWords`` ("willing to") or one the dictionaries code as an intent ("pledged
    /// to", `PLEDGE [030]`).
    /// - Parameter forDiplomacy: the act is a word's cooperation (05): CAMEO reads being "willing to forgive" as the
    ///   forgiving (its example of 056), so a word of readiness makes no intent of it.
    func isIntended(_ word: Int, tree: TokenTree, forDiplomacy: Bool = false) -> Bool {
        guard tree.isInfinitiveComplement(word), let head = tree.head(word) else { return false }
        if Self.intentionVerbs.contains(tree.form(head)) || (!forDiplomacy && Self.readinessWords.contains(tree.form(head))) { return true }
        return verbs.contains { verb in
            guard treeWord(of: verb) == head else { return false }
            return ownCodes(of: verb)?.forward?.hasPrefix("03") ?? false
        }
    }

    /// Whether the verb is a gerund warned against or kept from, which has not happened: "warned the United States
    /// against arming Ukraine", "barred Iran from enriching uranium", "refrained from attacking". ("Benefited from
    /// buying arms" is a purchase: "from" wards off only after a verb of keeping from, ``preventionVerbs``.)
    func isWardedOff(_ word: Int, tree: TokenTree) -> Bool {
        guard tree.form(word).hasSuffix("ing"), let head = tree.head(word) else { return false }
        let markers = tree.children[word].filter { ["mark", "case"].contains(tree.relation($0)) }.map { tree.form($0) }
        if markers.contains("against") { return true }
        return markers.contains("from") && Self.preventionVerbs.contains(tree.form(head))
    }

    /// Whether the verb says what would have happened, and did not: "a resolution that would have imposed sanctions",
    /// "could have prevented" — a modal of the past ("would", "could", "might", "should") with "have".
    func isCounterfactual(_ word: Int, tree: TokenTree) -> Bool {
        let auxiliaries = tree.dependents(of: word, ["aux"]).map { tree.form($0) }
        return auxiliaries.contains("have") && auxiliaries.contains { Self.pastModals.contains($0) }
    }

    static let pastModals: Set<String> = ["would", "could", "might", "should", "'d"]

    /// The forms of English verbs that keep their object from doing what their "from" phrase names.
    static let preventionVerbs = Inflection.lowerCaseForms(
        of: ["bar", "ban", "prevent", "stop", "block", "prohibit", "refrain", "deter", "dissuade", "keep", "restrain", "forbid",
             "preclude", "discourage", "exclude", "hinder", "restrict"],
        irregular: ["barred", "barring", "banned", "banning", "stopped", "stopping", "kept", "forbade", "forbidden"])

    /// The forms of English verbs whose infinitive names what their subject means to do, not what it did.
    static let intentionVerbs = Inflection.lowerCaseForms(
        of: ["vow", "pledge", "promise", "plan", "intend", "want", "seek", "hope", "aim", "prepare", "decide", "resolve", "mean"],
        irregular: ["planned", "planning", "sought", "meant"])

    /// Adjectives whose infinitive names what their subject is ready to do, not what it did: "was willing to
    /// mediate" is an intent to mediate (039).
    static let readinessWords: Set<String> = ["willing", "ready", "prepared", "eager", "keen", "determined", "committed"]

    /// Force and its threat's acts: coercion (17) to mass violence (20), and protests (14) are not of it.
    /// The threat of an act against someone (CAMEO's 13), or nil for an act of another kind: sanctions (1312), aid cut
    /// (1311), relations cut (1313), other non-force (131), a show or use of force (138, or as composed), a coercion
    /// (137).
    static func threatened(_ code: String) -> String? {
        switch code.prefix(2) {
        case "16": code.hasPrefix("163") ? "1312" : code.hasPrefix("162") ? "1311" : code.hasPrefix("161") ? "1313" : "131"
        case "15": "138"
        case "17": "137"
        case "18", "19", "20": EventCodes.composed(governing: "130", complement: code) ?? "138"
        default: nil
        }
    }

    /// Whether a verb holds a clause of condition: "unless Tokyo opened its market", "if Islamabad did not act". (The
    /// parse may hang the condition after the verb on the verb that reports it, a step or two up.)
    func isConditional(_ word: Int, tree: TokenTree) -> Bool {
        sequence(first: word, next: { tree.head($0) }).prefix(3).contains { holder in
            tree.dependents(of: holder, ["advcl"]).contains { clause in
                (holder == word || clause > word) && tree.dependents(of: clause, ["mark"]).contains { ["if", "unless"].contains(tree.form($0)) }
            }
        }
    }

    /// Whether a verb says its act could come: "could", "might", "may".
    func hasPossibility(_ word: Int, tree: TokenTree) -> Bool {
        tree.children[word].contains { tree.relation($0) == "aux" && ["could", "might", "may"].contains(tree.form($0)) }
    }

    static func isForce(_ code: String) -> Bool {
        guard let root = Int(code.prefix(2)) else { return false }
        return (17...20).contains(root)
    }

    /// Whether a clause's verb says its subject must act ("must", "has to").
    func hasObligation(_ word: Int, tree: TokenTree) -> Bool {
        tree.children[word].contains { tree.relation($0) == "aux" && tree.form($0) == "must" }
    }

    static let futureAuxiliaries: Set<String> = ["will", "would", "shall", "'ll", "wo"]

    /// Cooperation, material or verbal, that an intent or a refusal can name: meeting (04) to yielding (08).
    static func isCooperation(_ code: String) -> Bool {
        guard let root = Int(code.prefix(2)) else { return false }
        return (4...8).contains(root)
    }
}
