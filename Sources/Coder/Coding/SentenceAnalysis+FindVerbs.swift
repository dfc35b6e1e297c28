import EntenteModel
import EntenteParser

extension SentenceAnalysis {
    // MARK: Verbs

    mutating func findVerbs() {
        markActorNames()
        var index = 0
        while index < count {
            guard slotAt[index] < 0, tokens[index].kind == .word,
                let match = dictionaries.verbIndex.longestMatch(ids, at: index)
            else {
                index += 1
                continue
            }
            let end = index + match.length
            if (index..<end).contains(where: { slotAt[$0] >= 0 }) {
                index += 1
                continue
            }
            let formIndex = match.payloads.first!.payload
            let form = dictionaries.forms[Int(formIndex)]
            // "Given the recent tensions, …", "…, considering that …": a preposition, not a verb.
            if flags[index].contains(.clauseParticiple), index == 0 || flags[index - 1].contains(.comma) {
                index += 1
                continue
            }
            var nominal = false
            var treeTag: PartOfSpeech?
            var treeNoun = false
            var treeAdjective = false
            var treeWord: Int?
            if let tree, let word = tree.word(ofToken: min(end - 1, index + form.head)) {
                treeWord = word
                let relation = tree.relation(word)
                // "according to a report": a word the tree makes a preposition or a conjunction (`case`, `mark`) of
                // another is no verb, whatever its tag.
                if relation == "case" || relation == "mark" {
                    index += 1
                    continue
                }
                let tag = tree.sentence.words[word].tag
                treeTag = tag
                // PETRARCH reads verbs off its parse: there, a word the tree calls a noun is a noun. Entente's own
                // options trust the tree's noun where it is another word's object ("fired artillery shells", "resume
                // talks with", "signed a gas supply deal"), where a tagging slip is least likely; the tree's verb
                // tag rescues a verb the word-order rules take for a noun ("the talks Russia hosted").
                // A "noun" the tree gives a subject ("Ethiopia departs from Libya") is a verb it mistagged. A noun
                // that modifies another ("fired tear gas") is part of that noun's name.
                // A noun with a determiner of its own ("…, the first visit by an Ethiopian leader to Eritrea") is a
                // noun wherever the tree hangs it, unless it is a past form ("the quadrilateral held three summit
                // meetings" is the tree's slip).
                treeNoun = (tag == .noun || tag == .properNoun)
                    && (!options.codesVerbNouns || Self.objectRelations.contains(Self.base(of: relation)) || relation == "compound"
                        || (form.kind == .thirdPerson && Self.subjectRelations.contains(relation))
                        || (form.kind != .past && !tree.dependents(of: word, ["det"]).isEmpty)
                        // ("$12 billion in grants, loans and fuel": a noun joined to a noun is one.)
                        || (relation == "conj" && tree.head(word).map { [.noun, .properNoun].contains(tree.sentence.words[$0].tag) } ?? false))
                    && tree.dependents(of: word, ["nsubj"]).isEmpty
                // "five suspected militants", "the occupied West Bank": a participle the tree makes the adjective of
                // the noun after it.
                // (One with a subject of its own is a verb the parse took for one: "the two countries signed energy
                // and trade agreements".)
                treeAdjective = relation == "amod" && (tree.head(word).map { word < $0 } ?? false) && tree.dependents(of: word, ["nsubj"]).isEmpty
            }
            // "released five detained Americans": an adjective describes its noun; no act of its own, even through a
            // pattern that would read the noun as its target (`* &HOSTAGE [181]`).
            if treeAdjective {
                index += 1
                continue
            }
            // "in protest at what it called repeated Israeli violations": a verb of naming that says what something
            // is called names it; no call, no act.
            if let tree, let word = treeWord, Self.namingVerbs.contains(tree.form(word)),
                (tree.head(word).map { tree.form($0) == "what" } ?? false)
                    || tree.children[word].contains(where: { tree.form($0) == "what" })
            {
                index += 1
                continue
            }
            let isNoun = treeNoun || (isNounOrAdjective(at: index, kind: form.kind) && treeTag != .verb && treeTag != .auxiliary)
            var arguments: PatternMatch?
            if isNoun {
                // A noun codes through a pattern that places an actor, or where its own phrase names who took part
                // ("talks between India and Pakistan", "Putin's visit to New Delhi").
                if !dictionaries.blockPlacesActors[Int(form.block)] {
                    arguments = options.codesVerbNouns ? treeWord.flatMap { nounArguments(ofWord: $0) } : nil
                    guard arguments != nil else {
                        index += 1
                        continue
                    }
                }
                nominal = true
            }
            verbAt[index] = Int32(verbs.count)
            verbs.append(VerbHit(start: index, end: end, form: formIndex, nominal: nominal, nounArguments: arguments))
            index = end
        }
    }

    /// Verbs that name what something is ("what it called …", "what Seoul termed …").
    static let namingVerbs = Inflection.lowerCaseForms(of: ["call", "term", "describe", "dub", "brand", "label"], irregular: [])

    /// Relations by which a noun is another word's object or oblique, with their subtypes ("by Iranian naval
    /// forces" is an `obl:agent`: "forces" is no `IMPEL`).
    static let objectRelations: Set<String> = ["obj", "iobj", "obl", "nmod"]

    /// A relation without its subtype: `obl` for `obl:agent`.
    static func base(of relation: String) -> String { String(relation.prefix { $0 != ":" }) }

    /// Relations by which a noun is a verb's subject: a form in -s the tree makes one is a plural noun ("Armenian
    /// and Azerbaijani forces clashed": "forces" is no `FORCE`); a past form there is more likely the tree's slip
    /// ("the quadrilateral held three summit meetings").
    static let subjectRelations: Set<String> = ["nsubj", "nsubj:pass"]

    /// Whether the word at `index` is used as a noun ("a visit", "their meeting") or an adjective ("the affected
    /// villages") rather than a verb.
    func isNounOrAdjective(at index: Int, kind: VerbDictionary.FormKind) -> Bool {
        guard index > 0 else { return false }
        let previous = flags[index - 1]
        let previousID = ids[index - 1]
        let that = functionWords.known.that
        if previous.contains(.determiner) && previousID != that { return true }
        if tokens[index - 1].kind == .number && kind != .past { return true }
        if previous.contains(.possessive) { return true }
        // After "Sino-Soviet", "China-Pakistan": the hyphenated states qualify a noun ("split", "nexus").
        if slotAt[index - 1] >= 0, slots[Int(slotAt[index - 1])].members.count > 1, tokens[index - 1].kind == .word,
            (Int(tokens[index - 1].start)..<Int(tokens[index - 1].end)).contains(where: { bytes[$0] == 0x2D })
        {
            return true
        }
        if previous.contains(.to) { return false }
        if previous.contains(.preposition) && kind != .past {
            // "in training the Mujahideen": a gerund with an object is a verb.
            if kind == .gerund, index + 1 < count, flags[index + 1].contains(.determiner) || slotStarting[index + 1] >= 0 {
                return false
            }
            return true
        }
        if kind == .base || kind == .thirdPerson {
            // "a brief private visit": a determiner a word or two before, only adjectives between.
            var position = index - 1
            var skipped = 0
            while position >= 0, skipped < 2, isPlain(position), slotAt[position] < 0 {
                position -= 1
                skipped += 1
            }
            if skipped > 0, position >= 0,
                flags[position].contains(.determiner) || flags[position].contains(.possessive) || tokens[position].kind == .number
                    || (flags[position].contains(.preposition) && !flags[position].contains(.to)),
                ids[position] != that
            {
                return true
            }
        }
        return false
    }
}
