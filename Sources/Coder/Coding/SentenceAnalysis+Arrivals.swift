import EntenteParser

extension SentenceAnalysis {
    /// Peacekeepers arriving: a state's troops or police landing, arriving or flying into another state as a
    /// peacekeeping or intervention force are CAMEO's 074 ("provide military protection or peacekeeping") by their
    /// state, and 0861 ("receive deployment of peacekeepers") by the state they arrive in — "The first Ugandan
    /// soldiers of the African Union peacekeeping mission landed at Mogadishu airport", "Hundreds of Australian
    /// soldiers and police landed in the Solomon Islands …, invited by Prime Minister Allan Kemakeza to restore
    /// order". The sentence must say what the force is for (``peacekeepingWords``): troops landing in a state are
    /// otherwise as likely an invasion. The parse often hangs the arrival on the force as a participle
    /// ("soldiers … landed" read as "soldiers who landed"), so the force is the verb's subject or the noun it hangs
    /// from. The verb's other events give way.
    ///
    /// - Complexity: O(v × w) for v verbs and the w words of their phrases.
    func codePeacekeepingArrivals(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        let forms = Set(tree.sentence.words.indices.map { tree.form($0) })
        // "… landed …, beginning a mission to restore law and order".
        guard !forms.isDisjoint(with: Self.peacekeepingWords) || (!forms.isDisjoint(with: Self.restoringWords) && forms.contains("order"))
        else { return found }
        var result = found
        for (verbIndex, verb) in verbs.enumerated() where !verb.nominal {
            guard let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
                Self.arrivalForms.contains(tree.form(word)),
                let force = arrivingForce(of: word, tree: tree)
            else { continue }
            let phrase = tree.descendants(of: [force], skipping: Self.forcePhraseBoundaries)
            guard phrase.contains(where: { Self.forceWords.contains(tree.form($0)) }) else { continue }
            var senders: [CodedActor] = []
            for slot in Set(phrase.compactMap { slotOfWord($0, tree: tree) }).sorted() {
                for actor in actors(of: slot) where !isNull(actor.code) && Self.stateSector(actor.code) != nil {
                    var state = actor
                    state.code = String(actor.code.prefix(3))
                    if !senders.contains(where: { $0.code == state.code }) { senders.append(state) }
                }
            }
            let places = tree.dependents(of: word, ["obl"]).filter { Self.arrivalMarkers.contains(tree.caseMarker(of: $0) ?? "") }
            let hosts = places.flatMap { place in
                tree.descendants(of: [place], skipping: Self.forcePhraseBoundaries).compactMap { slotOfWord($0, tree: tree) }
            }
            guard var host = hosts.lazy.flatMap({ self.actors(of: $0) })
                .first(where: { !self.isNull($0.code) && Self.stateSector($0.code) != nil && !senders.map(\.code).contains(String($0.code.prefix(3))) })
            else { continue }
            host.code = String(host.code.prefix(3))
            let arrivals = senders.filter { $0.code != host.code }
            guard !arrivals.isEmpty else { continue }
            var evidence = found.first { $0.verbIndex == verbIndex }?.evidence ?? ownEvidence(of: verb, rule: "tree")
            evidence.pattern = nil
            evidence.sourceRule += " + peacekeepers arriving"
            result.removeAll { $0.verbIndex == verbIndex }
            for sender in arrivals {
                result.append(Found(source: sender, target: host, code: "074", evidence: evidence, verbIndex: verbIndex))
                result.append(Found(source: host, target: sender, code: "0861", evidence: evidence, verbIndex: verbIndex))
            }
        }
        return result
    }

    /// The noun phrase of who arrives: the verb's subject, else the noun the parse hung the verb on ("soldiers …
    /// landed" as a participle). A quantity ("the first of 2,000 troops", "hundreds of soldiers") stands for the
    /// noun its "of" names; a phrase inside a force's own ("the first Ugandan soldiers of an African Union
    /// peacekeeping force", "troops … from Australia, New Zealand and several Pacific island nations") for that force.
    private func arrivingForce(of word: Int, tree: TokenTree) -> Int? {
        var force = tree.dependents(of: word, ["nsubj"]).first
        // "Brazilian soldiers began arriving in Port-au-Prince": the subject of the verb it completes.
        if force == nil, tree.relation(word) == "xcomp", let head = tree.head(word) { force = tree.dependents(of: head, ["nsubj"]).first }
        if force == nil, tree.relation(word).hasPrefix("acl"), let head = tree.head(word), head < word { force = head }
        guard let noun = force else { return nil }
        var outermost: Int?
        var current = noun
        for _ in 0..<4 {
            if Self.forceWords.contains(tree.form(current)) { outermost = current }
            guard let head = tree.head(current),
                Self.insideAPhrase.contains(tree.relation(current)) || (tree.relation(current) == "obj" && tree.relation(head) == "acl")
            else { break }
            current = head
        }
        if let outermost { return outermost }
        return tree.dependents(of: noun, ["nmod"]).first { tree.caseMarker(of: $0) == "of" && Self.forceWords.contains(tree.form($0)) }
    }

    /// Relations by which a noun stands inside a larger noun phrase (an "-ing" modifier the parse read as a clause
    /// too: "soldiers of a peacekeeping force").
    private static let insideAPhrase: Set<String> = ["nmod", "conj", "acl", "obl"]

    /// Forms of arriving somewhere (with "in", "at", "into", "on").
    static let arrivalForms = Inflection.lowerCaseForms(of: ["land", "arrive", "fly"], irregular: ["flew", "flown"])
    /// The prepositions of where a force arrives.
    private static let arrivalMarkers: Set<String> = ["in", "at", "into", "on", "to"]
    /// Words saying a force comes to keep the peace or at a government's request, not to invade (or that it comes to
    /// restore order).
    static let peacekeepingWords: Set<String> = [
        "peacekeeping", "peacekeepers", "peacekeeper", "peace-keeping", "intervention", "multinational", "stabilisation",
        "stabilization", "invitation", "invited",
    ]
    private static let restoringWords: Set<String> = ["restore", "restoring"]
    /// Nouns of armed forces and police that arrive as a force: those sent to a border (``forceNouns``), and police,
    /// peacekeepers and the words of a force's parts.
    private static let forceWords = forceNouns.union([
        "police", "policemen", "peacekeepers", "force", "contingent", "marines", "paratroopers",
    ])
    /// Relations below a force's noun that leave its phrase for another clause (a list's conjuncts stay: "troops
    /// and police from Australia, New Zealand and …").
    private static let forcePhraseBoundaries: Set<String> = ["parataxis", "acl", "acl:relcl", "advcl", "appos"]
}
