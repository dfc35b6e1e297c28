import EntenteParser

/// Acts a verb with no code of its own conducts by its object, as CAMEO names them: exercises held together, a
/// telephone call held; and forces sent to one's own border, a show of force by the phrase of where they go.
/// (Protests conducted by their object are ``SentenceAnalysis/protestOfObject(of:)``; meetings and visits named by
/// nouns are in `SentenceAnalysis+Meetings.swift`.)
extension SentenceAnalysis {
    /// Whether a verb with no code of its own holds exercises with others ("South Korea and the United States began
    /// annual military exercises", "held joint naval drills with Russia"): CAMEO's "joint military maneuvers or
    /// exercises" are military cooperation (062), each with the other. Exercises of one state alone are not joint.
    func holdsJointExercises(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            !Self.stoppingVerbs.contains(tree.form(word)),
            let object = tree.dependents(of: word, ["obj"]).first(where: { Self.exerciseNouns.contains(tree.form($0)) })
        else { return false }
        let subjects = tree.dependents(of: word, ["nsubj"])
        let together = subjects.contains { subject in
            slot(forWord: subject, tree: tree).map { slots[$0].members.count > 1 } ?? false
        }
        let joint = tree.dependents(of: object, ["amod"]).contains { tree.form($0) == "joint" }
        let with = ([word, object]).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }.contains { tree.caseMarker(of: $0) == "with" }
        return together || joint || with
    }

    /// Verbs that stop, call off or put off what their object names: "cancelled joint exercises" holds none.
    static let stoppingVerbs = Inflection.lowerCaseForms(
        of: ["cancel", "suspend", "postpone", "halt", "scrap", "stop", "end", "call", "delay", "freeze"],
        irregular: ["cancelled", "scrapped", "stopped", "froze"])
    static let exerciseNouns: Set<String> = [
        "exercises", "exercise", "drills", "drill", "maneuvers", "manoeuvres", "wargames", "patrols", "patrol",
    ]

    /// Whether a verb with no code of its own holds a telephone call ("held a phone call with Russian President
    /// Vladimir Putin", "had a telephone conversation with"): CAMEO's 041, discuss by telephone, each with the other.
    func holdsPhoneCall(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb else { return false }
        return tree.dependents(of: word, ["obj"]).contains { object in
            Self.callNouns.contains(tree.form(object))
                && tree.dependents(of: object, ["compound", "amod"]).contains { Self.phoneWords.contains(tree.form($0)) }
        }
    }

    static let callNouns: Set<String> = ["call", "calls", "conversation", "conversations"]

    /// Whether a verb of deciding or making public puts sanctions in place: "European Union governments approved
    /// the bloc's toughest sanctions against Russia", "Washington announced new penalties", "slapped sanctions on
    /// Venezuela's state oil company" — CAMEO's 163, "impose embargo, boycott, or sanctions", whatever the verb's
    /// own code (`APPROVE` 080, `ANNOUNCE` 010), in the future too, as "will impose sanctions" is (`IMPOSE * SANCTIONS
    /// [163]`). Only a verb of a clause of its own: "threatened to impose" and "agreed to approve" are the threat and
    /// the intent, read from their own verbs.
    /// So does a verb that begins it ("began imposing punitive duties"), and a text that does it, signed or passed
    /// ("signed into law a bill tightening the U.S. embargo against Cuba").
    /// So does a ban put on trade ("imposed a ban on imports from Serbia", an embargo; `IMPOSE [170]` reads a ban
    /// on people).
    func imposesSanctions(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.sanctioningVerbs.contains(tree.form(word)) || Self.imposingForms.contains(tree.form(word)),
            !["xcomp", "acl", "csubj"].contains(tree.relation(word)) || isTextsParticiple(word, tree: tree)
                || (tree.relation(word) == "xcomp" && tree.head(word).map { Self.beginningForms.contains(tree.form($0)) } ?? false)
        else { return false }
        // (Or what a passive imposes: "an arms embargo was imposed on Uzbekistan".)
        let objects = tree.dependents(of: word, ["obj", "nsubj:pass"])
        let imposedInThePassive = Self.imposingForms.contains(tree.form(word)) && objects.contains { tree.relation($0) == "nsubj:pass" }
        if Self.sanctioningVerbs.contains(tree.form(word)) || imposedInThePassive,
            objects.contains(where: { Self.sanctionNouns.contains(tree.form($0)) })
        {
            return true
        }
        return objects.contains { object in
            // "imposed punitive duties on a range of U.S. goods", "a travel ban and an asset freeze on President Robert
            // Mugabe": trade taxed, and the sanctions aimed at a state's leaders (its officials' travel, their assets,
            // arms sold), are sanctions, whoever they name.
            let aimed = (Self.banNouns.contains(tree.form(object)) || tree.form(object) == "freeze")
                && tree.dependents(of: object, ["compound", "amod"]).contains { Self.sanctionedThings.contains(tree.form($0)) }
            if Self.imposingForms.contains(tree.form(word)), Self.dutyNouns.contains(tree.form(object)) || aimed {
                return true
            }
            return Self.banNouns.contains(tree.form(object))
                && tree.dependents(of: object, ["nmod"]).contains { ["on", "against"].contains(tree.caseMarker(of: $0) ?? "") && Self.tradeNouns.contains(tree.form($0)) }
        }
    }

    /// Whether a verb of ending with no code of its own ends sanctions: "the United Nations suspended its sanctions
    /// against Libya" is sanctions eased, CAMEO's 085 (`CANCEL` reads no sanctions).
    func easesSanctions(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.easingForms.contains(tree.form(word))
        else { return false }
        return tree.dependents(of: word, ["obj", "nsubj:pass"]).contains { Self.sanctionNouns.contains(tree.form($0)) || Self.banNouns.contains(tree.form($0)) }
    }

    static let easingForms = Inflection.lowerCaseForms(of: ["suspend", "lift", "ease", "end", "cancel", "remove", "relax", "scrap", "waive"], irregular: [])

    static let imposingForms = Inflection.lowerCaseForms(of: ["impose", "announce", "slap", "order"], irregular: ["slapped", "slapping"])
    static let banNouns: Set<String> = ["ban", "bans", "boycott", "embargo"]
    static let tradeNouns: Set<String> = ["imports", "exports", "trade", "goods", "products", "import", "export"]
    static let beginningForms = Inflection.lowerCaseForms(of: ["begin", "start"], irregular: ["began", "begun"])
    static let dutyNouns: Set<String> = ["duties", "tariffs", "levies"]
    static let sanctionedThings: Set<String> = ["travel", "visa", "asset", "assets", "arms"]

    /// Recognising a state as one ("recognised Kosovo as an independent state", "recognized the independence of
    /// Abkhazia") is CAMEO's 054, grant diplomatic recognition, not `RECOGNIZE`'s praise (051).
    func grantsRecognition(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.recognisingForms.contains(tree.form(word))
        else { return false }
        let objects = tree.dependents(of: word, ["obj"])
        let namesState = { (word: Int) in
            self.slot(forWord: word, tree: tree).map { self.slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) } ?? false
        }
        if objects.contains(where: { Self.statehoodNouns.contains(tree.form($0)) && namesState($0) }) { return true }
        let asAState = (tree.dependents(of: word, ["obl", "xcomp"]) + objects.flatMap { tree.dependents(of: $0, ["nmod", "acl"]) }).contains { phrase in
            tree.caseMarker(of: phrase) == "as" && Self.stateNouns.contains(tree.form(phrase))
        }
        return asAState && objects.contains(where: namesState)
    }

    static let recognisingForms = Inflection.lowerCaseForms(of: ["recognise", "recognize"], irregular: [])
    static let statehoodNouns: Set<String> = ["independence", "sovereignty", "statehood"]
    static let stateNouns: Set<String> = ["state", "country", "nation", "republic"]

    /// The code of an act a verb does by its object or its phrase, as CAMEO names it, whatever the verb's own code:
    /// an ultimatum given or issued is 139 ("gave Thailand an ultimatum to pull its troops back"; not `GIVE`'s
    /// military aid); a state taken to a court is a lawsuit, 115 ("took Chile to the International Court of
    /// Justice"; not `TAKE`'s seizure); a loan or credit approved, extended or granted is economic aid given, 071 ("the
    /// IMF approved a $6.6 billion loan for Pakistan", "extended a $500 million line of credit to Sri Lanka": "extend,
    /// provide monetary aid … and credit"). Only a verb of an act done (not in the future), of a clause of its own (an intent or a refusal is
    /// read from its own verb).
    func actByObject(_ verb: VerbHit) -> EventCodes? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb else { return nil }
        let form = tree.form(word)
        let objects = tree.dependents(of: word, ["obj"])
        // (The cheap tests first: most verbs have none of these objects.)
        guard Self.takingForms.contains(form) || Self.cuttingForms.contains(form) || Self.postponingForms.contains(form)
            || objects.contains(where: { object in
                let noun = tree.form(object)
                return noun == "ultimatum" || noun == "ultimatums" || Self.loanNouns.contains(noun) || noun == "line"
                    || Self.lawsuitNouns.contains(noun)
            }),
            !["xcomp", "acl", "csubj"].contains(tree.relation(word)), tense(of: verb) != .future
        else { return nil }
        if objects.contains(where: { ["ultimatum", "ultimatums"].contains(tree.form($0)) }), !Self.stoppingVerbs.contains(form),
            !(ownCodes(of: verb)?.forward.map { $0.hasPrefix("12") } ?? false)
        {
            return EventCodes(forward: "139")
        }
        if Self.takingForms.contains(form), objects.contains(where: { slot(forWord: $0, tree: tree) != nil }),
            // (The parse may hang the court on the object: "taken Uruguay to the International Court of Justice".)
            (tree.dependents(of: word, ["obl"]) + objects.flatMap { tree.dependents(of: $0, ["nmod"]) }).contains(where: { phrase in
                tree.caseMarker(of: phrase) == "to"
                    && (Self.courtNouns.contains(tree.form(phrase)) || tree.dependents(of: phrase, ["compound", "amod"]).contains { Self.courtNouns.contains(tree.form($0)) })
            })
        {
            return EventCodes(forward: "115")
        }
        // A visit cancelled or put off is diplomatic exchange cut, 161 (CAMEO: "cancellation of meetings …
        // should be coded here"), where `POSTPONE * VISIT` gives the residual 160: "postponed a state visit to
        // Washington planned for October".
        if Self.cuttingForms.contains(form) || Self.postponingForms.contains(form),
            objects.contains(where: { Self.visitNouns.contains(tree.form($0)) })
        {
            return EventCodes(forward: "161")
        }
        if let cut = cutByObject(word, objects: objects, tree: tree) { return cut }
        // "The Organization of American States suspended Honduras": a body suspending a state suspends its membership,
        // relations reduced (161), as "suspended Syria's membership" is.
        if form.hasPrefix("suspend"), let subject = tree.dependents(of: word, ["nsubj"]).first,
            let body = slot(forWord: subject, tree: tree), actors(of: body).contains(where: { $0.code.hasPrefix("IGO") }),
            // (Or its membership: "suspended Syria's membership".)
            (objects + objects.flatMap { tree.dependents(of: $0, ["nmod:poss"]) }).contains(where: { object in
                (slotOfWord(object, tree: tree) ?? slot(forWord: object, tree: tree)).map {
                    slots[$0].members.contains(where: { $0.hasState && $0.namesActor })
                } ?? false
            })
        {
            return EventCodes(forward: "161")
        }
        if Self.suingForms.contains(form), objects.contains(where: { Self.lawsuitNouns.contains(tree.form($0)) }),
            (tree.dependents(of: word, ["obl"]) + objects.flatMap { tree.dependents(of: $0, ["nmod"]) }).contains(where: { tree.caseMarker(of: $0) == "against" })
        {
            return EventCodes(forward: "115")
        }
        if Self.lendingVerbs.contains(form), objects.contains(where: { object in
            Self.loanNouns.contains(tree.form(object))
                || (tree.form(object) == "line" && tree.dependents(of: object, ["nmod"]).contains { tree.form($0) == "credit" })
        }) {
            return EventCodes(forward: "071")
        }
        return nil
    }

    /// What a verb of stopping or cutting does to what its object names, as CAMEO names it: aid stopped is 162, and
    /// 1621 where it is economic ("reduce or stop economic assistance": "froze most of its grant aid to China",
    /// "cancelled a $1.2 billion credit for Bangladesh"), 1622 military ("suspended $3.5 million in military
    /// assistance to Thailand"), 1623 humanitarian; relations cut are 161; fighting stopped is a ceasefire, 0871 ("suspended diplomatic relations with Hungary", "downgraded ties"). The aid
    /// may hang one step below the object or the verb's phrase ("most of its aid", "$3.5 million in assistance").
    private func cutByObject(_ word: Int, objects: [Int], tree: TokenTree) -> EventCodes? {
        guard Self.cuttingForms.contains(tree.form(word)) else { return nil }
        // (A subject after its verb is the parse's mistake for an object: "has frozen most of its grant aid".)
        let phrases = objects + tree.dependents(of: word, ["nsubj:pass", "obl"]).filter { tree.caseMarker(of: $0) != "after" }
            + tree.dependents(of: word, ["nsubj"]).filter { $0 > word }
        if objects.contains(where: { Self.relationNouns.contains(tree.form($0)) }) { return EventCodes(forward: "161") }
        // "froze Russian assets worth 7.5 billion francs": another's assets frozen are a sanction, 163.
        if Self.freezingForms.contains(tree.form(word)), phrases.contains(where: { Self.assetNouns.contains(tree.form($0)) }) {
            return EventCodes(forward: "163")
        }
        // "unilaterally halting military operations against Armenian forces": fighting stopped is a ceasefire, 0871.
        if objects.contains(where: { Self.hostilityNouns.contains(tree.form($0)) }) { return EventCodes(forward: "0871") }
        let named = phrases + phrases.flatMap { tree.dependents(of: $0, ["nmod"]) }
        guard let aid = named.first(where: { Self.aidNouns.contains(tree.form($0)) }) else { return nil }
        let kinds = Set(tree.dependents(of: aid, ["amod", "compound"]).map(tree.form))
        if !kinds.isDisjoint(with: ["military", "defence", "defense", "security", "arms"]) { return EventCodes(forward: "1622") }
        if !kinds.isDisjoint(with: ["humanitarian", "food", "relief", "emergency"]) { return EventCodes(forward: "1623") }
        if !["aid", "assistance"].contains(tree.form(aid)) || !kinds.isDisjoint(with: ["economic", "financial", "grant", "development", "budget"]) {
            return EventCodes(forward: "1621")
        }
        return EventCodes(forward: "162")
    }

    static let cuttingForms = Inflection.lowerCaseForms(
        of: ["cancel", "suspend", "halt", "scrap", "stop", "freeze", "cut", "withhold", "sever", "downgrade", "reduce", "slash", "terminate", "cease"],
        irregular: ["cancelled", "scrapped", "stopped", "froze", "frozen", "withheld", "cutting"])
    static let postponingForms = Inflection.lowerCaseForms(of: ["postpone", "defer", "delay", "shelve"])
    static let freezingForms = Inflection.lowerCaseForms(of: ["freeze"], irregular: ["froze", "frozen"])
    static let assetNouns: Set<String> = ["assets", "funds", "accounts", "holdings"]
    static let aidNouns: Set<String> = ["aid", "assistance", "credit", "credits", "loan", "loans", "funding", "grants", "handouts"]
    static let relationNouns: Set<String> = ["relations", "ties"]
    static let hostilityNouns: Set<String> = [
        "operations", "offensive", "offensives", "attacks", "hostilities", "fighting", "bombing", "bombardment", "shelling",
        "airstrikes", "raids",
    ]
    static let suingForms = Inflection.lowerCaseForms(
        of: ["initiate", "launch", "file", "bring", "begin", "start", "open", "institute"],
        irregular: ["brought", "began", "begun"])
    static let lawsuitNouns: Set<String> = ["proceedings", "lawsuit", "lawsuits", "suit", "case", "arbitration", "litigation"]

    /// Whether a verb lends (to a state, with no pattern read): money lent is economic aid, CAMEO's 071 ("extend,
    /// provide monetary aid … and credit"), where the dictionaries' `GRANT` block codes material cooperation (060);
    /// "agreed to lend Kyrgyzstan $2 billion" is then an intent to give economic aid (0331).
    func lends(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb else { return false }
        return Self.lendingForms.contains(tree.form(word))
    }

    static let lendingForms = Inflection.lowerCaseForms(of: ["lend", "loan"], irregular: ["lent"])

    /// Whether a verb of carrying with no code of its own (no pattern read) carries relief: "has flown tents, blankets
    /// and medicine to Islamabad", "began ferrying food and water to survivors" is humanitarian aid, CAMEO's 073
    /// ("provide humanitarian aid: … food, medicine, shelter"), as the dictionaries' `FLY * &FOOD [073]` reads food.
    func conveysRelief(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.conveyingForms.contains(tree.form(word))
        else { return false }
        let carried = tree.descendants(of: tree.dependents(of: word, ["obj"]), skipping: TokenTree.clauseBoundaryRelations.subtracting(["conj"]))
        return carried.contains { Self.reliefWords.contains(tree.form($0)) }
    }

    static let conveyingForms = Inflection.lowerCaseForms(
        of: ["fly", "ferry", "airlift", "send", "ship", "deliver", "rush", "dispatch", "truck", "carry"],
        irregular: ["flew", "flown", "sent", "ferried", "ferries", "carried", "carries"])
    /// What relief is: CAMEO's humanitarian aid ("food, medicine, shelter") and those who bring it.
    static let reliefWords: Set<String> = [
        "food", "water", "medicine", "medicines", "medical", "tents", "blankets", "shelter", "relief", "rescue", "rescuers",
        "doctors", "nurses",
    ]

    static let takingForms = Inflection.lowerCaseForms(of: ["take", "haul", "drag"], irregular: ["took", "taken", "taking", "hauled", "dragged"])
    static let courtNouns: Set<String> = ["court", "courts", "tribunal", "arbitration"]
    static let lendingVerbs = Inflection.lowerCaseForms(of: ["approve", "extend", "grant", "disburse"])
    static let loanNouns: Set<String> = ["loan", "loans", "credit", "credits", "bailout"]

    static let sanctioningVerbs = Inflection.lowerCaseForms(
        of: ["approve", "announce", "adopt", "unveil", "slap", "introduce", "tighten", "toughen", "widen", "expand",
             "extend", "pass", "level", "agree"],
        irregular: ["slapped", "slapping"])
    static let sanctionNouns: Set<String> = ["sanctions", "penalties", "embargo", "embargoes", "sanction"]

    /// Forces sent to the sender's own border with another state are a show of force against it, CAMEO's 154
    /// ("mobilize or increase armed forces"), not the military cooperation a dispatch of troops to a state is
    /// (`SEND * &MILITARY [062]`): "deployed additional troops to its border with Ukraine".
    func refineDeploymentsToOwnBorder(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        return found.map { event in
            guard event.code.hasPrefix("06"), let word = treeWord(of: verbs[event.verbIndex]) else { return event }
            // The border's phrase hangs on the verb or on its object ("deployed troops to its border with China").
            let phrases = ([word] + tree.dependents(of: word, ["obj"])).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }
            guard let border = phrases.first(where: { place in
                Self.borderNouns.contains(tree.form(place))
                    && tree.dependents(of: place, ["nmod:poss"]).contains { tree.form($0) == "its" || tree.form($0) == "their" }
            }) else { return event }
            // Facing whom: the border's "with" phrase, or the verb's where the parse hangs it there.
            let facing = ([border, word]).flatMap { tree.dependents(of: $0, ["obl", "nmod"]) }
                .filter { tree.caseMarker(of: $0) == "with" }
                .compactMap { slotOfWord($0, tree: tree) }
                .first { slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) }
            guard let facing else { return event }
            var posture = event
            posture.code = "154"
            if let state = actors(of: facing).first { posture.target = state }
            posture.evidence.sourceRule += " + to its own border"
            return posture
        }
    }

    static let borderNouns: Set<String> = ["border", "borders", "frontier", "boundary"]

    /// Forces sent to another state's border are a show of force against it, CAMEO's 154 ("the party against whom
    /// the military move is directed is the target"): "sent ten army battalions to the Colombian border", "moved
    /// tanks toward the border with Syria". A verb of sending or moving whose object is a force, and whose phrase
    /// goes "to", "toward" or "along" a border named by a state's adjective or its "with" phrase, other than the
    /// sender's own state. The verb's other events give way ("ordered", `OVERSEE_MANAGE [060]`'s 100).
    func codeForcesSentToABorder(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        var result = found
        for (verbIndex, verb) in verbs.enumerated() where !verb.nominal {
            guard let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
                Self.sendingForces.contains(tree.form(word)),
                let forces = tree.dependents(of: word, ["obj"]).first(where: { Self.forceNouns.contains(tree.form($0)) }),
                let border = ([word, forces]).flatMap({ tree.dependents(of: $0, ["obl", "nmod"]) }).first(where: { phrase in
                    Self.borderNouns.contains(tree.form(phrase)) && ["to", "toward", "towards", "along", "near"].contains(tree.caseMarker(of: phrase) ?? "")
                }),
                let sender = treeArguments(of: verb)?.source ?? governingSubject(of: word, tree: tree),
                let senderActor = actors(of: sender).first(where: { !isNull($0.code) })
            else { continue }
            // Whose border: the state its adjective names ("the Colombian border"), or its "with" phrase; else, for a
            // verb coordinated with another ("expelled Colombia's ambassador and ordered troops to the border"), the
            // state that verb acted on.
            let namers = tree.dependents(of: border, ["amod", "compound", "nmod:poss"])
                + tree.dependents(of: border, ["nmod"]).filter { tree.caseMarker(of: $0) == "with" }
            let named = namers.compactMap({ slotOfWord($0, tree: tree) }).flatMap({ actors(of: $0) })
                .first(where: { !isNull($0.code) && $0.code.prefix(3) != senderActor.code.prefix(3) })
            let coordinatedTarget = tree.relation(word) == "conj"
                ? found.first(where: { event in
                    treeWord(of: verbs[event.verbIndex]) == tree.head(word) && !isNull(event.target.code)
                        && event.target.code.prefix(3) != senderActor.code.prefix(3)
                })?.target
                : nil
            guard var facing = named ?? coordinatedTarget else { continue }
            facing.code = String(facing.code.prefix(3))
            let evidence = found.first { $0.verbIndex == verbIndex }?.evidence ?? ownEvidence(of: verb, rule: "tree")
            var posture = Found(source: senderActor, target: facing, code: "154", evidence: evidence, verbIndex: verbIndex)
            posture.evidence.pattern = nil
            posture.evidence.sourceRule += " + forces sent to a state's border"
            result.removeAll { $0.verbIndex == verbIndex }
            result.append(posture)
        }
        return result
    }

    /// The subject of the nearest verb above a coordinated or parenthetical one that has one ("ordered his country's
    /// embassy closed and sent ten battalions").
    func governingSubject(of word: Int, tree: TokenTree) -> Int? {
        var current = word
        for _ in 0..<4 {
            guard ["conj", "parataxis"].contains(tree.relation(current)), let head = tree.head(current) else { return nil }
            if let subject = tree.dependents(of: head, ["nsubj"]).first { return slot(forWord: subject, tree: tree) }
            current = head
        }
        return nil
    }

    static let sendingForces = Inflection.lowerCaseForms(
        of: ["send", "deploy", "move", "order", "dispatch", "mass", "station", "rush", "position", "amass"],
        irregular: ["sent"])
    static let forceNouns: Set<String> = [
        "troops", "soldiers", "forces", "battalions", "battalion", "brigades", "brigade", "divisions", "units", "tanks",
        "reinforcements", "warships", "artillery", "missiles", "armour", "armor",
    ]
}
