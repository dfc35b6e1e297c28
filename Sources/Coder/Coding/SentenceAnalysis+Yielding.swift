import EntenteParser

extension SentenceAnalysis {
    /// CAMEO's yielding by its kind, in the codebook's names: a release or return (084) of people is 0841 ("release
    /// people, including prisoners and hostages"), of property 0842 ("previously controlled, confiscated property,
    /// including land": "released the impounded ship"), by what the verb's object or passive subject names; a
    /// surrender or retreat (080) by an armed group or force is 0874 ("retreat or surrender militarily": "rebels
    /// surrendered"). Only the general codes are refined.
    ///
    /// - Complexity: O(e + w) for e events and the words of the objects read.
    func refineYielding(_ found: [Found]) -> [Found] {
        let found = refinePermissions(found)
        guard let tree, found.contains(where: { $0.code == "084" || $0.code == "080" }) else { return found }
        var result = found
        for index in result.indices {
            let code = result[index].code
            guard code == "084" || code == "080", let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            // "Indian fishermen … were freed" (`RELEASE [080]`): freeing people is releasing them (0841), as "released"
            // is (084).
            if code == "080", Self.freeingForms.contains(tree.form(word)),
                tree.dependents(of: word, ["obj", "nsubj:pass"]).contains(where: { patient in
                    ([patient] + (Self.counted(by: patient, tree: tree).map { [$0] } ?? [])).contains { slot(forWord: $0, tree: tree) != nil }
                })
            {
                result[index].code = "0841"
                result[index].evidence.sourceRule += " + what it releases"
                continue
            }
            if code == "084" {
                let words = patientWords(of: word, tree: tree)
                // "released the correspondent of the American news agency": whom an actor's or agent's name heads
                // is a person released (0841: "release persons").
                let namesPerson = tree.dependents(of: word, ["obj", "nsubj:pass"]).contains { slotOfWord($0, tree: tree) != nil }
                let refined: String? =
                    !words.isDisjoint(with: Self.propertyWords) ? "0842"
                    : !words.isDisjoint(with: Self.personWords) || namesPerson ? "0841" : nil
                guard let refined else { continue }
                result[index].code = refined
                result[index].evidence.sourceRule += " + what it releases"
            } else if Self.surrenderWords.contains(tree.form(word)),
                Self.armedAgents.contains(where: { result[index].source.code.dropFirst(3).contains($0) })
            {
                result[index].code = "0874"
                result[index].evidence.sourceRule += " + an armed group's surrender"
            }
        }
        return result
    }

    /// Letting people do something is granting them a right, CAMEO's 0833 ("accede to demands for rights …
    /// Allowing repatriation of refugees should also be coded here"; its example: "allowed opposition leader … to
    /// bring out … Rally"), promised 0343 ("Turkey will allow … Kurd refugees … to return home"), refused 1233; letting
    /// a candidate or a party run is easing a ban on politicians, 0812 ("decided to allow candidate Alassane Ouattara
    /// to participate"). A verb of permission is one the dictionaries give the general yield (080: allow, permit,
    /// authorise); its object names people, and an infinitive says what they may do — its complement, or, where the
    /// parser hangs it inside the object's phrase, an infinitive of no subject of its own there. Whatever the
    /// verb's patterns matched in the object's phrase ("as part of a UN-brokered deal", `* DEAL [051]`) yields.
    /// Letting an international body, its inspectors, peacekeepers or aid workers act is allowing international
    /// involvement (086: "Iran allowed UN inspectors to visit the site" 0862), refused 1245 ("refused to allow
    /// United Nations planes to land"), promised 0355.
    func refinePermissions(_ found: [Found]) -> [Found] {
        guard let tree else { return found }
        return found.map { event in
            let verb = verbs[event.verbIndex]
            guard !verb.nominal, ["03", "05", "08", "12"].contains(event.code.prefix(2)), let word = treeWord(of: verb) else { return event }
            // The permission itself, or one refused, promised or agreed to ("refused to allow United Nations planes to
            // land", whose own events the refusal took).
            let permission = isPermission(word, tree: tree) ? word
                : tree.children[word].first { tree.relation($0) == "xcomp" && isPermission($0, tree: tree) }
            guard let permission, let granted = grantedCode(permission, tree: tree) else { return event }
            let code: String
            switch event.code.prefix(2) {
            case "03": code = EventCodes.intent(granted)
            case "12": code = EventCodes.composed(governing: "120", complement: granted) ?? event.code
            default: code = granted
            }
            var refined = event
            refined.code = code
            refined.evidence.sourceRule += " + letting others act"
            return refined
        }
    }

    /// Whether a word is a verb the dictionaries give the general yield (080: allow, permit, authorise).
    private func isPermission(_ word: Int, tree: TokenTree) -> Bool {
        verbs.contains { verb in
            guard !verb.nominal, treeWord(of: verb) == word else { return false }
            let form = dictionaries.forms[Int(verb.form)]
            return dictionaries.codes(of: form)?.forward == "080"
        }
    }

    /// What letting the object of `word` act grants, by whom it lets: people a right (0833), candidates or parties
    /// a run (0812), an international body or its inspectors, peacekeepers or aid workers international
    /// involvement (0862, 0861, 0863, else 086); nil when the verb lets nobody act.
    private func grantedCode(_ word: Int, tree: TokenTree) -> String? {
        // The parser may read "Afghan refugees to stay" as a clause, "refugees" its verb: a word of people is no verb.
        guard let given = tree.children[word].first(where: { child in
            ["obj", "iobj"].contains(tree.relation(child))
                || (tree.relation(child) == "ccomp" && Self.peopleWords.contains(tree.form(child)))
        })
        else { return nil }
        // "thousands of Syrian refugees": what the number counts.
        let object = Self.counted(by: given, tree: tree) ?? given
        let phrase = [object] + tree.children[object].filter { ["compound", "amod"].contains(tree.relation($0)) }
        let names = phrase.map { tree.form($0) }
        let international = phrase.contains { part in
            slotOfWord(part, tree: tree).map { slots[$0].members.contains { $0.codes.contains { $0.hasPrefix("IGO") } } } ?? false
        }
        let granted: String
        if let kind = names.lazy.compactMap({ Self.involvementWords[$0] }).first {
            granted = kind
        } else if international {
            granted = "086"
        } else if names.contains(where: { Self.politicianWords.contains($0) }) {
            granted = "0812"
        } else if names.contains(where: { Self.peopleWords.contains($0) }) {
            granted = "0833"
        } else {
            return nil
        }
        // What they may do: an infinitive below the verb, outside its subject and other clauses, with no subject of
        // its own ("allow X to V"; the parser may hang it inside the object's phrase or below a misread clause).
        let phrases = tree.children[word].filter { !["nsubj", "nsubj:pass", "advcl", "conj", "parataxis", "punct"].contains(tree.relation($0)) }
        let infinitive = tree.descendants(of: phrases, skipping: ["conj", "parataxis", "punct"]).contains { inner in
                tree.isToInfinitive(inner) && tree.sentence.words[inner].tag == .verb
                    && tree.dependents(of: inner, ["nsubj", "nsubj:pass"]).isEmpty
            }
        return infinitive ? granted : nil
    }

    /// Those an international involvement sends, by CAMEO's kinds of it: inspectors 0862, peacekeepers 0861,
    /// humanitarian workers 0863, observers and monitors 086.
    private static let involvementWords: [String: String] = [
        "inspectors": "0862", "inspector": "0862", "peacekeepers": "0861", "peacekeeping": "0861", "peacekeeper": "0861",
        "humanitarian": "0863", "observers": "086", "monitors": "086",
    ]

    /// People a permission lets act (``refinePermissions(_:)``).
    private static let peopleWords: Set<String> = [
        "refugees", "refugee", "exiles", "exile", "people", "citizens", "civilians", "residents", "migrants", "displaced",
        "workers", "journalists", "students", "pilgrims", "opposition", "leader", "leaders", "activists", "dissidents",
        "villagers", "families", "minorities", "inhabitants", "protesters", "demonstrators",
    ]
    /// Candidates, parties and politicians: letting them run eases a ban on them (0812).
    private static let politicianWords: Set<String> = ["candidate", "candidates", "party", "parties", "politician", "politicians"]

    /// Legal action by its kind, as CAMEO's 173 sets it apart: a lawsuit is 115 ("charges or lawsuits are coded as
    /// 115": "is suing the United States"), a conviction of a state or an organisation — the verb's object a
    /// name, not a person — 116 ("rulings against non-individuals, where imprisonment is not an issue"), where the
    /// dictionary gives the arrest's 173.
    ///
    /// A seizure (171) of property is its confiscation, 1711 ("seized their vessels"; "seized a British-flagged oil
    /// tanker" is the dictionaries' own 1711); of people, their detention, 173.
    func refineLegalActions(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { ["173", "171", "1711", "172"].contains($0.code) }) else { return found }
        var result = found
        // "A Turkish court sentenced a French journalist to prison" (`SENTENCE [172]`): individuals found guilty and
        // detained are 173 (CAMEO's note on 116).
        for index in result.indices where result[index].code == "172" {
            guard let word = treeWord(of: verbs[result[index].verbIndex]), Self.sentencingForms.contains(tree.form(word)),
                tree.dependents(of: word, ["obj", "nsubj:pass"]).contains(where: { slotOfWord($0, tree: tree) != nil }),
                result[index].target.code.count > 3
            else { continue }
            result[index].code = "173"
            result[index].evidence.sourceRule += " + a person sentenced"
        }
        // "arrested the captain of a Chinese fishing boat" (`APPREHEND * BOAT [1711]`, the boat deep in the object),
        // "captured two Israeli soldiers": the object's own head is a person, held; property named inside its phrase
        // is whose he is, not what was seized.
        for index in result.indices where ["171", "1711"].contains(result[index].code) {
            guard let word = treeWord(of: verbs[result[index].verbIndex]),
                tree.dependents(of: word, ["obj", "nsubj:pass"]).contains(where: { Self.heldPeopleWords.contains(tree.form($0)) })
            else { continue }
            result[index].code = "173"
            result[index].evidence.sourceRule += " + people held"
        }
        for index in result.indices where result[index].code == "171" {
            guard let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            let seized = patientWords(of: word, tree: tree)
            if Self.hijackingForms.contains(tree.form(word)) {
                // A hijacking is CAMEO's 181 ("abduct, hijack, or take hostage"), whatever is hijacked.
                result[index].code = "181"
                result[index].evidence.sourceRule += " + a hijacking"
            } else if !seized.isDisjoint(with: Self.propertyWords) {
                result[index].code = "1711"
                result[index].evidence.sourceRule += " + property seized"
            } else if !seized.isDisjoint(with: Self.peopleWords) || !seized.isDisjoint(with: Self.personWords) {
                // "seized three Palestinian activists": people seized are detained (173).
                result[index].code = "173"
                result[index].evidence.sourceRule += " + people seized"
            }
        }
        for index in result.indices where result[index].code == "173" {
            guard let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            let form = tree.form(word)
            if Self.suingWords.contains(form) {
                result[index].code = "115"
                result[index].evidence.sourceRule += " + a lawsuit"
            } else if Self.convictingWords.contains(form),
                let object = tree.dependents(of: word, ["obj"]).first, tree.sentence.words[object].tag == .properNoun,
                result[index].target.code.count == 3
            {
                result[index].code = "116"
                result[index].evidence.sourceRule += " + a ruling against a state or body"
            }
        }
        return result
    }

    private static let suingWords: Set<String> = ["sue", "sues", "sued", "suing"]
    private static let sentencingForms = Inflection.lowerCaseForms(of: ["sentence"])
    private static let hijackingForms = Inflection.lowerCaseForms(of: ["hijack"])
    private static let convictingWords: Set<String> = ["convict", "convicts", "convicted", "convicting"]

    /// Property in the codebook's sense: what was held or confiscated, land included.
    private static let propertyWords: Set<String> = [
        "property", "properties", "assets", "land", "lands", "ship", "ships", "vessel", "vessels", "boat", "boats", "plane",
        "planes", "aircraft", "helicopter", "helicopters", "cargo", "goods", "vehicle", "vehicles", "tanker", "tankers",
        "territory", "territories", "peninsula", "island", "islands", "enclave", "enclaves",
    ]

    /// What a verb of handing back returns, CAMEO's 084 by its kind: "handed over to India a fisherman", "sent back a
    /// South Korean fishing boat and its four crew members" (0841: persons, with their boat), "formally handed over the
    /// Bakassi peninsula to Cameroon" (0842: property, including land). The verb with its particle ("hand over",
    /// "send back", "give back") or "return" and "repatriate", whatever the dictionaries make of them (`SEND * BACK`
    /// 050, nothing for "hand"); nil for any other verb or object.
    func handingBack(_ verb: VerbHit) -> EventCodes? {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb else { return nil }
        let form = tree.form(word)
        guard Self.handingForms.contains(form) || Self.sendingBackForms.contains(form) || Self.returningForms.contains(form) else {
            return nil
        }
        var particles = Set(tree.dependents(of: word, ["compound:prt", "advmod"]).map { tree.form($0) })
        // The parse may read the particle as a preposition of what is handed: "handed over the Bakassi peninsula".
        let overPhrase = tree.dependents(of: word, ["obl"]).first { phrase in
            tree.caseMarker(of: phrase) == "over" && word + 1 < tree.sentence.words.count && tree.form(word + 1) == "over"
        }
        if overPhrase != nil { particles.insert("over") }
        let handing = (Self.handingForms.contains(form) && particles.contains("over"))
            || (Self.sendingBackForms.contains(form) && particles.contains("back")) || Self.returningForms.contains(form)
        // (The parse may hang the particle on what follows: "handed over two patrol boats", "over" read as modifying
        // "two"; read so only for arms, below.)
        let handingArms = Self.handingForms.contains(form) && word + 1 < tree.sentence.words.count && tree.form(word + 1) == "over"
        guard handing || handingArms else { return nil }
        // (A heavy object after the "to" phrase may be read as an unmarked oblique: "handed over to India a fisherman".)
        let objects = tree.dependents(of: word, ["obj", "nsubj:pass"]) + (overPhrase.map { [$0] } ?? [])
            + tree.children[word].filter { tree.relation($0) == "obl:unmarked" && !isTime($0, tree: tree) }
        let words = Set(tree.descendants(of: objects, skipping: Self.clauseBoundaries).map { tree.form($0) })
        let heads = Set(objects.map { tree.form($0) })
        // People handed over as suspects are judicial cooperation, CAMEO's 063 (extradition): "offered to hand over
        // to Britain two men suspected of blowing up a Pan Am plane".
        let suspectWords = Set(tree.descendants(of: objects, skipping: ["parataxis", "punct", "ccomp"]).map { tree.form($0) })
        // Arms and ships of war handed over are military aid, CAMEO's 072 ("extend military assistance, including
        // arms"): "handed over the refitted aircraft carrier … to the Indian navy". (Returned, they are property, 0842.)
        // (Each of several things handed over: "two patrol boats and a frigate".)
        let things = heads.union(objects.flatMap { tree.dependents(of: $0, ["conj"]) }.map { tree.form($0) })
        let arms = Self.handingForms.contains(form) && !things.isDisjoint(with: ComplementLexicon.weaponWords)
        guard handing else { return arms ? EventCodes(forward: "072") : nil }
        if !suspectWords.isDisjoint(with: Self.suspectWords) { return EventCodes(forward: "063") }
        if arms { return EventCodes(forward: "072") }
        if !heads.isDisjoint(with: Self.heldPeopleWords) || !heads.isDisjoint(with: Self.remainsWords)
            || (!words.isDisjoint(with: Self.heldPeopleWords) && heads.isDisjoint(with: Self.propertyWords))
        {
            return EventCodes(forward: "0841")
        }
        if !heads.isDisjoint(with: Self.propertyWords) {
            // A boat with its crew is the crew's return: people before things.
            return EventCodes(forward: words.isDisjoint(with: Self.heldPeopleWords) ? "0842" : "0841")
        }
        // A person named, handed over to another state, is judicial cooperation too (063): "Bangladesh handed over
        // Anup Chetia … to India, which had sought his return", "Zimbabwe has handed British mercenary Simon Mann over
        // to Equatorial Guinea". Handed over, not returned or sent back (a person "returned" may be going home); a
        // name, not a place the dictionaries know ("handed over Hong Kong"), nor one of the held people above.
        if Self.handingForms.contains(form), objects.contains(where: { object in
            tree.sentence.words[object].tag == .properNoun
                && !(slotOfWord(object, tree: tree).map { slots[$0].members.contains(where: { $0.hasState && $0.namesActor }) } ?? false)
        }) {
            return EventCodes(forward: "063")
        }
        return nil
    }

    /// The dead returned are people returned (0841).
    private static let remainsWords: Set<String> = ["bodies", "remains"]
    private static let suspectWords: Set<String> = [
        "suspect", "suspects", "suspected", "accused", "wanted", "fugitive", "fugitives", "charged", "convicted",
    ]
    private static let handingForms = Inflection.lowerCaseForms(of: ["hand"])
    private static let sendingBackForms = Inflection.lowerCaseForms(of: ["send", "give", "hand", "bring", "fly"], irregular: ["sent", "gave", "given", "brought", "flew", "flown"])
    private static let returningForms = Inflection.lowerCaseForms(of: ["return", "repatriate"])
    private static let clauseBoundaries: Set<String> = ["parataxis", "punct", "acl:relcl", "advcl", "ccomp"]
    /// The forms of freeing, which the dictionaries file under yielding in general (`RELEASE [080]`).
    private static let freeingForms = Inflection.lowerCaseForms(of: ["free"])
    /// People held: prisoners, hostages, detainees.
    private static let personWords: Set<String> = [
        "prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive", "captives",
    ]
    /// People who are held when taken: the heads of what a seizure takes that make it a detention (173).
    static let heldPeopleWords = peopleWords.union(personWords).union([
        "captain", "captains", "crew", "crews", "crewmen", "sailor", "sailors", "seamen", "soldier", "soldiers", "marines",
        "troops", "servicemen", "fisherman", "fishermen", "national", "nationals", "officer", "officers", "diplomat",
        "diplomats", "journalist", "tourist", "tourists", "citizen", "spy", "spies", "pilot", "pilots", "men", "women",
    ])
    private static let surrenderWords: Set<String> = ["surrender", "surrenders", "surrendered", "surrendering", "retreat", "retreated", "retreating"]
    /// Agent codes of armed groups and forces (rebels, insurgents, the military, police).
    private static let armedAgents = ["REB", "INS", "MIL", "UAF", "COP", "SPY"]
}
