import EntenteParser

/// Discards read with the tree: history retold, and phrases named in passing.
///
/// Phoenix drops every sentence that names a year before its story's: a year there meant history retold. But news
/// names years of the past mostly beside the news ("the first visit since the 1979 revolution", "a 1995 accord", "a
/// ceasefire that has held since 2003"), where the sentence's own event is of its day. A year retells history where
/// it dates a verb ("invaded the island in 1974", "in March 1974", "on May 5, 1994"): the sentence is dropped when
/// that verb is its main clause's; else only that verb's events are (a background clause, "which Turkish troops
/// invaded in 1974").
///
/// Its other phrases (sports, disasters, history: "World Cup", "tsunami", "World War Two", "years ago") mark a text
/// that is not about relations between states. Where such a phrase is what the main clause is about ("won the World
/// Cup", "the tsunami killed", "Analysts said the landslide victory …"), the sentence is dropped, as PETRARCH drops
/// it. Where it stands in a clause beneath another — a relative or adverbial clause, a participle, an infinitive of
/// purpose ("a peace treaty formally ending World War Two", "to help Indonesia rebuild after the tsunami", "sailors
/// seized two weeks ago", "before the two leaders watched a World Cup qualifier") — it is named in passing, and the
/// sentence's news stands (``Coder/Options/readsDiscardsInPassing``; PETRARCH's options drop it wherever it stands,
/// as its records expect). Words of a phrase the tree does not join ("their first summit in seven years later this
/// month") are no phrase at all.
extension SentenceAnalysis {
    /// What the discards found in a sentence do, read with the tree (``code(bytes:…)`` and ``explain`` alike): the
    /// drop, when a phrase stands in the main clause or a year dates it (or there is no tree to read them with); else
    /// the tree words of the verbs whose events the years leave out (none for discards named in passing).
    func reading(of discard: DictionaryDiscard) -> DiscardReading {
        guard let tree else { return .drops(discard.dropped) }
        if let phrase = discard.phrases.first(where: { !options.readsDiscardsInPassing || standsInMainClause($0.tokens, tree: tree) }) {
            return .drops(SentenceDrop(text: phrase.text, discardsStory: phrase.discardsStory))
        }
        guard !discard.yearTokens.isEmpty else { return .leavesOut([]) }
        guard let dated = verbsDated(byYearsAt: discard.yearTokens) else {
            return .drops(SentenceDrop(text: discard.firstYear ?? "", discardsStory: false, retellsHistory: true))
        }
        return .leavesOut(dated)
    }

    /// What the discards of a sentence do: drop it, or leave out the events of the verbs years date.
    enum DiscardReading {
        case drops(SentenceDrop)
        case leavesOut(Set<Int>)
    }

    /// Whether a discard phrase is what the main clause is about: its words joined in the tree (under one of them, or
    /// hung side by side from one word: "Ten years ago Indian troops fired"), and no subordinate clause between it and
    /// the root (the root's conjuncts and what it reports are of the main clause). A phrase whose words were dropped
    /// with a comma clause stood in passing.
    private func standsInMainClause(_ tokens: Range<Int>, tree: TokenTree) -> Bool {
        let words = Set(tokens.compactMap { tree.word(ofToken: $0) })
        let tops = words.filter { word in tree.head(word).map { !words.contains($0) } ?? true }
        guard var word = tops.first, Set(tops.map { tree.head($0) }).count == 1 else { return false }
        while let head = tree.head(word) {
            if Self.subordinateClauses.contains(tree.relation(word)) { return false }
            word = head
        }
        return true
    }

    /// Clauses beneath another: a discard phrase inside one is named in passing.
    /// (A controlled complement is the main clause's own: "is about to restore the World Golf Championships".)
    private static let subordinateClauses: Set<String> = ["acl", "acl:relcl", "advcl", "advcl:relcl", "csubj", "csubj:pass"]

    /// The tree words of the verbs the years at these tokens date; nil when one of them dates the main clause (the
    /// sentence retells history), or when there is no tree to read them with.
    func verbsDated(byYearsAt tokens: [Int]) -> Set<Int>? {
        guard let tree else { return nil }
        var dated = Set<Int>()
        for token in tokens {
            guard let year = tree.word(ofToken: token), let verb = verbDated(byYear: year, tree: tree) else { continue }
            if isMainClause(verb, tree: tree) { return nil }
            dated.insert(verb)
        }
        return dated
    }

    /// The verb a year is a phrase of time of, alone ("in 1974", "during 1994"), or the verb a whole date dates
    /// ("in March 1974", "on November 23, 2010", wherever the parse hangs it in the verb's phrases); nil for a year
    /// inside a noun phrase ("the 1994 bombing") or one counted from ("since 1974").
    private func verbDated(byYear year: Int, tree: TokenTree) -> Int? {
        let isVerb = { (word: Int) in tree.sentence.words[word].tag == .verb }
        let dates = { (phrase: Int) in tree.caseMarker(of: phrase).map(Self.datingMarkers.contains) ?? true }
        guard let date = tree.head(year), Self.dateParts.contains(tree.relation(year)), isDate(date, tree: tree) else {
            guard Self.timeRelations.contains(tree.relation(year)), let verb = tree.head(year), isVerb(verb), dates(year) else { return nil }
            return verb
        }
        guard dates(date), Self.timeRelations.contains(tree.relation(date)) || Self.dateParts.contains(tree.relation(date)) else { return nil }
        var word = date
        for _ in 0..<3 {
            guard let head = tree.head(word), !Self.clausalRelations.contains(tree.relation(word)) else { return nil }
            if isVerb(head) { return head }
            word = head
        }
        return nil
    }

    /// A month's name, or a day's number with its month ("November 23").
    private func isDate(_ word: Int, tree: TokenTree) -> Bool {
        let isMonth = { (word: Int) in Self.monthNames.contains(tree.form(word)) }
        return isMonth(word) || (tree.sentence.words[word].tag == .numeral && tree.children[word].contains(where: isMonth))
    }

    /// Whether a verb is the sentence's main clause: its root, a conjunct of it, or what its root reports.
    private func isMainClause(_ verb: Int, tree: TokenTree) -> Bool {
        var word = verb
        while let head = tree.head(word) {
            guard ["conj", "ccomp", "parataxis"].contains(tree.relation(word)) else { return false }
            word = head
        }
        return true
    }

    /// How a year hangs from its date ("March 1974", "May 5, 1994").
    private static let dateParts: Set<String> = ["nummod", "nmod:tmod", "obl:tmod", "compound", "flat", "appos", "nmod", "nmod:unmarked"]
    /// How a phrase of time hangs from its verb.
    private static let timeRelations: Set<String> = ["obl", "obl:tmod", "obl:unmarked", "nmod:tmod", "obl:npmod", "advmod"]
    /// The prepositions that date ("in 1974"), not those that count from or to a year ("since", "until", "by").
    private static let datingMarkers: Set<String> = ["in", "on", "during"]
    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
}
