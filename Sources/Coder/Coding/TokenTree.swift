import EntenteParser

/// A sentence's dependency parse laid over the coder's tokens: which parse word each token falls in, each word's
/// first token, and each word's dependents.
struct TokenTree {
    let sentence: ParsedSentence
    /// For each coder token, the parse word (0-based) it starts in, or -1.
    let wordOfToken: [Int]
    /// For each parse word, its first coder token, or -1.
    let tokenOfWord: [Int]
    let children: [[Int]]
    /// Each parse word's form in lower case, made once: the rules compare forms many times a sentence.
    let forms: [String]

    /// Aligns a parse with the coder's tokens by byte offsets in the same sentence text.
    ///
    /// - Complexity: O(n + m) in tokens and words.
    init(sentence parsed: ParsedSentence, tokens: [Token]) {
        var sentence = parsed
        Self.rehangClausesOnDays(&sentence)
        Self.rehangHyphenatedModifiers(&sentence)
        Self.rehangCountedParticiples(&sentence)
        Self.rehangSubjectsFromFrontedDays(&sentence)
        Self.rehangSubjectsFromFrontedPhrases(&sentence)
        Self.rehangParticiplesAfterArticles(&sentence)
        Self.rehangVerbsTakenForModifiers(&sentence)
        Self.rehangSubjectsOfConjoinedClauses(&sentence)
        Self.keepNearestOfTwoSubjects(&sentence)
        self.sentence = sentence
        let ranges = sentence.wordRanges()
        var wordOfToken = [Int](repeating: -1, count: tokens.count)
        var tokenOfWord = [Int](repeating: -1, count: ranges.count)
        var word = 0
        for (index, token) in tokens.enumerated() {
            let start = Int(token.start)
            while word < ranges.count, ranges[word].upperBound <= start { word += 1 }
            guard word < ranges.count, ranges[word].lowerBound <= start || ranges[word].overlaps(start..<Int(token.end)) else { continue }
            wordOfToken[index] = word
            if tokenOfWord[word] < 0 { tokenOfWord[word] = index }
        }
        self.wordOfToken = wordOfToken
        self.tokenOfWord = tokenOfWord
        var children = [[Int]](repeating: [], count: ranges.count)
        for (index, entry) in sentence.words.enumerated() where entry.head > 0 && entry.head <= ranges.count {
            children[entry.head - 1].append(index)
        }
        self.children = children
        forms = sentence.words.map { $0.form.lowercased() }
    }

    /// "said on Tuesday that Sudan must return …": the parser may hang a reported clause on the day before it as a
    /// relative clause, "that" its object or subject. A clause on a word of time (a weekday, "today", "yesterday")
    /// that is its verb's oblique, whose "that" stands first and which has a subject of its own besides, is the verb's
    /// complement (`ccomp`, "that" its `mark`): a day takes no relative clause of that form.
    static func rehangClausesOnDays(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for (index, word) in words.enumerated() where word.relation == "acl:relcl" && word.head > 0 {
            let day = word.head - 1
            guard dayWords.contains(words[day].form.lowercased()), words[day].relation.hasPrefix("obl"), words[day].head > 0 else { continue }
            let dependents = words.indices.filter { words[$0].head == index + 1 }
            guard let first = dependents.first, first < index, words[first].form.lowercased() == "that",
                dependents.contains(where: { $0 != first && words[$0].relation.hasPrefix("nsubj") })
            else { continue }
            sentence.words[index].head = words[day].head
            sentence.words[index].relation = "ccomp"
            sentence.words[first].relation = "mark"
        }
    }

    /// "continue military aid to war-torn Mozambique": a word joined by a hyphen to the one before it ("war-torn",
    /// "oil-rich", "cash-strapped") and followed by a name modifies that name, as an adjective does. The parser,
    /// which may never have seen the compound, can make its last part a noun heading the phrase and hang the name
    /// elsewhere (the destination "to war-torn" and "Mozambique" a complement of the verb); then the name takes
    /// the compound's place, with its preposition and determiner, and the compound modifies it (`amod`).
    static func rehangHyphenatedModifiers(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        guard words.count > 3 else { return }
        for last in 2..<(words.count - 1) {
            let hyphen = last - 1
            let name = last + 1
            let tokens = sentence.tokens
            guard words[hyphen].form == "-", words[name].tag == .properNoun, words[last].tag != .properNoun,
                !tokens[words[hyphen - 1].token].spaceAfter, !tokens[words[hyphen].token].spaceAfter,
                tokens[words[last].token].spaceAfter,
                words[name].head != last + 1, words[last].head != name + 1, words[last].head > 0
            else { continue }
            sentence.words[name].head = words[last].head
            sentence.words[name].relation = words[last].relation
            sentence.words[last].head = name + 1
            sentence.words[last].relation = "amod"
            for dependent in words.indices where words[dependent].head == last + 1 && dependent < hyphen - 1 {
                guard ["case", "det"].contains(words[dependent].relation) else { continue }
                sentence.words[dependent].head = name + 1
            }
        }
    }

    /// "released five detained Americans": a participle that takes a number or a determiner before it is an
    /// adjective of the noun after it, which a verb's parse may have made its object. The noun takes the participle's
    /// place (its relation, `obj` for a clause's), with the number or determiner; the participle modifies it
    /// (`amod`); the participle's phrases after the noun go to the verb above.
    /// So is one the parse made a past tense with the number as its subject ("released six jailed Americans": "six"
    /// `nsubj` of "jailed" `VBD`), where the number stands right before it and a verb before them both governs it.
    static func rehangCountedParticiples(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for (index, word) in words.enumerated() where (word.fineTag == "VBN" || word.fineTag == "VBD") && word.head > 0 {
            let dependents = words.indices.filter { words[$0].head == index + 1 }
            guard let counter = dependents.first, counter < index,
                word.fineTag == "VBN" ? ["nummod", "det"].contains(words[counter].relation)
                    : words[counter].relation == "nsubj" && words[counter].tag == .numeral && counter == index - 1
                        && word.head - 1 < counter && words[word.head - 1].tag == .verb,
                let noun = dependents.first(where: { $0 > index && words[$0].relation == "obj" }), noun == index + 1,
                words[noun].tag == .noun || words[noun].tag == .properNoun
            else { continue }
            let above = word.head
            sentence.words[noun].head = above
            sentence.words[noun].relation = ["ccomp", "xcomp", "advcl"].contains(word.relation) ? "obj" : word.relation
            sentence.words[index].head = noun + 1
            sentence.words[index].relation = "amod"
            for dependent in dependents where dependent != noun {
                sentence.words[dependent].head = dependent < index ? noun + 1 : above
            }
        }
    }

    /// "On Tuesday, U.S. Secretary of State Condoleezza Rice and Czech Foreign Minister Karel Schwarzenberg signed
    /// …": the parser may join the subjects after a fronted day, and the comma, to the day as its conjuncts, leaving
    /// the verb without a subject. A word of time before a comma, its verb's oblique, whose conjuncts stand after the
    /// comma and before the verb, which has no subject of its own: the first conjunct is the verb's subject, the
    /// others its conjuncts. (The day may be the oblique of a participle opening the sentence, "Visiting Prague on
    /// Tuesday, …", and the verb the participle's head.)
    static func rehangSubjectsFromFrontedDays(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for (day, word) in words.enumerated() where word.relation.hasPrefix("obl") && word.head > 0 {
            let participle = word.head - 1
            let opens = participle < day && words[participle].fineTag == "VBG" && ["csubj", "advcl"].contains(words[participle].relation)
            let verb = opens ? words[participle].head - 1 : participle
            guard verb > day + 1, dayWords.contains(word.form.lowercased()), words[day + 1].form == ",",
                words[verb].tag == .verb, !words.contains(where: { $0.head == verb + 1 && $0.relation.hasPrefix("nsubj") })
            else { continue }
            let conjuncts = words.indices.filter { words[$0].head == day + 1 && words[$0].relation == "conj" && $0 > day + 1 && $0 < verb }
            // Or its appositions, a title and a name each hung on the day ("Visiting Prague on Tuesday, German
            // Chancellor Helmut Kohl signed"): the last is the subject, the others name it.
            let appositions = words.indices.filter { words[$0].head == day + 1 && words[$0].relation == "appos" && $0 > day + 1 && $0 < verb }
            // (With conjuncts after it, "On Wednesday, Greek Foreign Minister Karolos Papoulias and his Macedonian
            // counterpart …", the conjuncts are the subject's.)
            if let subject = appositions.last, subject < conjuncts.first ?? words.count {
                sentence.words[subject].head = verb + 1
                sentence.words[subject].relation = "nsubj"
                for other in appositions.dropLast() {
                    sentence.words[other].head = subject + 1
                    sentence.words[other].relation = "compound"
                }
                for conjunct in conjuncts { sentence.words[conjunct].head = subject + 1 }
                for index in words.indices where words[index].head == appositions[0] + 1 && words[index].form == "," && index < appositions[0] {
                    sentence.words[index].head = day + 1
                }
                // A participle the parse made the verb's clausal subject opens the sentence: "Visiting Prague …".
                for index in words.indices where words[index].head == verb + 1 && words[index].relation == "csubj" && words[index].fineTag == "VBG" {
                    sentence.words[index].relation = "advcl"
                }
                continue
            }
            guard let subject = conjuncts.first else { continue }
            sentence.words[subject].head = verb + 1
            sentence.words[subject].relation = "nsubj"
            for other in conjuncts.dropFirst() { sentence.words[other].head = subject + 1 }
            // The comma the parse hung on a conjunct goes back to the day.
            for index in words.indices where words[index].head == subject + 1 && words[index].form == "," && index < subject {
                sentence.words[index].head = day + 1
            }
        }
    }

    /// "have pledged a combined $12 billion", "a proposed accord": a past participle between an article and a noun
    /// describes the noun, but the parser may make it a verb of its own (its complement, the article its object),
    /// which then codes an act among the sentence's actors. A participle with no dependents of its own, after "a",
    /// "an" or "the" and before a noun, a symbol or a number (adjectives between): it is the noun's modifier, and the
    /// article the noun's; a noun it had taken takes its place.
    static func rehangParticiplesAfterArticles(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for participle in words.indices.dropFirst().dropLast() where words[participle].tag == .verb && ["VBN", "VBD"].contains(words[participle].fineTag) {
            let article = participle - 1
            guard ["a", "an", "the"].contains(words[article].form.lowercased()),
                !words.contains(where: { $0.head == participle + 1 && $0.relation != "punct" && $0.head - 1 != article }),
                let noun = (participle + 1..<min(participle + 4, words.count)).first(where: { [.noun, .properNoun, .symbol, .numeral].contains(words[$0].tag) }),
                (participle + 1..<noun).allSatisfy({ words[$0].tag == .adjective })
            else { continue }
            if words[noun].head == participle + 1 {
                sentence.words[noun].head = words[participle].head
                sentence.words[noun].relation = ["xcomp", "ccomp", "advcl"].contains(words[participle].relation) ? "obj" : words[participle].relation
            }
            sentence.words[participle].head = noun + 1
            sentence.words[participle].relation = "amod"
            sentence.words[article].head = noun + 1
            sentence.words[article].relation = "det"
        }
    }

    /// "In a telephone call with Pakistani Foreign Minister Hina Rabbani Khar, Secretary of State Hillary Clinton said
    /// …": the parser may hang the subject after a fronted phrase on that phrase, as an apposition, leaving the verb
    /// without a subject. A verb with no subject, whose oblique opens the sentence (its preposition the first word)
    /// and ends at a comma, with appositions hung within that phrase standing after the comma and right before the
    /// verb: the last apposition is the verb's subject, the others name it.
    static func rehangSubjectsFromFrontedPhrases(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        guard words.count > 4, words[0].tag == .adposition, words[0].relation == "case" else { return }
        let phrase = words[0].head - 1
        guard phrase > 0, words[phrase].relation.hasPrefix("obl"), words[phrase].head > 0 else { return }
        let verb = words[phrase].head - 1
        guard verb > phrase, words[verb].tag == .verb, !words.contains(where: { $0.head == verb + 1 && $0.relation.hasPrefix("nsubj") }),
            let comma = words[..<verb].lastIndex(where: { $0.form == "," }), comma > phrase
        else { return }
        // Whether a word hangs, through its heads, from the fronted phrase.
        let inPhrase = { (word: Int) -> Bool in
            var current = word
            for _ in 0..<8 {
                if current == phrase { return true }
                let head = words[current].head - 1
                guard head >= 0 else { return false }
                current = head
            }
            return false
        }
        let appositions = (comma + 1..<verb).filter { words[$0].relation == "appos" && words[$0].head - 1 < comma && inPhrase($0) }
        // (The words between the comma and the verb are the appositions' own: the subject stands right before it.)
        guard let subject = appositions.last, (comma + 1..<verb).allSatisfy({ word in
            appositions.contains(word) || sequence(first: word, next: { words[$0].head - 1 >= 0 ? words[$0].head - 1 : nil })
                .prefix(6).contains(where: appositions.contains)
        }) else { return }
        sentence.words[subject].head = verb + 1
        sentence.words[subject].relation = "nsubj"
        for other in appositions.dropLast() {
            sentence.words[other].head = subject + 1
            sentence.words[other].relation = "compound"
        }
        sentence.words[comma].head = phrase + 1
    }

    /// "Lebanon and Syria formally established diplomatic relations": the parser may make a past tense the modifier
    /// of the noun after it and root the sentence in the noun, whose subject it then is. A verb in the past tense or
    /// participle hung as the modifier of a root noun that has a subject before the verb — a sentence with no verb
    /// else — is the sentence's verb: the noun its object, and the subject, and the noun's clauses, obliques and
    /// punctuation, its own.
    static func rehangVerbsTakenForModifiers(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for (verb, word) in words.enumerated() where word.relation == "amod" && word.tag == .verb && ["VBD", "VBN"].contains(word.fineTag) {
            let noun = word.head - 1
            guard noun > verb, words[noun].head == 0, words[noun].tag == .noun,
                words.indices.contains(where: { words[$0].head == noun + 1 && words[$0].relation == "nsubj" && $0 < verb })
            else { continue }
            sentence.words[verb].head = 0
            sentence.words[verb].relation = "root"
            sentence.words[noun].head = verb + 1
            sentence.words[noun].relation = "obj"
            for index in words.indices where words[index].head == noun + 1 && Self.clauseDependents.contains(words[index].relation) {
                sentence.words[index].head = verb + 1
            }
        }
    }

    /// "Jordan expelled the Syrian ambassador on Monday, and Damascus retaliated …": the parser may join the second
    /// clause's subject to the first clause's day as its conjunct, leaving the conjoined verb with none. A nominal
    /// conjunct of a word of time, whose phrase ends just before a conjoined verb with no subject, is that verb's subject.
    static func rehangSubjectsOfConjoinedClauses(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        for (noun, word) in words.enumerated() where word.relation == "conj" && word.head > 0 && word.tag.isNominal {
            let day = word.head - 1
            guard dayWords.contains(words[day].form.lowercased()) else { continue }
            var end = noun
            var frontier = [noun]
            while let next = frontier.popLast() {
                end = max(end, next)
                frontier += words.indices.filter { words[$0].head == next + 1 }
            }
            let verb = end + 1
            guard verb < words.count, words[verb].tag == .verb, words[verb].relation == "conj",
                !words.contains(where: { $0.head == verb + 1 && $0.relation.hasPrefix("nsubj") })
            else { continue }
            sentence.words[noun].head = verb + 1
            sentence.words[noun].relation = "nsubj"
            // Its "and" and comma join the clauses.
            for index in words.indices where words[index].head == noun + 1 && ["cc", "punct"].contains(words[index].relation) && index < noun {
                sentence.words[index].head = verb + 1
            }
        }
    }

    /// "Shells fired by Muammar Gaddafi's forces crashed into the Tunisian border town of Dehiba, and Tunis lodged a
    /// formal protest": the parser may give a verb two subjects before it, the first clause's (its own verb hung
    /// below it) and its own after "and". A verb has one subject: the nearest, where "and" stands between them; the
    /// farther is left unattached (`dep`).
    static func keepNearestOfTwoSubjects(_ sentence: inout ParsedSentence) {
        let words = sentence.words
        // (Each verb's subjects before it, gathered in one pass: this runs on every sentence parsed.)
        var subjectsOf: [Int: [Int]] = [:]
        for (index, word) in words.enumerated() where word.relation.hasPrefix("nsubj") && word.head > index + 1 {
            subjectsOf[word.head - 1, default: []].append(index)
        }
        for (verb, subjects) in subjectsOf where subjects.count >= 2 && words[verb].tag == .verb {
            let nearest = subjects[subjects.count - 1]
            for farther in subjects.dropLast()
            where ((farther + 1)..<nearest).contains(where: { words[$0].relation == "cc" && words[$0].head == verb + 1 }) {
                sentence.words[farther].relation = "dep"
            }
        }
    }

    /// What a clause's head governs, not a noun's: its subject, clauses, punctuation and modifiers of its act.
    private static let clauseDependents: Set<String> = ["nsubj", "advcl", "parataxis", "ccomp", "punct", "advmod", "obl", "obl:tmod", "aux", "mark"]

    /// Words of time a reported clause follows ("said on Tuesday that", "announced yesterday that").
    static let dayWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]

    /// The relations by which a word modifies a noun: an adjective (`amod`) or a noun before it (`compound`).
    static let nounModifierRelations = ["amod", "compound"]

    /// The parse word a coder token starts in, or nil (a token outside the parse, or no token at all).
    func word(ofToken token: Int) -> Int? {
        guard token >= 0, token < wordOfToken.count, wordOfToken[token] >= 0 else { return nil }
        return wordOfToken[token]
    }

    func relation(_ word: Int) -> String { sentence.words[word].relation }
    func form(_ word: Int) -> String { forms[word] }
    func head(_ word: Int) -> Int? { sentence.head(of: word) }

    /// The dependents of `word` whose relation is one of `relations` (subtypes match their base: `obl` finds
    /// `obl:agent` unless asked for exactly). The relations are a short list compared one by one: a set written in
    /// place would be built and hashed at every call.
    @inline(__always)
    func dependents(of word: Int, _ relations: [String]) -> [Int] {
        children[word].filter { child in
            let relation = self.relation(child)
            return relations.contains { $0 == relation || Self.isSubtype(relation, of: $0) }
        }
    }

    /// Whether `relation` is a subtype of `base` ("obl:agent" of "obl").
    @inline(__always)
    static func isSubtype(_ relation: String, of base: String) -> Bool {
        relation.utf8.count > base.utf8.count && relation.hasPrefix(base) && relation.utf8.dropFirst(base.utf8.count).first == UInt8(ascii: ":")
    }

    /// The lower-case form of the `case` marker of a nominal ("to" in "to Islamabad"), if any.
    func caseMarker(of word: Int) -> String? {
        children[word].first { relation($0) == "case" }.map(form)
    }

    /// The relations that leave a phrase for another clause or none: conjuncts, parentheticals, punctuation.
    static let clauseBoundaryRelations: Set<String> = ["conj", "parataxis", "punct"]

    /// `roots` and every word below them, not going down a dependent whose relation is in `skipping`.
    ///
    /// - Returns: the words in the order a depth-first walk from the last root reaches them.
    /// - Complexity: O(w) in the words of the phrases.
    func descendants(of roots: [Int], skipping: Set<String>) -> [Int] {
        var stack = roots
        var result: [Int] = []
        while let next = stack.popLast() {
            result.append(next)
            stack += children[next].filter { !skipping.contains(relation($0)) }
        }
        return result
    }

    /// Whether `word` is the infinitive a verb governs: its controlled complement (`xcomp`), or an infinitive with
    /// "to" the parser hung as a purpose (`advcl`: "refused on Thursday to attend", "agreed to hold").
    func isInfinitiveComplement(_ word: Int) -> Bool {
        relation(word) == "xcomp" || (relation(word) == "advcl" && isToInfinitive(word))
    }

    /// Whether `word` is an infinitive with `to` ("to demand", "a request to inspect"): it has a `mark` "to".
    func isToInfinitive(_ word: Int) -> Bool {
        children[word].contains { relation($0) == "mark" && form($0) == "to" }
    }

    /// Whether `word` has a `mark` dependent (or, with `orCase`, a `case` one) whose lower-case form is one of
    /// `forms` ("if" of a condition, "of" in "accused X of violating").
    func hasMarker(_ word: Int, in forms: Set<String>, orCase: Bool = false) -> Bool {
        children[word].contains { child in
            let relation = self.relation(child)
            return (relation == "mark" || (orCase && relation == "case")) && forms.contains(form(child))
        }
    }

    /// Whether `word` is negated ("did not attack", "never criticised").
    func isNegated(_ word: Int) -> Bool {
        children[word].contains { child in
            (relation(child) == "advmod" || relation(child) == "neg") && ["not", "n't", "never", "nt"].contains(form(child))
        }
    }
}
