import EntenteParser

/// What a clause adjoined to a verb's clause says of the act it adjoins, read from the tree: its result, its reason or
/// its toll, none an act of its own; and whether an actor stands in a relative clause of the verb's phrase.
extension SentenceAnalysis {
    /// Whether the token lies in a relative clause below the verb, by the tree ("a law that Israel said …"); false
    /// without one, or where the verb is not above it.
    func isInRelativeClause(_ token: Int, below verb: VerbHit) -> Bool {
        guard let tree, let verbWord = treeWord(of: verb), var current = tree.word(ofToken: token) else { return false }
        var inRelative = false
        for _ in 0..<12 {
            if current == verbWord { return inRelative }
            guard let head = tree.head(current) else { return false }
            if tree.relation(current) == "acl:relcl" { inRelative = true }
            current = head
        }
        return false
    }

    /// Whether a verb is a participle adjoined to the clause before it, with an object and a predicate of that object
    /// ("…, leaving 20 soldiers dead", "…, leaving thousands homeless").
    func isResultClause(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word), head < word, tree.relation(word) == "advcl",
            isBareParticiple(word, tree: tree)
        else { return false }
        return !tree.dependents(of: word, ["obj"]).isEmpty
            && tree.dependents(of: word, ["xcomp"]).contains { tree.sentence.words[$0].tag == .adjective }
    }

    /// Whether a verb is a gerund after "for" saying why the verb above it acted on its object ("imposed sanctions on
    /// two Chinese companies for supplying drone parts to Iran", "praised Qatar for mediating"): the reason, alleged or
    /// granted, is no act the sentence reports (and its doer is the object, not the subject).
    func isReasonClause(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word), head < word,
            ["advcl", "acl"].contains(tree.relation(word)), tree.sentence.words[word].fineTag == "VBG",
            tree.hasMarker(word, in: ["for"], orCase: true)
        else { return false }
        let governor = tree.relation(word) == "acl" ? tree.head(head) ?? head : head
        return !tree.dependents(of: governor, ["obj", "iobj"]).isEmpty
    }

    /// Whether a verb is a participle that gives the grounds of the clause it adjoins: "…, citing Moscow's support
    /// for separatists", "…, citing security concerns". What is cited is the reason for the act, no act of the
    /// subject's (`EXPLAIN_VERBAL`'s `* SUPPORT [032]` would make it one).
    func isGroundsClause(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word), head < word,
            ["advcl", "acl", "conj"].contains(tree.relation(word)), tree.sentence.words[word].fineTag == "VBG"
        else { return false }
        return Self.citingParticiples.contains(tree.form(word))
    }

    static let citingParticiples: Set<String> = ["citing", "invoking", "quoting"]

    /// Whether a verb is a past participle the parse hung on the verb that ends right after the verb's "for" phrase,
    /// whose noun it modifies: "apologised for the damage inflicted on Libya" — what the apology is for, no act the
    /// sentence reports.
    func isParticipleOfAReason(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word), head < word,
            tree.relation(word) == "advcl", tree.sentence.words[word].fineTag == "VBN"
        else { return false }
        return tree.dependents(of: head, ["obl"]).contains { phrase in
            tree.caseMarker(of: phrase) == "for" && phrase < word
                && tree.descendants(of: [phrase], skipping: []).max() == word - 1
        }
    }

    /// Whether a verb says what a thing is for: the clause of a participle of purpose that modifies a noun ("a visit
    /// aimed at boosting trade", "agreements designed to curb smuggling", "talks intended to end the war"). The
    /// purpose is the thing's, no act the sentence reports; the thing itself (the visit, the agreements) is coded.
    func isPurposeOfAThing(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word),
            ["advcl", "xcomp"].contains(tree.relation(word)), Self.purposeParticiples.contains(tree.form(head)),
            tree.relation(head) == "acl"
        else { return false }
        return true
    }

    static let purposeParticiples: Set<String> = ["aimed", "designed", "intended", "meant", "geared"]

    /// Whether a verb is a participle of violence adjoined to a clause of violence: "shelled a South Korean island,
    /// killing two marines" is one attack, whose toll the participle tells (CAMEO codes the attack).
    func isViolenceOfViolence(_ verb: VerbHit, codes: EventCodes?, codesByVerb: [EventCodes?]) -> Bool {
        guard let tree, let word = treeWord(of: verb), let head = tree.head(word), head < word, tree.relation(word) == "advcl",
            isBareParticiple(word, tree: tree), let own = codes?.forward, Self.isViolence(own),
            let governing = verbIndexesByTreeWord()[head], let governingCode = codesByVerb[governing]?.forward
        else { return false }
        return Self.isViolence(governingCode)
    }

    /// CAMEO's assaults, fighting and mass violence (18–20).
    static func isViolence(_ code: String) -> Bool { ["18", "19", "20"].contains(code.prefix(2)) }
}
