import EntenteParser

extension SentenceAnalysis {
    /// Administrative sanctions and force posture by their kind, in the codebook's names: a ban (172) whose object
    /// names political parties, candidates, politicians or the opposition is 1722 ("ban political parties or
    /// politicians"); a show of force (150) that puts forces on alert is 152 ("increase military alert status"), or
    /// 151 for police. Only the general codes are refined.
    ///
    /// - Complexity: O(e + w) for e events and the words of the phrases read.
    func refineRestrictionsAndAlerts(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { $0.code == "172" || $0.code == "150" }) else { return found }
        var result = found
        for index in result.indices where result[index].code == "172" || result[index].code == "150" {
            guard let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            if result[index].code == "172" {
                let roots = tree.dependents(of: word, ["obj", "nsubj:pass"])
                let words = Set(tree.descendants(of: roots, skipping: Self.bannedPhraseBoundaries).map { tree.form($0) })
                guard !words.isDisjoint(with: Self.politicianWords) else { continue }
                result[index].code = "1722"
                result[index].evidence.sourceRule += " + whom it bans"
            } else {
                let roots = tree.children[word].filter { tree.relation($0).hasPrefix("obl") || tree.relation($0) == "obj" || tree.relation($0) == "xcomp" }
                let words = Set(tree.descendants(of: roots, skipping: Self.bannedPhraseBoundaries).map { tree.form($0) })
                guard words.contains("alert") else { continue }
                let source = result[index].source.code
                result[index].code = source.hasSuffix("COP") ? "151" : "152"
                result[index].evidence.sourceRule += " + on alert"
            }
        }
        return result
    }

    private static let bannedPhraseBoundaries: Set<String> = ["parataxis", "punct", "acl", "acl:relcl", "advcl", "conj"]
    /// Political parties and politicians, as CAMEO's 0812, 1322 and 1722 name them.
    private static let politicianWords: Set<String> = [
        "party", "parties", "candidate", "candidates", "politician", "politicians", "opposition",
    ]
}
