/// Cuts a text's tokens into sentences: after `.`, `!`, `?` or `…` (and the quotes or brackets that close with
/// them) when the next token opens like a sentence (a capital, a digit, a quote or bracket), and at blank lines.
/// Abbreviations (`Mr.`, `U.S.`) keep their period inside the token, so they never end a sentence.
///
/// - Complexity: O(n) in the number of tokens.
public enum SentenceSegmenter {
    /// The ranges of `tokens` (from ``EnglishTokenizer``) that form sentences of `text`.
    public static func sentences(_ tokens: [EnglishTokenizer.Token], in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            var end = index + 1
            var breaks = false
            if blankLineBetween(tokens, index, text) {
                breaks = true
            } else if isFinal(tokens[index], text) {
                // Quotes and brackets that close with the sentence stand right after its mark.
                while end < tokens.count, isClosing(tokens[end], text), !tokens[end - 1].spaceAfter { end += 1 }
                breaks = end == tokens.count || opensSentence(tokens[end], text)
            }
            if breaks {
                result.append(start..<end)
                start = end
            }
            index = end
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    static func blankLineBetween(_ tokens: [EnglishTokenizer.Token], _ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < tokens.count else { return false }
        var newlines = 0
        for offset in tokens[index].end..<tokens[index + 1].start where text[offset] == 0x0A { newlines += 1 }
        return newlines >= 2
    }

    static func isFinal(_ token: EnglishTokenizer.Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = text[token.start]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
        return token.end - token.start == 3 && first == 0xE2 && text[token.start + 2] == 0xA6
    }

    static func isClosing(_ token: EnglishTokenizer.Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = text[token.start]
        if token.end - token.start == 3, first == 0xE2 { return text[token.start + 2] == 0x9D || text[token.start + 2] == 0x99 }
        return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: ")") || first == UInt8(ascii: "]")
    }

    static func opensSentence(_ token: EnglishTokenizer.Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = text[token.start]
        return (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "\"")
            || first == UInt8(ascii: "(") || first == UInt8(ascii: "[") || first == UInt8(ascii: "'") || first == 0xE2
            || first == UInt8(ascii: "*") || first == UInt8(ascii: "-")
    }
}
