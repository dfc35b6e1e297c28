import EntenteParser

extension SentenceAnalysis {
    /// The relations by which a verb's complement hangs from it: a clause ("threatened to impose", "demanded that
    /// X abandon"), a purpose ("rallied … to protest"), an object or a `for` phrase naming an act ("demanded the
    /// release of", "called for the withdrawal of").
    static let complementRelations: Set<String> = ["xcomp", "ccomp", "advcl", "obj", "obl"]

    /// CAMEO codes an appeal, an intent, a demand, a rejection, a threat or a protest by what it is for: "called on
    /// the minister to resign" is 0241 (appeal for a change of leadership), not 020 and a resignation; "threatened
    /// to impose sanctions" is 1312, not 130 and 163. For each verb whose events carry such a code, the verb (or
    /// verb noun) in its complement whose own code refines it most (``EventCodes/composed(governing:complement:)``)
    /// lends its sub-code; the events of the verbs in the complement go (they did not happen: "threatened to cut
    /// aid" is neither a cut nor aid), and a governing event without a target takes the complement's.
    ///
    /// - Parameter codesByVerb: each verb's codes as its pattern or block gave them (nil when none).
    /// - Complexity: O(v × w) for v verbs and w words of the complements searched (at most three levels down).
    func composeComplements(_ found: [Found], codesByVerb: [EventCodes?]) -> [Found] {
        guard let tree, !found.isEmpty else { return found }
        let verbOfWord = verbIndexesByTreeWord()
        var result = found
        var absorbed = Set<Int>()
        for governing in Set(found.map(\.verbIndex)).sorted() where !absorbed.contains(governing) {
            guard let word = treeWord(of: verbs[governing]) else { continue }
            let codes = found.filter { $0.verbIndex == governing }.map(\.code)
            guard
                let (complementVerb, verbComposed, within) = complement(
                    of: word, codes: codes, verbOfWord: verbOfWord, codesByVerb: codesByVerb, tree: tree),
                complementVerb != governing
            else {
                // "rejected calls for immediate economic aid", "accused X of violating human rights": no verb of the
                // complement codes what is asked for, refused or alleged, but its words name it.
                // Only codes whose families CAMEO refines by kind read the words (most events do not).
                let refinable = codes.contains { ComplementLexicon.refinesFamily(of: $0) || $0.hasPrefix("05") }
                let protests = codes.contains { $0.hasPrefix("14") }
                let (words, modifiers) = refinable ? complementWords(of: word, protests: protests, tree: tree) : ([], [])
                let dictionaryFamily = codesByVerb[governing]?.forward?.prefix(2) ?? ""
                // "agreed to undertake joint military exercises": agreeing to act is an intent to act (CAMEO's 03),
                // also when the act's verb codes nothing.
                // The parser sometimes hangs the infinitive as a purpose (`advcl` with `to`).
                let agreesToAct = options.readsModality && agreesToAct(word, tree: tree)
                // "agreed there was an urgent need for progress": agreeing that something is so, committing to
                // nothing, is CAMEO's 019 (express accord).
                let concurs = options.readsModality && !agreesToAct && dictionaryFamily == "05" && concursThat(word, tree: tree)
                for index in result.indices where result[index].verbIndex == governing {
                    // Agreeing, not praising: "welcomed a decision … to lift an arms embargo" is no intent to lift it.
                    let intends = agreesToAct && result[index].code == Self.agreement
                    if concurs && result[index].code == "050" {
                        result[index].code = "019"
                        result[index].evidence.sourceRule += " + agreeing that"
                        continue
                    }
                    let code = intends ? "030" : result[index].code
                    // A future act made an intent names its own act; a verb of intent ("pledged", "promised") its object.
                    // Its object's domain still says which ("will supply Iran with an air defence system": military).
                    let madeIntent = code.hasPrefix("03") && dictionaryFamily != "03" && !intends
                    guard let kind = ComplementLexicon.kind(of: words, modifiers: modifiers, governing: code),
                        let refined = EventCodes.composed(governing: code, kind: kind),
                        !madeIntent || (refined.count > code.count && refined.hasPrefix(code))
                    else {
                        if intends {
                            result[index].code = code
                            result[index].evidence.sourceRule += " + agreeing to act"
                        }
                        continue
                    }
                    result[index].code = refined
                    result[index].evidence.sourceRule += " + complement's words"
                    // "staged rallies …, saying he must resign": the participle says what the protest is for; it is
                    // no event of its own.
                    if protests {
                        let participles = tree.children[word].filter { tree.relation($0) == "advcl" && isBareParticiple($0, tree: tree) }
                        for next in tree.descendants(of: participles, skipping: TokenTree.clauseBoundaryRelations) {
                            if let verb = verbOfWord[next], verb != governing { absorbed.insert(verb) }
                        }
                    }
                }
                // "refused to cooperate with", "promised to meet": when no code of the complement refines the
                // governing one, the act it asks for, promises, refuses or threatens still did not happen.
                if options.readsModality, codes.contains(where: { Self.codesUnrealisedComplement($0) }) {
                    for child in tree.children[word] where tree.relation(child) == "xcomp" {
                        if let verb = verbOfWord[child], verb != governing { absorbed.insert(verb) }
                    }
                }
                // "accused Pakistan of sheltering militants": what an accusation or a criticism alleges is CAMEO's
                // 11x, not an act the coder saw happen.
                if options.readsModality, codes.contains(where: { $0.hasPrefix("11") }) {
                    for verb in allegedVerbs(of: word, verbOfWord: verbOfWord, tree: tree) where verb != governing { absorbed.insert(verb) }
                }
                continue
            }
            absorbed.formUnion(within.subtracting([governing]))
            // "promised to resign" (083 → 034) or "declined to resign" (123): the complement's words may say more
            // (resigning is a change of leadership: 0341, 1231), refining the composed code, never moving it.
            var composed = verbComposed
            let (words, modifiers) = composed.isEmpty ? ([], []) : complementWords(of: word, protests: codes.contains { $0.hasPrefix("14") }, tree: tree)
            // "called on X to respect human rights": a verb of support or respect (05) in the complement says only
            // that cooperation is asked for; what its object names (rights: 0243) says which.
            if codesByVerb[complementVerb]?.forward?.hasPrefix("05") ?? false, let verbWord = treeWord(of: verbs[complementVerb]) {
                // Its object, or what it agrees or commits to ("agree to major constitutional changes").
                let objects = tree.children[verbWord].filter { child in
                    tree.relation(child) == "obj" || (tree.relation(child) == "obl" && tree.caseMarker(of: child) == "to")
                }
                let (objectWords, objectModifiers) = phraseWords(of: objects, tree: tree)
                for code in composed.keys {
                    if let kind = ComplementLexicon.kind(of: objectWords, modifiers: objectModifiers, governing: code),
                        let byWords = EventCodes.composed(governing: code, kind: kind)
                    {
                        composed[code] = byWords
                    }
                }
            }
            for (code, refined) in composed {
                composed[code] = Self.refined(refined, byWords: words, modifiers: modifiers)
            }
            let complementTarget = found.first { $0.verbIndex == complementVerb && !isNull($0.target.code) }?.target
            // "called on Syria to end the violence and to release political prisoners": each complement joined to the
            // one composed is asked for, promised or refused too, an event of its own.
            if let complementWord = treeWord(of: verbs[complementVerb]) {
                for conjunct in tree.dependents(of: complementWord, ["conj"]) where conjunct > complementWord {
                    guard let other = verbOfWord[conjunct], other != governing, !verbs[other].nominal,
                        let otherCode = codesByVerb[other]?.forward
                    else { continue }
                    let (otherWords, otherModifiers) = phraseWords(of: [conjunct], tree: tree)
                    for event in found where event.verbIndex == governing {
                        guard let code = EventCodes.composed(governing: event.code, complement: otherCode), code != composed[event.code] else { continue }
                        var joined = event
                        joined.code = Self.refined(code, byWords: otherWords, modifiers: otherModifiers)
                        joined.evidence.sourceRule += " + complement '\(text(verbs[other].start..<verbs[other].end))'"
                        result.append(joined)
                    }
                    absorbed.insert(other)
                }
            }
            for index in result.indices where result[index].verbIndex == governing {
                guard let code = composed[result[index].code] else { continue }
                result[index].code = code
                result[index].evidence.sourceRule += " + complement '\(text(verbs[complementVerb].start..<verbs[complementVerb].end))'"
                if isNull(result[index].target.code), let complementTarget, complementTarget.code != result[index].source.code {
                    result[index].target = complementTarget
                }
            }
        }
        // "two of its nationals suspected by the West of blowing up a plane": what a verb of disapproval alleges did
        // not happen by the speaker's word, whether or not the allegation itself codes an event (here a participle
        // naming no target).
        if options.readsModality {
            for (index, codes) in codesByVerb.enumerated() where codes?.forward?.hasPrefix("11") ?? false {
                guard let word = treeWord(of: verbs[index]) else { continue }
                for verb in allegedVerbs(of: word, verbOfWord: verbOfWord, tree: tree) where verb != index { absorbed.insert(verb) }
            }
        }
        // "denied that it had allowed U.S. drones to operate": what is denied or refused did not happen (by the
        // speaker's word), whether or not the denial itself names a target.
        if options.readsModality {
            for (index, verb) in verbs.enumerated() where !verb.nominal {
                guard dictionaries.blockRefuses[Int(dictionaries.forms[Int(verb.form)].block)], let word = treeWord(of: verb) else { continue }
                var stack = tree.children[word].filter { child in
                    tree.relation(child) == "ccomp" || tree.isInfinitiveComplement(child)
                }
                // "rejected a request to inspect its sites": the act a refused request, demand or offer names.
                for object in tree.children[word] where tree.relation(object) == "obj" {
                    stack += tree.children[object].filter { child in
                        tree.relation(child) == "acl" && tree.isToInfinitive(child)
                    }
                }
                for next in tree.descendants(of: stack, skipping: TokenTree.clauseBoundaryRelations) {
                    if let inner = verbOfWord[next], inner != index { absorbed.insert(inner) }
                }
            }
        }
        // "agreed to a ceasefire", "agreed to halt the fighting": agreeing to begin a ceasefire is declaring one,
        // CAMEO's 0871 ("agreements to commence a cease-fire … are still coded here"), not an intent to de-escalate.
        if options.readsModality {
            for index in result.indices where result[index].code == "0356" {
                guard let word = treeWord(of: verbs[result[index].verbIndex]), Self.agreedForms.contains(tree.form(word)),
                    !hasModal(word, tree: tree)
                else { continue }
                let (words, _) = complementWords(of: word, protests: false, tree: tree)
                let halts = words.contains { Self.haltingWords.contains($0) } && words.contains { ComplementLexicon.fightingWords.contains($0) }
                guard words.contains(where: Self.ceasefireWords.contains) || halts else { continue }
                result[index].code = "0871"
                result[index].evidence.sourceRule += " + a ceasefire agreed"
            }
        }
        return absorbed.isEmpty ? result : result.filter { !absorbed.contains($0.verbIndex) }
    }

    /// Past forms of agreeing (an agreement made, not one to come).
    static let agreedForms: Set<String> = ["agreed"]
    static let ceasefireWords: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice"]
    static let haltingWords: Set<String> = ["halt", "stop", "end", "cease"]

    /// The verb (breadth first, three levels down) in a complement of `word` whose code refines one of `codes`
    /// the most ("promised to continue military aid": the aid, 0332, over the continuing, 031), the nearest among
    /// equals, with the refined code of each, and every verb met in the complements searched.
    private func complement(
        of word: Int, codes: [String], verbOfWord: [Int: Int], codesByVerb: [EventCodes?], tree: TokenTree
    ) -> (verb: Int, composed: [String: String], within: Set<Int>)? {
        let isNoun = tree.sentence.words[word].tag == .noun
        // "accused Israel of bombing a research centre": what an accusation alleges follows "of".
        let accuses = codes.contains { $0.hasPrefix("112") }
        var frontier: [Int] = tree.children[word].filter { child in
            let relation = tree.relation(child)
            let base = String(relation.prefix(while: { $0 != ":" }))
            // "an appeal to Belgium to extradite": a verb noun's infinitive is what it asks for.
            if isNoun && relation == "acl" { return tree.isToInfinitive(child) }
            guard Self.complementRelations.contains(base), relation != "obl:agent" else { return false }
            if base == "obl" { return tree.caseMarker(of: child) == "for" }
            if base == "advcl" { return tree.isToInfinitive(child) || (accuses && tree.hasMarker(child, in: ["of"], orCase: true)) }
            return true
        }
        // The parse often hangs the "of" clause on the accused ("accused Russian warplanes of bombing villages").
        if accuses {
            for object in tree.dependents(of: word, ["obj"]) {
                frontier += tree.dependents(of: object, ["acl"]).filter { tree.hasMarker($0, in: ["of"], orCase: true) }
            }
        }
        var best: (verb: Int, composed: [String: String], specificity: Int)?
        // "voted to impose new sanctions": a body's vote is its act, not an intent to act.
        let enacts = Self.enactingForms.contains(tree.form(word))
        var within = Set<Int>()
        let alleging = allegingWords(in: tree)
        // "agreed to hold joint exercises": agreeing to act is an intent to act (CAMEO's 03), and so is what lies
        // inside such a complement ("agreed to launch air strikes"). The parser sometimes hangs the infinitive as a
        // purpose (`advcl` with `to`).
        var intending = Set(frontier.filter { candidate in
            options.readsModality
                && (tree.isInfinitiveComplement(candidate)
                    || (tree.relation(candidate) == "ccomp" && hasModal(candidate, tree: tree)))
        })
        for _ in 0..<3 where !frontier.isEmpty {
            var next: [Int] = []
            for candidate in frontier {
                if let verb = verbOfWord[candidate] { within.insert(verb) }
                // "an end to their trade embargo": a verb noun modifying another noun names no act of its own; nor
                // does one that a coding verb acts on ("help mediate the conflict": the mediation, not a conflict).
                let modifies = TokenTree.nounModifierRelations.contains(tree.relation(candidate))
                let actedOn = tree.relation(candidate) == "obj" && tree.head(candidate) != word
                    && (tree.head(candidate).flatMap { verbOfWord[$0] }.map { !(codesByVerb[$0]?.isEmpty ?? true) } ?? false)
                if let verb = verbOfWord[candidate], !((modifies || actedOn) && verbs[verb].nominal), let complementCodes = codesByVerb[verb] {
                    var composed: [String: String] = [:]
                    for code in codes {
                        if enacts, let act = complementCodes.forward {
                            composed[code] = act
                            continue
                        }
                        for complementCode in [complementCodes.forward, complementCodes.reverse].compactMap({ $0 }) {
                            for governing in Self.governingCodes(code, intends: intending.contains(candidate)) {
                                if let refined = EventCodes.composed(governing: governing, complement: complementCode),
                                    refined.count > composed[code]?.count ?? 0
                                {
                                    composed[code] = refined
                                }
                            }
                        }
                    }
                    composed = composed.mapValues { Self.threatNamingNoMeans($0, verbForm: tree.form(candidate)) }
                    let specificity = composed.values.map(\.count).max() ?? 0
                    if specificity > best?.specificity ?? 0 { best = (verb, composed, specificity) }
                }
                // "offered to hand over two nationals suspected of blowing up a plane": what is alleged is no act
                // offered.
                // "agreed to resume military cooperation suspended after the war": a participle describes the noun
                // it hangs from; it is no act agreed to. (A clause with a subject may be what a demand asks: "its
                // demand that China release …", which the parse may read as a relative clause.)
                // "offered to help Mexico fight drug cartels": what a complement's object is helped, allowed or asked
                // to do is the object's act, not the subject's ("agreed to allow U.N. inspectors to return").
                let objectActs = tree.dependents(of: candidate, ["obj", "iobj"]).contains { object in
                    slot(forWord: object, tree: tree).map { slots[$0].members.contains(where: \.namesActor) } ?? false
                }
                let children = tree.children[candidate].filter { child in
                    let relation = tree.relation(child)
                    return !["conj", "parataxis", "punct", "cc"].contains(relation) && !(objectActs && relation == "xcomp")
                        && !(relation == "acl" && !tree.isToInfinitive(child) && tree.dependents(of: child, ["nsubj", "nsubj:pass"]).isEmpty)
                        // "accusing Khartoum of backing the rebels who stormed the capital": what those named in the
                        // allegation did is no act the accused are accused of.
                        && !(accuses && relation.hasPrefix("acl"))
                        && !isAlleged(child, alleging: alleging, tree: tree)
                        // "ordered the ambassador to leave the country, accusing him of conspiring": an accusation in a
                        // participle set off by a comma is an act of its own, not what is ordered (other participles
                        // say what came of it: "…, stepping up pressure on Assad", "…, opening the way for talks").
                        && !(relation == "advcl" && isBareParticiple(child, tree: tree)
                            && tree.children[child].contains { tree.relation($0) == "punct" && $0 < child }
                            && (verbOfWord[child].flatMap { codesByVerb[$0]?.forward }?.hasPrefix("11") ?? false))
                }
                if intending.contains(candidate) { intending.formUnion(children) }
                next.append(contentsOf: children)
            }
            frontier = next
        }
        return best.map { ($0.verb, $0.composed, within) }
    }

    /// A composed code made finer by what the complement's words name, never moved ("promised to resign" 034 → 0341).
    static func refined(_ code: String, byWords words: [String], modifiers: [Bool]) -> String {
        guard let kind = ComplementLexicon.kind(of: words, modifiers: modifiers, governing: code),
            let finer = EventCodes.composed(governing: code, kind: kind), finer.hasPrefix(code)
        else { return code }
        return finer
    }

    /// Verbs by which a body does what their complement names: a vote to impose sanctions imposes them.
    static let enactingForms: Set<String> = ["vote", "votes", "voted", "voting"]

    /// CAMEO's code of diplomatic cooperation not specified further, which the dictionaries give agreeing,
    /// collaborating and co-ordinating (050): the code an act agreed to turns into an intent (03) or a threat (13).
    /// Praise (051), defence (052) and the rest of 05 are no commitment to act.
    static let agreement = "050"

    /// The codes a governing code is composed as with its complement's: agreeing to act is an intent to act (03), and
    /// an intent to act against someone is a threat (13) — "agreed to impose sanctions on X" is 1312, as "threatened
    /// to impose sanctions" is, not an intent to ease them (0354).
    static func governingCodes(_ code: String, intends: Bool) -> [String] {
        if intends && code == agreement { return ["030", "130"] }
        if code.hasPrefix("03") { return [code, "130"] }
        return [code]
    }

    /// Whether a verb commits its subject to act (CAMEO's 03 reads agreements as intents): an infinitive ("agreed to
    /// undertake joint exercises", also as the parser hangs it as a purpose), a clause of what should or will be
    /// done ("agreed that their countries should cooperate"), or what is agreed on ("agreed upon a free-trade
    /// pact", not "on Wednesday").
    func agreesToAct(_ word: Int, tree: TokenTree) -> Bool {
        tree.children[word].contains { child in
            if tree.isInfinitiveComplement(child) { return true }
            return switch tree.relation(child) {
            case "ccomp": hasModal(child, tree: tree)
            case "obl": ["on", "upon"].contains(tree.caseMarker(of: child) ?? "") && !isTime(child, tree: tree)
            default: false
            }
        }
    }

    /// Whether a verb says that something is so, after it, in a clause with no modal and no object of its own:
    /// "agreed today there was an urgent need for progress".
    func concursThat(_ word: Int, tree: TokenTree) -> Bool {
        !tree.children[word].contains { tree.relation($0) == "obj" }
            && tree.children[word].contains { child in
                child > word && ["ccomp", "parataxis"].contains(tree.relation(child)) && !hasModal(child, tree: tree)
                    && !tree.isToInfinitive(child)
            }
    }

    /// Whether a clause's verb has a modal auxiliary: "should", "would", "will", "shall", "must", "could".
    func hasModal(_ word: Int, tree: TokenTree) -> Bool {
        tree.children[word].contains { tree.relation($0) == "aux" && Self.modalAuxiliaries.contains(tree.form($0)) }
    }

    static let modalAuxiliaries: Set<String> = ["should", "would", "will", "shall", "must", "could", "'ll", "wo"]

    /// The words (lower case, in sentence order) of what a verb asks for, promises, refuses, alleges or threatens:
    /// its complements as ``complementRelations`` hang them (for a protest, also a participle after it), and an
    /// `of` phrase or clause ("accused X of …"), with all they hold but conjuncts, parentheticals, relative clauses,
    /// a clause's subject ("demanded that the Democratic Republic … forsake") and names; with whether each modifies
    /// a noun (`compound`, `amod`).
    private func complementWords(of word: Int, protests: Bool, tree: TokenTree) -> (words: [String], modifiers: [Bool]) {
        let roots = tree.children[word].filter { child in
            let relation = tree.relation(child)
            let base = String(relation.prefix(while: { $0 != ":" }))
            guard Self.complementRelations.contains(base), relation != "obl:agent" else { return false }
            // "rejected calls by X for economic aid": an oblique holds what is asked for as often as who asks.
            if base == "advcl" {
                // "staged rallies …, saying he must resign": a protest's participle says what it is for.
                return tree.hasMarker(child, in: Self.requestMarkers, orCase: true) || (protests && isBareParticiple(child, tree: tree))
            }
            return true
        }
        return phraseWords(of: roots, tree: tree)
    }

    /// Whether a clause is a present participle with no conjunction of its own ("…, saying he must resign"; not
    /// "after calling", "while demanding").
    func isBareParticiple(_ word: Int, tree: TokenTree) -> Bool {
        tree.sentence.words[word].fineTag == "VBG" && !tree.children[word].contains { ["mark", "case"].contains(tree.relation($0)) }
    }

    /// The words of the phrases under `roots`, as ``complementWords(of:protests:tree:)`` reads them.
    /// A sum of money, as the verb dictionary's `&CURRENCY` synset names it ("5.1 million dollars") or by its sign
    /// ("$400 million"), reads as "money" (CAMEO's economic aid is "monetary aid").
    private func phraseWords(of roots: [Int], tree: TokenTree) -> (words: [String], modifiers: [Bool]) {
        let words = tree.descendants(of: roots, skipping: Self.phraseBoundaryRelations)
            .filter { tree.sentence.words[$0].tag != .properNoun }.sorted()
        let currency = dictionaries.currencySynset.map { dictionaries.synsetIndexes[$0] }
        return (
            words.map { word in
                if let currency, word < tree.tokenOfWord.count, tree.tokenOfWord[word] >= 0,
                    currency.longestMatch(ids, at: tree.tokenOfWord[word]) != nil
                {
                    return "money"
                }
                // "$400 million": a currency's sign is money as its name is.
                if Self.currencySigns.contains(tree.form(word)) { return "money" }
                return tree.form(word)
            },
            words.map { TokenTree.nounModifierRelations.contains(tree.relation($0)) }
        )
    }

    static let currencySigns: Set<String> = ["$", "US$", "£", "€", "¥"]

    /// What ``phraseWords(of:tree:)`` does not go down: other clauses, relative clauses, a clause's subject, appositions.
    static let phraseBoundaryRelations = TokenTree.clauseBoundaryRelations.union(["acl:relcl", "nsubj", "nsubj:pass", "appos"])

    /// The verbs in what a verb of disapproval says its target did: the phrases after it (its object, its `of` or
    /// `for` phrase or clause, and all they hold), not its conjuncts, its parentheticals nor a clause of its own.
    private func allegedVerbs(of word: Int, verbOfWord: [Int: Int], tree: TokenTree) -> [Int] {
        let roots = tree.children[word].filter { child in
            guard child > word else { return false }
            let relation = tree.relation(child)
            if ["conj", "parataxis", "punct", "cc", "obl:agent"].contains(relation) { return false }
            if relation.hasPrefix("advcl") {
                return tree.hasMarker(child, in: Self.allegationMarkers, orCase: true)
            }
            return true
        }
        return tree.descendants(of: roots, skipping: TokenTree.clauseBoundaryRelations).compactMap { verbOfWord[$0] }
    }

    /// The words that open a clause of what is asked for ("calls for", "of violating", "to inspect").
    static let requestMarkers: Set<String> = ["for", "of", "to"]
    /// The words that open a clause of what is alleged ("accused X of violating", "criticised for").
    static let allegationMarkers: Set<String> = ["of", "for"]

    /// Whether a code is of an act not yet done whose complement names it: an appeal (02), an intent (03), a
    /// demand (10), a rejection (12) or a threat (13).
    static func codesUnrealisedComplement(_ code: String) -> Bool {
        ["02", "03", "10", "12", "13"].contains(code.prefix(2))
    }
}
