extension SentenceAnalysis {
    /// CAMEO's codebook on 174 (expel or deport individuals): "Expulsion of diplomats constitute reduction of
    /// diplomatic relations and should be coded as … 161. Expulsion of peacekeepers, inspectors, or aid agencies"
    /// are 166's (1661 peacekeepers, 1662 inspectors or observers, 1663 aid agencies). An expulsion is coded by
    /// whom it expels, where the verb's object (or a passive's subject) names them: "expelled two Russian
    /// diplomats" is 161, "expelled the inspectors" 1662.
    ///
    /// - Complexity: O(e + w) for e events and the words of the objects read.
    func refineExpulsions(_ found: [Found]) -> [Found] {
        guard let tree else { return found }
        let found = forcesWithdrawn(ownEnvoysRecalled(refineWithdrawals(orderedToLeave(found, tree: tree), tree: tree)))
        guard found.contains(where: { $0.code == "174" }) else { return found }
        var result = found
        var codeOfVerb: [Int: String?] = [:]
        for index in result.indices where result[index].code == "174" {
            let verbIndex = result[index].verbIndex
            if codeOfVerb[verbIndex] == nil {
                codeOfVerb[verbIndex] = treeWord(of: verbs[verbIndex]).flatMap { expelled(by: $0, tree: tree) }
            }
            // (Else by the expelled actor's own words, where a pronoun stands for them: "declaring an Indian diplomat
            // persona non grata and ordering him to leave".)
            let words = Set(result[index].target.phrase.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            guard let code = (codeOfVerb[verbIndex] ?? nil) ?? (Self.namesDiplomats(words) ? "161" : nil) else { continue }
            result[index].code = code
            result[index].evidence.sourceRule += " + whom it expels"
        }
        return result
    }

    /// A state's own envoy recalled reduces its relations with the state the envoy is accredited "to": "Egypt's
    /// ambassador to Israel was recalled by Cairo" is Egypt's 161 on Israel, not on its own government.
    private func ownEnvoysRecalled(_ found: [Found]) -> [Found] {
        found.map { event in
            guard event.code == "161", !isNull(event.source.code), event.target.code.prefix(3) == event.source.code.prefix(3),
                let slot = recipientSlot(of: verbs[event.verbIndex], excluding: -1),
                let host = actors(of: slot).first(where: { $0.code.prefix(3) != event.source.code.prefix(3) })
            else { return event }
            var recall = event
            recall.target = host
            recall.evidence.sourceRule += " + the state its envoy is accredited to"
            return recall
        }
    }

    /// A force going out of a state is a military withdrawal, CAMEO's 0874 ("retreat or surrender militarily"): "the last
    /// Syrian soldiers pulled out of Lebanon", which Phoenix's `PULL OUT` codes as going somewhere (040), and "Chinese
    /// and Indian troops pulled back from a three-week stand-off", which `RETREAT` codes as yielding (080). Only where
    /// no pattern was read, and the source is a state's armed forces or what it withdraws is ("withdrew the last of
    /// its combat troops from Estonia").
    func forcesWithdrawn(_ found: [Found]) -> [Found] {
        guard let tree else { return found }
        return found.map { event in
            guard ["040", "080"].contains(event.code), event.evidence.pattern == nil,
                let word = treeWord(of: verbs[event.verbIndex]), Self.withdrawalVerbs.contains(tree.form(word)),
                Self.stateSector(event.source.code)?.hasPrefix("MIL") ?? false
                    || tree.descendants(of: tree.dependents(of: word, ["obj"]), skipping: Self.clausalRelations)
                        .contains(where: { Self.forceNouns.contains(tree.form($0)) })
            else { return event }
            var withdrawal = event
            withdrawal.code = "0874"
            withdrawal.evidence.sourceRule += " + forces withdrawn"
            return withdrawal
        }
    }

    /// 166 is also the guests' own withdrawal ("withdrawals by guest groups or organizations"): withdrawing
    /// peacekeepers is 1661, inspectors or observers 1662, aid workers 1663 — not a retreat (08) nor, said of the
    /// future, an intent to de-escalate (0356). Said of the future it is a threat: to halt international
    /// involvement, 136 ("will withdraw weapons inspectors and humanitarian workers from Iraq"), or, for
    /// peacekeepers, to stop aid, 1311 (CAMEO's 1311 counts peacekeeping as aid: "will withdraw their peacekeeping
    /// force from Chad unless …").
    private func refineWithdrawals(_ found: [Found], tree: TokenTree) -> [Found] {
        found.map { event in
            guard ["03", "08"].contains(event.code.prefix(2)), let word = treeWord(of: verbs[event.verbIndex]),
                Self.withdrawalVerbs.contains(tree.form(word)), let code = expelled(by: word, tree: tree),
                code.hasPrefix("166")
            else { return event }
            var withdrawal = event
            withdrawal.code = event.code.hasPrefix("03") ? (code == "1661" ? "1311" : "136") : code
            withdrawal.evidence.sourceRule += " + whom it withdraws"
            return withdrawal
        }
    }

    /// An order to leave is an expulsion (174, then refined by whom it expels): "ordered the Somali envoy to leave the
    /// country", "told the ambassador to depart", whatever the dictionaries make of the order or of its object
    /// (Phoenix's `ORDER * ENVOY [042:043]`).
    /// The expelled do not act back: the reverse of a pattern's two-way code (`[042:043]`) goes.
    /// So is declaring someone persona non grata ("declared the U.S. ambassador persona non grata", "was declared
    /// persona non grata by the Moldovan government").
    private func orderedToLeave(_ found: [Found], tree: TokenTree) -> [Found] {
        found.compactMap { event in
            guard let word = treeWord(of: verbs[event.verbIndex]), !isNull(event.target.code) else { return event }
            if Self.declaringVerbs.contains(tree.form(word)),
                tree.descendants(of: [word], skipping: Self.clausalRelations.subtracting(["xcomp"]).union(["conj"])).contains(where: { tree.form($0) == "grata" })
            {
                var expulsion = event
                expulsion.code = "174"
                expulsion.evidence.sourceRule += " + declared persona non grata"
                return expulsion
            }
            guard Self.orderingVerbs.contains(tree.form(word)) else { return event }
            let objects = tree.dependents(of: word, ["obj", "iobj"])
            // "ordered the envoy to leave", wherever the parse hangs the infinitive: on the order or on its object.
            guard !objects.isEmpty, !leavingInfinitives(among: tree.children[word] + objects.flatMap { tree.dependents(of: $0, ["acl"]) }, tree: tree).isEmpty
            else { return event }
            let expelled = objects.compactMap { slotOfWord($0, tree: tree) }.flatMap { slots[$0].members.flatMap(\.codes) }
            if expelled.contains(event.source.code) { return nil }
            var expulsion = event
            expulsion.code = "174"
            expulsion.evidence.sourceRule += " + ordered to leave"
            return expulsion
        }
    }

    /// An order to leave told in the passive is an expulsion by the state left: "Nine Russian diplomats were ordered
    /// to leave Poland" (Poland expels Russians, not Russians going to Poland, 040), "Syrian diplomats were ordered
    /// out of Britain, France, Germany, Italy, Spain and Canada" (each state expels them). Diplomats expelled reduce
    /// relations (161); others are expelled (174). The order's and the leaving's other events go.
    func codePassiveOrdersToLeave(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        var result = found
        for (verbIndex, verb) in verbs.enumerated() where !verb.nominal {
            guard let word = treeWord(of: verb), Self.orderingVerbs.contains(tree.form(word)),
                let subject = tree.dependents(of: word, ["nsubj:pass"]).first,
                let leaversSlot = slot(forWord: subject, tree: tree),
                let leavers = actors(of: leaversSlot).first(where: { !isNull($0.code) })
            else { continue }
            // Left: the infinitive's object or phrase ("to leave Poland"), or the order's "out of" phrase.
            let leaving = leavingInfinitives(among: tree.children[word], tree: tree)
            let places = leaving.flatMap { tree.dependents(of: $0, ["obj", "obl"]) }
                + tree.dependents(of: word, ["obl"]).filter { phrase in tree.children[phrase].contains { tree.form($0) == "out" } || tree.caseMarker(of: phrase) == "out" }
            let left = places.compactMap { slotOfWord($0, tree: tree) ?? slot(forWord: $0, tree: tree) }
                .flatMap { actors(of: $0) }.filter { !isNull($0.code) && $0.code.prefix(3) != leavers.code.prefix(3) }
            guard !left.isEmpty else { continue }
            // (Coded by whom it expels, as any expulsion is: the passive's subject names them.)
            let code = expelled(by: word, tree: tree) ?? "174"
            let verbIndexes = verbIndexesByTreeWord()
            let leavingIndexes = Set(leaving.compactMap { verbIndexes[$0] })
            result.removeAll { $0.verbIndex == verbIndex || leavingIndexes.contains($0.verbIndex) }
            for state in left {
                var expeller = state
                expeller.code = String(state.code.prefix(3))
                result.append(Found(source: expeller, target: leavers, code: code,
                                    evidence: ownEvidence(of: verb, rule: "tree: ordered to leave, in the passive"), verbIndex: verbIndex))
            }
        }
        return result
    }

    /// The infinitives of leaving among some words ("to leave", "to depart"), however the parse hangs them.
    private func leavingInfinitives(among words: [Int], tree: TokenTree) -> [Int] {
        words.filter { (tree.isInfinitiveComplement($0) || tree.isToInfinitive($0)) && Self.leavingVerbs.contains(tree.form($0)) }
    }

    /// Whether a verb with no code of its own recalls an envoy: "prompting Syria to recall its own envoy from
    /// Baghdad", which Phoenix's `RECALL` reads only for "ambassador" and "diplomat" — a state's envoy recalled is
    /// relations reduced, CAMEO's 161, as its own words for the envoy are (``diplomatWords``).
    func recallsEnvoy(_ verb: VerbHit) -> Bool {
        guard options.readsNearSynonyms, let tree, let word = treeWord(of: verb), Self.recallingForms.contains(tree.form(word)) else { return false }
        return tree.dependents(of: word, ["obj"]).contains { Self.diplomatWords.contains(tree.form($0)) }
    }

    private static let recallingForms = Inflection.lowerCaseForms(of: ["recall"])
    private static let orderingVerbs = Inflection.lowerCaseForms(
        of: ["order", "tell", "ask", "instruct", "give"], irregular: ["told", "gave", "given"])
    private static let leavingVerbs: Set<String> = ["leave", "depart", "quit", "exit"]
    private static let declaringVerbs = Inflection.lowerCaseForms(of: ["declare"])

    /// Who acted where a passive names no one, by the place the passive names: the state people "were deported from"
    /// ("Dozens of Afghan migrants were deported from Iran", "Fujimori was extradited from Chile"), the state people "were arrested in" ("Two Chinese
    /// nationals were arrested in Pakistan": a state's police arrest within it). Only a slot naming a state, and only
    /// for verbs of expelling ("from") and of arrest ("in").
    func actingState(ofPassive word: Int, tree: TokenTree) -> Int? {
        let form = tree.form(word)
        let marker = Self.expellingVerbs.contains(form) ? "from" : Self.arrestingVerbs.contains(form) ? "in" : nil
        guard let marker else { return nil }
        for place in tree.dependents(of: word, ["obl"]) where tree.caseMarker(of: place) == marker {
            if let slot = slotOfWord(place, tree: tree), slots[slot].members.contains(where: { $0.hasState && $0.namesActor }) {
                return slot
            }
        }
        return nil
    }

    private static let expellingVerbs: Set<String> = ["deported", "expelled", "repatriated", "banished", "extradited"]
    private static let arrestingVerbs: Set<String> = ["arrested", "detained", "jailed", "imprisoned", "apprehended"]

    private static let withdrawalVerbs: Set<String> = [
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "pull", "pulls", "pulled", "pulling", "retreat", "retreated",
    ]

    /// The code of whom a verb expels, by the words of its object or its passive subject, if they name diplomats,
    /// peacekeepers, inspectors or observers, or aid agencies.
    private func expelled(by word: Int, tree: TokenTree) -> String? {
        // "expelled Oxfam and other aid agencies": the object's conjuncts are expelled too; its clauses are not it.
        let words = patientWords(of: word, tree: tree, skipping: Self.objectBoundaryRelations)
        if Self.namesDiplomats(words) { return "161" }
        if !words.isDisjoint(with: Self.peacekeeperWords) { return "1661" }
        if !words.isDisjoint(with: Self.inspectorWords) { return "1662" }
        if !words.isDisjoint(with: Self.agencyWords) && !words.isDisjoint(with: Self.aidWords) { return "1663" }
        return nil
    }

    private static let objectBoundaryRelations: Set<String> = ["parataxis", "punct", "acl", "acl:relcl", "advcl"]

    /// Whether the words of whom a verb expels name diplomats: by their titles, or as the staff of a state's mission
    /// ("a staff member of Pakistan's High Commission", "two embassy employees").
    private static func namesDiplomats(_ words: Set<String>) -> Bool {
        !words.isDisjoint(with: diplomatWords) || !words.isDisjoint(with: missionWords)
            || (words.contains("commission") && words.contains("high"))
    }

    private static let missionWords: Set<String> = ["embassy", "embassies", "consulate", "consulates", "legation", "legations"]
    /// Diplomats by their titles: a high commissioner is a Commonwealth state's ambassador to another.
    private static let diplomatWords: Set<String> = [
        "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "commissioner", "commissioners", "consul",
        "consuls", "attache", "attaché", "chargé", "charge",
    ]
    private static let peacekeeperWords: Set<String> = ["peacekeeper", "peacekeepers", "peacekeeping"]
    private static let inspectorWords: Set<String> = ["inspector", "inspectors", "observer", "observers"]
    private static let agencyWords: Set<String> = [
        "agency", "agencies", "organization", "organizations", "organisation", "organisations", "workers", "staff",
    ]
    private static let aidWords: Set<String> = ["aid", "humanitarian", "relief"]
}
