import EntenteParser

extension SentenceAnalysis {
    struct Found {
        var source: CodedActor
        var target: CodedActor
        var code: String
        var evidence: Evidence
        var verbIndex: Int
    }

    struct PatternMatch {
        var source: Int?
        var target: Int?
        var compound: Int?
        /// Where the pattern's `+` stood, when before the verb.
        var targetBeforeVerb = false
        var sourceAfterVerb = false
        /// Whether a word of the pattern is an agent of a state's actor phrase ("troops" in "Indian troops"): a
        /// word the actor's code already says.
        var namesActorsAgent = false
        /// The tokens the pattern's words after the verb matched ("deal" in `* DEAL`).
        var wordsAfterVerb: [Int] = []
    }

    /// The tokens of a verb's direct object's phrase (its clauses left out), by the tree; none without one.
    func objectPhraseTokens(of verb: VerbHit) -> Set<Int> {
        guard let tree, let word = treeWord(of: verb) else { return [] }
        let objects = tree.dependents(of: word, ["obj"])
        guard !objects.isEmpty else { return [] }
        return Set((objects + tree.descendants(of: objects, skipping: Self.clausalRelations)).map { tree.tokenOfWord[$0] }.filter { $0 >= 0 })
    }

    /// Codes every verb found: its source and target, a pattern if one fits, and the events they make.
    ///
    /// - Parameter codesFound: receives the code each verb (or its pattern) gave, whether or not actors were found.
    func codeVerbs(codesFound: inout [String]) -> [Found] {
        var found: [Found] = []
        var codesByVerb = [EventCodes?](repeating: nil, count: verbs.count)
        var previousSource: Int?
        var previousTarget: Int?
        var previousVerbEnd = -1
        // Verb nouns coded from their own phrase (``nounArguments(ofWord:)``).
        var phraseNouns = Set<Int>()
        for (verbIndex, verb) in verbs.enumerated() {
            let form = dictionaries.forms[Int(verb.form)]
            let block = dictionaries.blocks[Int(form.block)]
            var verbCodes = form.codes ?? block.codes
            var patternText: String?
            var patternLine: Int?
            var patternCodes: EventCodes?
            var match = PatternMatch()
            var laterVerbs: [Int] = []
            for later in verbs[(verbIndex + 1)...] where !later.nominal {
                let laterForm = dictionaries.forms[Int(later.form)]
                if dictionaries.codes(of: laterForm) != nil { laterVerbs.append(later.start) }
            }
            let patterns = dictionaries.blockPatterns[Int(form.block)]
            let scope = patterns.isEmpty ? nil : patternScope(of: verb)
            var scopes: [PatternScope?] = scope?.narrowed.map { [$0, scope] } ?? [scope]
            if scope?.triesWordOrder == true { scopes.append(nil) }
            // Last, a passive's subject as the object its patterns name ("the ambassador was recalled").
            if let passive = scope?.asPassive { scopes.append(passive) }
            // The words as written first; then, where nothing fits, a pattern's words in their plurals.
            // And a synset's near synonyms ("signed a deal" for `* &TREATY`).
            let passes = scopes.map { ($0, false) } + (alternativeIds.isEmpty && nearSynsets.isEmpty ? [] : scopes.map { ($0, true) })
            // (The object's tokens are read only when a pattern fits: most verbs' patterns never do.)
            var objectTokens: Set<Int>?
            for (scope, plurals) in passes {
                guard patternText == nil else { break }
                // Among patterns of one length, one that names more words goes first; a word that is an agent inside
                // a state's actor phrase ("Indian troops clashed with …", `&MILITARY *`) says nothing the actor does
                // not, so the first equally long pattern without it goes before (`* WITH [190:190]`): one pass,
                // holding the first fit that names an agent until a fit of its length that names none.
                var chosen: (index: Int, fit: PatternMatch, length: Int32)?
                var namingAgent: (index: Int, fit: PatternMatch, length: Int32)?
                for patternIndex in patterns {
                    let flat = dictionaries.flatPatterns[patternIndex]
                    if plurals && !namesAlternative(flat) { continue }
                    let length = flat.upperCount + flat.lowerCount
                    if let namingAgent, length != namingAgent.length { continue }
                    if let only = flat.onlyForCodes, form.codes != only { continue }
                    if flat.writtenForAnotherVerb && !options.readsOtherVerbsPatterns { continue }
                    // A pattern of particles alone is an idiom of the verb it was written for: "attacked X for" is a
                    // criticism (`- * (FOR) [111]  # ATTACK`), "retaliated … for" is no criticism but the block's act.
                    // PETRARCH reads every pattern of a block for each of its verbs, and its records expect it.
                    if flat.particlesOnly && flat.isOtherVerbs(than: form.text) && !options.readsOtherVerbsPatterns { continue }
                    if let current = chosen, length != current.length { break }
                    guard let fit = self.match(flat, verb: verb, laterVerbs: laterVerbs, scope: scope, plurals: plurals) else { continue }
                    if !fit.namesActorsAgent {
                        // Of equally long patterns, the first whose words are the verb's object's, where the block's
                        // first fit reads words outside it: "held talks … on the sidelines of a summit" is `* TALKS
                        // [046:046]`, not the block's earlier `* SUMMIT [040:040]`.
                        if objectTokens == nil { objectTokens = verb.nominal ? [] : objectPhraseTokens(of: verb) }
                        let object = objectTokens!
                        let inObject = !fit.wordsAfterVerb.isEmpty && fit.wordsAfterVerb.allSatisfy { object.contains($0) }
                        if chosen == nil || inObject { chosen = (patternIndex, fit, length) }
                        if inObject || object.isEmpty { break }
                        continue
                    }
                    // A pattern of another verb of the block that fits only through the actor's own agent says
                    // nothing of this verb: "Israeli troops arrested …" is no `&MILITARY * [192]` (# SEIZE: troops
                    // seizing a place occupy it), and the verb's own code stands.
                    if flat.isOtherVerbs(than: form.text), flat.upperCount == 1, flat.lowerCount == 0 { continue }
                    if namingAgent == nil { namingAgent = (patternIndex, fit, length) }
                }
                if case let (patternIndex, fit)? = chosen.map({ ($0.index, $0.fit) }) ?? namingAgent.map({ ($0.index, $0.fit) }) {
                    let pattern = block.patterns[patternIndex - patterns.lowerBound]
                    verbCodes = pattern.codes
                    patternText = pattern.text
                    patternCodes = pattern.codes
                    patternLine = pattern.line
                    match = fit
                }
            }
            if patternText == nil, verbCodes?.forward == "041", !verb.nominal, let naming = namingCall(verb) { verbCodes = naming }
            if verbCodes?.isEmpty ?? true, let refusal = refusalCodes(of: verb) { verbCodes = refusal }
            if verbCodes?.isEmpty ?? true, !verb.nominal, let protest = protestOfObject(of: verb) { verbCodes = EventCodes(forward: protest) }
            // (Also where the verb's own code is material cooperation in general, no pattern read: "conducted joint
            // patrols", `OVERSEE_MANAGE [060]`; and over a pattern of a verb with no code of its own, whose words
            // stand elsewhere: "began joint military exercises involving long-range bombers" is no `* &WEAPON [194]`,
            // written for "opened fire".)
            if verbCodes?.isEmpty ?? true || (patternText == nil && verbCodes?.forward == "060")
                || ((form.codes ?? block.codes)?.isEmpty ?? true),
                !verb.nominal, holdsJointExercises(verb)
            {
                verbCodes = EventCodes(forward: "062", reverse: "062")
            }
            if verbCodes?.isEmpty ?? true, !verb.nominal, recallsEnvoy(verb) { verbCodes = EventCodes(forward: "161") }
            if verbCodes?.isEmpty ?? true, !verb.nominal, easesSanctions(verb) { verbCodes = EventCodes(forward: "085") }
            if verbCodes?.isEmpty ?? true, !verb.nominal, holdsPhoneCall(verb) { verbCodes = EventCodes(forward: "041", reverse: "041") }
            var visited: Int?
            if !verb.nominal, verbCodes?.isEmpty ?? true || (patternText == nil && verbCodes?.forward == "040")
                || (patternText != nil && verbCodes?.forward == "046"),
                let destination = visitDestination(verb, patternRead: patternText != nil)
            {
                verbCodes = EventCodes(forward: "042", reverse: "043")
                visited = destination
            }
            if verbCodes?.isEmpty ?? true, !verb.nominal, receivesAGuest(verb) { verbCodes = EventCodes(forward: "043", reverse: "042") }
            if patternText == nil, !verb.nominal, welcomesAGuest(verb) { verbCodes = EventCodes(forward: "043", reverse: "042") }
            if !verb.nominal, imposesSanctions(verb) { verbCodes = EventCodes(forward: "163") }
            if !verb.nominal, grantsRecognition(verb) { verbCodes = EventCodes(forward: "054") }
            if !verb.nominal, patternText == nil, lends(verb) { verbCodes = EventCodes(forward: "071") }
            // (Also over a going-to pattern: "rushed rescue teams to Turkey" is no visit, `RUSH * (TO) [042:043]`.)
            if verbCodes?.isEmpty ?? true || verbCodes?.forward?.hasPrefix("04") ?? false, !verb.nominal, conveysRelief(verb) {
                verbCodes = EventCodes(forward: "073")
            }
            if !verb.nominal, let handed = handingBack(verb) { verbCodes = handed }
            // (A rejection of the act stays one: "rejected an Australian ultimatum" is 12.)
            if !verb.nominal, !(verbCodes?.forward?.hasPrefix("12") ?? false), let act = actByObject(verb) { verbCodes = act }
            codesByVerb[verbIndex] = verbCodes
            if !verb.nominal || patternText != nil, let verbCodes {
                codesFound += [verbCodes.forward, verbCodes.reverse].compactMap { $0 }
            }
            if verb.nominal, options.codesVerbNouns, match.source == nil, match.target == nil, match.compound == nil,
                let verbCodes, !verbCodes.isEmpty,
                let arguments = verb.nounArguments ?? treeWord(of: verb).flatMap({ nounArguments(ofWord: $0) })
            {
                match.source = arguments.source
                match.target = arguments.target
                match.compound = arguments.compound
                phraseNouns.insert(verbIndex)
            }
            if verb.nominal && (!options.codesVerbNouns || (match.source == nil && match.target == nil && match.compound == nil))
                && !isSpeechActOfSilentVerb(verbIndex, codes: verbCodes, codesByVerb: codesByVerb)
            {
                continue
            }
            // The target is looked for up to the next verb that codes something of its own (a verb noun inside the
            // object, "four MI-35 attack helicopters", does not end it).
            var nextVerbStart = count
            for later in verbs[(verbIndex + 1)...] where !later.nominal {
                let laterForm = dictionaries.forms[Int(later.form)]
                if dictionaries.codes(of: laterForm) != nil {
                    nextVerbStart = later.start
                    break
                }
            }
            guard let foundCodes = verbCodes, !foundCodes.isEmpty else {
                if let subject = subject(of: verb, previousSource: previousSource, previousVerbEnd: previousVerbEnd).slot {
                    previousSource = subject
                }
                previousVerbEnd = verb.end
                continue
            }

            var codes = reportedFuture(verb) ? foundCodes.asIntent : foundCodes
            var madeIntent = codes.forward != foundCodes.forward

            // Source and target: from the dependency tree when there is one, else from word order.
            var (source, rule, coordinated) = subject(of: verb, previousSource: previousSource, previousVerbEnd: previousVerbEnd)
            var targetFromComplement = false
            var target: Int?
            // What an adjoined clause adds to the act it adjoins is no act of its own: its result ("…, leaving 20
            // soldiers dead"), its reason ("… for supplying drone parts"), its grounds ("…, citing Moscow's support"),
            // its toll ("…, killing two marines"); nor is
            // what a thing is for ("a visit aimed at boosting trade").
            if !verb.nominal,
                isResultClause(verb) || isReasonClause(verb) || isGroundsClause(verb) || isParticipleOfAReason(verb)
                    || isPurposeOfAThing(verb)
                    || isViolenceOfViolence(verb, codes: verbCodes, codesByVerb: codesByVerb)
            {
                previousVerbEnd = verb.end
                continue
            }
            let syntax = verb.nominal ? nil : treeArguments(of: verb)
            // CAMEO codes what happened: "did not attack" is no attack, unless the dictionary's pattern codes the
            // negation itself (`- &NEGATVAUXVRB * OVER EFFORTS [904]`) or it is a refusal ("would not meet").
            guard
                let moodCodes = codesForMood(
                    codes, of: verb, negated: syntax?.negated ?? false,
                    patternNamesNegation: patternText.map(Self.patternCodesNegation) ?? false, dictionaryIntent: !madeIntent)
            else {
                previousVerbEnd = verb.end
                continue
            }
            madeIntent = madeIntent || (moodCodes.forward != codes.forward && moodCodes.forward?.hasPrefix("03") == true)
            codes = moodCodes
            if let syntax, syntax.hasSubject || syntax.hasObject {
                if syntax.hasSubject || syntax.decidesSource { source = syntax.source }
                target = syntax.target
                rule = syntax.rule
                coordinated = syntax.coordinated
                targetFromComplement = syntax.targetFromComplement
            } else if let passive = passiveAgent(of: verb), match.source == nil, match.target == nil {
                target = source
                source = passive
                rule = "passive 'by'"
            } else if let passive = reducedPassiveAgent(of: verb), match.source == nil, match.target == nil {
                // "the steel plant built by Russia": the actor named before the noun is the target.
                target = source
                source = passive
                rule = "passive 'by' after a noun"
            }
            if let patternSource = match.source {
                if !match.sourceAfterVerb || match.target != nil || source == nil {
                    source = patternSource
                } else {
                    // `* … $`: the source comes after the verb, the subject is the target.
                    target = source
                    source = patternSource
                }
                rule = "pattern $"
            }
            // "blamed India for a bomb attack on a bus carrying Chinese engineers" (`* ATTACK ON + [112]`, written
            // for "blamed the attack on X"): an actor the verb takes as its own object is its target.
            if let patternTarget = match.target, !(syntax?.targetIsOwnObject ?? false) || target == nil {
                target = patternTarget
                if match.targetBeforeVerb && match.source == nil {
                    // `+ … *`: the target stands before the verb; the source is the actor before it.
                    source = nearestSlot(before: slots[patternTarget].start)
                    rule = "subject before pattern +"
                }
            }
            // A visit is to the state gone to ("arrived in Baghdad on the first visit by an Iranian leader").
            if let visited { target = visited }
            // "Russia and Ukraine signed a deal … to resume Russian gas supplies to Ukraine": an act done together (a
            // code both ways) by several actors, whose complement's target is one of them, is done among them.
            if targetFromComplement, let targeted = target, let source, codes.reverse != nil, slots[source].members.count > 1 {
                let targetedStates = states(ofSlot: targeted)
                if !targetedStates.isEmpty, targetedStates.isSubset(of: states(ofSlot: source)) {
                    target = nil
                    targetFromComplement = false
                }
            }
            if targetFromComplement {
                // "Russia agreed to sell … to Pakistan": the complement's object did not agree; a two-way code
                // ("X and Y agreed", `[030:030]`) goes one way.
                codes.reverse = nil
            }
            if target == nil, match.compound == nil, !(syntax?.hasObject ?? false) {
                target = firstSlot(after: verb.end, until: nextVerbStart, excluding: source)
                // "signed a law on Friday that Israel said would restrict …": an actor of a relative clause inside the
                // verb's phrase is that clause's.
                if let found = target, isInRelativeClause(slots[found].start, below: verb) { target = nil }
                // "completed their withdrawal from the Aouzou Strip, U.N. observers said, …": the speaker of a
                // parenthetical attribution reports the act; it is not done to it.
                if let found = target, isAttributionSpeaker(found) { target = nil }
            }
            // "was expected to visit Islamabad … but cancelled the visit": a coordinated verb with no target of
            // its own keeps the target of the verb it is coordinated with.
            if target == nil, match.compound == nil, coordinated, let previousTarget, previousTarget != source {
                target = previousTarget
                rule = "coordinated subject and target"
            }
            // "Saudi Arabia, the United Arab Emirates and Kuwait pledged $12 billion in cash, loans and fuel to Egypt":
            // several actors giving or pledging one way act on the actor their words send it "to", wherever the
            // parse hangs that phrase in the verb's own (not another clause's), not among themselves.
            if target == nil, match.compound == nil, codes.reverse == nil, let source, slots[source].members.count > 1,
                let recipient = recipientSlot(of: verb, excluding: source)
            {
                target = recipient
                rule = "recipient 'to'"
            }
            // "The Bakassi peninsula was handed over to Cameroon by Nigeria": a passive whose subject is a thing acts on
            // the actor the thing goes "to".
            if target == nil, match.compound == nil, syntax?.rule.hasPrefix("tree: passive") ?? false,
                let recipient = recipientSlot(of: verb, excluding: source ?? -1)
            {
                target = recipient
                rule = "passive, recipient 'to'"
            }
            // "extradited Russian arms dealer Viktor Bout to the United States": judicial cooperation is with the state
            // a person is handed to, not the one the person is of.
            if codes.forward?.hasPrefix("063") ?? false, let source, let recipient = recipientSlot(of: verb, excluding: source),
                recipient != target, slots[recipient].members.contains(where: { $0.hasState && $0.namesActor })
            {
                target = recipient
                rule = "handed 'to'"
            }
            // "apologised on Saturday for the damage inflicted on Libya": an apology to no one named is made to the
            // state it is for.
            if target == nil, match.compound == nil, codes.forward == "055", let apologized = apologyTarget(of: verb, source: source) {
                target = apologized
                rule = "apology 'for'"
            }
            if target == source { target = nil }
            if source != nil { previousSource = source }
            previousTarget = target
            previousVerbEnd = verb.end

            // A rule of Entente's that coded the verb over its pattern says so, beside the pattern it set aside
            // ("postponed a state visit": `* VISIT [160]` read, 161 coded).
            let overPattern = patternCodes.map { $0 != verbCodes } ?? false
            let evidence = { (sourceRule: String) in
                Evidence(
                    verb: self.text(verb.start..<verb.end), verbBlock: "\(block.name) \(block.codes?.description ?? "[---]")",
                    pattern: patternText, dictionary: patternText == nil ? nil : self.blockSource(form.block),
                    dictionaryLine: patternLine, sourceRule: overPattern ? sourceRule + " + coded by Entente's rule over the pattern" : sourceRule,
                    verbOffset: Int(self.tokens[verb.start].start))
            }
            // A compound acting among itself: "Gondor and Osgiliath have renewed ties", `% * [030:030]`.
            // A compound subject of a verb with no other target acts among itself also with a one-way code, where
            // the tree names the subject and gives the verb no object ("India and Pakistan clashed in Kashmir",
            // `[190]`): each did it to the other. An object that names no actor ("boycotted the parade", "warned
            // their populations") is what they acted on, not each other.
            // So does one whose object is the pattern's own word, of a kind made together — an intent, a meeting, ties,
            // cooperation (03–06): "Ukraine and Russia reached a deal" (`* DEAL [030]`); "condemned the attack" is
            // not each other's.
            // "Rwandan and Ugandan troops pounded each other with artillery": whatever else the words name, a
            // compound whose object is "each other" or "one another" acts among itself.
            // So does one that reduces relations with its own ("the two neighbours recalled their ambassadors").
            let reciprocal = !verb.nominal && (source.map { slots[$0].members.count > 1 } ?? false)
                && (objectIsReciprocal(verb) || (target == nil && codes.forward?.hasPrefix("16") == true && objectIsTheirOwn(verb)))
            if reciprocal { target = nil }
            // A compound that acts "by" doing something acts as that says ("Australia and New Zealand retaliated by
            // ordering Fiji's diplomats to leave"), not on itself.
            // Aid pledged or given is no act of a kind made together ("pledged a combined $8 billion"), and actors
            // that "each" act ("Japan and the United States each pledged about $1 billion") act apart.
            let apart = source.map { slots[$0].end < count && text(slots[$0].end..<(slots[$0].end + 1)).lowercased() == "each" } ?? false
            let actsAmongItself = reciprocal || codes.reverse != nil
                || ((syntax?.hasSubject ?? false) && !(syntax?.hasDirectObject ?? true) && !actsByMeans(verb) && !apart)
                || ((syntax?.hasSubject ?? false) && objectIsPatterns(verb, match: match) && !apart
                    && ["03", "04", "05", "06"].contains(codes.forward.map { String($0.prefix(2)) } ?? "")
                    && !(codes.forward.map { $0.hasPrefix("033") || $0.hasPrefix("07") } ?? false))
            let compoundSlot = match.compound ?? (target == nil && (source.map { slots[$0].members.count > 1 } ?? false) && actsAmongItself ? source : nil)
            // "shuttled between Phnom Penh and Bangkok to mediate between the two neighbours": mediation between the
            // parties a pattern names is the mediator's, to each of them — the subject, or the subject of the verb a
            // purpose names.
            if let forward = codes.forward, ["045", "039"].contains(forward),
                let compoundSlot = match.compound ?? (actsAmongItself ? source : target),
                let mediator = purposeSubject(of: verb) ?? (source != compoundSlot ? source : nil), mediator != compoundSlot
            {
                let parties = actors(of: compoundSlot)
                for mediatorActor in actors(of: mediator) where !parties.contains(where: { $0.code == mediatorActor.code }) {
                    for party in parties {
                        found.append(Found(source: mediatorActor, target: party, code: forward, evidence: evidence("mediator"), verbIndex: verbIndex))
                    }
                }
                continue
            }
            if let compoundSlot {
                let members = actors(of: compoundSlot)
                for (i, first) in members.enumerated() {
                    for (j, second) in members.enumerated() where i < j {
                        if let forward = codes.forward ?? codes.reverse {
                            found.append(Found(source: first, target: second, code: forward, evidence: evidence("compound"), verbIndex: verbIndex))
                        }
                        if let reverse = codes.reverse ?? codes.forward {
                            found.append(Found(source: second, target: first, code: reverse, evidence: evidence("compound"), verbIndex: verbIndex))
                        }
                    }
                }
                continue
            }
            // "China will hold talks with Russia" (`[046:046]`): China says what it will do; Russia says nothing.
            if madeIntent { codes.reverse = nil }
            let nullActor = CodedActor(code: "---", phrase: "")
            let sources = source.map { actors(of: $0) } ?? (options.requireDyad ? [] : [nullActor])
            let targets = target.map { actors(of: $0) } ?? (options.requireDyad ? [] : [nullActor])
            // "… pledged to deepen integration between the two countries": one of several targets that is the
            // source's own state is the source itself; the act is on the others.
            let severalTargets = targets.count > 1
            for sourceActor in sources {
                for targetActor in targets {
                    if options.requireDyad && (isNull(sourceActor.code) || isNull(targetActor.code)) { continue }
                    if sourceActor.code == targetActor.code { continue }
                    if severalTargets, !isNull(sourceActor.code), sourceActor.code.prefix(3) == targetActor.code.prefix(3) { continue }
                    if let forward = codes.forward {
                        found.append(Found(source: sourceActor, target: targetActor, code: forward, evidence: evidence(rule), verbIndex: verbIndex))
                    }
                    if let reverse = codes.reverse {
                        found.append(Found(source: targetActor, target: sourceActor, code: reverse, evidence: evidence(rule), verbIndex: verbIndex))
                    }
                }
            }
        }
        return composeComplements(withoutToldNouns(found, phraseNouns: phraseNouns), codesByVerb: codesByVerb)
    }

    /// A verb noun coded from its own phrase goes where the verb it is the subject of codes what became of it
    /// between the same actors: "talks between India and Pakistan collapsed" are talks broken off (164), not held.
    func withoutToldNouns(_ found: [Found], phraseNouns: Set<Int>) -> [Found] {
        guard let tree, !phraseNouns.isEmpty else { return found }
        let verbOfWord = verbIndexesByTreeWord()
        func pair(_ event: Found) -> Set<String> { [event.source.code, event.target.code] }
        return found.filter { event in
            guard phraseNouns.contains(event.verbIndex), let word = treeWord(of: verbs[event.verbIndex]),
                let head = tree.head(word), let governing = verbOfWord[head]
            else { return true }
            return !found.contains { $0.verbIndex == governing && pair($0) == pair(event) }
        }
    }

    /// Who a verb noun's phrase says took part, from the tree: "clashes between Thai and Cambodian troops", "talks
    /// between India and Pakistan" (a compound after `between`: each with the other); "Putin's visit to New Delhi"
    /// (a possessor acting on the phrase after `to`, `with`, `against` or `on`). Nil when the phrase names neither,
    /// and where the noun is not what its clause is about: only a subject or a root says the act took place — an
    /// object may be suspended or cancelled ("suspended its aid to Madagascar"); a phrase of time may say when
    /// talks between two states happened, not a possessor's visit ("during his visit to Moscow", said of another act).
    func nounArguments(ofWord word: Int) -> PatternMatch? {
        guard let tree else { return nil }
        let relation = tree.relation(word)
        let isSubject = relation == "root" || relation.hasPrefix("nsubj")
        let isTime = relation.hasPrefix("obl") && Self.timeMarkers.contains(tree.caseMarker(of: word) ?? "")
        guard isSubject || isTime else { return nil }
        var result = PatternMatch()
        var agent: Int?
        var patient: Int?
        for child in tree.children[word] where tree.relation(child).hasPrefix("nmod") {
            guard let slot = slotOfWord(child, tree: tree) ?? slot(forWord: child, tree: tree),
                slots[slot].members.contains(where: \.namesActor)
            else { continue }
            let marker = tree.caseMarker(of: child)
            if tree.relation(child) == "nmod:poss" {
                result.source = slot
            } else if marker == "between", slots[slot].members.count > 1 {
                result.compound = slot
            } else if let marker, Self.nounTargetMarkers.contains(marker), result.target == nil {
                result.target = slot
            } else if marker == "by" {
                agent = agent ?? slot
            } else if marker == "of" {
                patient = patient ?? slot
                // (The parse may hang the "by" phrase on the "of" phrase's noun.)
                if let byPhrase = tree.dependents(of: child, ["nmod"]).first(where: { tree.caseMarker(of: $0) == "by" }),
                    let bySlot = slotOfWord(byPhrase, tree: tree) ?? self.slot(forWord: byPhrase, tree: tree),
                    slots[bySlot].members.contains(where: \.namesActor)
                {
                    agent = agent ?? bySlot
                }
            }
        }
        if result.compound != nil { return PatternMatch(compound: result.compound) }
        // "The arrest of two Canadians by Chinese authorities": a verb noun's "by" phrase names who acts, and then its
        // "of" phrase whom it acts on.
        if result.source == nil, let agent {
            result.source = agent
            if result.target == nil { result.target = patient }
        }
        guard isSubject, let source = result.source, let target = result.target, source != target else { return nil }
        return result
    }

    /// Prepositions by which a verb noun names whom its possessor acts on ("Putin's visit to New Delhi").
    static let nounTargetMarkers: Set<String> = ["to", "with", "against", "on"]

    /// Whether the verb's direct object is a word its pattern matched ("reached a deal", `* DEAL`), or what the object
    /// counts ("signed a series of agreements").
    func objectIsPatterns(_ verb: VerbHit, match: PatternMatch) -> Bool {
        guard let tree, let word = treeWord(of: verb), !match.wordsAfterVerb.isEmpty else { return false }
        return tree.dependents(of: word, ["obj"]).contains { object in
            ([object] + (Self.counted(by: object, tree: tree).map { [$0] } ?? [])).contains { match.wordsAfterVerb.contains(tree.tokenOfWord[$0]) }
        }
    }

    /// Whether a verb noun of an appeal, a demand or a threat (02, 10, 13) is the object of a verb
    /// that codes nothing ("renewed an appeal to Belgium to extradite", "made a demand"): the noun is the event.
    func isSpeechActOfSilentVerb(_ verbIndex: Int, codes: EventCodes?, codesByVerb: [EventCodes?]) -> Bool {
        guard let tree, let forward = codes?.forward, ["02", "10", "13"].contains(forward.prefix(2)),
            let word = treeWord(of: verbs[verbIndex]), tree.relation(word) == "obj", let head = tree.head(word)
        else { return false }
        for earlier in 0..<verbIndex where treeWord(of: verbs[earlier]) == head {
            if !(codesByVerb[earlier]?.isEmpty ?? true) { return false }
        }
        return tree.sentence.words[head].tag == .verb
    }

    /// Whether a pattern's words name a negation (`NOT`, `N'T`, `NEVER`, a synset of negated auxiliaries).
    /// Whole words only: "NEG" inside `&NEGOTIATION` or NEGOTIATORS names no negation (46 such patterns in
    /// Phoenix's verb dictionary made "did not enter negotiations" a 036).
    static func patternCodesNegation(_ text: String) -> Bool {
        text.uppercased().split { !($0.isLetter || $0 == "'" || $0 == "&") }.contains { word in
            word == "NOT" || word == "NEVER" || word == "NO" || word.hasSuffix("N'T") || word.hasPrefix("&NEGAT")
        }
    }

    func isNull(_ code: String) -> Bool { code == "---" || code == "+++" || code == "###" }

    func blockSource(_ block: Int32) -> String? {
        var offset = 0
        for dictionary in dictionaries.verbs {
            if Int(block) < offset + dictionary.blocks.count { return dictionary.path }
            offset += dictionary.blocks.count
        }
        return nil
    }

    /// The codes a verb carries before any pattern reads its words: its form's, else its block's (`CALL [041:041]`;
    /// nil for `START [---]`).
    func ownCodes(of verb: VerbHit) -> EventCodes? { dictionaries.codes(of: dictionaries.forms[Int(verb.form)]) }

    func actors(of slot: Int) -> [CodedActor] {
        var result: [CodedActor] = []
        for member in slots[slot].members {
            let phrase = text(member.start..<member.end)
            for code in member.codes where !result.contains(where: { $0.code == code }) {
                result.append(CodedActor(code: code, phrase: phrase, entries: member.entries))
            }
        }
        return result
    }

    // MARK: Source and target

    /// The subject of a verb: the nearest actor before it in its clause, or the subject of the verb it is
    /// coordinated with ("condemned … and promised", "and is therefore willing to help"); for a participle after
    /// a comma ("…, overriding India's objections"), the subject of the clause before; for an infinitive opening
    /// the sentence ("To stymie India's objections, Russia argued"), the actor after its clause.
    ///
    /// - Returns: the slot, the rule that found it (for the evidence), and whether it is the subject of a verb this
    ///   one is coordinated with.
    func subject(of verb: VerbHit, previousSource: Int?, previousVerbEnd: Int) -> (slot: Int?, rule: String, coordinated: Bool) {
        var position = verb.start - 1
        func skipModifiers() {
            while position >= 0, flags[position].contains(.adverb) || flags[position].contains(.auxiliary)
                || flags[position].contains(.negation)
            {
                position -= 1
            }
        }
        skipModifiers()
        // "willing to", "able to", "ready to": an infinitive after an adjective.
        if position >= 1, flags[position].contains(.to), isPlain(position - 1) {
            position -= 2
            skipModifiers()
        }
        if position >= 0, flags[position].contains(.conjunction) {
            if let previousSource, previousVerbEnd >= 0, previousVerbEnd <= position {
                return (previousSource, "coordinated subject", true)
            }
            if nearestSlot(before: verb.start).map({ slots[$0].end <= position }) ?? true, let first = firstSubjectSlot(before: position) {
                return (first, "coordinated subject", true)
            }
        }
        let form = dictionaries.forms[Int(verb.form)]
        if form.kind == .gerund, position >= 0, flags[position].contains(.comma) {
            if let previousSource, previousVerbEnd >= 0, previousVerbEnd <= position {
                return (previousSource, "subject of the clause before", false)
            }
            if let first = firstSubjectSlot(before: position) { return (first, "subject of the clause before", false) }
        }
        if let nearest = nearestSlot(before: verb.start) { return (nearest, "subject", false) }
        // "To stymie India's objections, Russia argued …"
        if verb.start >= 1, verb.start <= 2, flags[verb.start - 1].contains(.to) {
            var probe = verb.end
            while probe < count, !flags[probe].contains(.comma), !flags[probe].contains(.clauseBreak) { probe += 1 }
            if probe < count, flags[probe].contains(.comma) {
                probe += 1
                while probe < count, slotStarting[probe] < 0, flags[probe].contains(.determiner) || isPlain(probe) { probe += 1 }
                if probe < count, slotStarting[probe] >= 0 { return (Int(slotStarting[probe]), "subject after the opening clause", false) }
            }
        }
        return (nil, "subject", false)
    }

    /// The first slot of the sentence before `position` that is not after a preposition: the main subject.
    func firstSubjectSlot(before position: Int) -> Int? {
        for (index, slot) in slots.enumerated() where slot.end <= position && !afterPreposition(slot.start) {
            if slot.members.contains(where: { !$0.isNull }) { return index }
        }
        return nil
    }

    /// "There are reports that Russia will help…", "Other reports indicate that Russia may join…": a verb in
    /// the future under a report is an intent, not a deed.
    func reportedFuture(_ verb: VerbHit) -> Bool {
        guard tense(of: verb) == .future else { return false }
        for index in 0..<verb.start where flags[index].contains(.reporting) { return true }
        return false
    }

    /// The nearest slot ending before `position`, not across a clause break.
    func nearestSlot(before position: Int) -> Int? {
        var index = position - 1
        while index >= 0 {
            if slotEnding[index] >= 0 { return Int(slotEnding[index]) }
            if flags[index].contains(.clauseBreak) && tokens[index].end - tokens[index].start > 0 && ids[index] != functionWords.known.quote {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// The first slot starting at or after `position` and before `limit` (the next verb), skipping `excluding`.
    func firstSlot(after position: Int, until limit: Int, excluding: Int?) -> Int? {
        var index = position
        while index < count {
            if let slot = Optional(Int(slotStarting[index])), slot >= 0, slot != excluding {
                // "…, it did not take off": the subject of a new clause after a comma is not a target.
                let end = slots[slot].end
                if index > 0, flags[index - 1].contains(.comma), end < count,
                    flags[end].contains(.auxiliary) || flags[end].contains(.adverb) || verbStarts[end]
                {
                    return nil
                }
                return slot
            }
            if index >= limit && slotAt[index] < 0 { return nil }
            if flags[index].contains(.clauseBreak) && ids[index] != functionWords.known.quote { return nil }
            // "collaborated … when a Russian space vehicle launched": not across a subordinate clause's opening.
            if flags[index].contains(.clauseOpener) { return nil }
            index += 1
        }
        return nil
    }

    /// "was opposed (earlier) by Osgiliath": the actor after `by` of a passive verb.
    func passiveAgent(of verb: VerbHit) -> Int? {
        let form = dictionaries.forms[Int(verb.form)]
        guard form.kind == .past else { return nil }
        var position = verb.start - 1
        var steps = 0
        var sawBe = false
        while position >= 0, steps < 3 {
            if flags[position].contains(.be) {
                sawBe = true
                break
            }
            guard flags[position].contains(.adverb) || flags[position].contains(.negation) || isPlain(position) else { break }
            position -= 1
            steps += 1
        }
        guard sawBe else { return nil }
        position = verb.end
        steps = 0
        while position < count, steps < 3, !flags[position].contains(.by) {
            guard flags[position].contains(.adverb) || isPlain(position) else { return nil }
            position += 1
            steps += 1
        }
        guard position < count, flags[position].contains(.by) else { return nil }
        position += 1
        while position < count, flags[position].contains(.determiner) { position += 1 }
        guard position < count, slotStarting[position] >= 0 else { return nil }
        return Int(slotStarting[position])
    }

    /// "the country's only steel plant built by Russia": a past participle right after a noun and before `by`
    /// and an actor.
    func reducedPassiveAgent(of verb: VerbHit) -> Int? {
        let form = dictionaries.forms[Int(verb.form)]
        guard form.kind == .past, verb.start > 0, isPlain(verb.start - 1), verb.end + 1 < count, flags[verb.end].contains(.by)
        else { return nil }
        var position = verb.end + 1
        while position < count, flags[position].contains(.determiner) { position += 1 }
        guard position < count, slotStarting[position] >= 0 else { return nil }
        return Int(slotStarting[position])
    }
}
