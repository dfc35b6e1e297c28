extension SentenceAnalysis {
    /// CAMEO codes an attack by its means where the sentence names them: aerial weapons 195 ("its aircraft struck
    /// a factory"), artillery and tanks 194 ("shelled the town"), a bombing 183 — a suicide bombing 1831, a car
    /// bomb 1832, a roadside bomb 1833 ("a roadside bombing killed one soldier"). The words are the verb's own and
    /// those of its subject, object and obliques ("in a bomb attack"). Only a general code is refined (190 or 180,
    /// 183 to its kinds), and fighting with small arms (193) when the sentence names heavier weapons — artillery or
    /// tanks 194, aircraft 195 — as CAMEO tells them apart by the weapons used ("fired artillery shells at", which
    /// Phoenix's `FIRE` codes 193): a pattern's own 186 stays.
    ///
    /// - Complexity: O(e + w) for e events and the words of the phrases read.
    static let codesRefinedByMeans: Set<String> = ["190", "180", "183", "193"]

    func refineByMeans(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { Self.codesRefinedByMeans.contains($0.code) }) else { return found }
        var result = found
        var meansOfVerb: [Int: String?] = [:]
        for index in result.indices where Self.codesRefinedByMeans.contains(result[index].code) {
            let verbIndex = result[index].verbIndex
            if meansOfVerb[verbIndex] == nil {
                meansOfVerb[verbIndex] = treeWord(of: verbs[verbIndex]).flatMap { means(of: $0, tree: tree) }
            }
            guard let code = meansOfVerb[verbIndex] ?? nil else { continue }
            if result[index].code == "183" && !code.hasPrefix("183") { continue }
            if result[index].code == "193" && code != "194" && code != "195" { continue }
            result[index].code = code
            result[index].evidence.sourceRule += " + means"
        }
        return result
    }

    /// The code of the means named around a verb, if any.
    private func means(of word: Int, tree: TokenTree) -> String? {
        var stack = tree.children[word].filter { child in
            let relation = tree.relation(child)
            return ["nsubj", "nsubj:pass", "obj"].contains(relation) || relation.hasPrefix("obl")
        }
        // "killed one soldier and wounded two others": a conjunct's subject is its partner's.
        if tree.relation(word) == "conj", !stack.contains(where: { tree.relation($0).hasPrefix("nsubj") }), let head = tree.head(word) {
            stack += tree.dependents(of: head, ["nsubj"])
        }
        var words: Set<String> = [tree.form(word)]
        while let next = stack.popLast() {
            words.insert(tree.form(next))
            stack += tree.children[next].filter { !["conj", "parataxis", "punct", "acl:relcl"].contains(tree.relation($0)) }
        }
        let bombing = !words.isDisjoint(with: ["bomb", "bombs", "bombing", "bombings", "explosive", "explosives", "bomber"])
        if bombing || words.contains("suicide") {
            if words.contains("suicide") { return "1831" }
            if !words.isDisjoint(with: ["car", "vehicle", "truck"]) && bombing { return "1832" }
            if words.contains("roadside") { return "1833" }
        }
        if !words.isDisjoint(with: ["aircraft", "airstrike", "airstrikes", "warplanes", "warplane", "planes", "jets", "helicopter",
            "helicopters", "bombers", "drone", "drones"])
            || (words.contains("air") && !words.isDisjoint(with: ["strike", "strikes", "raid", "raids"]))
        {
            return "195"
        }
        if !words.isDisjoint(with: ["artillery", "tank", "tanks", "shell", "shells", "shelling", "shelled", "mortar", "mortars",
            "rocket", "rockets", "howitzers"])
        {
            return "194"
        }
        return bombing ? "183" : nil
    }
}
