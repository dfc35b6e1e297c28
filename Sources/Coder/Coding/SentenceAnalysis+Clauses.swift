import EntenteModel

extension SentenceAnalysis {
    // MARK: Comma clauses


    /// Drops comma-delimited clauses whose length in words lies in the ranges the options give (PETRARCH's
    /// `comma_*`): the opening clause (before the first comma), the closing one (after the last) and inner ones.
    /// A comma inside a list of names ("Gondor, Rohan and Bree") does not delimit a clause.
    mutating func dropCommaClauses() {
        guard options.commaMax > 0 || options.commaBMax > 0 || options.commaEMax > 0 else { return }
        var commas: [Int] = []
        for index in 0..<count where flags[index].contains(.comma) {
            // Not a list of names: a capitalised word on both sides of the comma.
            if index > 0, index + 1 < count, isCapitalised(index - 1), isCapitalised(index + 1) { continue }
            commas.append(index)
        }
        guard !commas.isEmpty else { return }
        var end = count
        while end > 0, flags[end - 1].contains(.sentenceEnd) { end -= 1 }
        func words(_ range: Range<Int>) -> Int { range.filter { tokens[$0].kind != .punctuation }.count }
        var drop = [Bool](repeating: false, count: count)
        // Opening clause: its words and the comma after it.
        let opening = 0..<commas[0]
        if options.commaBMax > 0, (options.commaBMin...max(options.commaBMin, options.commaBMax)).contains(words(opening)) {
            for index in opening.lowerBound...commas[0] { drop[index] = true }
        }
        // Closing clause: the comma before it and its words.
        let closing = (commas[commas.count - 1] + 1)..<end
        if options.commaEMax > 0, (options.commaEMin...max(options.commaEMin, options.commaEMax)).contains(words(closing)) {
            for index in commas[commas.count - 1]..<end { drop[index] = true }
        }
        // Inner clauses: a comma, the words, up to the next comma (which stays).
        if options.commaMax > 0, commas.count >= 2 {
            for pair in 0..<(commas.count - 1) {
                let inner = (commas[pair] + 1)..<commas[pair + 1]
                if (options.commaMin...max(options.commaMin, options.commaMax)).contains(words(inner)) {
                    for index in commas[pair]..<commas[pair + 1] { drop[index] = true }
                }
            }
        }
        guard drop.contains(true) else { return }
        droppedText = (0..<count).filter { drop[$0] }.map { text($0..<($0 + 1)) }
        let kept = (0..<count).filter { !drop[$0] }
        let (oldTokens, oldIDs, oldFlags) = (tokens, ids, flags)
        tokens = kept.map { oldTokens[$0] }
        ids = kept.map { oldIDs[$0] }
        flags = kept.map { oldFlags[$0] }
        slotAt = [Int32](repeating: -1, count: kept.count)
        slotStarting = slotAt
        slotEnding = slotAt
        verbAt = slotAt
        let keptIDs = ids
        let dictionaries = self.dictionaries
        verbStarts = keptIDs.indices.map { dictionaries.verbIndex.longestMatch(keptIDs, at: $0) != nil }
    }

    func isCapitalised(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        let first = bytes[Int(token.start)]
        return first >= 0x41 && first <= 0x5A
    }

    // MARK: Clauses and tense, for dates

    /// Byte offsets where clauses after the first begin: after `;`, `:`, dashes and brackets.
    var clauseStarts: [Int] {
        let quote = functionWords.known.quote
        return tokens.indices.filter { flags[$0].contains(.clauseBreak) && ids[$0] != quote }.map { Int(tokens[$0].end) }
    }

    /// Every verb found, with its clause and tense, for dating.
    var verbSpans: [Coder.VerbSpan] {
        let starts = clauseStarts
        return verbs.map { verb in
            let start = Int(tokens[verb.start].start)
            let clause = starts.lastIndex(where: { $0 <= start }).map { $0 + 1 } ?? 0
            return Coder.VerbSpan(start: start, end: Int(tokens[verb.end - 1].end), clause: clause, tense: tense(of: verb))
        }
    }

    /// The tense of a verb, from the auxiliaries before it (`will`, `has`, `was`…) or its own form; an
    /// infinitive takes the tense of the verb it depends on ("was expected to visit").
    func tense(of verb: VerbHit) -> Coder.Tense {
        func auxiliaryTense(_ flag: FunctionWords.Flags) -> Coder.Tense? {
            if flag.contains(.modal) { return .future }
            if flag.contains(.pastAuxiliary) { return .past }
            if flag.contains(.presentAuxiliary) { return .present }
            return nil
        }
        if verb.nominal {
            // A verb noun takes the tense of its clause's first auxiliary ("the growing closeness between India and
            // the US has also prompted …"), if any.
            let quote = functionWords.known.quote
            var start = verb.start
            while start > 0, !(flags[start - 1].contains(.clauseBreak) && ids[start - 1] != quote) { start -= 1 }
            let possessive = functionWords.known.possessiveS
            var probe = start
            while probe < count, !(flags[probe].contains(.clauseBreak) && ids[probe] != quote) {
                if ids[probe] != possessive, let tense = auxiliaryTense(flags[probe]) { return tense }
                probe += 1
            }
            return .unknown
        }
        var position = verb.start - 1
        var steps = 0
        while position >= 0, steps < 6 {
            let flag = flags[position]
            if flag.contains(.adverb) || flag.contains(.negation) || ids[position] == functionWords.known.been
                || ids[position] == functionWords.known.being || ids[position] == functionWords.known.be
            {
                position -= 1
                steps += 1
                continue
            }
            if let tense = auxiliaryTense(flag) { return tense }
            if flag.contains(.to) {
                // The verb the infinitive depends on: an auxiliary, a verb form, or a word in -ed a few words back.
                var probe = position - 1
                while probe >= 0, probe >= position - 4 {
                    if let tense = auxiliaryTense(flags[probe]) { return tense }
                    if verbAt[probe] >= 0 {
                        switch dictionaries.forms[Int(verbs[Int(verbAt[probe])].form)].kind {
                        case .past: return .past
                        case .thirdPerson: return .present
                        default: break
                        }
                    }
                    if tokens[probe].kind == .word, slotAt[probe] < 0, tokens[probe].end - tokens[probe].start > 3 {
                        let last = bytes[Int(tokens[probe].end) - 1] | 0x20
                        let beforeLast = bytes[Int(tokens[probe].end) - 2] | 0x20
                        if beforeLast == 0x65 && last == 0x64 { return .past }  // -ed
                    }
                    if flags[probe].contains(.clauseBreak) || flags[probe].contains(.comma) { break }
                    probe -= 1
                }
                return .unknown
            }
            break
        }
        switch dictionaries.forms[Int(verb.form)].kind {
        case .past: return .past
        case .thirdPerson: return .present
        case .base: return .present
        case .gerund:
            // "…, providing Afghanistan and Pakistan with electricity": a participle after a comma is in the
            // tense of the clause before it.
            guard position >= 0, flags[position].contains(.comma) else { return .unknown }
            for probe in 0..<position {
                if let tense = auxiliaryTense(flags[probe]) { return tense }
                if verbAt[probe] >= 0, dictionaries.forms[Int(verbs[Int(verbAt[probe])].form)].kind == .past { return .past }
            }
            return .unknown
        }
    }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A word of no grammatical function that cannot start a verb: an adjective or a name.
    func isPlain(_ index: Int) -> Bool {
        tokens[index].kind == .word && flags[index].isEmpty && !verbStarts[index]
    }
}
