import EntenteParser

extension SentenceAnalysis {
    /// CAMEO codes an attack by its means where the sentence names them: aerial weapons 195 ("its aircraft struck
    /// a factory"), artillery and tanks 194 ("shelled the town"), a bombing 183 — a suicide bombing 1831, a car
    /// bomb 1832, a roadside bomb 1833 ("a roadside bombing killed one soldier"). The words are the verb's own and
    /// those of its subject, object and obliques ("in a bomb attack"). A physical assault is coded by its kind in
    /// the codebook's words (sexual 1821: "sexually abused"; torture 1822), and an assassination that was only
    /// attempted is 185 ("an attempt to assassinate … was thwarted"). Only a general code is refined (190, 180 or
    /// 182; 183 to its kinds; 186 to 185), and fighting with small arms (193) when the sentence names heavier
    /// weapons — artillery or tanks 194, aircraft 195 — as CAMEO tells them apart by the weapons used ("fired
    /// artillery shells at", which Phoenix's `FIRE` codes 193).
    ///
    /// - Complexity: O(e + w) for e events and the words of the phrases read.
    func refineByMeans(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { Self.codesRefinedByMeans.contains($0.code) }) else { return found }
        var result = found
        var meansOfVerb: [Int: String?] = [:]
        for index in result.indices where Self.codesRefinedByMeans.contains(result[index].code) {
            let verbIndex = result[index].verbIndex
            if meansOfVerb[verbIndex] == nil {
                meansOfVerb[verbIndex] = treeWord(of: verbs[verbIndex]).flatMap { means(of: $0, tree: tree) }
            }
            guard let code = (meansOfVerb[verbIndex] ?? nil) ?? unspecifiedFire(of: result[index], tree: tree) else { continue }
            if result[index].code == "183" && !code.hasPrefix("183") { continue }
            // CAMEO's 183 is a non-military bombing: a state's forces' "bombing raid" is their attack (190), or an
            // aerial one (195) where aircraft are named.
            if code == "183" && Self.isStatesForce(result[index].source.code) { continue }
            if result[index].code == "193" && !["190", "194", "195"].contains(code) { continue }
            // An aerial attack that a pattern read from its target alone (`STRIKE`'s `* TARGET [195]`) is an artillery
            // one where artillery, and no aircraft, is named: "Turkish artillery struck targets inside Syria".
            if result[index].code == "195" && code != "194" { continue }
            // An attempt (185) refines only an assassination; torture (1822) only a physical assault.
            if (code == "185") != (result[index].code == "186") { continue }
            if code == "1822" && result[index].code == "190" { continue }
            result[index].code = code
            result[index].evidence.sourceRule += " + means"
        }
        return result
    }

    /// 190 for fighting with small arms (193) that names no weapon: "opened fire on", "exchanged fire" — Phoenix codes
    /// `OPEN FIRE` and `EXCHANGE FIRE` 193, but CAMEO's 193 is an attack with small arms and light weapons, and an
    /// attack whose weapons are not said is its residual 190 ("gunfire", "mortar fire", "small-arms fire" stay 193).
    private func unspecifiedFire(of found: Found, tree: TokenTree) -> String? {
        guard found.code == "193", let word = treeWord(of: verbs[found.verbIndex]) else { return nil }
        let fire = tree.dependents(of: word, ["obj", "obl"]).first { tree.form($0) == "fire" }
        guard let fire, tree.dependents(of: fire, ["compound"]).isEmpty,
            !tree.dependents(of: fire, ["amod"]).contains(where: { tree.form($0) == "automatic" })
        else { return nil }
        return "190"
    }

    /// The code of the means named around a verb, if any.
    private func means(of word: Int, tree: TokenTree) -> String? {
        var stack = tree.children[word].filter { child in
            let relation = tree.relation(child)
            return Self.meansArgumentRelations.contains(relation) || relation.hasPrefix("obl")
        }
        // "killed one soldier and wounded two others": a conjunct's subject is its partner's.
        if tree.relation(word) == "conj", !stack.contains(where: { tree.relation($0).hasPrefix("nsubj") }), let head = tree.head(word) {
            stack += tree.dependents(of: head, ["nsubj"])
        }
        var words: Set<String> = [tree.form(word)]
        for next in tree.descendants(of: stack, skipping: Self.meansExcludedRelations) {
            words.insert(tree.form(next))
            // A designation the tokeniser splits at its hyphen, as the treebank does: "F - 16s".
            if next + 2 < tree.sentence.words.count, tree.form(next + 1) == "-" {
                words.insert(tree.form(next) + "-" + tree.form(next + 2))
            }
        }
        // "An attempt to assassinate … was thwarted": CAMEO's 185, an attempt that failed.
        if let head = tree.head(word), ["acl", "xcomp"].contains(tree.relation(word)), Self.attemptWords.contains(tree.form(head)) {
            return "185"
        }
        // "retaliated with tariffs on American soybeans": force by economic means is a sanction (163), not a fight.
        if tree.dependents(of: word, ["obl"]).contains(where: { phrase in
            tree.caseMarker(of: phrase) == "with" && Self.economicMeans.contains(tree.form(phrase))
        }) {
            return "163"
        }
        // Physical assault by its kind, in the codebook's words: sexual assault (1821), torture (1822).
        if !words.isDisjoint(with: Self.sexualAssaultWords) { return "1821" }
        if !words.isDisjoint(with: Self.tortureWords) { return "1822" }
        let bombing = !words.isDisjoint(with: Self.bombWords)
        if words.contains("suicide") { return "1831" }
        if bombing && !words.isDisjoint(with: Self.vehicleWords) { return "1832" }
        if bombing && words.contains("roadside") { return "1833" }
        if !words.isDisjoint(with: Self.aircraftWords) || (words.contains("air") && !words.isDisjoint(with: Self.strikeWords))
            || words.contains(where: Self.isAircraftDesignation)
        {
            return "195"
        }
        if !words.isDisjoint(with: Self.artilleryWords) { return "194" }
        return bombing ? "183" : nil
    }

    /// Measures of trade and money that a retaliation or a strike "with" them names: sanctions in CAMEO's sense (163).
    static let economicMeans: Set<String> = ["tariffs", "tariff", "sanctions", "embargo", "embargoes", "boycott", "duties", "levies"]

    /// Whether an actor code is a state's armed forces or government (`COLMIL`, `ISR`, `SYRGOV`), whose attacks are
    /// military, not CAMEO's non-military bombings.
    static func isStatesForce(_ code: String) -> Bool {
        stateSector(code).map { $0.isEmpty || $0.hasPrefix("MIL") || $0.hasPrefix("GOV") } ?? false
    }

    /// The general codes ``refineByMeans(_:)`` may refine.
    static let codesRefinedByMeans: Set<String> = ["190", "180", "182", "183", "186", "193", "195"]

    /// The verb's own arguments whose words name its means (obliques too, by prefix), and its adverbs ("sexually").
    /// (`compound` too: a verb the tagger took for a noun has its subject as one, "Israeli aircraft struck".)
    private static let meansArgumentRelations: Set<String> = ["nsubj", "nsubj:pass", "obj", "advmod", "compound"]
    /// Relations below an argument whose words are another clause's, not the argument's.
    private static let meansExcludedRelations = TokenTree.clauseBoundaryRelations.union(["acl:relcl"])
    private static let attemptWords: Set<String> = ["attempt", "attempts", "attempted", "attempting"]
    private static let sexualAssaultWords: Set<String> = ["sexually", "sexual", "rape", "rapes", "raped", "raping"]
    private static let tortureWords: Set<String> = ["torture", "tortured", "torturing"]
    private static let bombWords: Set<String> = ["bomb", "bombs", "bombing", "bombings", "explosive", "explosives", "bomber"]
    private static let vehicleWords: Set<String> = ["car", "vehicle", "truck"]
    private static let aircraftWords: Set<String> = [
        "aircraft", "airstrike", "airstrikes", "warplanes", "warplane", "planes", "jets", "helicopter", "helicopters", "bombers",
        "drone", "drones", "gunships",
    ]

    /// Whether a word (lower case, as the tree's forms are) is a military aircraft's designation, a maker's letters
    /// and a number: "f-16s", "su-24", "mig-29".
    static func isAircraftDesignation(_ word: String) -> Bool {
        let parts = word.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[0].allSatisfy(\.isLetter),
            let digit = parts[1].first, digit.isNumber
        else { return false }
        let tail = parts[1].drop(while: \.isNumber)
        return tail.isEmpty || tail == "s" || (tail.count <= 2 && tail.allSatisfy(\.isLetter))
    }
    private static let strikeWords: Set<String> = ["strike", "strikes", "raid", "raids"]
    private static let artilleryWords: Set<String> = [
        "artillery", "tank", "tanks", "shell", "shells", "shelling", "shelled", "mortar", "mortars", "rocket", "rockets", "howitzers",
    ]
}
