import EntenteParser

/// Splits normalised text into sentences: at `.`, `!` and `?` before a capital, a digit or a quote, and at
/// paragraph breaks — but not after abbreviations (`Mr.`, `Gen.`, `U.S.`, `Jan.`), initials (`A. K. Antony`)
/// or inside numbers (`11.8`).
///
/// - Complexity: O(n).
public enum SentenceSplitter {
    /// Byte ranges of the sentences of `text`, leading and trailing spaces excluded.
    public static func sentences(in text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let count = text.count
        func push(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isSpace(text[lower]) { lower += 1 }
            while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
            if upper > lower { result.append(lower..<upper) }
        }
        var index = 0
        while index < count {
            let byte = text[index]
            if byte == 0x0A, index + 1 < count, text[index + 1] == 0x0A {
                push(index)
                index += 2
                start = index
                continue
            }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                var end = index + 1
                // Closing quotes and brackets belong to the sentence.
                while end < count, text[end] == 0x22 || text[end] == 0x27 || text[end] == 0x29 { end += 1 }
                // Repeated marks: `?!`, `...`
                while end < count, text[end] == 0x2E || text[end] == 0x21 || text[end] == 0x3F { end += 1 }
                guard end >= count || isSpace(text[end]) else {
                    index = end
                    continue
                }
                var next = end
                while next < count, isSpace(text[next]) && text[next] != 0x0A { next += 1 }
                if next < count, text[next] == 0x0A { next += 1 }
                while next < count, isSpace(text[next]) { next += 1 }
                if next >= count {
                    push(end)
                    start = end
                    index = end
                    continue
                }
                let following = text[next]
                let startsSentence = (following >= 0x41 && following <= 0x5A) || (following >= 0x30 && following <= 0x39)
                    || following == 0x22 || following == 0x27 || following == 0x28 || following >= 0xC0
                if startsSentence && (byte != 0x2E || !isAbbreviation(text, before: index, next: following)) {
                    push(end)
                    start = end
                }
                index = end
                continue
            }
            index += 1
        }
        push(count)
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    /// Whether the `.` at `dot` ends an abbreviation or initial rather than a sentence.
    static func isAbbreviation(_ text: [UInt8], before dot: Int, next: UInt8) -> Bool {
        var wordStart = dot
        while wordStart > 0, !isSpace(text[wordStart - 1]), text[wordStart - 1] != 0x28, text[wordStart - 1] != 0x22 {
            wordStart -= 1
        }
        let word = text[wordStart..<dot]
        guard !word.isEmpty else { return false }
        // An initial: `A.` — one capital letter.
        if word.count == 1, let letter = word.first, letter >= 0x41, letter <= 0x5A { return true }
        // Dotted abbreviations: `U.S`, `e.g`, `U.N`
        if word.contains(0x2E) && word.count <= 6 {
            let lettersOnly = word.filter { $0 != 0x2E }
            if lettersOnly.count <= 4 && lettersOnly.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
                // `U.S.` before a capital usually goes on ("U.S. officials"); before a digit or quote it ends.
                return next >= 0x41 && next <= 0x5A
            }
        }
        let lowered = String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        if abbreviations.contains(lowered) { return true }
        // `No. 5`, `pp. 12`
        if (lowered == "no" || lowered == "nos" || lowered == "pp" || lowered == "p") && next >= 0x30 && next <= 0x39 { return true }
        return false
    }

    /// ``Abbreviations/common`` and the days of the week ("Wed. Jan. 5"); "ed." as in "2nd ed.". "No." and "pp."
    /// only before a number (above).
    static let abbreviations: Set<String> = Abbreviations.common.union(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "ed"])
}
