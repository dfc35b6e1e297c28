/// Reads CoNLL-U (Universal Dependencies' format) into ``ParsedSentence``s: multi-word tokens kept, empty nodes
/// (`8.1`) skipped, the sentence's text from its `# text =` comment or rebuilt from the tokens and `SpaceAfter=No`.
///
/// - Complexity: O(n) in the bytes read.
public enum CoNLLUReader {
    /// The sentences of a CoNLL-U file's bytes.
    ///
    /// - Throws: ``CoNLLUError`` naming `path:line:column` at the first line that is not CoNLL-U: not 10
    ///   tab-separated columns, an ID or HEAD that is not a number in the sentence, an unknown UPOS tag, a
    ///   multi-word token without its words.
    public static func read(_ bytes: [UInt8], path: String) throws(CoNLLUError) -> [ParsedSentence] {
        var sentences: [ParsedSentence] = []
        var pending = Pending()
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = String(decoding: bytes[lineStart..<contentEnd], as: UTF8.self)
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !pending.words.isEmpty || !pending.tokens.isEmpty {
                    sentences.append(try pending.finish(path: path, line: lineNumber))
                }
                pending = Pending()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# text =") {
                    pending.text = String(line.dropFirst("# text =".count).drop(while: { $0 == " " }))
                }
            } else {
                try pending.add(line: line, path: path, number: lineNumber)
            }
            lineStart = lineEnd + 1
        }
        if !pending.words.isEmpty { sentences.append(try pending.finish(path: path, line: lineNumber)) }
        return sentences
    }

    /// A sentence being read.
    struct Pending {
        var text: String?
        var words: [ParsedSentence.Word] = []
        /// Forms of tokens, their word ranges, and whether a space follows.
        var tokens: [(form: String, words: Range<Int>, spaceAfter: Bool)] = []
        /// The word range the open multi-word token still expects.
        var openToken: Range<Int>?
        var heads: [(head: Int, line: Int, column: Int)] = []
        var firstLine = 0

        mutating func add(line: String, path: String, number: Int) throws(CoNLLUError) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(
                    path: path, line: number, column: 1, expected: "10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), not \(columns.count)",
                    found: line)
            }
            if firstLine == 0 { firstLine = number }
            let id = columns[0]
            let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
            if id.contains(".") { return }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first == words.count + 1, last >= first else {
                    throw CoNLLUError(path: path, line: number, column: 1, expected: "a multi-word token range 'N-M' starting at word \(words.count + 1)", found: String(id))
                }
                openToken = first - 1..<last
                tokens.append((String(columns[1]), first - 1..<last, spaceAfter))
                return
            }
            guard let index = Int(id), index == words.count + 1 else {
                throw CoNLLUError(path: path, line: number, column: 1, expected: "word ID \(words.count + 1)", found: String(id))
            }
            let tagColumn = columns[0].utf8.count + columns[1].utf8.count + columns[2].utf8.count + 4
            let tag: PartOfSpeech
            if columns[3] == "_" {
                tag = .other
            } else if let known = PartOfSpeech(rawValue: String(columns[3])) {
                tag = known
            } else {
                throw CoNLLUError(path: path, line: number, column: tagColumn, expected: "a UPOS tag (ADJ, ADP, … X)", found: String(columns[3]))
            }
            let headColumn = tagColumn + columns[3].utf8.count + columns[4].utf8.count + columns[5].utf8.count + 3
            let head: Int
            if columns[6] == "_" {
                head = -1
            } else if let value = Int(columns[6]), value >= 0 {
                head = value
            } else {
                throw CoNLLUError(path: path, line: number, column: headColumn, expected: "a HEAD number (0 for the root)", found: String(columns[6]))
            }
            heads.append((head, number, headColumn))
            if let open = openToken, open.contains(index - 1) {
                if index == open.upperBound { openToken = nil }
            } else {
                if openToken != nil {
                    throw CoNLLUError(path: path, line: number, column: 1, expected: "word \(openToken!.upperBound) of the multi-word token", found: String(id))
                }
                tokens.append((String(columns[1]), index - 1..<index, spaceAfter))
            }
            words.append(
                ParsedSentence.Word(
                    form: String(columns[1]), tag: tag, head: head, relation: columns[7] == "_" ? "dep" : String(columns[7]),
                    token: tokens.count - 1, lemma: columns[2] == "_" ? "" : String(columns[2]),
                    fineTag: columns[4] == "_" ? "" : String(columns[4])))
        }

        /// The sentence, its heads checked and its text located.
        mutating func finish(path: String, line: Int) throws(CoNLLUError) -> ParsedSentence {
            if let open = openToken {
                throw CoNLLUError(path: path, line: line, column: 1, expected: "words up to \(open.upperBound) of the multi-word token", found: "")
            }
            for (index, entry) in heads.enumerated() {
                if entry.head > words.count {
                    throw CoNLLUError(
                        path: path, line: entry.line, column: entry.column, expected: "a HEAD between 0 and \(words.count)",
                        found: String(entry.head))
                }
                if entry.head < 0 { words[index].head = index == 0 ? 0 : 1 }
            }
            var rebuilt = ""
            var ranges: [Range<Int>] = []
            let given = text.map { Array($0.utf8) }
            var cursor = 0
            var located = given != nil
            for token in tokens {
                let form = Array(token.form.utf8)
                if located, let given {
                    while cursor < given.count, given[cursor] == 0x20 || given[cursor] == 0x09 { cursor += 1 }
                    if cursor + form.count <= given.count, Array(given[cursor..<cursor + form.count]) == form {
                        ranges.append(cursor..<cursor + form.count)
                        cursor += form.count
                        continue
                    }
                    located = false
                }
                ranges.append(rebuilt.utf8.count..<rebuilt.utf8.count + form.count)
                rebuilt += token.form + (token.spaceAfter ? " " : "")
            }
            if !located {
                // Rebuild every range from the tokens alone.
                rebuilt = ""
                ranges = []
                for token in tokens {
                    ranges.append(rebuilt.utf8.count..<rebuilt.utf8.count + token.form.utf8.count)
                    rebuilt += token.form + (token.spaceAfter ? " " : "")
                }
            }
            let sentenceText = located ? text! : String(rebuilt.dropLast(rebuilt.hasSuffix(" ") ? 1 : 0))
            let parsedTokens = tokens.enumerated().map { offset, token in
                ParsedSentence.Token(start: ranges[offset].lowerBound, end: ranges[offset].upperBound, words: token.words, spaceAfter: token.spaceAfter)
            }
            return ParsedSentence(text: sentenceText, tokens: parsedTokens, words: words)
        }
    }
}
