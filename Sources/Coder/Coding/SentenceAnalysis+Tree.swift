import EntenteParser

extension SentenceAnalysis {
    /// Source and target of a verb read from the dependency tree.
    struct TreeArguments {
        /// The slot of the subject (or passive agent); nil when the tree names a subject that is no actor.
        var source: Int?
        var target: Int?
        /// Whether the tree named a subject or an object at all (when it did not, the shallow rules decide).
        var hasSubject = false
        var hasObject = false
        var negated = false
        /// A passive or a participle: the tree says where the source stands (its agent), none when there is none.
        var decidesSource = false
        /// The subject is that of the verb this one is a conjunct of.
        var coordinated = false
        /// The target is the object of the verb's complement ("agreed to sell … to X"), not its own.
        var targetFromComplement = false
        /// Whether the verb has a direct or indirect object, actor or not ("warned their populations").
        var hasDirectObject = false
        /// The target is the verb's own object, an actor by its own words ("blamed India for …").
        var targetIsOwnObject = false
        /// How they were found, for the evidence.
        var rule: String
    }

    /// The parse word of a verb's head token.
    func treeWord(of verb: VerbHit) -> Int? {
        let form = dictionaries.forms[Int(verb.form)]
        return tree?.word(ofToken: min(verb.end - 1, verb.start + form.head))
    }

    /// The clause a parenthetical attribution reports ("…, U.N. observers said, …"): where the verb is a speech verb
    /// after that clause's verb, hung from it (`parataxis`, or however the parse labels it), with a subject of its own
    /// and nothing said right after it (a comma or the sentence's end follows), the clause's verb.
    func attributedClause(of verb: Int, tree: TokenTree) -> Int? {
        guard let clause = tree.head(verb), clause < verb, tree.sentence.words[clause].tag == .verb,
            !tree.dependents(of: verb, ["nsubj"]).isEmpty,
            verb + 1 == tree.forms.count || [",", "."].contains(tree.form(verb + 1)),
            let index = verbIndexesByTreeWord()[verb], isSpeechVerb(index)
        else { return nil }
        return clause
    }

    /// Whether a slot is the subject of a parenthetical attribution's speech verb (``attributedClause(of:tree:)``).
    func isAttributionSpeaker(_ slot: Int) -> Bool {
        guard let tree, var word = tree.word(ofToken: slots[slot].end - 1) else { return false }
        // ("U.N. observers": the phrase's head.)
        while ["compound", "amod", "flat", "nmod:poss"].contains(tree.relation(word)), let head = tree.head(word) { word = head }
        guard tree.relation(word) == "nsubj", let verb = tree.head(word) else { return false }
        return attributedClause(of: verb, tree: tree) != nil
    }

    /// The tree's subject, object, passive agent and negation of a verb (CAMEO's reading of who did what to whom):
    /// `nsubj` is the source and `obj`, `iobj` or an `obl` of direction (to, with, against…) the target; a
    /// passive's `nsubj:pass` is the target and its `obl:agent` the source; a verb without a subject takes the
    /// subject of the verb it is coordinated with or controlled by ("agreed to sell", "condemned … and
    /// promised"); a participle modifying a noun ("the plant built by Russia") has the noun as its target.
    func treeArguments(of verb: VerbHit) -> TreeArguments? {
        guard let tree, let word = treeWord(of: verb) else { return nil }
        var result = TreeArguments(rule: "tree")
        result.negated = tree.isNegated(word)
        let passiveSubject = tree.dependents(of: word, ["nsubj:pass"]).first
        let isAgent = { (child: Int) in
            tree.relation(child) == "obl:agent" || (passiveSubject != nil && tree.relation(child) == "obl" && tree.caseMarker(of: child) == "by")
        }
        // "was opposed earlier by Osgiliath": the parse may hang the agent from the adverb between. "were wounded in an
        // attack by Kurdish militants": a passive's agent may stand in the act it happened in, a noun after "in".
        // "was declared persona non grata by the Moldovan government": or from the passive's own complement.
        let agent = tree.children[word].first(where: isAgent)
            ?? tree.dependents(of: word, ["advmod"]).lazy.compactMap { tree.children[$0].first(where: isAgent) }.first
            ?? (passiveSubject == nil ? nil : tree.dependents(of: word, ["obj", "xcomp"]).lazy.compactMap { complement in
                tree.dependents(of: complement, ["nmod"]).first { tree.caseMarker(of: $0) == "by" }
            }.first)
            ?? (passiveSubject == nil ? nil : actsAgent(of: word, tree: tree))
        if let passiveSubject {
            result.hasObject = true
            // "The U.S. trade embargo against Vietnam was lifted by President Bill Clinton": inside what is acted on,
            // the agent's own state is its owner, not whom the act is on.
            let agentSlot = agent.flatMap { slot(forWord: $0, tree: tree) }
            result.target = slot(forWord: passiveSubject, tree: tree, besides: agentSlot, skipsSourcesState: actsOnOthersOnly(verb))
            // "An arms embargo was imposed on Uzbekistan by European Union foreign ministers": what names no actor
            // was put on the one its "on" or "against" phrase names.
            if result.target.map({ !slots[$0].members.contains(where: \.namesActor) }) ?? true,
                let onWhom = tree.dependents(of: word, ["obl"]).filter({ ["on", "against"].contains(tree.caseMarker(of: $0) ?? "") })
                    .lazy.compactMap({ self.slot(forWord: $0, tree: tree, besides: agentSlot) }).first(where: { slots[$0].members.contains(where: \.namesActor) })
            {
                result.target = onWhom
            }
            if let agent {
                result.hasSubject = true
                result.source = agentSlot
            } else if let (implied, rule) = impliedAgent(ofPassive: word, subject: passiveSubject, tree: tree) {
                result.hasSubject = true
                result.source = implied
                result.rule = "tree: passive, " + rule
                result.decidesSource = true
                return result
            }
            result.rule = "tree: passive"
            result.decidesSource = true
            return result
        }
        // The subject: its own, else that of the verb it hangs from as a conjunct, a controlled complement or a
        // modifier of a noun.
        var subjectWord = tree.dependents(of: word, ["nsubj"]).first
        var adjoined: Int?
        var current = word
        var steps = 0
        while subjectWord == nil, steps < 3, let head = tree.head(current) {
            let relation = tree.relation(current)
            if relation == "xcomp", Self.causingVerbs.contains(tree.form(head)), let caused = tree.dependents(of: head, ["obj"]).first {
                // "…, prompting Baku to lodge a protest with Tehran": what a verb of causing makes someone do, its
                // object does (and did: "forced Iraq to withdraw"). Not a verb of asking ("urged India to resume
                // talks", which codes the appeal alone).
                subjectWord = caused
                result.rule = "tree: object of a verb of causing"
            } else if relation == "conj" || relation == "xcomp" {
                subjectWord = tree.dependents(of: head, ["nsubj"]).first ?? tree.dependents(of: head, ["nsubj:pass"]).first
                if subjectWord != nil {
                    result.rule = relation == "conj" ? "tree: coordinated subject" : "tree: controlled subject"
                    result.coordinated = relation == "conj"
                }
            } else if relation == "acl:relcl" {
                subjectWord = head
                result.rule = "tree: relative clause"
            } else if relation == "acl", tree.isToInfinitive(current) {
                // "signed an accord to supply Gondor": the subject of the verb that governs the noun.
                if let governor = tree.head(head) { subjectWord = tree.dependents(of: governor, ["nsubj"]).first }
                result.rule = "tree: controlled subject"
                break
            } else if relation == "acl" || relation == "advcl", tree.form(word).hasSuffix("ing"),
                tree.hasMarker(word, in: Self.gerundMarkers, orCase: true)
            {
                // "plays a key role in training the Mujahideen": the gerund's subject is its governor's; and, as an
                // adjoined participle's, its object pronoun its governor's object ("expelled the U.N. envoy after
                // accusing him of bias").
                let governor = relation == "acl" ? tree.head(head) : head
                subjectWord = governor.flatMap { tree.dependents(of: $0, ["nsubj"]).first }
                result.rule = "tree: subject of a gerund's governor"
                if relation == "advcl", current == word { adjoined = head }
                break
            } else if relation == "advcl", current == word, word > head || ["visiting", "touring"].contains(tree.form(word)),
                isBareParticiple(word, tree: tree), tree.dependents(of: word, ["nsubj"]).isEmpty,
                tree.sentence.words[head].tag == .verb, tree.dependents(of: word, ["xcomp"]).isEmpty,
                let clause = Optional(adjoinedClause(attributedClause(of: head, tree: tree) ?? head, tree: tree)),
                let clauseSubject = tree.dependents(of: clause, ["nsubj"]).first, slot(forWord: clauseSubject, tree: tree) != nil
            {
                // "Venezuela expelled the U.S. ambassador, accusing him of conspiring": a participle adjoined to a
                // clause, with no subject or conjunction of its own, has that clause's subject (where it names one).
                // One with a predicate of its own says what came of the clause ("…, leaving 20 soldiers dead").
                // One after a parenthetical attribution adjoins the clause attributed ("Libyan troops completed
                // their withdrawal, U.N. observers said, handing the territory back to Chad"). So has a visit opening the
                // sentence ("Visiting Prague on Tuesday, German Chancellor Helmut Kohl signed …"; others, "Meeting in
                // Quito …", "Speaking to Ghana's parliament …", mostly say again what the clause codes).
                subjectWord = clauseSubject
                result.rule = "tree: subject of the clause it adjoins"
                adjoined = clause
                break
            } else if current == word, isTextsParticiple(word, tree: tree), let governor = tree.head(head),
                let author = tree.dependents(of: governor, ["nsubj"]).first
            {
                // "approved a resolution urging Nicaragua and Costa Rica to pull …", "issued a statement condemning":
                // what a text says, its author says.
                subjectWord = author
                result.rule = "tree: author of the text"
                break
            } else if relation == "acl", agent == nil, tree.relation(head) == "root", tree.sentence.words[head].tag.isNominal {
                // A headline's verb taken for a participle of the noun before it ("Israeli aircraft bombed …"
                // with no other verb): the noun is its subject.
                subjectWord = head
                result.rule = "tree: subject of a noun root"
                break
            } else if relation == "acl" {
                // "the steel plant built by Russia": the noun is the object, the agent the subject; a noun in
                // apposition names what the noun it stands beside names ("the Mills, the country's only plant").
                result.hasObject = true
                result.target = slot(forWord: head, tree: tree)
                if result.target == nil, tree.relation(head) == "appos", let named = tree.head(head) {
                    result.target = slot(forWord: named, tree: tree)
                }
                if let agent {
                    result.hasSubject = true
                    result.source = slot(forWord: agent, tree: tree)
                }
                result.rule = "tree: participle"
                result.decidesSource = true
                return result
            } else {
                break
            }
            current = head
            steps += 1
        }
        if let subjectWord {
            result.hasSubject = true
            result.source = relativeAntecedent(of: subjectWord, verb: word, tree: tree) ?? slot(forWord: subjectWord, tree: tree)
        }
        // The object: an indirect object, a direct one, or a nominal of direction, whichever names an actor first.
        result.hasDirectObject = !tree.dependents(of: word, ["iobj", "obj"]).isEmpty
        // Several actors acting together ("Ethiopia and Eritrea signed a peace agreement in Algiers") act among
        // themselves; where they did it is no party, nor what they did it about ("resumed talks … over a NATO air
        // strike"), unless they act against it. (One actor's "closure of guest houses in Bree" is Bree's, as
        // PETRARCH's records code it.)
        let skipsPlaces = result.source.map { slots[$0].members.count > 1 } ?? false
        let skipsTopics = skipsPlaces && !actsAgainst(word, tree: tree)
        // "Obama and Hu discussed Iran in a telephone call": what several actors discuss is their topic, not a party.
        let discussesTopic = skipsTopics && Self.topicVerbForms.contains(tree.form(word))
        if discussesTopic && !tree.dependents(of: word, ["obj"]).isEmpty { result.hasObject = true }
        let candidates = tree.dependents(of: word, ["iobj"]) + (discussesTopic ? [] : tree.dependents(of: word, ["obj"]))
            + tree.dependents(of: word, ["obl", "nmod"]).filter { child in
                guard let marker = tree.caseMarker(of: child), !isTime(child, tree: tree) else { return false }
                return Self.directionMarkers.contains(marker) && !(skipsTopics && Self.topicMarkers.contains(marker))
            }
        // Reported speech: "X said that Y …" — the speaker's target is the subject of what was said (CAMEO codes
        // "accused Y of …", "said Y was …" against Y); what was said is coded by its own verb.
        if candidates.isEmpty, let clause = tree.dependents(of: word, ["ccomp"]).first {
            result.hasObject = true
            // "Pakistan's army said it had killed …": a pronoun there is the speaker itself, no target; so is its
            // own state ("Japan's defence minister said Tokyo would strengthen …").
            if let speech = tree.dependents(of: clause, ["nsubj", "nsubj:pass"]).first, let slot = slot(forWord: speech, tree: tree),
                slot != result.source, !isPronoun(slots[slot].start), !sameStates(slot, result.source)
            {
                result.target = slot
                result.rule += ", reported speech"
            }
        }
        // An object that names no actor ("rescheduled his trip in the White Downs", "struck a factory in Gaza")
        // leaves the target to the words after the verb, as PETRARCH reads them; a compound's stays with the tree.
        if skipsPlaces, !candidates.isEmpty { result.hasObject = true }
        // Nor does a compound's phrase of place ("India and Pakistan met in New Delhi", "… met on the sidelines of a
        // summit in Colombo", "… signed an interim accord at U.N. headquarters", the place hung on the object): the
        // words after the verb are not searched for a target there.
        let phrases = tree.dependents(of: word, ["obl", "nmod"]) + tree.dependents(of: word, ["obj"]).flatMap { tree.dependents(of: $0, ["nmod"]) }
        if skipsPlaces, (phrases + tree.descendants(of: phrases, skipping: Self.clausalRelations)).contains(where: { child in
            ["obl", "nmod"].contains(tree.relation(child)) && (tree.caseMarker(of: child).map(Self.placeMarkers.contains) ?? false)
        }) {
            result.hasObject = true
        }
        // Several actors' target names a state or a body: "Afghan and Pakistani officials held talks on border
        // security" hold them among themselves, not with the border guards.
        // "…, accusing him of conspiring": an object pronoun of an adjoined participle is the clause's object
        // ("the U.S. ambassador"), where that names an actor.
        if let adjoined, let pronoun = tree.dependents(of: word, ["obj"]).first, Self.objectPronouns.contains(tree.form(pronoun)),
            let object = tree.dependents(of: adjoined, ["obj", "iobj"]).first,
            let slot = slot(forWord: object, tree: tree), slot != result.source, slots[slot].members.contains(where: \.namesActor)
        {
            result.hasObject = true
            result.target = slot
            result.rule += ", its object's"
            return result
        }
        // (Read once, not per candidate: it reads the verb's object again.)
        let onOthers = !candidates.isEmpty && actsOnOthersOnly(verb)
        for candidate in candidates {
            if let slot = slot(
                forWord: candidate, tree: tree, skipsPlaces: skipsPlaces, keepsTopics: actsAgainst(word, tree: tree), besides: result.source,
                skipsSourcesState: onOthers),
                slot != result.source,
                !skipsPlaces || slots[slot].members.contains(where: \.namesActor)
            {
                result.hasObject = true
                result.target = slot
                result.targetIsOwnObject = tree.dependents(of: word, ["obj", "iobj"]).contains(candidate) && slotOfWord(candidate, tree: tree) == slot
                // "deployed troops to Somalia": an object that is only an agent (`---MIL`) is what is sent; the
                // state it goes to is the target.
                if !slots[slot].members.contains(where: \.namesActor), tree.dependents(of: word, ["obj"]).contains(candidate),
                    let destination = destination(of: word, tree: tree, besides: result.source)
                {
                    result.target = destination
                    result.rule += ", destination"
                }
                break
            }
        }
        // Force used together on targets in a state is used on the state: "American and British warplanes struck
        // targets across Iraq" (where they met is no party; where they struck is).
        if result.target == nil, skipsPlaces, ownCodes(of: verb)?.forward.map({ ["18", "19", "20"].contains($0.prefix(2)) }) ?? false {
            result.target = tree.dependents(of: word, ["obl"])
                .filter { Self.struckPlaceMarkers.contains(tree.caseMarker(of: $0) ?? "") }
                .compactMap { slotOfWord($0, tree: tree) }
                .first { $0 != result.source && slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) }
        }
        // "Ethiopia and Eritrea reopened their border crossings", "clashed along their border": what the subject's
        // own pronoun possesses is the subject's, no one it acts on; several actors then act among themselves.
        if let target = result.target, isPronoun(slots[target].start), sameStates(target, result.source) {
            result.target = nil
            result.hasDirectObject = false
            result.rule += ", its own"
        }
        // "have pledged a combined $12 billion in grants, loans and fuel to Egypt": what goes to someone, however deep
        // in the object the parse hangs its "to" phrase, goes to them (not among the givers); what is withdrawn "from"
        // a state is withdrawn from it ("withdrew the last of its combat troops from Estonia").
        if result.target == nil {
            let objects = tree.dependents(of: word, ["obj"])
            let markers: Set<String> = Self.withdrawingForms.contains(tree.form(word)) ? ["to", "from"] : ["to"]
            result.target = tree.descendants(of: objects, skipping: Self.clausalRelations)
                .filter { markers.contains(tree.caseMarker(of: $0) ?? "") && ["nmod", "obl"].contains(tree.relation($0)) }
                .compactMap { slotOfWord($0, tree: tree) }
                .first { $0 != result.source && slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) && !sameStates($0, result.source) }
            if result.target != nil {
                result.hasObject = true
                result.rule += ", destination in the object"
            }
        }
        // "threatened to attack X", "promised to help X", "agreed to sell … to X": a verb with no target of its
        // own acts on its complement's.
        if result.target == nil {
            let complements = tree.children[word].filter(tree.isInfinitiveComplement)
            // "pledged $500 million to help rebuild Gaza": a complement with no object of its own ("help") acts
            // on its own infinitive's.
            let nested = complements.flatMap { complement in
                tree.dependents(of: complement, ["obj", "iobj"]).isEmpty ? tree.dependents(of: complement, ["xcomp"]) : []
            }
            search: for complement in complements + nested {
                // Several actors' complement is made with each other, and its topic is what it is about: "Japan and
                // South Korea agreed to share intelligence on North Korea" is not shared with North Korea. An act
                // against someone is done on its target, not its topic: "Russia and China agreed to impose sanctions
                // on North Korea".
                let skipsTopics = skipsPlaces && !actsAgainst(complement, tree: tree)
                // What is discussed is a topic, never whom the meeting is with: "met … to discuss the future of the
                // European Union" (with whom: its "with" phrase).
                let objects = Self.topicVerbs.contains(tree.form(complement))
                    ? [] : tree.dependents(of: complement, ["iobj"]) + tree.dependents(of: complement, ["obj"])
                let inner = objects
                    + tree.dependents(of: complement, ["obl", "nmod"]).filter { child in
                        tree.caseMarker(of: child).map { Self.directionMarkers.contains($0) && !(skipsTopics && Self.topicMarkers.contains($0)) }
                            ?? false
                    }
                // The complement's object acts for the verb only when it names a state or a body: "agreed to share
                // military intelligence" shares no event with the military.
                for candidate in inner {
                    if let slot = slot(forWord: candidate, tree: tree, skipsPlaces: skipsPlaces, keepsTopics: !skipsTopics), slot != result.source,
                        slots[slot].members.contains(where: \.namesActor)
                    {
                        result.hasObject = true
                        result.target = slot
                        result.rule += ", complement's object"
                        result.targetFromComplement = true
                        break search
                    }
                }
            }
        }
        return result
    }

    /// Who acted where a passive names no agent, and how that was read: the subject of its clause of when, who held
    /// the people released, or the state of its place (expelled from, arrested in).
    func impliedAgent(ofPassive word: Int, subject: Int, tree: TokenTree) -> (slot: Int, rule: String)? {
        if let slot = whenClauseAgent(of: word, tree: tree) { return (slot, "agent of its 'when' clause") }
        if let slot = captor(ofReleased: word, subject: subject, tree: tree) { return (slot, "released by who held them") }
        if let slot = actingState(ofPassive: word, tree: tree) { return (slot, "by the state of its place") }
        if let slot = opponent(ofPassive: word, tree: tree) { return (slot, "who fought them") }
        return nil
    }

    /// Who fought those a passive names, where the fight is the phrase it happened in: "were killed in a gunbattle
    /// with Bangladeshi border guards" (the "with" phrase on the fight, or hung by the parse on the verb). Only a slot
    /// naming a state.
    func opponent(ofPassive word: Int, tree: TokenTree) -> Int? {
        let fights = tree.dependents(of: word, ["obl"]).filter { tree.caseMarker(of: $0) == "in" && Self.fightNouns.contains(tree.form($0)) }
        guard !fights.isEmpty else { return nil }
        let phrases = (fights + [word]).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }.filter { tree.caseMarker(of: $0) == "with" }
        return phrases.lazy.compactMap { self.slot(forWord: $0, tree: tree) }
            .first { slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) }
    }

    /// Nouns of a fight between armed sides.
    static let fightNouns: Set<String> = [
        "gunbattle", "gunbattles", "gunfight", "gunfights", "firefight", "firefights", "shootout", "clash", "clashes", "battle",
        "battles", "skirmish", "skirmishes", "fighting",
    ]

    /// The actor a passive with no agent happened by, named as the subject of its clause of when: "three policemen
    /// were killed when Taliban fighters attacked their checkpoint". Nil when the clause names no actor.
    func whenClauseAgent(of word: Int, tree: TokenTree) -> Int? {
        for clause in tree.dependents(of: word, ["advcl"]) where clause > word {
            guard tree.children[clause].contains(where: { child in
                ["mark", "advmod"].contains(tree.relation(child)) && ["when", "as"].contains(tree.form(child))
            }), tree.sentence.words[clause].tag == .verb,
                let subject = tree.dependents(of: clause, ["nsubj"]).first,
                let slot = slot(forWord: subject, tree: tree), slots[slot].members.contains(where: \.namesActor)
            else { continue }
            return slot
        }
        return nil
    }

    /// Who freed people a passive release names no agent for: who held them, named by the people's own participle
    /// ("Indian fishermen held in Pakistani jails were freed") or by the release's "from" ("were freed from Pakistani
    /// jails"). Only a slot naming a state, and only for verbs of release.
    func captor(ofReleased word: Int, subject: Int, tree: TokenTree) -> Int? {
        guard Self.releasedForms.contains(tree.form(word)) else { return nil }
        let people = [subject] + (Self.counted(by: subject, tree: tree).map { [$0] } ?? [])
        let holding = people.flatMap { tree.dependents(of: $0, ["acl"]) }.filter { Self.holdingParticiples.contains(tree.form($0)) }
        let phrases = holding.flatMap { tree.dependents(of: $0, ["obl", "obl:agent"]) }
        // Held "by" someone is held by them, wherever: "drivers held in Iraq by militants" were not Iraq's.
        let holders = phrases.filter { tree.caseMarker(of: $0) == "by" }
        if let holder = holders.first {
            guard let slot = slot(forWord: holder, tree: tree), slots[slot].members.contains(where: { $0.hasState && $0.namesActor }) else {
                return nil
            }
            return slot
        }
        let places = phrases.filter { tree.caseMarker(of: $0) == "in" } + tree.dependents(of: word, ["obl"]).filter { tree.caseMarker(of: $0) == "from" }
        for place in places {
            if let slot = slotOfWord(place, tree: tree) ?? self.slot(forWord: place, tree: tree),
                slots[slot].members.contains(where: { $0.hasState && $0.namesActor })
            {
                return slot
            }
        }
        return nil
    }

    static let releasedForms: Set<String> = ["freed", "released", "repatriated", "pardoned"]
    static let holdingParticiples: Set<String> = ["held", "detained", "jailed", "imprisoned", "captured", "kidnapped", "abducted"]

    /// The "by" phrase of the act a passive happened in: "were wounded in an attack by Kurdish militants", "were
    /// killed in a suicide bombing by the Taliban" — an `obl` of the verb after "in" whose noun is a verb noun of the
    /// dictionaries, and that noun's `nmod` after "by".
    /// And the "by" phrase the parse hung on the phrase before it, when it names a state: "was handed over to
    /// Cameroon by Nigeria" (the agent read as Cameroon's `nmod`).
    func actsAgent(of word: Int, tree: TokenTree) -> Int? {
        for act in tree.dependents(of: word, ["obl"]) where tree.caseMarker(of: act) == "in" {
            guard verbs.contains(where: { $0.nominal && treeWord(of: $0) == act }) else { continue }
            if let agent = tree.dependents(of: act, ["nmod", "nmod:agent", "obl:agent"]).first(where: { tree.caseMarker(of: $0) == "by" }) {
                return agent
            }
        }
        for phrase in tree.dependents(of: word, ["obl"]) where !isTime(phrase, tree: tree) {
            if let agent = tree.dependents(of: phrase, ["nmod"]).first(where: { tree.caseMarker(of: $0) == "by" }),
                let slot = slotOfWord(agent, tree: tree), slots[slot].members.contains(where: { $0.hasState && $0.namesActor })
            {
                return agent
            }
        }
        return nil
    }

    /// Whether a verb does what a state does only to others, by its own code or its object: aid (033, 07), reducing
    /// relations and sanctions (16), sanctions eased (085).
    func actsOnOthersOnly(_ verb: VerbHit) -> Bool {
        if let code = ownCodes(of: verb)?.forward, Coder.actsOnOthers.contains(where: code.hasPrefix) { return true }
        return imposesSanctions(verb) || easesSanctions(verb)
    }

    /// Whether the verb at a word of the tree acts against someone by its dictionary's code — reduces relations,
    /// coerces, assaults or fights (CAMEO's 16–20) — before any pattern is read: "impose", "attack", "expel".
    func actsAgainst(_ word: Int, tree: TokenTree) -> Bool {
        guard let verb = verbs.first(where: { !$0.nominal && treeWord(of: $0) == word }) else { return false }
        let form = dictionaries.forms[Int(verb.form)]
        guard let code = dictionaries.codes(of: form)?.forward, let root = Int(code.prefix(2)) else { return false }
        return (16...20).contains(root)
    }

    /// The index of the verb (the first, where several) that each word of the tree is.
    func verbIndexesByTreeWord() -> [Int: Int] {
        var result: [Int: Int] = [:]
        for index in verbs.indices {
            if let word = treeWord(of: verbs[index]), result[word] == nil { result[word] = index }
        }
        return result
    }

    /// Whether two slots name the same states (their codes' first three letters), as a state and its own officials do.
    func sameStates(_ slot: Int, _ other: Int?) -> Bool {
        guard let other else { return false }
        let mine = states(ofSlot: slot)
        return !mine.isEmpty && mine == states(ofSlot: other)
    }

    /// The states a slot's members name (their codes' first three letters), those of no state left out.
    func states(ofSlot slot: Int) -> Set<Substring> {
        Set(slots[slot].members.flatMap(\.codes).map { $0.prefix(3) }.filter { $0 != "---" })
    }

    /// The state or body a verb's phrase of destination names ("to Somalia", "into Syria"), if any: the verb's own,
    /// or one the parse hung from what is sent ("extradited a drug lord to the United States").
    private func destination(of word: Int, tree: TokenTree, besides source: Int?) -> Int? {
        let phrases = tree.dependents(of: word, ["obl"]) + tree.dependents(of: word, ["obj"]).flatMap { tree.dependents(of: $0, ["nmod"]) }
        for child in phrases where Self.destinationMarkers.contains(tree.caseMarker(of: child) ?? "") {
            if let slot = slot(forWord: child, tree: tree), slot != source, slots[slot].members.contains(where: \.namesActor) { return slot }
        }
        return nil
    }

    static let destinationMarkers: Set<String> = ["to", "into", "toward", "towards"]
    static let withdrawingForms = Inflection.lowerCaseForms(of: ["withdraw", "pull", "remove", "evacuate"], irregular: ["withdrew", "withdrawn"])

    /// Pronouns that stand for an object named before ("accusing him", "urging them", "accusing it").
    static let objectPronouns: Set<String> = ["him", "her", "them", "it"]

    /// Prepositions before a gerund whose subject is its governor's subject ("of" is not one: "accused Israel of
    /// attacking" has Israel attack).
    static let gerundMarkers: Set<String> = ["in", "by", "for", "after", "before", "while", "through", "without"]

    static let directionMarkers: Set<String> = [
        "to", "with", "against", "on", "toward", "towards", "into", "at", "upon", "from", "for", "over", "onto", "between", "among",
    ]

    /// The actor slot a nominal names: the slot of its own tokens, else the nearest slot naming a state or body
    /// inside its phrase, clauses left out ("the government of Pakistan", "Russia's defence minister", "a treaty
    /// with Libya"); an agent alone among its modifiers is no actor ("a military cooperation agreement").
    /// - Parameters:
    ///   - skipsPlaces: leave out phrases of place and topic ("a peace agreement in Algiers", "talks on Syria").
    ///   - keepsTopics: with `skipsPlaces`, keep the phrases of topic: an act against someone is done on its target
    ///     ("sanctions on North Korea").
    ///   - source: the verb's source slot: inside the phrase, a mention of the same actors is the source's own
    ///     thing, not whom it is done to ("the EU halted its aid to Madagascar" is done to Madagascar).
    ///   - skipsSourcesState: also a mention of the source's state, for acts done only to others (aid, sanctions):
    ///     "lifted the U.S. trade embargo against Vietnam" is done to Vietnam.
    func slot(
        forWord word: Int, tree: TokenTree, skipsPlaces: Bool = false, keepsTopics: Bool = false, besides source: Int? = nil,
        skipsSourcesState: Bool = false
    ) -> Int? {
        // "Prince Nayef bin Abdul-Aziz, who is visiting Tehran": the last word of a name stands for the whole name.
        if slotOfWord(word, tree: tree) == nil, tree.relation(word) == "flat", let name = tree.head(word) {
            return slot(forWord: name, tree: tree, skipsPlaces: skipsPlaces, keepsTopics: keepsTopics, besides: source, skipsSourcesState: skipsSourcesState)
        }
        if let own = slotOfWord(word, tree: tree) {
            // "Kosovo Albanians": a people named by the plural of a state's adjective, with a place named before it,
            // are people of that place.
            if let place = tree.children[word].first(where: { $0 < word && tree.relation($0) == "compound" }),
                ActorDictionary.isDemonymPlural(tree.form(word).uppercased()),
                let placed = slotOfWord(place, tree: tree), placed != own, slots[placed].members.contains(where: \.namesActor)
            {
                return placed
            }
            // "British Defence Secretary Tom King": a name read as an agent alone ("King", `---GOV`) is the person
            // its title names, where the title before it names a state's office (`GBRGOVMIL`).
            guard !slots[own].members.contains(where: \.namesActor) else { return own }
            for child in tree.children[word] where child < word && tree.relation(child) == "compound" {
                if let titled = slotOfWord(child, tree: tree), titled != own, slots[titled].members.contains(where: \.namesActor) {
                    return titled
                }
            }
            // "the interim government in Cairo", "the authorities in Kabul": an agent of no state named is of the
            // state its place is in.
            for place in tree.dependents(of: word, ["nmod"]) where tree.caseMarker(of: place) == "in" {
                if let placed = slotOfWord(place, tree: tree), placed != own, slots[placed].members.contains(where: { $0.hasState && $0.namesActor }) {
                    return placed
                }
            }
            return own
        }
        // "Thousands of protesters marched", "two of its nationals": a number or a quantity stands for what it counts,
        // an agent too.
        if let counted = Self.counted(by: word, tree: tree), let slot = slotOfWord(counted, tree: tree) { return slot }
        let sourceCodes = source.map { Set(slots[$0].members.flatMap(\.codes)) }
        // Clauses are left out, and phrases of time ("agreements … during a visit to New Delhi by President Putin",
        // wherever the parse hangs it: when, not to whom); where asked, where the thing stood.
        let inPhrase = { (child: Int) in
            !Self.clausalRelations.contains(tree.relation(child))
                // A clause with a subject of its own, however labelled ("a pact that Seoul had threatened to scrap").
                && !(tree.relation(child) == "acl" && !tree.dependents(of: child, ["nsubj"]).isEmpty)
                // A participle set off by a comma says what came of the act ("signed an agreement …, prompting Moscow
                // to warn"), wherever the parse hangs it.
                && !(tree.relation(child) == "acl" && tree.form(child).hasSuffix("ing") && child > 0 && tree.form(child - 1) == ",")
                && !(tree.caseMarker(of: child).map(Self.timeMarkers.contains) ?? false)
                && !(skipsPlaces
                    && (tree.caseMarker(of: child).map { Self.placeMarkers.contains($0) || (!keepsTopics && Self.topicMarkers.contains($0)) } ?? false))
        }
        var queue = tree.children[word].filter(inPhrase)
        var best: (slot: Int, distance: Int)?
        var visited = 0
        while !queue.isEmpty, visited < 40 {
            let next = queue.removeFirst()
            visited += 1
            if let found = slotOfWord(next, tree: tree), slots[found].members.contains(where: \.namesActor),
                sourceCodes.map({ !$0.isSuperset(of: slots[found].members.flatMap(\.codes)) }) ?? true,
                !(skipsSourcesState && sameStates(found, source))
            {
                // A noun in apposition names the phrase's own referent ("Deputy Prime Minister Telemar"): it goes
                // before a possessor or a modifier ("Dagolath's").
                let distance = tree.relation(next) == "appos" && tree.head(next) == word ? 0 : abs(next - word)
                if best == nil || distance < best!.distance { best = (found, distance) }
                continue
            }
            queue += tree.children[next].filter(inPhrase)
        }
        return best?.slot
    }

    /// Whether a noun counts what its `of` phrase names: a numeral ("two of its nationals") or a word of number or
    /// quantity ("thousands of protesters", "a group of diplomats", "a series of agreements").
    static func isQuantity(_ word: Int, tree: TokenTree) -> Bool {
        tree.sentence.words[word].tag == .numeral || quantityNouns.contains(tree.form(word))
    }

    /// What a number or quantity counts: its `of` phrase ("thousands of protesters" → "protesters"); nil for any other
    /// word.
    static func counted(by word: Int, tree: TokenTree) -> Int? {
        guard isQuantity(word, tree: tree) else { return nil }
        return tree.children[word].first { tree.relation($0).hasPrefix("nmod") && tree.caseMarker(of: $0) == "of" }
    }

    static let quantityNouns: Set<String> = [
        "dozens", "scores", "hundreds", "thousands", "tens", "millions", "group", "groups", "crowd", "crowds", "handful",
        "number", "band", "team", "series", "spate", "wave", "raft", "slew", "string", "package", "pair", "couple",
    ]

    /// Whether the token is a pronoun that stands for an actor named before ("it", "they", "he").
    func isPronoun(_ token: Int) -> Bool {
        !flags[token].intersection([.itPronoun, .theyPronoun, .personPronoun]).isEmpty
    }

    /// Whether a nominal says when ("on Monday", "in 2004", "for a week"): no party to the event.
    func isTime(_ word: Int, tree: TokenTree) -> Bool {
        guard word < tree.tokenOfWord.count, tree.tokenOfWord[word] >= 0 else { return false }
        let token = tree.tokenOfWord[word]
        return flags[token].contains(.time) || tree.sentence.words[word].tag == .numeral
    }

    /// The words (as the tree writes them) of what a verb acts on: its object or a passive's subject ("expelled two
    /// Russian diplomats", "a tanker was released"), their phrases cut at `boundaries`.
    func patientWords(of word: Int, tree: TokenTree, skipping boundaries: Set<String> = objectPhraseBoundaries) -> Set<String> {
        Set(tree.descendants(of: tree.dependents(of: word, ["obj", "nsubj:pass"]), skipping: boundaries).map { tree.form($0) })
    }

    /// What the words of an object's phrase ("released a British oil tanker seized in the Gulf") leave out: another
    /// clause, punctuation, relative and adverbial clauses, conjuncts.
    static let objectPhraseBoundaries: Set<String> = ["parataxis", "punct", "acl", "acl:relcl", "advcl", "conj"]

    /// Prepositions of a topic: inside the phrase of what several actors make together ("held talks on Syria",
    /// "signed an agreement on North Korea") the phrase they open says what about, not with whom.
    static let topicMarkers: Set<String> = ["on", "about", "over", "regarding", "concerning"]

    /// Verbs whose object is what they are about, not whom they act on (base forms, as an infinitive takes them).
    static let topicVerbs: Set<String> = ["discuss", "debate", "review", "examine", "consider", "address", "explore", "assess"]
    static let topicVerbForms = Inflection.lowerCaseForms(of: Array(topicVerbs))

    /// Prepositions of where force is used on a place: "struck targets across Iraq", "fired into Syria".
    static let struckPlaceMarkers = placeMarkers.union(["across", "into", "over"])

    /// Prepositions of place: a phrase they open inside a noun phrase says where, not who.
    static let placeMarkers: Set<String> = ["in", "near", "inside", "outside", "across", "throughout", "around"]

    /// The subject of the verb a purpose infinitive says what for ("shuttled … to mediate"): the one who means to.
    func purposeSubject(of verb: VerbHit) -> Int? {
        guard let tree, let word = treeWord(of: verb), tree.relation(word) == "advcl", tree.isToInfinitive(word),
            let head = tree.head(word), let subject = tree.dependents(of: head, ["nsubj"]).first
        else { return nil }
        return slot(forWord: subject, tree: tree)
    }

    /// The actor a relative pronoun subject stands for: the noun its clause modifies, or, where the parse did not hang
    /// the clause there ("The Saudi minister, who is visiting Tehran, …" read as a clause of its own), the nominal
    /// right before it — where that noun is itself an actor's mention (a person, a state; the last word of a name
    /// for the name), not a thing whose phrase names one ("a NATO air strike that killed 24 soldiers" is no act of
    /// NATO's the sentence reports) nor a place ("its embassy in Belgrade, which …"). Nil for any other subject.
    func relativeAntecedent(of subject: Int, verb: Int, tree: TokenTree) -> Int? {
        guard Self.relativePronouns.contains(tree.form(subject)), tree.sentence.words[subject].tag == .pronoun else { return nil }
        var antecedent: Int
        if tree.relation(verb) == "acl:relcl", let head = tree.head(verb) {
            antecedent = head
        } else {
            var before = subject - 1
            while before >= 0, tree.sentence.words[before].tag == .punctuation { before -= 1 }
            guard before >= 0, [.noun, .properNoun].contains(tree.sentence.words[before].tag) else { return nil }
            antecedent = before
        }
        if tree.relation(antecedent) == "flat", let name = tree.head(antecedent) { antecedent = name }
        guard tree.caseMarker(of: antecedent) == nil else { return nil }
        if let own = slotOfWord(antecedent, tree: tree) { return slots[own].members.contains(where: \.namesActor) ? own : nil }
        // ("Saudi Interior Minister Prince Nayef": the title before the name.)
        for child in tree.children[antecedent] where child < antecedent && ["compound", "nmod:desc", "amod"].contains(tree.relation(child)) {
            if let titled = slotOfWord(child, tree: tree), slots[titled].members.contains(where: \.namesActor) { return titled }
        }
        return nil
    }

    static let relativePronouns: Set<String> = ["who", "which", "that"]

    /// Whether a verb says how it acted by a gerund of its own: "retaliated by ordering …".
    func actsByMeans(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb) else { return false }
        return tree.dependents(of: word, ["advcl"]).contains { clause in
            tree.sentence.words[clause].fineTag == "VBG" && tree.hasMarker(clause, in: ["by"], orCase: true)
        }
    }

    /// Whether a verb's object is a reciprocal pronoun: "each other", "one another".
    func objectIsReciprocal(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb) else { return false }
        let words = tree.sentence.words
        return tree.dependents(of: word, ["obj", "iobj"]).contains { object in
            let form = tree.form(object)
            let next = object + 1 < words.count ? tree.form(object + 1) : ""
            let previous = object > 0 ? tree.form(object - 1) : ""
            return (form == "each" && next == "other") || (form == "other" && previous == "each")
                || (form == "one" && next == "another") || (form == "another" && previous == "one")
        }
    }

    /// Whether a verb's object is the subject's own, by "their" or "each other's" ("recalled their ambassadors").
    func objectIsTheirOwn(_ verb: VerbHit) -> Bool {
        guard let tree, let word = treeWord(of: verb) else { return false }
        return tree.dependents(of: word, ["obj"]).contains { object in
            tree.dependents(of: object, ["nmod:poss"]).contains { ["their", "other"].contains(tree.form($0)) }
        }
    }

    /// Verbs whose object does what their complement says ("prompted Baku to lodge a protest", "forced the ships to
    /// leave").
    static let causingVerbs = Inflection.lowerCaseForms(
        of: ["prompt", "force", "compel", "lead", "cause", "spur", "trigger", "provoke", "drive", "oblige"],
        irregular: ["led", "drove", "driven"])

    /// Relations that open a clause of its own: its actors act there, not in the phrase.
    /// The clause a participle set off by a comma adjoins: the infinitive it follows is the clause that governs it
    /// ("ordered US Ambassador Philip Goldberg to leave the country, accusing him of conspiring": the order's).
    func adjoinedClause(_ clause: Int, tree: TokenTree) -> Int {
        guard tree.relation(clause) == "xcomp", tree.dependents(of: clause, ["nsubj"]).isEmpty, let head = tree.head(clause) else { return clause }
        return head
    }

    static let clausalRelations: Set<String> = [
        "acl:relcl", "ccomp", "advcl", "advcl:relcl", "parataxis", "csubj", "csubj:pass", "xcomp", "punct", "list",
    ]

    /// The slot of an actor a verb's phrase sends something "to", however deep in the phrase the parse hangs it
    /// (not in a clause of its own), other than `excluding`.
    func recipientSlot(of verb: VerbHit, excluding: Int) -> Int? {
        guard let tree, let word = treeWord(of: verb) else { return nil }
        return tree.descendants(of: tree.children[word], skipping: Self.clausalRelations.union(["conj"]))
            .filter { ["nmod", "obl"].contains(tree.relation($0)) && tree.caseMarker(of: $0) == "to" }
            .compactMap { slotOfWord($0, tree: tree) }
            .first { $0 != excluding && slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) }
    }

    /// The slot of the first actor of another state named in what an apology is "for" ("apologised for the damage
    /// inflicted on Libya during colonial rule", "for the losses suffered by Pakistan's military"): whom it is made
    /// to, where the verb names no one.
    func apologyTarget(of verb: VerbHit, source: Int?) -> Int? {
        guard let tree, let word = treeWord(of: verb) else { return nil }
        let sourceStates = Set(source.map { actors(of: $0).map { String($0.code.prefix(3)) } } ?? [])
        let reasons = tree.dependents(of: word, ["obl", "nmod"]).filter { tree.caseMarker(of: $0) == "for" }
        // (A participle of the phrase's noun the parse hung on the verb: "for the damage inflicted on Libya".)
        let participles = tree.dependents(of: word, ["advcl"]).filter { participle in
            tree.sentence.words[participle].fineTag == "VBN" && reasons.contains { $0 < participle }
        }
        return tree.descendants(of: reasons + participles, skipping: ["acl:relcl", "parataxis", "punct", "conj"]).sorted()
            .compactMap { slotOfWord($0, tree: tree) }
            .first { slot in
                slots[slot].members.contains(where: { $0.hasState && $0.namesActor })
                    && !actors(of: slot).contains { sourceStates.contains(String($0.code.prefix(3))) }
            }
    }

    func slotOfWord(_ word: Int, tree: TokenTree) -> Int? {
        guard word >= 0, word < tree.tokenOfWord.count else { return nil }
        let token = tree.tokenOfWord[word]
        guard token >= 0, token < slotAt.count, slotAt[token] >= 0 else { return nil }
        return Int(slotAt[token])
    }
}
