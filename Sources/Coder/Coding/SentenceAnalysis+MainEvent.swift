import EntenteParser

extension SentenceAnalysis {
    /// The relations by which a verb's events yield to those of the verb that governs it: a modifier of a noun
    /// ("a request to interrogate", "arms seized"), a controlled complement ("agreed to set up"), a clause
    /// ("issued a reminder that it must cooperate"). Adverbial clauses, relative clauses and conjuncts keep theirs:
    /// in a document they are often events of their own ("after India accused Pakistan", "and signed a treaty").
    static let subordinateRelations: Set<String> = ["acl", "xcomp", "ccomp"]

    /// CAMEO codes the main event of a sentence, not every verb in it: the events of a verb hanging by
    /// ``subordinateRelations`` below the nearest verb (in the tree) whose events name an actor go ("rejected a
    /// request to interrogate detainees", "sent personnel to monitor"). What a speech verb (a block of statements,
    /// 01) reports in a clause is the event and the report goes ("announced it would prohibit all aid" is the
    /// prohibition, not the `* AID` pattern of "announced"): "statements are typically subordinate events".
    ///
    /// - Complexity: O(v × d) for v verbs with events and a tree of depth d.
    func mainEvents(_ found: [Found]) -> [Found] {
        guard let tree, found.count > 1 else { return found }
        var verbOfWord: [Int: Int] = [:]
        var wordOfVerb: [Int: Int] = [:]
        for event in found where !(isNull(event.source.code) && isNull(event.target.code)) {
            guard let word = wordOfVerb[event.verbIndex] ?? treeWord(of: verbs[event.verbIndex]) else { continue }
            wordOfVerb[event.verbIndex] = word
            if verbOfWord[word] == nil { verbOfWord[word] = event.verbIndex }
        }
        guard verbOfWord.count > 1 else { return found }
        // "said that Sudan must return the helicopter": a report made a demand (``codesForMood``) is the event; what
        // it demands did not happen.
        var demandsOf = Set<Int>()
        for event in found where event.code.hasPrefix("10") {
            if let word = wordOfVerb[event.verbIndex], isSpeechVerb(event.verbIndex) { demandsOf.insert(word) }
        }
        var dropped = Set<Int>()
        for word in verbOfWord.keys {
            let own = tree.relation(word)
            var child = word
            var steps = 0
            while let head = tree.head(child), steps < 64 {
                steps += 1
                // A clause of its own between them keeps the verb's events its own: "…, prompting Baku to lodge a
                // protest" is the protest of the clause "prompting" opens, whose verb codes nothing.
                if child != word, Self.clauseRelations.contains(tree.relation(child)) { break }
                if let governing = verbOfWord[head] {
                    if tree.relation(child) == "ccomp" && isSpeechVerb(governing) && !demandsOf.contains(head) {
                        // What a speech verb reports is the event; the report is not.
                        dropped.insert(head)
                    } else if child == word, isTextsParticiple(word, tree: tree) {
                        // "sent a letter accusing China of …", "approved a resolution urging …": what the text says
                        // is the event, not its sending or passing.
                        dropped.insert(head)
                    } else if (Self.subordinateRelations.contains(own) || isPurpose(word, tree: tree)) && !modifiesSubject(word, tree: tree) {
                        dropped.insert(word)
                    }
                    break
                }
                child = head
            }
        }
        // "threatened to … unless the Kremlin withdrew its troops", "will not accept refugees if war starts": a
        // condition did not happen.
        if options.readsModality {
            for word in verbOfWord.keys where tree.relation(word).hasPrefix("advcl")
                && tree.hasMarker(word, in: Self.conditionMarkers)
            {
                dropped.insert(word)
            }
        }
        guard !dropped.isEmpty else { return found }
        return found.filter { event in wordOfVerb[event.verbIndex].map { !dropped.contains($0) } ?? true }
    }

    /// Relations that open a clause of its own, whose verbs' events stand by themselves.
    static let clauseRelations: Set<String> = ["advcl", "conj", "parataxis", "acl:relcl"]

    /// The conjunctions of a condition ("if war starts", "unless the Kremlin withdrew").
    static let conditionMarkers: Set<String> = ["if", "unless"]

    /// Whether a verb's block codes a statement (01x: "said", "announced", "stressed") before its patterns refine it.
    func isSpeechVerb(_ verbIndex: Int) -> Bool {
        let form = dictionaries.forms[Int(verbs[verbIndex].form)]
        return dictionaries.codes(of: form)?.forward?.hasPrefix("01") ?? false
    }

    /// A participle saying what a text its verb acts on says ("a resolution urging", "a letter accusing").
    func isTextsParticiple(_ word: Int, tree: TokenTree) -> Bool {
        guard tree.relation(word) == "acl", tree.sentence.words[word].fineTag == "VBG", let noun = tree.head(word) else { return false }
        // (A heavy object after the verb's other phrases may be read as an unmarked oblique: "signed into law on
        // Tuesday a bill tightening …".)
        return Self.documentNouns.contains(tree.form(noun)) && ["obj", "obl:unmarked"].contains(tree.relation(noun))
    }

    /// Texts whose participle says what their author says: "a resolution urging", "a statement condemning".
    static let documentNouns: Set<String> = [
        "resolution", "resolutions", "statement", "statements", "declaration", "letter", "letters", "communique", "communiqué",
        "note", "memorandum", "message", "report", "decree", "bill",
    ]

    /// An adverbial clause of purpose: an infinitive with `to` ("began a hunger strike to demand").
    private func isPurpose(_ word: Int, tree: TokenTree) -> Bool {
        tree.relation(word) == "advcl" && tree.isToInfinitive(word)
    }

    /// A participle hanging from the subject of another verb ("the parliament threatened …" parsed as a reduced
    /// relative): as likely the sentence's own verb misparsed as a modifier, so it keeps its events.
    /// So does a visit said of the subject in apposition ("Shinzo Abe, the first Japanese prime minister to visit
    /// Myanmar in 36 years, held talks …"): the visit is the one the sentence tells.
    private func modifiesSubject(_ word: Int, tree: TokenTree) -> Bool {
        guard tree.relation(word) == "acl", let noun = tree.head(word) else { return false }
        if tree.relation(noun) == "appos", tree.isToInfinitive(word), tree.form(word) == "visit", let named = tree.head(noun) {
            return tree.relation(named).hasPrefix("nsubj")
        }
        return tree.relation(noun).hasPrefix("nsubj")
    }
}
