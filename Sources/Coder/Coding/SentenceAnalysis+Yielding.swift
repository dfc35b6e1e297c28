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
        guard let tree, found.contains(where: { $0.code == "084" || $0.code == "080" }) else { return found }
        var result = found
        for index in result.indices {
            let code = result[index].code
            guard code == "084" || code == "080", let word = treeWord(of: verbs[result[index].verbIndex]) else { continue }
            if code == "084" {
                let words = patientWords(of: word, tree: tree)
                let refined: String? =
                    !words.isDisjoint(with: Self.propertyWords) ? "0842" : !words.isDisjoint(with: Self.personWords) ? "0841" : nil
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

    /// Legal action by its kind, as CAMEO's 173 sets it apart: a lawsuit is 115 ("charges or lawsuits are coded as
    /// 115": "is suing the United States"), a conviction of a state or an organisation — the verb's object a
    /// name, not a person — 116 ("rulings against non-individuals, where imprisonment is not an issue"), where the
    /// dictionary gives the arrest's 173.
    func refineLegalActions(_ found: [Found]) -> [Found] {
        guard let tree, found.contains(where: { $0.code == "173" }) else { return found }
        var result = found
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
    private static let convictingWords: Set<String> = ["convict", "convicts", "convicted", "convicting"]

    /// Property in the codebook's sense: what was held or confiscated, land included.
    private static let propertyWords: Set<String> = [
        "property", "properties", "assets", "land", "lands", "ship", "ships", "vessel", "vessels", "boat", "boats", "plane",
        "planes", "aircraft", "helicopter", "helicopters", "cargo", "goods", "vehicle", "vehicles", "tanker", "tankers",
    ]
    /// People held: prisoners, hostages, detainees.
    private static let personWords: Set<String> = [
        "prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive", "captives",
    ]
    private static let surrenderWords: Set<String> = ["surrender", "surrenders", "surrendered", "surrendering", "retreat", "retreated", "retreating"]
    /// Agent codes of armed groups and forces (rebels, insurgents, the military, police).
    private static let armedAgents = ["REB", "INS", "MIL", "UAF", "COP", "SPY"]
}
