/// Splits English text into tokens and words the way the English Web Treebank does: punctuation off words,
/// hyphenated compounds split at the hyphen ("Al-Zaman" → `Al - Zaman`, but "e-mail", "co-workers" whole),
/// contractions and possessives as multi-word tokens ("don't" → `do n't`, "Bush's" → `Bush 's`), abbreviations
/// (`U.S.`, `Mr.`), numbers (`1,000.5`, `10:30`, `713-853-3989`), e-mail addresses and URLs kept whole; dashes,
/// ellipses and U+FFFD split the words they join ("2015—President", "past...and").
///
/// Works on UTF-8 bytes; any bytes are accepted (invalid UTF-8 stays inside the token it falls in).
///
/// - Complexity: O(n) in the length of the text.
public struct EnglishTokenizer: Sendable {
    /// A token: its byte range in the text and, for a multi-word token, where its words split.
    public struct Token: Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// The byte offsets (in the text) where a multi-word token's words begin after the first; empty for one word.
        public var splits: [Int]
        public var spaceAfter: Bool

        /// The byte ranges of its words.
        public var wordRanges: [Range<Int>] {
            var result: [Range<Int>] = []
            var start = self.start
            for split in splits {
                result.append(start..<split)
                start = split
            }
            result.append(start..<end)
            return result
        }
    }

    /// Lower-case whole tokens the treebank writes as several words, with the byte lengths of all words but the
    /// last ("cannot" → [3]: `can not`); learned from the training data and kept in the model.
    public var multiwordTokens: [String: [Int]]

    public init(multiwordTokens: [String: [Int]] = [:]) {
        self.multiwordTokens = multiwordTokens
    }

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { tokens(in: UnsafeBufferPointer($0)) }
    }

    /// The tokens of a UTF-8 buffer, in order, with offsets into it.
    public func tokens(in text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        let count = text.count
        var index = 0
        while index < count {
            let width = Self.spaceWidth(text, index)
            if width > 0 {
                if !result.isEmpty { result[result.count - 1].spaceAfter = true }
                index += width
                continue
            }
            var end = index
            while end < count, Self.spaceWidth(text, end) == 0 { end += 1 }
            var rest = end
            while rest < count, Self.spaceWidth(text, rest) > 0 { rest += Self.spaceWidth(text, rest) }
            chunk(text, index, end, last: rest >= count, into: &result)
            index = end
        }
        return result
    }

    // MARK: - Chunks between spaces

    /// - Parameter last: whether the chunk ends the text: there an abbreviation's period is also the sentence's, and the
    ///   treebank writes it apart ("etc" ".", "U.S" "."; 57 of 59 sentences of train that end so).
    private func chunk(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, last: Bool, into result: inout [Token]) {
        if Self.isAddress(text, start, end), Self.openingWidth(text, start, end) == 0 {
            var stop = end
            while stop > start + 1, Self.isClosingOrFinal(text[stop - 1]) { stop -= 1 }
            append(start, stop, into: &result)
            var index = stop
            while index < end {
                append(index, index + 1, into: &result)
                index += 1
            }
            return
        }
        if Self.isAllPunctuation(text, start, end) {
            // Emoticons whole (":)", ":-("), other runs of one mark as one token ("***", "---", "$$$").
            if end - start <= 3, text[start] == UInt8(ascii: ":") || text[start] == UInt8(ascii: ";"), end - start >= 2 {
                append(start, end, into: &result)
                return
            }
            var index = start
            while index < end {
                var runEnd = index + 1
                if text[index] < 0x80 { while runEnd < end, text[runEnd] == text[index] { runEnd += 1 } } else {
                    while runEnd < end, text[runEnd] >= 0x80, text[runEnd] & 0xC0 == 0x80 { runEnd += 1 }
                }
                append(index, runEnd, into: &result)
                index = runEnd
            }
            return
        }
        var start = start
        var trailing: [(Int, Int)] = []
        var end = end
        // Opening marks.
        while start < end {
            let width = Self.openingWidth(text, start, end)
            guard width > 0 else { break }
            append(start, start + width, into: &result)
            start += width
        }
        // Closing marks, from the end.
        while end > start {
            let width = closingWidth(text, start, end, endsText: last && trailing.isEmpty)
            guard width > 0 else { break }
            trailing.append((end - width, end))
            end -= width
        }
        if start < end {
            // "<spahnn@hnks.com>", "(http://…)": an address inside its brackets.
            if Self.isAddress(text, start, end) { append(start, end, into: &result) } else { core(text, start, end, into: &result) }
        }
        for (markStart, markEnd) in trailing.reversed() { append(markStart, markEnd, into: &result) }
    }

    /// A word between its punctuation: split at inner punctuation, then contractions.
    private func core(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into result: inout [Token]) {
        var pieceStart = start
        var index = start
        while index < end {
            let byte = text[index]
            let splitHere: Bool
            switch byte {
            case UInt8(ascii: "-"):
                splitHere = Self.splitsAtHyphen(text, pieceStart, index, end)
            case UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "["),
                UInt8(ascii: "]"):
                let before = index > start ? text[index - 1] : 0
                let after = index + 1 < end ? text[index + 1] : 0
                splitHere = !(Self.isDigit(before) && Self.isDigit(after))
                    && !(byte == UInt8(ascii: "/") && (Self.isDigit(before) || Self.isDigit(after)))
                    && !(byte == UInt8(ascii: "/") && Self.isSingleLetterPair(text, index, start, end))
            default:
                splitHere = false
            }
            // A dash, an ellipsis or a replacement character (a mark lost in decoding, "2015\u{FFFD}President")
            // between two words; a run of periods ("past...and").
            let markWidth = Self.innerMarkWidth(text, index, end)
            if markWidth > 0 {
                if index > pieceStart { word(text, pieceStart, index, into: &result) }
                append(index, index + markWidth, into: &result)
                pieceStart = index + markWidth
                index += markWidth
                continue
            }
            if splitHere {
                if index > pieceStart { word(text, pieceStart, index, into: &result) }
                var markEnd = index + 1
                while markEnd < end, text[markEnd] == byte, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    markEnd += 1
                }
                append(index, markEnd, into: &result)
                pieceStart = markEnd
                index = markEnd
                continue
            }
            index += 1
        }
        if pieceStart < end { word(text, pieceStart, end, into: &result) }
    }

    /// One word, with a contraction or possessive split off as a multi-word token.
    private func word(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into result: inout [Token]) {
        let length = end - start
        let lower = Self.lowercased(text, start, end)
        if let lengths = multiwordTokens[lower] {
            var splits: [Int] = []
            var offset = start
            for piece in lengths {
                offset += piece
                if offset < end { splits.append(offset) }
            }
            result.append(Token(start: start, end: end, splits: splits, spaceAfter: false))
            return
        }
        // n't
        if length > 3, lower.hasSuffix("t"), let apostrophe = Self.apostropheWidth(text, end - 1, end), end - 2 - apostrophe > start,
            text[end - 2 - apostrophe] | 0x20 == UInt8(ascii: "n")
        {
            let split = end - 2 - apostrophe
            result.append(Token(start: start, end: end, splits: [split], spaceAfter: false))
            return
        }
        // 's 're 've 'll 'd 'm
        for suffixLength in [1, 2] where length > suffixLength + 1 {
            let suffixStart = end - suffixLength
            guard let apostrophe = Self.apostropheWidth(text, suffixStart, end) else { continue }
            let suffix = Self.lowercased(text, suffixStart, end)
            let known = suffixLength == 1 ? ["s", "d", "m"].contains(suffix) : ["re", "ve", "ll"].contains(suffix)
            let split = suffixStart - apostrophe
            if known, split > start, Self.isLetter(text[split - 1]) || Self.isDigit(text[split - 1]) {
                result.append(Token(start: start, end: end, splits: [split], spaceAfter: false))
                return
            }
        }
        result.append(Token(start: start, end: end, splits: [], spaceAfter: false))
    }

    private func append(_ start: Int, _ end: Int, into result: inout [Token]) {
        result.append(Token(start: start, end: end, splits: [], spaceAfter: false))
    }

    // MARK: - Marks

    /// The width of a mark that splits a word wherever it stands: an em or en dash, an ellipsis, U+FFFD, or a run
    /// of two or more periods; 0 otherwise.
    static func innerMarkWidth(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = text[index]
        if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, [0x93, 0x94, 0xA6].contains(text[index + 2]) { return 3 }
        if byte == 0xEF, index + 2 < end, text[index + 1] == 0xBF, text[index + 2] == 0xBD { return 3 }
        if byte == UInt8(ascii: "."), index + 1 < end, text[index + 1] == byte {
            var run = index + 1
            while run < end, text[run] == byte { run += 1 }
            return run - index
        }
        return 0
    }

    /// The width of a space at `index` (ASCII white space, U+00A0, U+2000–U+200B, U+3000), or 0.
    static func spaceWidth(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = text[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] >= 0x80, text[index + 2] <= 0x8B { return 3 }
        if byte == 0xE3, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The width of an opening mark at `index`: brackets, quotes (straight, curly, `` ` ``), or 0.
    static func openingWidth(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = text[index]
        if index + 1 < end {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""):
                return 1
            case UInt8(ascii: "#"):
                // "#1", "#432785": the sign before a number.
                return isDigit(text[index + 1]) ? 1 : 0
            case UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: "$"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "~"):
                var run = index + 1
                while run < end - 1, text[run] == byte { run += 1 }
                return run - index
            case UInt8(ascii: "`"):
                return index + 2 < end && text[index + 1] == byte ? 2 : 1
            case UInt8(ascii: "'"):
                // Not the apostrophe of '90s or 'em.
                return isDigit(text[index + 1]) ? 0 : (index + 2 < end && text[index + 1] == byte ? 2 : 1)
            case 0xE2 where index + 3 < end && text[index + 1] == 0x80:
                // “ ‘ — – …
                let third = text[index + 2]
                return [0x9C, 0x98, 0x94, 0x93, 0xA6].contains(third) ? 3 : 0
            default:
                return 0
            }
        }
        return 0
    }

    /// The width of a closing mark ending at `end`, or 0; a final period only when the word is no abbreviation, or
    /// when it ends the text (`endsText`).
    func closingWidth(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, endsText: Bool = false) -> Int {
        let last = text[end - 1]
        if end - start >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x80 {
            // ” ’ — – …
            if [0x9D, 0x99, 0x94, 0x93, 0xA6].contains(last) { return end - start > 3 ? 3 : 0 }
        }
        guard end - start > 1 else { return 0 }
        switch last {
        case UInt8(ascii: "."):
            var run = end - 1
            while run > start, text[run - 1] == UInt8(ascii: ".") { run -= 1 }
            if end - run >= 2 { return run > start ? end - run : 0 }
            return Self.isAbbreviation(text, start, end) && !endsText ? 0 : 1
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            // A run of final marks is one token, as the treebank writes them ("?!", ".?", ":?").
            var run = end - 1
            while run > start, [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "."), UInt8(ascii: ":")].contains(text[run - 1]) { run -= 1 }
            return run > start ? end - run : 0
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: ","),
            UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "%"):
            return 1
        case UInt8(ascii: "'"):
            // A closing quote, not the apostrophe of a plural possessive (the treebank keeps "students'" whole).
            let before = text[end - 2]
            return before | 0x20 == UInt8(ascii: "s") ? 0 : (end - start > 2 && before == last ? 2 : 1)
        default:
            return 0
        }
    }

    /// Whether a chunk holds no letter or digit.
    static func isAllPunctuation(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end where isLetter(text[index]) && text[index] < 0xE2 || isDigit(text[index]) { return false }
        return true
    }

    static func isClosingOrFinal(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ">")
    }

    /// Whether a word ending in `.` keeps its period: initials and dotted abbreviations (`U.S.`, `e.g.`), one
    /// letter (`A.`), and the common abbreviations of titles, months and companies.
    static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let body = end - 1
        if body - start == 1, isLetter(text[start]) { return true }
        var index = start
        var hasInnerDot = false
        while index < body {
            if text[index] == UInt8(ascii: ".") { hasInnerDot = true }
            if !(isLetter(text[index]) || text[index] == UInt8(ascii: ".")) { return false }
            index += 1
        }
        if hasInnerDot { return true }
        return abbreviations.contains(lowercased(text, start, body))
    }

    /// ``Abbreviations/common`` and the references before a number, always abbreviations here.
    static let abbreviations: Set<String> = Abbreviations.common.union(["no", "nos", "pp"])

    /// Whether a hyphen at `index` splits the word: between letters, unless the part before is a prefix the
    /// treebank keeps ("e-mail", "co-workers", "non-commercial"), and next to digits unless both sides are groups of
    /// three or more ("713-853-3989").
    static func splitsAtHyphen(_ text: UnsafeBufferPointer<UInt8>, _ pieceStart: Int, _ index: Int, _ end: Int) -> Bool {
        guard index > pieceStart, index + 1 < end else { return true }
        let before = text[index - 1]
        let after = text[index + 1]
        // A telephone number, an extension or a postal code is one number ("713-853-3989", "3-5213", "77002-1234"):
        // groups joined in a chain, or a group of four after one of one, three or five digits. A score, a range, a
        // year's span, a measure or a name with a number splits as words do ("5 - 3", "2005 - 2006", "15 - year",
        // "F - 16"), as the treebank writes them.
        if isDigit(before) && isDigit(after) {
            var first = index
            while first > pieceStart, isDigit(text[first - 1]) { first -= 1 }
            var last = index + 1
            while last < end, isDigit(text[last]) { last += 1 }
            let chained = (first > pieceStart && text[first - 1] == UInt8(ascii: "-"))
                || (last + 1 < end && text[last] == UInt8(ascii: "-") && isDigit(text[last + 1]))
            return !(chained || (last - index - 1 == 4 && [1, 3, 5].contains(index - first)))
        }
        if isDigit(before) || isDigit(after) { return true }
        var wordStart = index
        while wordStart > pieceStart, isLetter(text[wordStart - 1]) { wordStart -= 1 }
        return !hyphenPrefixes.contains(lowercased(text, wordStart, index))
    }

    static let hyphenPrefixes: Set<String> = [
        "e", "co", "non", "pre", "post", "pro", "ex", "multi", "mid", "anti", "re", "semi", "sub", "over", "counter", "cross",
        "neo", "psycho", "socio", "micro", "intra", "mis",
    ]

    /// The width of an apostrophe (`'`, `’`, `` ` ``) ending right before `suffixStart`, or nil.
    static func apostropheWidth(_ text: UnsafeBufferPointer<UInt8>, _ suffixStart: Int, _ end: Int) -> Int? {
        guard suffixStart >= 1 else { return nil }
        let byte = text[suffixStart - 1]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { return 1 }
        if byte == 0x99, suffixStart >= 3, text[suffixStart - 2] == 0x80, text[suffixStart - 3] == 0xE2 { return 3 }
        return nil
    }

    /// Whether the chunk is a URL or an e-mail address.
    static func isAddress(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let lower = lowercased(text, start, min(end, start + 12))
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("ftp://") {
            return true
        }
        var at = -1
        var dotAfterAt = false
        for index in start..<end {
            if text[index] == UInt8(ascii: "@") { at = index } else if at >= 0, text[index] == UInt8(ascii: "."), index + 1 < end, isLetter(text[index + 1]) {
                dotAfterAt = true
            }
        }
        return at > start && dotAfterAt
    }

    /// Whether the slash at `index` stands between two single letters ("b/c", "L/C"), which the treebank keeps as
    /// one word.
    static func isSingleLetterPair(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ start: Int, _ end: Int) -> Bool {
        guard index - 1 >= start, index + 1 < end, isLetter(text[index - 1]), isLetter(text[index + 1]) else { return false }
        let alone = index - 1 == start || !isLetter(text[index - 2])
        let closes = index + 2 == end || !isLetter(text[index + 2])
        return alone && closes
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func lowercased(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: max(0, end - start)) { buffer in
            for offset in 0..<(end - start) {
                let byte = text[start + offset]
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return end - start
        }
    }
}
