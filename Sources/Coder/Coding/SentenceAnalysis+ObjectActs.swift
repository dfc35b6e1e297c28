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
                && tree.dependents(of: object, ["compound", "amod"]).contains { ["phone", "telephone"].contains(tree.form($0)) }
        }
    }

    static let callNouns: Set<String> = ["call", "calls", "conversation", "conversations"]

    /// Whether a verb of deciding or making public puts sanctions in place: "European Union governments approved
    /// the bloc's toughest sanctions against Russia", "Washington announced new penalties", "slapped sanctions on
    /// Venezuela's state oil company" — CAMEO's 163, "impose embargo, boycott, or sanctions", whatever the verb's
    /// own code (`APPROVE` 080, `ANNOUNCE` 010). Only a verb in the past, of a clause of its own: "threatened to
    /// impose" and "agreed to approve" are the threat and the intent, read from their own verbs.
    func imposesSanctions(_ verb: VerbHit) -> Bool {
        guard options.readsModality, let tree, let word = treeWord(of: verb), tree.sentence.words[word].tag == .verb,
            Self.sanctioningVerbs.contains(tree.form(word)), !["xcomp", "acl", "csubj"].contains(tree.relation(word)),
            tense(of: verb) == .past
        else { return false }
        return tree.dependents(of: word, ["obj"]).contains { Self.sanctionNouns.contains(tree.form($0)) }
    }

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
}
