import EntenteParser

extension SentenceAnalysis {
    /// Administrative sanctions and force posture by their kind, in the codebook's names: a ban (172) whose object
    /// names political parties, candidates, politicians or the opposition is 1722 ("ban political parties or
    /// politicians"); a show of force (150) that puts forces on alert is 152 ("increase military alert status"), or
    /// 151 for police. Only the general codes are refined.
    ///
    /// - Complexity: O(e + w) for e events and the words of the phrases read.
    func refineRestrictionsAndAlerts(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { $0.code == "172" || $0.code == "150" || $0.code.hasPrefix("17") || $0.code == "190" }) else {
            return found
        }
        var result = found
        for index in result.indices where result[index].code.hasPrefix("17") || result[index].code == "150" || result[index].code == "190" {
            guard let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            let objects = tree.dependents(of: word, ["obj"])
            if result[index].code.hasPrefix("17"), objects.contains(where: { Self.blockadeWords.contains(tree.form($0)) }) {
                // "reimposed blockades in the West Bank": CAMEO's 191, "impose blockade, restrict movement".
                result[index].code = "191"
                result[index].evidence.sourceRule += " + a blockade"
                continue
            }
            if result[index].code == "190", Self.killingWords.contains(tree.form(word)),
                let object = objects.first, Self.leaderWords.contains(tree.form(object))
            {
                // "killed the deputy chief of …": CAMEO's 186, "targeted killings … of politically influential elites
                // or leaders".
                result[index].code = "186"
                result[index].evidence.sourceRule += " + a leader killed"
                continue
            }
            if result[index].code == "190" {
                // "blew up three power lines": destroying what names no actor and no weapon is CAMEO's 1712,
                // "destroy property".
                guard Self.destroyingWords.contains(tree.form(word)), let object = objects.first,
                    tree.sentence.words[object].tag == .noun, !Self.weaponWords.contains(tree.form(object)),
                    ([object] + tree.dependents(of: object, TokenTree.nounModifierRelations)).allSatisfy({ word in
                        let token = tree.tokenOfWord[word]
                        return token < 0 || token >= slotAt.count || slotAt[token] < 0
                    })
                else { continue }
                result[index].code = "1712"
                result[index].evidence.sourceRule += " + property destroyed"
                continue
            }
            if result[index].code == "172" {
                let words = patientWords(of: word, tree: tree)
                guard !words.isDisjoint(with: Self.politicianWords) else { continue }
                result[index].code = "1722"
                result[index].evidence.sourceRule += " + whom it bans"
            } else if result[index].code == "150" {
                let roots = tree.children[word].filter { tree.relation($0).hasPrefix("obl") || tree.relation($0) == "obj" || tree.relation($0) == "xcomp" }
                let words = Set(tree.descendants(of: roots, skipping: Self.objectPhraseBoundaries).map { tree.form($0) })
                guard words.contains("alert") else { continue }
                let source = result[index].source.code
                result[index].code = source.hasSuffix("COP") ? "151" : "152"
                result[index].evidence.sourceRule += " + on alert"
            }
        }
        return result
    }

    private static let killingWords: Set<String> = ["kill", "kills", "killed", "killing", "murdered", "shot"]
    /// Leaders and elites, in the words news gives their posts.
    private static let leaderWords: Set<String> = [
        "leader", "chief", "commander", "minister", "president", "governor", "mayor", "premier", "head", "general",
    ]
    private static let blockadeWords: Set<String> = ["blockade", "blockades"]
    private static let destroyingWords: Set<String> = ["blew", "blow", "blows", "blown", "blowing", "destroyed", "destroy", "destroys", "destroying", "demolished"]
    /// Arms destroyed are an attack on forces, not property.
    private static let weaponWords: Set<String> = ["tank", "tanks", "aircraft", "plane", "planes", "helicopter", "helicopters", "artillery", "positions", "position", "convoy"]

    /// Political parties and politicians, as CAMEO's 0812, 1322 and 1722 name them.
    private static let politicianWords: Set<String> = [
        "party", "parties", "candidate", "candidates", "politician", "politicians", "opposition",
    ]
}
