import EntenteParser

extension SentenceAnalysis {
    /// The tokens a verb's patterns may read, from the dependency tree (as PETRARCH2 and UniversalPetrarch match
    /// patterns to the verb's phrases, not to the words around it): a pattern's words before `*` among the
    /// verb's subject and the words that modify it from the left (auxiliaries, negation, adverbs), its words after
    /// `*` among the verb's objects, particles, prepositional phrases and complements. A `$` or `+` binds to the
    /// actor a dependent holds. The next clause (a conjunct, a parenthetical, an adverbial clause), the subject of
    /// another verb and punctuation are out of reach.
    struct PatternScope {
        /// Per token: whether the words before `*` may match it; nil when the tree puts nothing there (the words
        /// before the verb are read).
        var upper: [Bool]?
        /// Per token: whether the words after `*` may match it; nil when the tree hangs nothing after the verb
        /// (a parse that lost its objects: the words after the verb are read).
        var lower: [Bool]?
        /// A relative clause's verb with no object of its own ("what it receives from China"): its object is the
        /// phrase the clause describes, which the tree does not name, so when no pattern fits in the scope the
        /// words around the verb are tried.
        var triesWordOrder = false
        /// Per token: the verb's own dependents after it and their prepositions ("against" in "campaigned against
        /// X", "on" in "pressed on"), where a pattern of particles alone (``FlatPattern/particlesOnly``) may match:
        /// "demanded that the government end curbs on press freedom" is no `* ON [190]`, nor is "demanded … on
        /// Monday" (a phrase of time).
        var ownLower: [Bool]?
        /// Per token: whether it stands in a passive's agent phrase ("were attacked by American aircraft"): the
        /// verb's source, not what it acts on, so a pattern's words after `*` read it only after the pattern's own
        /// "by" (`* (BY/WITH &WEAPON) [194]`), not as its object (`* &AIRCRAFT [---]`, written for "fight aircraft").
        var agent: [Bool]?
        /// Per token: the phrase a passive verb's subject names, without its clauses and appositions ("Egypt's
        /// ambassador to Israel" in "…, was recalled by Cairo"): what the verb acts on, which a pattern's words after
        /// `*` read when nothing fits after the verb (``asPassive``). Nil for a verb with no passive subject.
        var passiveSubject: [Bool]?
        /// Where a pattern's words after `*` start looking (the verb's end when nil).
        var lowerStart: Int?
        /// The scope without the verb's purpose clause ("halted aid … to end the fighting"), tried first: what the
        /// verb does to its own object names the act before what it is done for. Nil when there is no such clause.
        var withoutPurpose: [Bool]?

        /// The scope whose words after `*` leave the purpose clause out.
        var narrowed: PatternScope? {
            guard let withoutPurpose else { return nil }
            var scope = self
            scope.lower = withoutPurpose.contains(true) ? withoutPurpose : nil
            scope.ownLower = scope.lower == nil ? nil : ownLower
            scope.withoutPurpose = nil
            return scope
        }

        /// The scope whose words after `*` are the passive verb's subject, read as its object ("the ambassador was
        /// recalled" as "recalled the ambassador", `* AMBASSADOR [161]`); nil for a verb with no passive subject.
        var asPassive: Self? {
            guard let passiveSubject, let start = passiveSubject.firstIndex(of: true) else { return nil }
            var scope = self
            scope.lower = passiveSubject
            scope.ownLower = passiveSubject
            scope.lowerStart = start
            scope.agent = nil
            scope.withoutPurpose = nil
            scope.triesWordOrder = false
            scope.passiveSubject = nil
            return scope
        }
    }

    /// Relations whose phrases lie outside a verb's pattern: the verb's next clause, its punctuation, what is
    /// said beside it.
    static let relationsOutsidePatterns: Set<String> = [
        "conj", "cc", "parataxis", "punct", "discourse", "vocative", "reparandum", "list", "dislocated", "orphan",
    ]

    /// Prepositions that open a phrase of time ("during his visit", "amid the talks", "after the attack"; not
    /// "before", which also stands before a court).
    static let timeMarkers: Set<String> = ["during", "amid", "amidst", "throughout", "since", "until", "till", "after", "following"]

    /// How a verb hangs from the verb whose clause it completes or continues.
    static let relationsReadingGovernor: Set<String> = ["xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl"]

    /// The scope of `verb`'s patterns, or nil when the tree gives nothing to read (no parse, the verb not aligned
    /// with a parse word or read as a noun, or a verb with no dependents and no subject): then patterns match over word order.
    ///
    /// - Complexity: O(n) in the words of the sentence.
    func patternScope(of verb: VerbHit) -> PatternScope? {
        guard let tree, let word = treeWord(of: verb) else { return nil }
        // A word the tree reads as a noun ("the rupture between the two countries", where the parse may hang the
        // phrase from the verb before it) has no verb phrase to read: its patterns match over word order.
        let tag = tree.sentence.words[word].tag
        guard tag == .verb || tag == .auxiliary || tag == .adjective else { return nil }
        var upperWords = [Bool](repeating: false, count: tree.children.count)
        var lowerWords = [Bool](repeating: false, count: tree.children.count)
        var ownWords = [Bool](repeating: false, count: tree.children.count)
        var purposeWords: [Bool]?
        var any = false
        let alleging = allegingWords(in: tree)
        let form = dictionaries.forms[Int(verb.form)]
        var setAsideReport = false
        let reportsClause = !options.statementPatternsReadReports
            && (dictionaries.codes(of: form)?.forward?.hasPrefix("01") ?? false)
        for child in tree.children[word] {
            let relation = tree.relation(child)
            if Self.relationsOutsidePatterns.contains(relation) && !(relation == "cc" && child < word) { continue }
            // An adverbial clause after the verb is a clause of its own ("…, accusing them of"), unless it says
            // what the verb is for ("sent troops to protect").
            if relation.hasPrefix("advcl"), child > word,
                !tree.isToInfinitive(child)
            {
                continue
            }
            // "praised Russia during his visit": a phrase of when says when the verb's act happened, not what it is
            // (no `* VISIT [043:042]` for the praise).
            if relation.hasPrefix("obl"), Self.timeMarkers.contains(tree.caseMarker(of: child) ?? "") { continue }
            // "said the US had agreed to resume military aid": a statement's patterns do not read the clause it
            // reports, which has a subject and a verb of its own (unless the options read as PETRARCH does).
            if relation == "ccomp", reportsClause, !tree.dependents(of: child, ["nsubj", "nsubj:pass"]).isEmpty {
                setAsideReport = true
                continue
            }
            if child < word { markSubtree(of: child, in: tree, into: &upperWords) } else {
                if relation.hasPrefix("advcl") {
                    var marks = purposeWords ?? [Bool](repeating: false, count: tree.children.count)
                    markSubtree(of: child, in: tree, into: &marks, alleging: alleging)
                    purposeWords = marks
                }
                markSubtree(of: child, in: tree, into: &lowerWords, alleging: alleging)
                // A phrase of time ("on Monday") is when, not what the verb's preposition names.
                if !isTime(child, tree: tree) {
                    ownWords[child] = true
                    for marker in tree.children[child] where ["case", "mark"].contains(tree.relation(marker)) { ownWords[marker] = true }
                    // "mediated talks between Hamas and Israel": the preposition of the object's own phrase names
                    // what the verb does too (`MEDIATE`'s `* (BETWEEN) [045]`), as one on the verb would.
                    if relation == "obj" {
                        for phrase in tree.children[child] where tree.relation(phrase) == "nmod" && !isTime(phrase, tree: tree) {
                            for marker in tree.children[phrase] where tree.relation(marker) == "case" && tree.form(marker) == "between" {
                                ownWords[marker] = true
                            }
                        }
                    }
                }
            }
            any = true
        }
        // Before the verb, the clause it stands in: a verb that completes, or is coordinated with, another reads
        // that verb's words before it too ("Mordor will be hosting Osgiliath to celebrate …", "inching nearer to
        // accord with"), its subject among them ("agreed to sell", "condemned … and promised").
        var current = word
        for _ in 0..<3 {
            guard let head = tree.head(current), Self.relationsReadingGovernor.contains(tree.relation(current)) else { break }
            upperWords[head] = true
            for child in tree.children[head] where child != current && child < word {
                let relation = tree.relation(child)
                if Self.relationsOutsidePatterns.contains(relation) && relation != "cc" { continue }
                if relation.hasPrefix("advcl") || relation == "ccomp" { continue }
                markSubtree(of: child, in: tree, into: &upperWords)
            }
            any = true
            current = head
        }
        guard any else { return nil }
        var upper = [Bool](repeating: false, count: count)
        var lower = [Bool](repeating: false, count: count)
        var own = [Bool](repeating: false, count: count)
        var narrow = purposeWords.map { _ in [Bool](repeating: false, count: count) }
        for token in 0..<count {
            let tokenWord = tree.wordOfToken[token]
            guard tokenWord >= 0 else { continue }
            upper[token] = upperWords[tokenWord]
            lower[token] = lowerWords[tokenWord]
            own[token] = ownWords[tokenWord]
            if let purposeWords { narrow?[token] = lowerWords[tokenWord] && !purposeWords[tokenWord] }
        }
        // The verb's own words (a particle written in its form, "called on") are the verb's.
        for token in verb.start..<verb.end {
            upper[token] = false
            lower[token] = false
            own[token] = false
            narrow?[token] = false
        }
        var agent: [Bool]?
        if !tree.dependents(of: word, ["nsubj:pass"]).isEmpty,
            let phrase = tree.children[word].first(where: { tree.relation($0) == "obl:agent" || (tree.relation($0) == "obl" && tree.caseMarker(of: $0) == "by") })
        {
            var agentWords = [Bool](repeating: false, count: tree.children.count)
            markSubtree(of: phrase, in: tree, into: &agentWords)
            agent = (0..<count).map { token in tree.wordOfToken[token] >= 0 && agentWords[tree.wordOfToken[token]] }
        }
        var passiveSubject: [Bool]?
        if let subject = tree.dependents(of: word, ["nsubj:pass"]).first {
            var subjectWords = [Bool](repeating: false, count: tree.children.count)
            var stack = [subject]
            while let next = stack.popLast() {
                subjectWords[next] = true
                stack += tree.children[next].filter { !["punct", "parataxis", "acl", "acl:relcl", "appos"].contains(tree.relation($0)) }
            }
            passiveSubject = (0..<count).map { token in tree.wordOfToken[token] >= 0 && subjectWords[tree.wordOfToken[token]] }
        }
        let relative = tree.relation(word) == "acl:relcl"
            && !tree.children[word].contains { ["obj", "iobj", "ccomp", "xcomp"].contains(tree.relation($0)) }
        return PatternScope(
            // With its report set aside, what is left after the verb is all its patterns read, even nothing.
            upper: upper.contains(true) ? upper : nil, lower: lower.contains(true) || setAsideReport ? lower : nil, triesWordOrder: relative,
            ownLower: lower.contains(true) ? own : nil, agent: agent, passiveSubject: passiveSubject, withoutPurpose: narrow)
    }

    /// The tree words of verbs whose dictionary code is a disapproval or accusation (11: "suspected", "accused").
    func allegingWords(in tree: TokenTree) -> Set<Int> {
        var words = Set<Int>()
        for verb in verbs {
            let form = dictionaries.forms[Int(verb.form)]
            guard dictionaries.codes(of: form)?.forward?.hasPrefix("11") ?? false,
                let word = treeWord(of: verb)
            else { continue }
            words.insert(word)
        }
        return words
    }

    /// Whether a clause is what a verb of ``allegingWords(in:)`` alleges: its `of` or `for` clause ("suspected …
    /// of blowing up", "accused of sheltering").
    func isAlleged(_ word: Int, alleging: Set<Int>, tree: TokenTree) -> Bool {
        guard let head = tree.head(word), alleging.contains(head), tree.relation(word).hasPrefix("advcl") else { return false }
        return tree.hasMarker(word, in: Self.allegationMarkers, orCase: true)
    }

    /// Marks `word` and the words below it, leaving out punctuation, parentheticals, what is said beside, and
    /// phrases of time below it ("suspended peace talks with Pakistan after the attacks in Mumbai" is no
    /// `* ATTACKS [0871]`, a halt to attacks).
    private func markSubtree(of word: Int, in tree: TokenTree, into marks: inout [Bool], alleging: Set<Int> = []) {
        var stack = [word]
        while let next = stack.popLast() {
            marks[next] = true
            for child in tree.children[next] where !["punct", "parataxis"].contains(tree.relation(child)) {
                if child != word, tree.relation(child).hasPrefix("nmod") || tree.relation(child).hasPrefix("obl"),
                    Self.timeMarkers.contains(tree.caseMarker(of: child) ?? "")
                {
                    continue
                }
                // "two of its nationals suspected … of blowing up a Pan Am plane": what a word of disapproval
                // alleges is no part of what the verb above it does (no `* &AIRCRAFT [033]` for offering to hand the
                // nationals over).
                if child != word, isAlleged(child, alleging: alleging, tree: tree) { continue }
                stack.append(child)
            }
        }
    }
}
