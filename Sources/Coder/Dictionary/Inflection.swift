/// The regular English forms PETRARCH generates for dictionary words: plurals of nouns, and the -S, -ED and
/// -ING forms of verbs. Irregular forms are written in the dictionaries themselves (`BREAK {BROKE BROKEN}`).
enum Inflection {
    private static let vowels: Set<Character> = ["A", "E", "I", "O", "U"]

    /// `POLICY` → `POLICIES`, `BOX` → `BOXES`, `MAN` → `MEN`, `GROUP` → `GROUPS`.
    static func plural(_ word: String) -> String {
        guard let last = word.last else { return word }
        if word.hasSuffix("MAN") && word.count > 3 { return String(word.dropLast(3)) + "MEN" }
        if last == "Y", word.count > 1, !vowels.contains(word[word.index(before: word.index(before: word.endIndex))]) {
            return String(word.dropLast()) + "IES"
        }
        if last == "S" || last == "X" || last == "Z" || word.hasSuffix("CH") || word.hasSuffix("SH") { return word + "ES" }
        return word + "S"
    }

    /// The -S, -ED and -ING forms of a regular verb: `DEPLORE` → `DEPLORES`, `DEPLORED`, `DEPLORING`.
    static func regularForms(_ verb: String) -> [(String, VerbDictionary.FormKind)] {
        guard let last = verb.last, verb.count > 1 else { return [] }
        let beforeLast = verb[verb.index(before: verb.index(before: verb.endIndex))]
        var third: String
        var past: String
        var gerund: String
        if last == "E" {
            third = verb + "S"
            past = verb + "D"
            gerund = verb.hasSuffix("EE") ? verb + "ING" : String(verb.dropLast()) + "ING"
        } else if last == "Y" && !vowels.contains(beforeLast) {
            third = String(verb.dropLast()) + "IES"
            past = String(verb.dropLast()) + "IED"
            gerund = verb + "ING"
        } else {
            third = last == "S" || last == "X" || last == "Z" || verb.hasSuffix("CH") || verb.hasSuffix("SH") ? verb + "ES" : verb + "S"
            past = verb + "ED"
            gerund = verb + "ING"
        }
        return [(third, .thirdPerson), (past, .past), (gerund, .gerund)]
    }

    /// Every form of verbs as a parse writes them (lower case): each base with its regular forms, and the irregular
    /// ones named (`["begin"]`, `["began", "begun"]`). For the coder's own word lists of verbs.
    static func lowerCaseForms(of bases: [String], irregular: [String] = []) -> Set<String> {
        Set(bases.flatMap { base in [base] + regularForms(base.uppercased()).map { $0.0.lowercased() } } + irregular)
    }

    /// The kind of an irregular form as listed: `BROKEN` past, `MEETS` third person, `MEETING` gerund.
    static func kind(of form: String) -> VerbDictionary.FormKind {
        if form.hasSuffix("ING") { return .gerund }
        if form.hasSuffix("S") && !form.hasSuffix("SS") { return .thirdPerson }
        return .past
    }
}
