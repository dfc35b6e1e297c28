extension VerbDictionary {
    /// Reads a verb dictionary.
    ///
    /// - Parameters:
    ///   - path: named in errors.
    ///   - words: the word table the dictionary's words are interned in.
    ///   - policy: what to do with a malformed line.
    /// - Throws: ``DictionaryParseError`` for the first malformed line under ``MalformedLinePolicy/fail`` (`--strict`).
    public static func read(
        path: String, bytes: [UInt8], words: inout WordTable, policy: MalformedLinePolicy = .skip
    ) throws(DictionaryParseError) -> VerbDictionary {
        var dictionary = VerbDictionary(path: path)
        let lines = DictionaryLines(path: path, bytes: bytes)

        // First pass: synset names, so that `&NAME_WITH_UNDERSCORES` in a pattern is read whole.
        var synsetNames = Set<String>()
        for line in lines {
            let text = line.text.trimmingCharacters(in: " \t")
            if text.hasPrefix("&") { synsetNames.insert(synsetName(text[...])) }
        }

        enum Context { case none, synset(Int), block(Int) }
        var context = Context.none
        var lastBlock: Int?
        var pendingPatterns: [Int: [VerbPattern]] = [:]
        // The verb each pattern was first written for, from its comment (the file's header: "In the comments
        // section of the patterns, the verb[s] where the pattern was originally found is shown").
        var patternOrigins: [Int: [(word: String, pattern: VerbPattern)]] = [:]

        func fail(_ error: DictionaryParseError) throws(DictionaryParseError) { try policy.handle(error, warnings: &dictionary.warnings) }

        for line in lines {
            let text = line.text.trimmingCharacters(in: " \t")
            if line.isCommentOnly { continue }
            if text.isEmpty {
                if case .synset = context { context = lastBlock.map { .block($0) } ?? .none }
                continue
            }
            let leading = line.indent
            if text.hasPrefix("---") {
                // --- NAME [code] ---
                var inner = text[...].drop(while: { $0 == "-" })
                while inner.last == "-" { inner = inner.dropLast() }
                guard let open = inner.firstIndex(of: "["), let close = inner[open...].firstIndex(of: "]") else {
                    try fail(lines.error(line, at: leading + 1, expected: "a verb block header '--- NAME [code] ---'"))
                    continue
                }
                let name = inner[..<open].trimmingCharacters(in: " \t")
                dictionary.blocks.append(
                    Block(
                        name: name, codes: EventCodes(bracketed: inner[inner.index(after: open)..<close]),
                        patterns: [], line: line.number))
                lastBlock = dictionary.blocks.count - 1
                context = .block(dictionary.blocks.count - 1)
                continue
            }
            if text.hasPrefix("&") {
                let name = synsetName(text[...])
                if let existing = dictionary.synsetIndex[name] {
                    context = .synset(existing)
                } else {
                    dictionary.synsets.append(Synset(name: name, phrases: [], includes: []))
                    dictionary.synsetIndex[name] = dictionary.synsets.count - 1
                    context = .synset(dictionary.synsets.count - 1)
                }
                continue
            }
            if text.hasPrefix("-") {
                guard let block = lastBlock else {
                    try fail(lines.error(line, at: leading + 1, expected: "a verb block header before the first pattern"))
                    continue
                }
                if case .synset = context { context = .block(block) }
                do throws(DictionaryParseError) {
                    var pattern = try readPattern(
                        text, line: line, lines: lines, leading: leading, synsetNames: synsetNames,
                        dictionary: &dictionary, words: &words)
                    let origin = originVerb(line.raw)
                    if let origin {
                        patternOrigins[block, default: []].append((origin, pattern))
                        // Which codes it restates is known once the block's verbs are all read.
                        pattern.originWord = origin
                    }
                    pendingPatterns[block, default: []].append(pattern)
                } catch {
                    try fail(error)
                }
                continue
            }
            switch context {
            case .synset(let index):
                guard text.hasPrefix("+") else {
                    try fail(lines.error(line, at: leading + 1, expected: "a synset member '+WORD' or a blank line"))
                    continue
                }
                let member = text.dropFirst().trimmingCharacters(in: " \t")
                if member.hasPrefix("&") {
                    dictionary.synsets[index].includes.append(synsetName(member[...]))
                } else if !member.isEmpty {
                    for variant in synsetVariants(member) {
                        let ids = Tokenizer.internPhrase(variant, into: &words)
                        if !ids.isEmpty { dictionary.synsets[index].phrases.append(ids) }
                    }
                }
            case .block(let block):
                do throws(DictionaryParseError) {
                    try readVerbLine(text, line: line, lines: lines, leading: leading, block: block, dictionary: &dictionary, words: &words)
                } catch {
                    try fail(error)
                }
            case .none:
                try fail(lines.error(line, at: leading + 1, expected: "a verb block header, a synset '&NAME' or a pattern"))
            }
        }

        addOriginVerbs(patternOrigins, pending: &pendingPatterns, dictionary: &dictionary, words: &words)
        restrictRestatingPatterns(&pendingPatterns, dictionary: dictionary)
        for (block, patterns) in pendingPatterns {
            // Longest first; among equals, the one naming more words that are no particle or preposition ("broke
            // off diplomatic relations with" is `* RELATIONS [161]`, not `* OFF [130]` nor `* (WITH) [130]`); then
            // file order.
            dictionary.blocks[block].patterns = patterns.enumerated().map { ($0.offset, $0.element, Self.contentWordCount($0.element.text)) }
                .sorted { a, b in
                    if a.1.length != b.1.length { return a.1.length > b.1.length }
                    if a.2 != b.2 { return a.2 > b.2 }
                    return a.0 < b.0
                }.map(\.1)
        }
        dictionary.resolveSynsetIncludes()
        return dictionary
    }

    /// The verb a pattern's comment names as the one it was first written for: `- * TALKS [026]  # URGE` → `URGE`;
    /// nil for a comment that starts with no plain word (`WRAPPED_UP`, a phrase's form, is none).
    static func originVerb(_ raw: Substring) -> String? {
        guard let hash = raw.lastIndex(of: "#"), raw[..<hash].contains("]") else { return nil }
        let rest = raw[raw.index(after: hash)...].drop(while: { $0 == " " || $0 == "\t" })
        let word = rest.prefix(while: { $0.isLetter })
        guard word.count > 1, word.allSatisfy(\.isUppercase), rest.dropFirst(word.count).first.map({ $0 != "_" && !$0.isNumber }) ?? true else {
            return nil
        }
        return String(word)
    }

    /// Makes a verb of each single-word origin verb that no block lists (the published Phoenix file keeps the
    /// patterns of TABARI's `URGE` in the `DEMAND` block, with no `URGE` form): a block of its own, holding the
    /// patterns written for it, whose code is the residual code of the root most of those patterns give (`URGE`'s
    /// patterns give appeals, 02x: `URGE [020]`). The patterns stay in their block for its own verbs.
    static func addOriginVerbs(
        _ origins: [Int: [(word: String, pattern: VerbPattern)]], pending: inout [Int: [VerbPattern]],
        dictionary: inout VerbDictionary, words: inout WordTable
    ) {
        let known = Set(dictionary.forms.map(\.text))
        for block in origins.keys.sorted() {
            var byWord: [String: [VerbPattern]] = [:]
            for origin in origins[block] ?? [] where !known.contains(origin.word) { byWord[origin.word, default: []].append(origin.pattern) }
            for (word, patterns) in byWord.sorted(by: { $0.key < $1.key }) {
                let roots = Dictionary(grouping: patterns.compactMap { $0.codes.forward?.prefix(2) }.filter { $0 != "--" }, by: { $0 })
                guard let root = roots.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key,
                      let codes = EventCodes(bracketed: root + "0")
                else { continue }
                dictionary.blocks.append(Block(name: word, codes: codes, patterns: [], line: dictionary.blocks[block].line))
                let newBlock = dictionary.blocks.count - 1
                pending[newBlock] = patterns
                // They are that verb's: "demanded that Syria withdraw" is no `URGE`'s appeal (`- * WITHDRAW [025]
                // # URGE` in `DEMAND`), unless the options read as PETRARCH does (``Coder/Options/readsOtherVerbsPatterns``).
                let moved = Set(patterns.map(\.line))
                for index in pending[block]?.indices ?? 0..<0 where moved.contains(pending[block]![index].line) {
                    pending[block]![index].writtenForAnotherVerb = true
                }
                for form in [(word, FormKind.base)] + Inflection.regularForms(word) {
                    let ids = Tokenizer.internPhrase(form.0, into: &words)
                    guard !ids.isEmpty else { continue }
                    dictionary.forms.append(Form(words: ids, head: 0, block: Int32(newBlock), codes: nil, kind: form.1, text: form.0))
                }
            }
        }
    }

    /// Sets ``VerbPattern/onlyForCodes`` on each pattern that gives the own code of the verb of its block it was
    /// written for.
    static func restrictRestatingPatterns(_ pending: inout [Int: [VerbPattern]], dictionary: VerbDictionary) {
        var ownCodes: [Int: [String: EventCodes]] = [:]
        for form in dictionary.forms where form.kind == .base {
            if let codes = form.codes { ownCodes[Int(form.block), default: [:]][form.text.uppercased()] = codes }
        }
        for (block, patterns) in pending {
            guard let own = ownCodes[block] else { continue }
            for index in patterns.indices {
                guard let origin = patterns[index].originWord, let codes = own[origin], codes == patterns[index].codes else { continue }
                pending[block]?[index].onlyForCodes = codes
            }
        }
    }

    /// How many words of a pattern's text name a thing rather than a direction: every word but `*`, `$`, `+`, `^`,
    /// `%`, `_` and the particles and prepositions of ``particles``; a synset counts.
    static func contentWordCount(_ text: String) -> Int {
        let body = text.prefix(while: { $0 != "[" })
        return body.split(whereSeparator: { " \t{}()_-".contains($0) }).filter { word in
            !["*", "$", "+", "^", "%"].contains(String(word)) && !particles.contains(word.uppercased())
        }.count
    }

    static let particles: Set<String> = [
        "TO", "WITH", "OFF", "AWAY", "IN", "ON", "AT", "FOR", "FROM", "OF", "BY", "UP", "DOWN", "OUT", "OVER", "INTO",
        "AGAINST", "BACK", "ABOUT", "AROUND", "THROUGH", "UPON", "ONTO", "TOWARD", "TOWARDS", "BETWEEN", "AMONG",
    ]

    /// `&NAME_`, `&NAME  ` → `NAME`.
    static func synsetName(_ text: Substring) -> String {
        var name = text.dropFirst().prefix(while: { $0 != " " && $0 != "\t" })
        while name.last == "_" { name = name.dropLast() }
        return name.uppercased()
    }

    /// A synset member and its plural when it is a single word not stopped with `_`.
    static func synsetVariants(_ member: String) -> [String] {
        if member.hasSuffix("_") { return [String(member.dropLast())] }
        if member.contains(" ") || member.contains("_") { return [member] }
        return [member, Inflection.plural(member.uppercased())]
    }

    mutating func resolveSynsetIncludes() {
        for index in synsets.indices {
            var seen = Set<String>([synsets[index].name])
            var queue = synsets[index].includes
            while let name = queue.popLast() {
                guard seen.insert(name).inserted, let other = synsetIndex[name] else { continue }
                synsets[index].phrases.append(contentsOf: synsets[other].phrases)
                queue.append(contentsOf: synsets[other].includes)
            }
        }
    }

    static func readVerbLine(
        _ text: String, line: DictionaryLines.Line, lines: DictionaryLines, leading: Int, block: Int,
        dictionary: inout VerbDictionary, words: inout WordTable
    ) throws(DictionaryParseError) {
        var phrase = text[...]
        var irregular: [Substring]?
        var codes: EventCodes?
        if let open = phrase.firstIndex(of: "{") {
            guard let close = phrase[open...].firstIndex(of: "}") else {
                throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: open) + 1, expected: "'}' closing the verb's forms")
            }
            irregular = phrase[phrase.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\t" })
            let after = phrase[phrase.index(after: close)...]
            phrase = phrase[..<open]
            if let codeOpen = after.firstIndex(of: "[") {
                guard let codeClose = after[codeOpen...].firstIndex(of: "]") else {
                    throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: codeOpen) + 1, expected: "']' closing the code")
                }
                codes = EventCodes(bracketed: after[after.index(after: codeOpen)..<codeClose])
            }
        }
        if let open = phrase.firstIndex(of: "[") {
            guard let close = phrase[open...].firstIndex(of: "]") else {
                throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: open) + 1, expected: "']' closing the code")
            }
            codes = EventCodes(bracketed: phrase[phrase.index(after: open)..<close])
            phrase = phrase[..<open]
        }
        let root = phrase.trimmingCharacters(in: " \t")
        guard !root.isEmpty else {
            throw lines.error(line, at: leading + 1, expected: "a verb before its forms or code")
        }
        let (rootWords, head) = verbPhrase(root)
        func add(_ wordsOfForm: [String], head: Int, kind: FormKind) {
            var ids: [Int32] = []
            var headIndex = 0
            for (index, word) in wordsOfForm.enumerated() {
                let tokens = Tokenizer.internPhrase(word, into: &words)
                if index == head { headIndex = ids.count }
                ids.append(contentsOf: tokens)
            }
            guard !ids.isEmpty else { return }
            dictionary.forms.append(
                Form(words: ids, head: headIndex, block: Int32(block), codes: codes, kind: kind,
                     text: wordsOfForm.joined(separator: " ")))
        }
        add(rootWords, head: head, kind: .base)
        if let irregular {
            for form in irregular {
                var (formWords, formHead) = verbPhrase(String(form))
                if formWords.count == 1 && rootWords.count > 1 {
                    var replaced = rootWords
                    replaced[head] = formWords[0]
                    (formWords, formHead) = (replaced, head)
                }
                add(formWords, head: formHead, kind: Inflection.kind(of: formWords[formHead]))
            }
        } else {
            for (form, kind) in Inflection.regularForms(rootWords[head]) {
                var formWords = rootWords
                formWords[head] = form
                add(formWords, head: head, kind: kind)
            }
        }
    }

    /// `WIRE_+TAP` → (["WIRE", "TAP"], 1); `+BREAK_DOWN` → (["BREAK", "DOWN"], 0); `LASH OUT` → (…, 0).
    static func verbPhrase(_ text: String) -> ([String], Int) {
        var result: [String] = []
        var head = 0
        for piece in text.split(whereSeparator: { $0 == "_" || $0 == " " }) {
            if piece.hasPrefix("+") {
                head = result.count
                let word = piece.dropFirst()
                if !word.isEmpty { result.append(word.uppercased()) }
            } else {
                result.append(piece.uppercased())
            }
        }
        return (result, min(head, max(0, result.count - 1)))
    }

    static func readPattern(
        _ text: String, line: DictionaryLines.Line, lines: DictionaryLines, leading: Int, synsetNames: Set<String>,
        dictionary: inout VerbDictionary, words: inout WordTable
    ) throws(DictionaryParseError) -> VerbPattern {
        guard let open = text.lastIndex(of: "["), let close = text[open...].firstIndex(of: "]") else {
            throw lines.error(line, at: leading + text.count + 1, expected: "a bracketed event code such as [042] at the end of the pattern")
        }
        let codeText = text[text.index(after: open)..<close]
        guard let codes = EventCodes(bracketed: codeText) else {
            throw lines.error(
                line, at: leading + text.distance(from: text.startIndex, to: open) + 2,
                expected: "an event code such as 042 or 042:043 inside the brackets")
        }
        let body = text[text.index(after: text.startIndex)..<open]

        // Pieces and the connectors between them.
        enum Connector { case underscore, group, space }
        var pieces: [(text: String, column: Int)] = []
        var connectors: [Connector] = []
        var current = ""
        var currentColumn = 0
        var depth = 0
        var pendingConnector: Connector?
        var column = leading + 1
        func flush() {
            guard !current.isEmpty else { return }
            if !pieces.isEmpty { connectors.append(pendingConnector ?? .space) }
            pieces.append((current, currentColumn))
            current = ""
            pendingConnector = nil
        }
        func connect(_ connector: Connector) {
            flush()
            if pieces.isEmpty { return }
            switch (pendingConnector, connector) {
            case (nil, _): pendingConnector = connector
            case (.underscore?, .space), (.underscore?, .group): pendingConnector = connector == .space ? .space : .group
            default: break
            }
        }
        for character in body {
            column += 1
            switch character {
            case " ", "\t":
                connect(depth > 0 ? .group : .space)
            case "_":
                if current.isEmpty { connect(depth > 0 ? .group : .space) } else {
                    flush()
                    if pendingConnector == nil { pendingConnector = .underscore }
                }
            case "{", "(":
                connect(.group)
                depth += 1
            case "}", ")":
                connect(.group)
                depth = max(0, depth - 1)
            default:
                if current.isEmpty { currentColumn = column }
                current.append(character)
            }
        }
        flush()

        // Join `&NAME` pieces that were split at underscores.
        var elements: [(kind: PatternElement.Kind, connectorBefore: Connector?, isVerb: Bool)] = []
        var index = 0
        var previousConnector: Connector?
        while index < pieces.count {
            let piece = pieces[index].text
            let connectorBefore = index > 0 ? connectors[index - 1] : nil
            previousConnector = connectorBefore
            if piece.hasPrefix("&") {
                var name = String(piece.dropFirst()).uppercased()
                var last = index
                var probe = index
                var candidate = name
                while probe + 1 < pieces.count, connectors[probe] == .underscore {
                    candidate += "_" + pieces[probe + 1].text.uppercased()
                    probe += 1
                    if synsetNames.contains(candidate) {
                        name = candidate
                        last = probe
                    }
                }
                while name.hasSuffix("_") { name.removeLast() }
                guard let synset = dictionary.synsetIndex[name] ?? (synsetNames.contains(name) ? -1 : nil) else {
                    throw lines.error(line, at: pieces[index].column, expected: "a synset defined in the file (no '&\(name)')")
                }
                let synsetID: Int32
                if synset >= 0 {
                    synsetID = Int32(synset)
                } else {
                    dictionary.synsets.append(Synset(name: name, phrases: [], includes: []))
                    dictionary.synsetIndex[name] = dictionary.synsets.count - 1
                    synsetID = Int32(dictionary.synsets.count - 1)
                }
                elements.append((.synset(synsetID), previousConnector, false))
                index = last + 1
                continue
            }
            switch piece {
            case "*": elements.append((.word(-1), connectorBefore, true))
            case "$": elements.append((.source, connectorBefore, false))
            case "+": elements.append((.target, connectorBefore, false))
            case "^": elements.append((.skip, connectorBefore, false))
            case "%": elements.append((.compound, connectorBefore, false))
            default:
                let ids = Tokenizer.internPhrase(piece, into: &words)
                for (offset, id) in ids.enumerated() {
                    elements.append((.word(id), offset == 0 ? connectorBefore : .underscore, false))
                }
            }
            index += 1
        }
        let verbPositions = elements.indices.filter { elements[$0].isVerb }
        guard verbPositions.count == 1, let verb = verbPositions.first else {
            throw lines.error(
                line, at: leading + 2,
                expected: verbPositions.isEmpty ? "'*' marking the verb's place in the pattern" : "one '*' in the pattern, not \(verbPositions.count)")
        }
        func gap(_ connector: Connector?) -> Int32 {
            switch connector {
            case .underscore?: 0
            case .group?: 3
            default: PatternElement.unlimited
            }
        }
        // Upper: nearest to the verb first; each element's gap is to the element after it in the text.
        var upper: [PatternElement] = []
        var position = verb - 1
        while position >= 0 {
            upper.append(PatternElement(kind: elements[position].kind, maxGap: gap(elements[position + 1].connectorBefore)))
            position -= 1
        }
        var lower: [PatternElement] = []
        for position in (verb + 1)..<elements.count {
            lower.append(PatternElement(kind: elements[position].kind, maxGap: gap(elements[position].connectorBefore)))
        }
        return VerbPattern(
            upper: upper, lower: lower, codes: codes,
            text: "- " + body.trimmingCharacters(in: " \t") + " " + codes.description, line: line.number)
    }
}
