import EntenteParser

extension SentenceAnalysis {
    /// CAMEO's demands and appeals "that take the form of demonstrations, protests, etc. are coded under category 14
    /// instead" (its notes to 104x): a demand or appeal (10, 02) made as the purpose of a protest — "staged
    /// demonstrations to demand political reforms", "blocked roads demanding …", "a demonstration calling for …" —
    /// is that protest, by its kind in the codebook's names (demonstrate or rally 141, hunger strike 142, strike or
    /// boycott 143, obstruct or block 144, riot 145), refined by what is demanded (a change of leadership 14x1,
    /// policy or reform not named 14x2, rights 14x3, institutions 14x4). The protest's own verb codes nothing
    /// beside it ("blocked" is no 170 there). Runs before ``mainEvents(_:)``, which would drop the purpose.
    ///
    /// - Complexity: O(e × c) for e events and c children of a governing word.
    func codeDemandsAsProtests(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { Self.demandFamilies.contains($0.code.prefix(2)) }) else { return found }
        var result = found
        var protestWords = Set<Int>()
        var protestOfVerb: [Int: String?] = [:]
        for index in result.indices where Self.demandFamilies.contains(result[index].code.prefix(2)) {
            let verbIndex = result[index].verbIndex
            if protestOfVerb[verbIndex] == nil {
                protestOfVerb[verbIndex] = treeWord(of: verbs[verbIndex]).flatMap { word -> String? in
                    guard let (code, governing) = protest(governing: word, tree: tree) else { return nil }
                    protestWords.insert(governing)
                    return code
                }
            }
            guard let protest = protestOfVerb[verbIndex] ?? nil else { continue }
            let demanded = Self.demandedKind(result[index].code)
            result[index].code = demanded.flatMap { EventCodes.composed(governing: protest, kind: $0) } ?? protest
            result[index].evidence.sourceRule += " + protest"
        }
        guard !protestWords.isEmpty else { return result }
        // The protest's own verb ("blocked roads", "rioted") is the same event.
        return result.filter { event in
            guard let word = treeWord(of: verbs[event.verbIndex]), protestWords.contains(word) else { return true }
            return event.evidence.sourceRule.hasSuffix(" + protest")
        }
    }

    /// A state's protest addressed to another is an official complaint, CAMEO's 114 ("lodged an official protest
    /// with Albania", the codebook's example), not a civilian demonstration (140) nor a bare disapproval (110):
    /// a protest verb, or a verb whose object is a protest or complaint ("lodged", "filed", "delivered"), made by a
    /// state, its government or its legislature, or an international body, and addressed by "to" or "with" to the
    /// event's target, or made "against" it by name. Protests by people, students or the opposition stay
    /// demonstrations. Only with moods read (the CAMEO examples' and Entente's options).
    ///
    /// - Complexity: O(e × c) for e events and c children of their verbs and objects.
    func codeOfficialComplaints(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        return found.flatMap { event -> [Found] in
            guard Self.speaksForAState(event.source.code), let word = treeWord(of: verbs[event.verbIndex]) else { return [event] }
            // "summoned the U.S. ambassador to protest a drone strike", "… to lodge a protest": a meeting a state called to protest is the
            // protest (as CAMEO codes a demand made by protesting as the protest). A protest in its own form keeps it
            // ("started a hunger strike to protest": 1422; "shunned work to protest": 143).
            // (The parse may hang the infinitive on the object: "summoned China's ambassador … to protest against".)
            // (The verb's own block decides, not a pattern of another verb of it that the words far off fit: "telephoned
            // … to protest against a Turkish air strike" is no `CALL * {AIR STRIKE} [138]`.)
            let protestsByIt = (event.code.hasPrefix("04") || ownCodes(of: verbs[event.verbIndex])?.forward?.hasPrefix("04") == true)
                && (tree.children[word] + tree.dependents(of: word, ["obj"]).flatMap { tree.dependents(of: $0, ["acl"]) }).contains { child in
                    ["advcl", "xcomp", "acl"].contains(tree.relation(child)) && tree.isToInfinitive(child)
                        && (Self.complaintVerbs.contains(tree.form(child))
                            // ("summoned Tokyo's ambassador to lodge a protest")
                            || tree.dependents(of: child, ["obj"]).contains { Self.complaintNouns.contains(tree.form($0)) })
                }
            // "summoned Russia's ambassador over the killing of a Georgian man", "… after a minister called for …": a
            // summons over something, or after it, is a protest of it, as diplomats use the word.
            let summonedOver = event.code.hasPrefix("04") && Self.summoningForms.contains(tree.form(word))
                && (([word] + tree.dependents(of: word, ["obj"])).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }.contains { phrase in
                    tree.caseMarker(of: phrase).map(Self.summonsReasons.contains) ?? false
                } || tree.dependents(of: word, ["advcl"]).contains { clause in
                    tree.dependents(of: clause, ["mark"]).contains { Self.summonsReasons.contains(tree.form($0)) }
                })
            // "summoned Pakistan's high commissioner … and lodged a strong protest over …": a summons with a protest
            // lodged beside it is that protest, made to the envoy's state.
            let summonedToProtest = event.code.hasPrefix("04") && Self.summoningForms.contains(tree.form(word))
                && tree.dependents(of: word, ["conj"]).contains { conjunct in
                    tree.dependents(of: conjunct, ["obj"]).contains { Self.complaintNouns.contains(tree.form($0)) }
                }
            // A telephone call made to protest stays a call, both ways, and its caller's protest is coded beside it
            // ("telephoned the Turkish president to protest against a Turkish air strike").
            if protestsByIt, event.code == "041" {
                let caller = tree.dependents(of: word, ["nsubj"]).first.flatMap { slot(forWord: $0, tree: tree) }
                return names(caller, event.source) ? [event, Self.officialComplaint(event)] : [event]
            }
            // (Where a pattern of the call's block read words far off, the call is the block's own, 041 both ways.)
            if protestsByIt, ownCodes(of: verbs[event.verbIndex])?.forward == "041" {
                var call = event
                call.code = "041"
                return [call, linked(call, code: "041"), Self.officialComplaint(event)]
            }
            if protestsByIt || summonedOver || summonedToProtest { return [Self.officialComplaint(event)] }
            // A protest verb however the dictionary codes it (`PROTEST [110]`, `* (OVER SHOOTING) [111]`), or a
            // disapproval whose object is a protest ("lodged a protest").
            guard event.code.hasPrefix("14") || event.code.hasPrefix("11") else { return [event] }
            let objects = tree.dependents(of: word, ["obj"]).filter { Self.complaintNouns.contains(tree.form($0)) || isProtestNote($0, tree: tree) }
            // (A protest lodged "with" a state is no demonstration, whatever `LODGE * PROTEST (OF) [140]` says.)
            guard Self.protestVerbs.contains(tree.form(word)) || (["110", "140"].contains(event.code) && !objects.isEmpty) else { return [event] }
            // Addressed to the target, or made against it by name ("filed a protest against China"; a protest against
            // what someone did, "against the visit of the Dalai Lama to India", is the pattern's).
            let addressed = ([word] + objects).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }.contains { phrase in
                switch tree.caseMarker(of: phrase) {
                case "to"?, "with"?: names(slot(forWord: phrase, tree: tree), event.target)
                case "against"?: names(slotOfWord(phrase, tree: tree), event.target)
                default: false
                }
            }
                // Or handed to it as the verb's other object ("handed Russia a formal note of protest").
                || (!objects.isEmpty && tree.dependents(of: word, ["obj", "iobj"]).contains { !objects.contains($0) && names(slot(forWord: $0, tree: tree), event.target) })
            return [addressed ? Self.officialComplaint(event) : event]
        }
    }

    /// People's protest directed at a party is a demonstration, CAMEO's 141 ("dissent collectively …; rally, gather
    /// to protest a policy, action, or actor(s)"; its 140 "is not coded except when distinctions among codes 141–145
    /// cannot be made"): "Thousands of protesters marched on the U.S. embassy" is 141, not the dictionary's `MARCH
    /// [140]`. People counted ("thousands of Egyptians") are people even where their name is a state's. People of no named state protest as people of the place where they protest ("… in Cairo": Egyptian),
    /// a place of one state named in the verb's phrases or in those of its object. States' protests are left to
    /// ``codeOfficialComplaints(_:)``. Only with moods read (the CAMEO examples' and Entente's options).
    ///
    /// - Complexity: O(e × w) for e events and the words of the phrases read.
    func codeDemonstrations(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree, found.contains(where: { $0.code == "140" }) else { return found }
        return found.map { event in
            guard event.code == "140", !isNull(event.target.code), let word = treeWord(of: verbs[event.verbIndex]),
                !Self.speaksForAState(event.source.code) || countsPeople(subjectOf: word, tree: tree)
            else { return event }
            var demonstration = event
            demonstration.code = "141"
            demonstration.evidence.sourceRule += " + people's demonstration"
            if event.source.code.hasPrefix("---"), let state = placeState(of: word, tree: tree) {
                demonstration.source.code = state + event.source.code.dropFirst(3)
                demonstration.evidence.sourceRule += " + where it was held"
            }
            return demonstration
        }
    }

    /// Force used by protesters is a riot, CAMEO's 145 ("protest violently, riot … rioters attacked, stormed"): "Hundreds
    /// of Iraqi protesters stormed the Kuwaiti embassy" is 145, not the dictionary's `STORM [190]`. Protesters are
    /// what the agent dictionaries code as the opposition in the street (Phoenix's `PROTESTER`, `DEMONSTRATOR`,
    /// `RIOTER`: `~OPP`), with no force of arms of their own in the code (`OPPMIL`, `REB` stay fights); people of no
    /// named state are of the place, as demonstrators are (``codeDemonstrations(_:)``). Only with moods read (the CAMEO examples' and Entente's options).
    func codeRiots(_ found: [Found]) -> [Found] {
        guard options.readsModality else { return found }
        return found.map { event in
            guard let root = Int(event.code.prefix(2)), (17...19).contains(root), Self.isStreetOpposition(event.source.code) else {
                return event
            }
            var riot = event
            riot.code = "145"
            riot.evidence.sourceRule += " + protesters' force: a riot"
            if let tree, event.source.code.hasPrefix("---"), let word = treeWord(of: verbs[event.verbIndex]),
                let state = placeState(of: word, tree: tree)
            {
                riot.source.code = state + event.source.code.dropFirst(3)
                riot.evidence.sourceRule += " + where it was held"
            }
            return riot
        }
    }

    /// Whether an actor code is people protesting: the opposition sector alone (`IRQOPP`, `---OPP`).
    static func isStreetOpposition(_ code: String) -> Bool {
        code.count == 6 && code.hasSuffix("OPP")
    }

    /// Whether a verb's subject is a number or a quantity of something ("Hundreds of Pakistanis", "Thousands of
    /// Egyptians"): people, counted, not the state their name also names. A verb with no subject of its own has
    /// that of the verb it completes or continues ("thousands of Nigerians were converging … to protest").
    private func countsPeople(subjectOf word: Int, tree: TokenTree) -> Bool {
        var current = word
        for _ in 0..<3 {
            if let subject = tree.dependents(of: current, ["nsubj"]).first { return Self.counted(by: subject, tree: tree) != nil }
            guard let head = tree.head(current), ["advcl", "xcomp", "conj"].contains(tree.relation(current)) else { return false }
            current = head
        }
        return false
    }

    /// The state of the one place named by "in" in a verb's phrases or in those of its objects and obliques
    /// ("marched on the U.S. embassy in Cairo"), nil when none or several.
    private func placeState(of word: Int, tree: TokenTree) -> String? {
        let phrases = tree.children[word].filter { ["obj", "obl"].contains(tree.relation($0)) }
        let places = ([word] + phrases).flatMap { tree.children[$0] }.filter { child in
            ["obl", "nmod"].contains(tree.relation(child)) && tree.caseMarker(of: child) == "in"
        }
        let states = Set(places.compactMap { place -> String? in
            guard let slot = slotOfWord(place, tree: tree), slots[slot].members.count == 1,
                let code = slots[slot].members[0].codes.first, code.count >= 3, Self.stateSector(code) != nil
            else { return nil }
            return String(code.prefix(3))
        })
        return states.count == 1 ? states.first : nil
    }

    static let summoningForms = Inflection.lowerCaseForms(of: ["summon"])

    /// The words by which a summons names what it answers: "over" it, "after" or "following" it.
    static let summonsReasons: Set<String> = ["over", "after", "following"]

    /// The event as an official complaint (114).
    private static func officialComplaint(_ event: Found) -> Found {
        var complaint = event
        complaint.code = "114"
        complaint.evidence.sourceRule += " + official complaint"
        return complaint
    }

    /// Whether an actor code is a state's, its government's or legislature's, or an international body's: `VNM`,
    /// `JPNGOV`, `IGOUNO` — not its people's sectors (`---EDU`, `EGYOPP`).
    static func speaksForAState(_ code: String) -> Bool {
        code.hasPrefix("IGO") || stateSector(code).map { $0.isEmpty || $0.hasPrefix("GOV") || $0.hasPrefix("LEG") } ?? false
    }

    /// The sector of a state's actor code (`GOV` of `JPNGOV`, empty for `VNM`), nil for a code of no state (`---EDU`,
    /// `IGOUNO`).
    static func stateSector(_ code: String) -> Substring? {
        guard code.count >= 3, !code.hasPrefix("---"), !code.hasPrefix("IGO") else { return nil }
        return code.dropFirst(3)
    }

    /// Whether a slot (of a phrase) names an actor.
    private func names(_ slot: Int?, _ actor: CodedActor) -> Bool {
        slot.map { slots[$0].members.contains { $0.codes.contains(actor.code) } } ?? false
    }

    private static let protestVerbs: Set<String> = ["protest", "protests", "protested", "protesting"]
    /// The base forms of protesting and complaining, as an infinitive of purpose takes them ("to protest").
    private static let complaintVerbs: Set<String> = ["protest", "complain"]
    /// What a state lodges to complain: a protest, a complaint, representations (the diplomatic word: "lodged stern
    /// representations with the United States"), a démarche.
    /// A note or letter of protest ("a formal note of protest", "a protest note"): a protest made in writing.
    private func isProtestNote(_ word: Int, tree: TokenTree) -> Bool {
        Self.noteNouns.contains(tree.form(word))
            && tree.dependents(of: word, ["nmod", "compound"]).contains { Self.complaintNouns.contains(tree.form($0)) }
    }

    private static let noteNouns: Set<String> = ["note", "notes", "letter", "letters"]
    private static let complaintNouns: Set<String> = [
        "protest", "protests", "complaint", "complaints", "representations", "demarche", "démarche",
    ]

    /// The protest a demand's verb is the purpose of, and the word that names it: the verb's governing verb or noun
    /// (an adverbial clause, "to demand", "demanding"; or a noun's modifier, "a demonstration calling for"), or
    /// that verb's object or oblique ("staged mass demonstrations", "converged for a rally").
    private func protest(governing word: Int, tree: TokenTree) -> (code: String, word: Int)? {
        guard ["advcl", "acl", "xcomp"].contains(tree.relation(word)), let head = tree.head(word) else { return nil }
        if let code = protestCode(of: head, tree: tree) { return (code, head) }
        // A noun before the object names it too ("a protest rally"; "mass demonstrations Saturday", as the
        // parser may join a day to the noun before it).
        for child in tree.dependents(of: head, ["obj", "obl"]) where child != word {
            for noun in [child] + tree.dependents(of: child, ["compound"]) {
                if let code = protestCode(of: noun, tree: tree) { return (code, head) }
            }
        }
        return nil
    }

    /// "continued their hunger strike", "staged mass demonstrations": a verb with no code of its own whose object
    /// names a protest (by ``protestCode(of:tree:)``) conducts that protest. Only with moods read (the CAMEO
    /// examples' and Entente's options), as PETRARCH codes no such verb.
    func protestOfObject(of verb: VerbHit) -> String? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb else { return nil }
        for object in tree.dependents(of: word, ["obj"]) {
            if let code = protestCode(of: object, tree: tree) { return code }
            // "filed a diplomatic protest": a complaint made (110; a state's to another is 114, below); so is a note
            // of protest handed ("handed Russia a formal note of protest", "a protest note").
            if Self.complaintNouns.contains(tree.form(object)) || isProtestNote(object, tree: tree) { return "110" }
        }
        return nil
    }

    /// The protest a word names in CAMEO's names for 141–145, or nil.
    private func protestCode(of word: Int, tree: TokenTree) -> String? {
        let form = tree.form(word)
        if Self.strikeWords.contains(form) {
            let modifiers = Set(tree.dependents(of: word, TokenTree.nounModifierRelations).map(tree.form))
            if modifiers.contains("hunger") { return "142" }
            // "air strikes", "missile strikes" are attacks.
            return modifiers.isDisjoint(with: Self.attackStrikeModifiers) ? "143" : nil
        }
        if form.hasPrefix("hunger-strik") { return "142" }
        return Self.protestCodes[form]
    }

    /// Demands (10) and appeals (02): what a protest asks for.
    private static let demandFamilies: Set<Substring> = ["10", "02"]

    /// The kind a demand or appeal code names (04x: a reform of its kind), for the protest's sub-code.
    private static func demandedKind(_ code: String) -> EventCodes.Complement? {
        guard code.count >= 3, code.dropFirst(2).first == "4" else { return nil }
        return .reform(code.count == 4 ? Int(String(code.last!)) ?? 0 : 0)
    }

    private static let strikeWords: Set<String> = ["strike", "strikes"]
    private static let attackStrikeModifiers: Set<String> = ["air", "missile", "military", "drone", "rocket", "nuclear", "preemptive", "pre-emptive"]

    /// CAMEO's names for its kinds of protest and their plain inflections.
    private static let protestCodes: [String: String] = {
        var table: [String: String] = [:]
        func add(_ code: String, _ words: String) { for word in words.split(separator: " ") { table[String(word)] = code } }
        add("141", "demonstrate demonstrates demonstrated demonstrating demonstration demonstrations rally rallies rallied rallying march marches marched marching")
        add("143", "boycott boycotts boycotted boycotting walkout walkouts")
        add("144", "block blocks blocked blocking barricade barricades barricaded obstruct obstructed obstructing")
        add("145", "riot riots rioted rioting")
        return table
    }()
}
