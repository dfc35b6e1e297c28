import EntenteParser

/// Meetings, visits and calls as news writes them beyond the dictionaries' patterns: a visit named by a noun, going to
/// a state for talks, receiving a guest, a meeting by phone, talks hosted between others, and "called" that names
/// rather than telephones. (Acts conducted by an object — exercises, a telephone call held — are in
/// `SentenceAnalysis+ObjectActs.swift`.)
extension SentenceAnalysis {
    /// A visit named by the noun a verb of going or beginning takes is a visit, CAMEO's 042: "arrived in Kabul on an
    /// unannounced visit" (`ARRIVE [040]` reads only "for a visit"), "began a state visit to the United States" (not
    /// `BEGIN * &PROGRAM [014]`). The visit's own "to" phrase, when it names an actor, is whom it visits.
    ///
    /// CAMEO links a visit with its hosting: "Taiwan's Vice Foreign Minister visited Russia today" is 042, and 043 with
    /// the actors reversed (the manual's note to 042), as the dictionaries' `VISIT [042:043]` codes it; so a visit
    /// this reads is coded with the host's 043.
    func refineVisits(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        return found.flatMap { event -> [Found] in
            // A pattern that reads the visit itself decides (PETRARCH's test dictionary: `- * VISIT [032]`) — but not
            // one that takes a stop made for an intent to meet (Phoenix's `MAKE * STOP (IN) [036:036]`): a stop made
            // in a state is a visit made.
            // (A visit read already, with its hosting, stays as it is: "arrived in Kabul … on an unannounced visit".)
            guard !["042", "043"].contains(event.code), let word = treeWord(of: verbs[event.verbIndex]), tree.sentence.words[word].tag == .verb,
                Self.visitingVerbs.contains(tree.form(word)),
                event.code == "036" && verbSpans[event.verbIndex].tense == .past
                    || !(event.evidence.pattern.map { pattern in Self.visitNouns.contains { pattern.uppercased().contains($0.uppercased()) } } ?? false),
                // Only a meeting (04) or a verb with no code of its own: a dictionary whose verb codes the visit
                // otherwise (`ARRIVE [032:033]`) decides.
                event.code.hasPrefix("04") || ownCodes(of: verbs[event.verbIndex])?.isEmpty ?? true,
                // (The parse may hang "on a three-day visit" on the day before it.)
                let visit = (tree.dependents(of: word, ["obj", "obl"]) + tree.dependents(of: word, ["obl"]).flatMap { tree.dependents(of: $0, ["nmod"]) })
                    .first(where: { noun in
                        (Self.visitNouns.contains(tree.form(noun))
                            && (tree.relation(noun) == "obj" || ["on", "for"].contains(tree.caseMarker(of: noun) ?? "")))
                            || (Self.stopNouns.contains(tree.form(noun)) && tree.relation(noun) == "obj")
                    })
            else { return [event] }
            // The reverse of a two-way code of the verb (`[036:036]`), whose source is not the one who goes: the visit's
            // hosting stands for it.
            let subjects = tree.dependents(of: word, ["nsubj"]).compactMap { slot(forWord: $0, tree: tree) }
            if !subjects.isEmpty, !subjects.contains(where: { actors(of: $0).contains { $0.code == event.source.code } }) {
                return []
            }
            var visiting = event
            if let host = tree.dependents(of: visit, ["nmod"]).first(where: { tree.caseMarker(of: $0) == "to" }),
                let slot = slotOfWord(host, tree: tree), let actor = actors(of: slot).first
            {
                // The host does not visit back: a reverse of the verb's code goes (the visit's hosting stands for it).
                if event.source.code == actor.code { return [] }
                visiting.target = actor
            }
            visiting.code = "042"
            visiting.evidence.sourceRule += " + a visit"
            return [visiting, linked(visiting, code: "043")]
        }
    }

    /// An act done "during a visit to" a state (or "on" one) is done on a visit there: the visit (042, by the visit's
    /// own "by" phrase, else by the actor) and its hosting (043) are events of the sentence beside the act ("During a
    /// visit to Tbilisi on Friday, U.S. Secretary of State Condoleezza Rice demanded that Russian forces leave
    /// Georgia").
    func codeVisitsDuringActs(_ found: [Found]) -> [Found] {
        // (Most sentences name no visit: the tree is read only where one does.)
        guard options.readsModality, let tree, tree.forms.contains(where: Self.visitNouns.contains) else { return found }
        var result = found
        var seen = Set<String>()
        let verbOfWord = verbIndexesByTreeWord()
        for event in found where !isNull(event.source.code) {
            guard let word = treeWord(of: verbs[event.verbIndex]) else { continue }
            // The act's own verb (only an act done: "will meet … during a visit to Eriador" is a visit to come, no
            // visit made), or the verb that reports it, whose speaker makes the visit ("Japan will provide the
            // Philippines with patrol vessels, Abe said during a visit to Manila").
            let acted = !event.code.hasPrefix("03") && verbSpans[event.verbIndex].tense != .future ? [word] : []
            let reporting = ([tree.relation(word) == "ccomp" ? tree.head(word) : nil].compactMap { $0 } + tree.dependents(of: word, ["parataxis"]))
                .filter { speech in verbOfWord[speech].map(isSpeechVerb) ?? false }
            for verbWord in acted + reporting {
                // "during a visit to Tbilisi", "On his first visit to Damascus, …": a phrase of the verb ("on" before
                // it: "agreed on a visit by …" is what was agreed); "Chinese Premier Wen Jiabao, on a visit to India,
                // held talks": one beside its subject.
                let subject = verbWord == word ? tree.dependents(of: verbWord, ["nsubj"]) : []
                // ("during a visit" the parse hung on the verb's object is the verb's.)
                let objects = tree.dependents(of: verbWord, ["obj"]).flatMap { tree.dependents(of: $0, ["nmod"]) }
                // ("Speaking in Nairobi during a one-day visit, Rice urged …": the phrase of a participle beside the verb.)
                let participles = tree.dependents(of: verbWord, ["advcl"]).filter { tree.sentence.words[$0].fineTag == "VBG" }
                    .flatMap { tree.dependents(of: $0, ["obl"]) }.flatMap { [$0] + tree.dependents(of: $0, ["nmod"]) }
                let visits = (tree.dependents(of: verbWord, ["obl"]) + subject.flatMap { tree.dependents(of: $0, ["nmod", "appos"]) } + objects + participles)
                    .filter {
                        guard Self.visitNouns.contains(tree.form($0)), let marker = tree.caseMarker(of: $0) else { return false }
                        return marker == "during" || (marker == "on" && $0 < verbWord)
                    }
                let speaker = verbWord == word ? nil
                    : tree.dependents(of: verbWord, ["nsubj"]).first.flatMap { slot(forWord: $0, tree: tree) }
                        .flatMap { actors(of: $0).first(where: { !isNull($0.code) }) }
                for visit in visits {
                    // The visitor: the visit's own "by" phrase ("apologised … during a one-day visit to Pyongyang by the
                    // Japanese prime minister"), else the speaker who reported the act, else whoever did it.
                    // (Or its possessor: "during Prime Minister Narendra Modi's visit to Tokyo".)
                    let visitor = (tree.dependents(of: visit, ["nmod", "nmod:agent"]).filter { tree.caseMarker(of: $0) == "by" }
                        + tree.dependents(of: visit, ["nmod:poss"]))
                        .lazy.compactMap { slot(forWord: $0, tree: tree) }
                        .compactMap { actors(of: $0).first(where: { !isNull($0.code) }) }.first ?? speaker ?? event.source
                    // The host: the state the visit is "to"; a visit to no place named is to the state the act is
                    // done to ("praised Myanmar's political reforms during a six-hour visit on Monday").
                    let place = tree.dependents(of: visit, ["nmod"]).first(where: { tree.caseMarker(of: $0) == "to" })
                    let placed = place.flatMap { slotOfWord($0, tree: tree) }.map { actors(of: $0).filter { !isNull($0.code) } } ?? []
                    let named = placed.first { $0.code.prefix(3) != visitor.code.prefix(3) }
                    // (So is a visit to a place that names no state: "during his first visit to the former enemy".)
                    let acted = placed.isEmpty && !event.target.code.hasPrefix("IGO") ? event.target : nil
                    guard let host = named ?? acted, host.code.prefix(3) != visitor.code.prefix(3), !isNull(host.code),
                        seen.insert(visitor.code + ">" + host.code).inserted
                    else { continue }
                    var visiting = event
                    (visiting.source, visiting.target, visiting.code) = (visitor, host, "042")
                    visiting.evidence.sourceRule += " + during a visit"
                    result += [visiting, linked(visiting, code: "043")]
                }
            }
        }
        return result
    }

    /// A visit made, named by a noun anywhere in a sentence that codes something else, is a visit (042) and its
    /// hosting (043): "the first visit to Turkey by a Greek foreign minister in decades" beside talks held in Ankara,
    /// "…, on his first visit to Egypt since returning to office", "… during a visit by Yemeni President Ali Abdullah
    /// Saleh", "at the start of the first state visit to Britain by an Irish head of state". The visitor is the
    /// visit's "by" phrase or its possessor, else the subject of the clause it stands in; the host the state its "to"
    /// phrase names, else (no place named) the state the visitor's acts in the sentence are done to. A visit to come
    /// is none: one planned, upcoming or postponed, "ahead of" or "before" a visit, or one that a clause in the future,
    /// or an infinitive, or a verb of planning or talk ("agreed on", "discussed", "invited … on") governs.
    func codeVisitsNamed(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, !found.isEmpty, tree.forms.contains(where: Self.visitNouns.contains) else { return found }
        func state(_ actor: CodedActor) -> Substring { actor.code.prefix(3) }
        var seen = Set(found.filter { $0.code == "042" }.map { state($0.source) + ">" + state($0.target) })
        var result = found
        for visit in tree.forms.indices where Self.visitNouns.contains(tree.form(visit)) && tree.sentence.words[visit].tag == .noun {
            guard let clause = visitMade(visit, tree: tree) else { continue }
            // (A visitor named, by a phrase or a possessor other than a pronoun, that names no actor is no one else.)
            let visitors = tree.dependents(of: visit, ["nmod", "nmod:agent"]).filter { tree.caseMarker(of: $0) == "by" }
                + tree.dependents(of: visit, ["nmod:poss"]).filter { tree.sentence.words[$0].tag != .pronoun }
            let named = visitors.lazy.compactMap { slot(forWord: $0, tree: tree) }
                .compactMap { actors(of: $0).first(where: { !isNull($0.code) }) }.first
            // (A clause with no subject of its own, a participle's, has its governor's: "… on reviving peace
            // negotiations with the Palestinians, on his first visit to Egypt".)
            let subject = visitors.isEmpty
                ? sequence(first: clause, next: { tree.head($0) }).prefix(3)
                    .lazy.compactMap { tree.dependents(of: $0, ["nsubj"]).first }.first
                    .flatMap { slot(forWord: $0, tree: tree) }.flatMap { actors(of: $0).first(where: { !isNull($0.code) }) }
                : nil
            guard let visitor = named ?? subject else { continue }
            let place = tree.dependents(of: visit, ["nmod"]).first(where: { tree.caseMarker(of: $0) == "to" })
            let placed = place.flatMap { slotOfWord($0, tree: tree) }.map { actors(of: $0).filter { !isNull($0.code) } } ?? []
            let host = place == nil
                ? found.first(where: { state($0.source) == state(visitor) && state($0.target) != state(visitor) && !isNull($0.target.code) })?.target
                : placed.first { state($0) != state(visitor) }
            guard let host, state(host) != state(visitor), !host.code.hasPrefix("IGO"),
                seen.insert(state(visitor) + ">" + state(host)).inserted
            else { continue }
            var visiting = found.first(where: { state($0.source) == state(visitor) }) ?? found[0]
            (visiting.source, visiting.target, visiting.code) = (visitor, host, "042")
            visiting.evidence.sourceRule += " + a visit named"
            result += [visiting, linked(visiting, code: "043")]
        }
        return result
    }

    /// The verb of the clause a visit noun stands in, where the visit was made (nil for one to come).
    private func visitMade(_ visit: Int, tree: TokenTree) -> Int? {
        if tree.dependents(of: visit, ["amod", "compound", "acl"]).contains(where: { Self.visitsToCome.contains(tree.form($0)) }) { return nil }
        // A visit a verb acts on is one made only by a verb of making or ending it ("began a state visit", "wrapped up
        // a visit"), whose own code reads it where it can; another's is a thing ("rescheduled his trip").
        // (One set off by a comma, "…, the first visit by a Saudi foreign minister to Iraq", the parse may make the
        // verb's object: it stands in apposition.)
        if tree.relation(visit) == "obj", let head = tree.head(visit),
            !(Self.visitingVerbs.contains(tree.form(head)) || Self.endingVisitVerbs.contains(tree.form(head))),
            !(tree.children[visit].contains { tree.relation($0) == "det" } && visit >= 2
                && [tree.form(visit - 2), tree.form(max(visit - 3, 0))].contains(","))
        {
            return nil
        }
        // ("his annual mushroom hunting trip": a trip of another kind than a state's; a name or a number before it says
        // when or where: "the November visit to Islamabad", "his Moscow visit".)
        if tree.dependents(of: visit, ["compound"]).contains(where: { word in
            tree.sentence.words[word].tag == .noun && !Self.visitKinds.contains(tree.form(word))
        }) {
            return nil
        }
        if let marker = tree.caseMarker(of: visit), Self.visitsAwaited.contains(marker) || Self.visitsReactedTo.contains(marker) { return nil }
        // ("in protest at South Korean President Lee Myung-bak's visit": a visit protested is the protest's cause.)
        // ("ahead of a visit", "on the eve of a visit": one to come.)
        if let head = tree.head(visit), Self.protestNouns.contains(tree.form(head)) || Self.visitsAwaitedHeads.contains(tree.form(head)) { return nil }
        // Up through the nouns it hangs from ("at the start of the first state visit") to its clause's verb.
        var current = visit
        for _ in 0..<4 {
            guard let head = tree.head(current) else { return nil }
            // A visit "on" which a verb after it or a noun acts is what is agreed or talked about ("agreed on a visit to
            // Tokyo by the Russian president", "talks on a visit by …"), unless a possessor says whose ("…, on his first
            // visit to Egypt").
            let about = tree.caseMarker(of: visit) == "on" && tree.dependents(of: visit, ["nmod:poss"]).isEmpty
            if tree.sentence.words[head].tag == .verb {
                guard !(about && visit > head), !Self.visitsPlanned.contains(tree.form(head)), !hasFutureAuxiliary(head, tree: tree),
                    !tree.isInfinitiveComplement(head), !tree.isToInfinitive(head)
                else { return nil }
                return head
            }
            if about && current == visit { return nil }
            current = head
        }
        return nil
    }

    private static let visitsToCome: Set<String> = [
        "planned", "upcoming", "proposed", "scheduled", "expected", "possible", "next", "future", "forthcoming", "postponed",
        "cancelled", "canceled", "delayed", "planning", "invitation",
    ]
    private static let visitsAwaited: Set<String> = ["ahead", "before", "for", "prior"]
    private static let endingVisitVerbs = Inflection.lowerCaseForms(of: ["end", "conclude", "wrap", "complete", "cut", "finish"], irregular: ["cut"])
    private static let visitKinds: Set<String> = ["state", "official", "working", "goodwill", "farewell", "day", "fact-finding", "surprise", "snap"]
    private static let visitsAwaitedHeads: Set<String> = ["ahead", "prior", "eve", "preparation", "preparations", "prelude", "run-up"]
    /// A visit protested, talked about or come back from is the act's cause or its past ("protested against the
    /// visit", "lodged representations over the visit", "returned from a trip to the United States").
    private static let visitsReactedTo: Set<String> = ["over", "against", "about", "from", "despite", "regarding"]
    private static let protestNouns: Set<String> = ["protest", "protests", "response", "reaction", "anger", "opposition", "objection"]
    private static let visitsPlanned = Inflection.lowerCaseForms(
        of: ["plan", "cancel", "postpone", "invite", "propose", "agree", "discuss", "announce", "prepare", "schedule", "reschedule", "delay", "confirm",
             "await", "expect", "call", "consider", "welcome", "arrange", "seek", "request", "urge", "offer"],
        irregular: [])

    /// A visitor named by "visiting" before the title ("apologised to visiting Prime Minister Junichiro Koizumi", "at a
    /// Kremlin news conference with visiting Ukrainian President Viktor Yushchenko") is on a visit to the state of the
    /// sentence's subject: the visit (042) and its hosting (043), beside what the sentence codes else.
    func codeVisitorsNamed(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, !found.isEmpty, tree.forms.contains("visiting"),
            let root = tree.sentence.words.indices.first(where: { tree.sentence.words[$0].head == 0 }),
            let subject = tree.dependents(of: root, ["nsubj"]).first, let hostSlot = slot(forWord: subject, tree: tree),
            !states(ofSlot: hostSlot).isEmpty, let host = actors(of: hostSlot).first(where: { !isNull($0.code) && !$0.code.hasPrefix("---") })
        else { return found }
        var result = found
        for word in tree.forms.indices where tree.form(word) == "visiting" {
            // Before the noun it describes, with no object of its own ("visiting Tehran" is a verb's) — or after a
            // preposition, where the parse may make the person it describes its object ("with visiting Ukrainian
            // President Viktor Yushchenko"): a person by a title, not a state or a place.
            let described: Int?
            if let object = tree.dependents(of: word, ["obj"]).first {
                // (Or the parse made it a meeting verb's complement: "met visiting Pakistani Prime Minister Nawaz Sharif".)
                let afterPreposition = word > 0 && Self.visitorPrepositions.contains(tree.form(word - 1))
                    || (tree.relation(word) == "xcomp" && tree.head(word).map { Self.meetingForms.contains(tree.form($0)) } ?? false)
                let titled = slot(forWord: object, tree: tree).map { actors(of: $0).contains { $0.code.count > 3 } } ?? false
                described = afterPreposition && titled ? object : nil
            } else {
                described = tree.head(word).flatMap { $0 > word && ["amod", "acl"].contains(tree.relation(word)) ? $0 : nil }
            }
            guard let noun = described,
                let verbIndex = verbs.firstIndex(where: { treeWord(of: $0) == word }),
                let visitorSlot = slot(forWord: noun, tree: tree), visitorSlot != hostSlot,
                !states(ofSlot: visitorSlot).isEmpty, let visitor = actors(of: visitorSlot).first(where: { !isNull($0.code) && !$0.code.hasPrefix("---") }),
                visitor.code.prefix(3) != host.code.prefix(3),
                !result.contains(where: { $0.code == "042" && $0.source.code.prefix(3) == visitor.code.prefix(3) })
            else { continue }
            let visit = Found(source: visitor, target: host, code: "042", evidence: ownEvidence(of: verbs[verbIndex], rule: "a visitor named"), verbIndex: verbIndex)
            result.append(visit)
            result.append(linked(visit, code: "043"))
        }
        return result
    }

    static let visitorPrepositions: Set<String> = ["with", "of", "to", "by", "for"]
    static let meetingForms = Inflection.lowerCaseForms(of: ["meet", "receive", "welcome", "host", "greet"], irregular: ["met"])

    /// An event's partner that CAMEO codes with it, with the actors reversed: a visit's hosting, a call's call back.
    func linked(_ event: Found, code: String) -> Found {
        var partner = event
        (partner.source, partner.target, partner.code) = (event.target, event.source, code)
        partner.evidence.sourceRule += " (\(code) linked to \(event.code), actors reversed)"
        return partner
    }

    static let visitNouns: Set<String> = ["visit", "visits", "trip", "tour"]
    /// A stop made somewhere ("made an unannounced stop in Lahore"): a visit, as the verb's object.
    static let stopNouns: Set<String> = ["stop", "stopover"]
    static let visitingVerbs = Inflection.lowerCaseForms(
        of: ["arrive", "begin", "start", "travel", "come", "fly", "embark", "undertake", "kick", "make", "pay"],
        irregular: ["began", "begun", "beginning", "travelled", "travelling", "came", "flew", "flown", "undertook", "undertaken", "made", "paid"])

    /// The state a verb of going or arriving visits, where it makes a visit, CAMEO's 042 ("travel to another location
    /// for a meeting or other event"), linked with the state's hosting, 043: anyone's going to a state for talks,
    /// a summit or a visit ("flew to Tehran on Saturday for talks with Iranian officials", "crossed into North Korea
    /// for a summit"); and, where no pattern was read, an official's (a government's person, an elite, a legislator)
    /// going to another state ("King Hussein travelled to Israel", "flew to Yerevan", "arrived in Moscow"), which the
    /// dictionaries' verbs of going code as consulting (`GO_SOMEWHERE [040]`, `ARRIVE [040]`). Troops, rebels or
    /// refugees going somewhere make no visit, nor does anyone going back ("returned to Paris").
    func visitDestination(_ verb: VerbHit, patternRead: Bool) -> Int? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.goingVerbs.contains(tree.form(word)) || Self.arrivingVerbs.contains(tree.form(word))
        else { return nil }
        let phrases = tree.dependents(of: word, ["obl"])
        let markers: Set<String> = Self.arrivingVerbs.contains(tree.form(word)) ? ["in", "at"] : ["to", "into"]
        /// The states a phrase names ("the Colombian Caribbean city of Santa Marta": the state in the place's phrase).
        func statesNamed(_ phrase: Int) -> [String] {
            guard let slot = slot(forWord: phrase, tree: tree) else { return [] }
            return slots[slot].members.filter { $0.hasState && $0.namesActor }.flatMap(\.codes).map { String($0.prefix(3)) }
        }
        func states(_ phrase: Int) -> [String] { markers.contains(tree.caseMarker(of: phrase) ?? "") ? statesNamed(phrase) : [] }
        /// The slot of the first phrase naming a state gone to, none of `besides`.
        func destination(besides: [String] = []) -> Int? {
            phrases.first { phrase in states(phrase).contains { state in !besides.contains { $0.hasPrefix(state) } } }
                .flatMap { slot(forWord: $0, tree: tree) }
        }
        let meetings = phrases.filter { tree.caseMarker(of: $0) == "for" && Self.meetingNouns.contains(tree.form($0)) }
        if !meetings.isEmpty {
            let destinations = Set(phrases.flatMap(states))
            guard !destinations.isEmpty else { return nil }
            // Where the dictionaries' pattern read the talks (`ARRIVE (FOR TALKS) [046:046]`), they are the visit when
            // held with the hosts ("arrived in Baghdad for talks with Iraqi leaders"), not with a third state met
            // there ("arrived in Geneva for talks with Iranian officials").
            guard patternRead else { return destination() }
            let partners = (phrases + meetings.flatMap { tree.dependents(of: $0, ["nmod"]) }).filter { tree.caseMarker(of: $0) == "with" }
            return partners.flatMap(statesNamed).allSatisfy(destinations.contains) ? destination() : nil
        }
        guard !patternRead, !Self.goingBackForms.contains(tree.form(word)) else { return nil }
        func isOfficial(_ code: String) -> Bool { Self.visitingAgents.contains { code.dropFirst(3).hasPrefix($0) } }
        let visitors = tree.dependents(of: word, ["nsubj"]).flatMap { subject -> [String] in
            guard let slot = relativeAntecedent(of: subject, verb: word, tree: tree) ?? slot(forWord: subject, tree: tree) else { return [] }
            let codes = slots[slot].members.flatMap(\.codes).filter { !isNull(String($0.prefix(3))) }
            // "King Hussein of Jordan": a title of no state named, with the state in the phrase, is its official.
            let titled = tree.descendants(of: [subject], skipping: Self.clausalRelations).contains { word in
                slotOfWord(word, tree: tree).map { slots[$0].members.flatMap(\.codes).contains { $0.hasPrefix("---") && isOfficial($0) } } ?? false
            }
            return codes.filter { code in code.count > 3 ? isOfficial(code) : titled }
        }
        guard !visitors.isEmpty else { return nil }
        return destination(besides: visitors)
    }

    /// Going back is mostly going home ("the minister returned to Paris").
    static let goingBackForms = Inflection.lowerCaseForms(of: ["return"], irregular: [])
    /// The agents whose going to another state is a visit: a government's people, elites, legislators.
    static let visitingAgents = ["GOV", "ELI", "LEG"]
    static let arrivingVerbs = Inflection.lowerCaseForms(of: ["arrive"], irregular: [])

    static let goingVerbs = Inflection.lowerCaseForms(
        of: ["fly", "travel", "go", "head", "cross", "come", "return", "journey"],
        irregular: ["flew", "flown", "travelled", "travelling", "goes", "went", "gone", "came"])
    static let meetingNouns: Set<String> = ["talks", "summit", "meeting", "meetings", "visit", "consultations", "negotiations"]

    /// Whether a verb of receiving with no code of its own receives a person of another state ("Morocco's king
    /// received the French president"): hosting a visit, 043, and the guest's visit, 042. A thing received ("received
    /// a letter", "received Russian weapons") or troops are no guests.
    func receivesAGuest(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.receivingVerbs.contains(tree.form(word)),
            let object = tree.dependents(of: word, ["obj"]).first, let slot = slotOfWord(object, tree: tree)
        else { return false }
        return slots[slot].members.contains { member in
            member.codes.contains { code in code.count > 3 && !code.hasPrefix("---") && !code.dropFirst(3).hasPrefix("MIL") }
        }
    }

    static let receivingVerbs = Inflection.lowerCaseForms(of: ["receive"])

    /// Whether "welcomed" takes a person of another state as its guest — its object, its passive subject, or the
    /// noun its participle modifies ("Chinese President Xi Jinping, welcomed by Prime Minister Nawaz Sharif at an air
    /// base"): hosting a visit (043, and the guest's 042), not the praise `WELCOME [051]` codes for a thing welcomed
    /// ("welcomed the decision").
    func welcomesAGuest(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.welcomingForms.contains(tree.form(word))
        else { return false }
        let guests = tree.dependents(of: word, ["obj", "nsubj:pass"]) + (tree.relation(word) == "acl" ? tree.head(word).map { [$0] } ?? [] : [])
        // A person: an office-holder's code (`PAKGOV`), or a name the dictionaries lack with a state's adjective
        // ("Chinese President Xi Jinping" on a day before his presidency).
        return guests.contains { guest in
            guard let slot = slot(forWord: guest, tree: tree) else { return false }
            let named = tree.sentence.words[guest].tag == .properNoun && slotOfWord(guest, tree: tree) == nil
            return slots[slot].members.contains { member in
                member.codes.contains { code in
                    !code.hasPrefix("---") && !code.hasPrefix("IGO") && (named || (code.count > 3 && !code.dropFirst(3).hasPrefix("MIL")))
                }
            }
        }
    }

    static let welcomingForms = Inflection.lowerCaseForms(of: ["welcome", "greet"])

    /// A meeting held or a thing said "by phone" or "by telephone" is a telephone call, CAMEO's 041: "spoke with U.S.
    /// President Joe Biden by phone", "told Pakistani Foreign Minister Hina Rabbani Khar by telephone that …". A call
    /// is coded both ways, as the manual's note to 041 codes one ("Two events of the same type
    /// are coded with actors reversed") and the dictionaries' `CALL [041:041]`.
    ///
    /// A call named by a phrase ("discussed a ceasefire during a telephone call", "told his Pakistani counterpart in
    /// a telephone call that …"): a meeting or a statement made in it is the call; another act made in it (an
    /// apology, a demand) is coded beside the call.
    func refineCallsByPhone(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, !found.isEmpty,
            tree.forms.contains(where: Self.phoneWords.contains)
        else { return found }
        var calls = Set<String>()
        return found.flatMap { event -> [Found] in
            guard event.code != "041", let word = treeWord(of: verbs[event.verbIndex]) else { return [event] }
            let byPhone = (event.code.hasPrefix("04") || event.code.hasPrefix("01"))
                && tree.dependents(of: word, ["obl", "nmod"]).contains(where: { isByPhone($0, tree: tree) })
            guard byPhone || madeInACall(word, tree: tree) else { return [event] }
            var call = event
            call.code = "041"
            call.evidence.sourceRule += byPhone ? " + by phone" : " + in a telephone call"
            let both = isNull(call.source.code) || isNull(call.target.code) ? [call] : [call, linked(call, code: "041")]
            if byPhone || event.code.hasPrefix("04") || event.code.hasPrefix("01") { return both }
            // Another act made in the call: the act, and the call once per pair.
            guard calls.insert([call.source.code, call.target.code].sorted().joined(separator: "|")).inserted else { return [event] }
            return [event] + both
        }
    }

    /// A telephone call named with the other party in it is a call between the verb's subject and that party, CAMEO's
    /// 041 both ways, whatever else the verb codes or fails to: "In a telephone call with Pakistani Foreign Minister
    /// Hina Rabbani Khar, Secretary of State Hillary Clinton said …", "offered his apologies to former 'comfort women'
    /// in a telephone call with South Korean President Park Geun-hye", "discussed the standoff by telephone with
    /// Russian President Vladimir Putin", "telephoned Enrique Pena Nieto … to congratulate him". The party is the
    /// call's "with" phrase, the verb's "with" phrase where the call is "by telephone", or the object of a verb of
    /// telephoning.
    func codeCallsWithPartners(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, tree.forms.contains(where: { Self.phoneWords.contains($0) || Self.telephoningForms.contains($0) })
        else { return found }
        func state(_ actor: CodedActor) -> Substring { actor.code.prefix(3) }
        var made = Set(found.filter { $0.code == "041" }.map { [state($0.source), state($0.target)].sorted().joined(separator: "|") })
        var result = found
        for (word, verbIndex) in verbIndexesByTreeWord().sorted(by: { $0.key < $1.key }) where tree.sentence.words[word].tag == .verb {
            let withs = { (word: Int) in tree.dependents(of: word, ["nmod", "obl"]).filter { tree.caseMarker(of: $0) == "with" } }
            var partners: [Int] = []
            for phrase in tree.dependents(of: word, ["obl", "nmod", "advcl"]) {
                if isByPhone(phrase, tree: tree) {
                    partners += withs(phrase) + withs(word)
                } else if isCallMadeIn(phrase, tree: tree) {
                    partners += withs(phrase)
                }
            }
            if Self.telephoningForms.contains(tree.form(word)) { partners += tree.dependents(of: word, ["obj"]) }
            guard !partners.isEmpty, let subject = tree.dependents(of: word, ["nsubj"]).first,
                let callerSlot = slot(forWord: subject, tree: tree),
                let caller = actors(of: callerSlot).first(where: { !isNull($0.code) }),
                let partner = partners.lazy.compactMap({ self.slot(forWord: $0, tree: tree) })
                    .compactMap({ self.actors(of: $0).first(where: { !self.isNull($0.code) && state($0) != state(caller) }) }).first,
                made.insert([state(caller), state(partner)].sorted().joined(separator: "|")).inserted
            else { continue }
            let call = Found(
                source: caller, target: partner, code: "041",
                evidence: ownEvidence(of: verbs[verbIndex], rule: "tree: a telephone call with a party named"), verbIndex: verbIndex)
            result += [call, linked(call, code: "041")]
        }
        return result
    }

    static let phoneWords: Set<String> = ["phone", "telephone"]
    static let telephoningForms = Inflection.lowerCaseForms(of: ["telephone", "phone"])

    /// Whether a verb's phrase, or its object's, names a telephone call it was made in ("during a telephone call",
    /// "in a phone conversation", "over the phone").
    private func madeInACall(_ word: Int, tree: TokenTree) -> Bool {
        ([word] + tree.dependents(of: word, ["obj"])).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }.contains { isCallMadeIn($0, tree: tree) }
    }

    /// "by phone", "over the telephone".
    private func isByPhone(_ phrase: Int, tree: TokenTree) -> Bool {
        Self.phoneWords.contains(tree.form(phrase)) && ["by", "over"].contains(tree.caseMarker(of: phrase) ?? "")
    }

    /// "in a telephone call", "during a phone conversation".
    private func isCallMadeIn(_ phrase: Int, tree: TokenTree) -> Bool {
        ["in", "during", "over"].contains(tree.caseMarker(of: phrase) ?? "") && Self.callNouns.contains(tree.form(phrase))
            && tree.dependents(of: phrase, ["compound", "amod"]).contains { Self.phoneWords.contains(tree.form($0)) }
    }

    /// Hosting talks between others is mediating them, CAMEO's 045 (offered, 039): "offered to host talks between
    /// Armenia and Azerbaijan" is no intent to meet them (036). The host is the event's verb or an infinitive it
    /// governs; the talks are the host's object, with a "between" phrase that does not name the source's state.
    func refineHostedTalks(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        return found.map { event in
            guard event.code.hasPrefix("03") || event.code.hasPrefix("04"), let word = treeWord(of: verbs[event.verbIndex]) else {
                return event
            }
            let hosts = ([word] + tree.children[word].filter(tree.isInfinitiveComplement)).filter {
                Self.hostingForms.contains(tree.form($0))
            }
            let mediated = hosts.flatMap { tree.dependents(of: $0, ["obj"]) }.filter { Self.talksNouns.contains(tree.form($0)) }
                .flatMap { tree.dependents(of: $0, ["nmod"]) }.contains { phrase in
                    tree.caseMarker(of: phrase) == "between"
                        && (slot(forWord: phrase, tree: tree).map { slot in
                            !slots[slot].members.flatMap(\.codes).contains { $0.prefix(3) == event.source.code.prefix(3) }
                        } ?? false)
                }
            guard mediated else { return event }
            var mediation = event
            // Hosted is mediated; offered or agreed to host (the host an infinitive of the event's verb), intended.
            mediation.code = hosts.contains(word) ? "045" : "039"
            mediation.evidence.sourceRule += " + talks hosted between others"
            return mediation
        }
    }

    /// Talks, a ceasefire or an agreement "mediated by" or "brokered by" a third party, or held "through" its mediators:
    /// the third party mediates between those who took part, CAMEO's 045, each of them its target ("Armenian and
    /// Azerbaijani leaders held talks in Brussels, mediated by the European Union"; "after days of talks mediated by the
    /// African Union"; "holding indirect peace talks through Turkish mediators"). The parties are those of the
    /// sentence's acts of cooperation (03–06), else its compound subject; the participle's own events (`MEDIATE`'s
    /// `COMPROMISE [080]`) and the parties' acts with the mediator go. ("with Turkish mediation": so.)
    func codeMediation(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, !found.isEmpty,
            tree.sentence.words.indices.contains(where: { Self.mediatedForms.contains(tree.form($0)) || Self.mediatorRoleNouns.contains(tree.form($0)) })
        else { return found }
        var mediators: [(slot: Int, word: Int)] = []
        for word in tree.sentence.words.indices where Self.mediatedForms.contains(tree.form(word)) {
            if let agent = tree.children[word].first(where: { tree.relation($0) == "obl:agent" || (tree.relation($0) == "obl" && tree.caseMarker(of: $0) == "by") }),
                let slot = slot(forWord: agent, tree: tree)
            {
                mediators.append((slot, word))
            }
        }
        // (Or "with" its mediation: "have begun indirect peace talks in Istanbul with Turkish mediation".)
        for word in tree.sentence.words.indices where Self.mediatorNouns.contains(tree.form(word))
            && (["through", "via"].contains(tree.caseMarker(of: word) ?? "") || (tree.form(word) == "mediation" && tree.caseMarker(of: word) == "with"))
        {
            if let slot = tree.dependents(of: word, ["amod", "compound", "nmod:poss"]).compactMap({ slotOfWord($0, tree: tree) }).first {
                mediators.append((slot, word))
            }
        }
        mediators += mediatorsNamedByTheirRole(tree: tree)
        guard !mediators.isEmpty else { return found }
        var result = found
        for (slot, word) in mediators {
            // (Each of several mediators: "brokered by Ecuador's Rafael Correa and Uruguay's Tabare Vazquez". But an
            // agent's slot may run on into the parties, "mediated by the Organisation of African Unity, Ethiopia and
            // Eritrea signed …": after the first, none that the sentence's acts of cooperation join to another.)
            var mediatorActors: [CodedActor] = []
            for actor in actors(of: slot) where !isNull(actor.code) && !mediatorActors.contains(where: { $0.code.prefix(3) == actor.code.prefix(3) }) {
                mediatorActors.append(actor)
            }
            let named = Set(mediatorActors.map { $0.code.prefix(3) })
            let joined = Set(result.filter { ["03", "04", "05", "06"].contains($0.code.prefix(2)) && named.contains($0.source.code.prefix(3)) && named.contains($0.target.code.prefix(3)) }
                .flatMap { [$0.source.code.prefix(3), $0.target.code.prefix(3)] })
            mediatorActors = mediatorActors.enumerated().filter { $0.offset == 0 || !joined.contains($0.element.code.prefix(3)) }.map(\.element)
            guard !mediatorActors.isEmpty else { continue }
            let states = Set(mediatorActors.map { $0.code.prefix(3) })
            // The participle's own events go; so do the parties' acts with the mediator. The talks the parties held
            // with the mediator, told by a verb, they held with each other ("held talks … with Ecuador's Rafael
            // Correa … acting as mediators") — unless the talks were indirect ("have begun indirect peace talks with
            // Turkish officials acting as mediators": the parties did not meet).
            let talksWithMediator = result.filter { event in
                event.code.hasPrefix("04") && event.code != "045" && states.contains(event.target.code.prefix(3)) && !isNull(event.source.code)
                    && !states.contains(event.source.code.prefix(3)) && !verbs[event.verbIndex].nominal
                    && !(treeWord(of: verbs[event.verbIndex]).map { verb in
                        tree.dependents(of: verb, ["obj"]).contains { tree.dependents(of: $0, ["amod"]).contains { tree.form($0) == "indirect" } }
                    } ?? false)
            }
            result.removeAll { event in
                treeWord(of: verbs[event.verbIndex]) == word
                    || (event.code.hasPrefix("0") && (states.contains(event.source.code.prefix(3)) || states.contains(event.target.code.prefix(3))))
            }
            var parties: [CodedActor] = []
            for event in result where ["03", "04", "05", "06"].contains(event.code.prefix(2)) {
                for actor in [event.source, event.target] where !isNull(actor.code) && !parties.contains(where: { $0.code == actor.code }) {
                    parties.append(actor)
                }
            }
            if parties.isEmpty, let root = tree.sentence.words.indices.first(where: { tree.sentence.words[$0].head == 0 }),
                let subject = tree.dependents(of: root, ["nsubj"]).first, let compound = self.slot(forWord: subject, tree: tree),
                slots[compound].members.count > 1
            {
                parties = actors(of: compound).filter { !isNull($0.code) }
            }
            guard parties.count >= 2, let template = found.first else { continue }
            for talks in talksWithMediator {
                for party in parties where party.code.prefix(3) != talks.source.code.prefix(3) && !states.contains(party.code.prefix(3)) {
                    for (source, target) in [(talks.source, party), (party, talks.source)]
                    where !result.contains(where: { $0.source.code == source.code && $0.target.code == target.code && $0.code == talks.code }) {
                        var held = talks
                        (held.source, held.target) = (source, target)
                        held.evidence.sourceRule += " + held with each other, a third party mediating"
                        result.append(held)
                    }
                }
            }
            for mediator in mediatorActors {
                for party in parties where !states.contains(party.code.prefix(3)) {
                    var mediation = template
                    (mediation.source, mediation.target, mediation.code) = (mediator, party, "045")
                    mediation.evidence.pattern = nil
                    mediation.evidence.sourceRule = "tree + mediated by a third party"
                    result.append(mediation)
                }
            }
        }
        return result
    }

    /// Mediators named by their role: "with Ecuador's Rafael Correa and Uruguay's Tabare Vazquez acting as
    /// mediators" (whoever acts as mediator: the participle's subject, or what it describes, or the phrase marked
    /// "with" before it, however the parse hangs them), "under the mediation of the OSCE's Minsk Group".
    private func mediatorsNamedByTheirRole(tree: TokenTree) -> [(slot: Int, word: Int)] {
        var mediators: [(slot: Int, word: Int)] = []
        for word in tree.sentence.words.indices where Self.mediatorRoleNouns.contains(tree.form(word)) {
            let marker = tree.caseMarker(of: word)
            if marker == "as", let acting = tree.head(word), Self.actingForms.contains(tree.form(acting)) {
                var named = tree.dependents(of: acting, ["nsubj"])
                if tree.relation(acting) == "acl", let described = tree.head(acting) { named.append(described) }
                // (In "with X acting as mediators", X: the nearest phrase before it marked "with", wherever it hangs.)
                if let with = (0..<acting).reversed().first(where: { tree.caseMarker(of: $0) == "with" }) { named.append(with) }
                if let slot = named.lazy.compactMap({ self.slot(forWord: $0, tree: tree) }).first(where: { !self.actors(of: $0).allSatisfy { self.isNull($0.code) } }) {
                    mediators.append((slot, word))
                }
            } else if tree.form(word) == "mediation", marker == "under",
                let slot = tree.dependents(of: word, ["nmod"]).filter({ tree.caseMarker(of: $0) == "of" })
                    .compactMap({ self.slot(forWord: $0, tree: tree) }).first
            {
                mediators.append((slot, word))
            }
        }
        return mediators
    }

    private static let mediatorRoleNouns = mediatorNouns.union(["facilitator", "facilitators"])
    private static let actingForms = Inflection.lowerCaseForms(of: ["act", "serve"])

    static let mediatedForms: Set<String> = ["mediated", "brokered"]
    static let mediatorNouns: Set<String> = ["mediators", "mediator", "mediation"]

    static let hostingForms = Inflection.lowerCaseForms(of: ["host"])
    static let talksNouns: Set<String> = ["talks", "negotiations", "meeting", "meetings", "summit", "dialogue"]

    /// What "called" does when it names its object: "called Washington's decision … a serious provocation" is a
    /// criticism (111), what it is called condemning it; "what they call proof", with no one to telephone in the
    /// object, is nothing. Nil where the object names an actor and nothing condemns it ("called Putin", "called his
    /// Japanese counterpart": the block's telephone call, 041) or there is no object ("called for", "called on").
    func namingCall(_ verb: VerbHit) -> EventCodes? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), Self.callingForms.contains(tree.form(word)) else {
            return nil
        }
        guard let object = tree.dependents(of: word, ["obj"]).first else { return nil }
        // What it is called: the words after the object, and the object itself where it is what something is called
        // ("a move the agency called a flagrant violation", the move standing outside the clause).
        let named = tree.descendants(of: [word], skipping: ["parataxis", "punct", "conj"]).filter { $0 >= object }
        if named.contains(where: { Self.condemningNouns.contains(tree.form($0)) }) { return EventCodes(forward: "111") }
        // "called Brazil a 'diplomatic dwarf'": a name given to someone, its noun a complement of the verb, is no
        // telephone call (and no criticism the words show).
        if tree.dependents(of: word, ["xcomp"]).contains(where: { tree.sentence.words[$0].tag.isNominal && $0 > object }) {
            return EventCodes(forward: nil)
        }
        // Someone to call: an actor anywhere in the object's phrase ("his Japanese counterpart").
        return slot(forWord: object, tree: tree) == nil ? EventCodes(forward: nil) : nil
    }

    static let callingForms = Inflection.lowerCaseForms(of: ["call"])
    /// Nouns that condemn what they name: "called the move a provocation", "… a violation of international law".
    static let condemningNouns: Set<String> = [
        "provocation", "violation", "crime", "aggression", "interference", "mistake", "threat", "disgrace", "betrayal",
        "farce", "insult", "outrage", "blunder", "sham",
    ]
}
