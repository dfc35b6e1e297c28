/// One word or punctuation mark of a sentence, as a byte range of the sentence.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// Byte offsets in the text the tokenizer was given.
    public var start: Int32
    public var end: Int32
    public var kind: Kind
    /// The interned id of the upper-case token, or ``WordTable/unknown``.
    public var id: Int32
}

/// Splits text into tokens the way the dictionaries write phrases: upper case, possessive `'S` and the `N'T` of
/// contractions split off (Treebank style: "didn't" → `DID N'T`), abbreviations (`U.S.`), initials (`A.`),
/// hyphenated words (`BARAD-DUR`, `ANTI-`) and numbers with separators (`50,000`, `11.8`) kept whole.
///
/// Works on bytes; never makes a `String` per token. Any bytes are accepted.
///
/// - Complexity: O(n) in the length of the text.
public enum Tokenizer {
    /// Calls `body` with the range and kind of each token of `text`, and the token's bytes in upper case.
    static func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Token.Kind, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var scratch = [UInt8](repeating: 0, count: 64)
        let count = text.count
        var index = 0
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let length = end - start
            if scratch.count < length { scratch = [UInt8](repeating: 0, count: length * 2) }
            scratch.withUnsafeMutableBufferPointer { buffer in
                for offset in 0..<length {
                    let byte = text[start + offset]
                    buffer[offset] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                }
                body(start, end, kind, UnsafeBufferPointer(rebasing: buffer[0..<length]))
            }
        }
        while index < count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                index += 1
                continue
            }
            // Multi-byte punctuation of the General Punctuation block (dashes, curly quotes, ellipsis).
            if byte == 0xE2, index + 2 < count, text[index + 1] == 0x80 {
                emit(index, index + 3, .punctuation)
                index += 3
                continue
            }
            // Currency signs stand alone, as "$" does: € (U+20AC), £ (U+00A3), ¥ (U+00A5).
            if byte == 0xE2, index + 2 < count, text[index + 1] == 0x82, text[index + 2] == 0xAC {
                emit(index, index + 3, .punctuation)
                index += 3
                continue
            }
            if byte == 0xC2, index + 1 < count, text[index + 1] == 0xA3 || text[index + 1] == 0xA5 {
                emit(index, index + 2, .punctuation)
                index += 2
                continue
            }
            // U+00A0 no-break space.
            if byte == 0xC2, index + 1 < count, text[index + 1] == 0xA0 {
                index += 2
                continue
            }
            if !isWordByte(byte) {
                // `--` as one dash.
                if byte == 0x2D, index + 1 < count, text[index + 1] == 0x2D {
                    var end = index
                    while end < count, text[end] == 0x2D { end += 1 }
                    emit(index, end, .punctuation)
                    index = end
                    continue
                }
                // `'S` and `'` after a space are handled with words; a lone mark is punctuation.
                emit(index, index + 1, .punctuation)
                index += 1
                continue
            }
            let start = index
            var sawLetter = false
            var sawDot = false
            var end = index
            scanning: while end < count {
                let current = text[end]
                if isLetter(current) {
                    sawLetter = true
                    end += 1
                } else if isDigit(current) {
                    end += 1
                } else {
                    let next: UInt8 = end + 1 < count ? text[end + 1] : 0
                    switch current {
                    case 0x2E:  // .
                        if isWordByte(next) && (sawLetter ? isLetter(next) : isDigit(next)) {
                            sawDot = true
                            end += 1
                        } else if sawLetter && (sawDot || end - start == 1) {
                            // U.S. — A. — keep the final dot of an abbreviation or an initial.
                            end += 1
                            break scanning
                        } else {
                            break scanning
                        }
                    case 0x2C:  // , inside a number: 50,000
                        if !sawLetter && isDigit(next) {
                            end += 1
                        } else {
                            break scanning
                        }
                    case 0x2D:  // - inside or at the end of a word
                        if isWordByte(next) {
                            end += 1
                        } else if next == 0x2D {
                            break scanning
                        } else {
                            end += 1
                            break scanning
                        }
                    case 0x26, 0x2F:  // & and / inside a word: AT&T, F/A-18
                        if isWordByte(next) { end += 1 } else { break scanning }
                    case 0x27:  // '
                        let upperNext = next & ~0x20
                        let afterNext: UInt8 = end + 2 < count ? text[end + 2] : 0
                        if upperNext == 0x53 && !isWordByte(afterNext) {
                            break scanning  // 's
                        }
                        if upperNext == 0x54, end - 1 == start, (text[start] & ~0x20) == 0x4E, !isWordByte(afterNext) {
                            end += 2  // a lone N'T, as dictionaries write it
                            break scanning
                        }
                        if upperNext == 0x54, end > start, (text[end - 1] & ~0x20) == 0x4E, !isWordByte(afterNext) {
                            // n't: the N goes with the contraction.
                            end -= 1
                            break scanning
                        }
                        if isLetter(next) {
                            end += 1
                        } else {
                            break scanning
                        }
                    default:
                        break scanning
                    }
                }
            }
            if end == start { end = start + 1 }
            emit(start, end, sawLetter ? .word : .number)
            index = end
            // Possessive or contraction right after the word.
            if index < count, text[index] == 0x27 || text[index] == 0x4E || text[index] == 0x6E {
                if text[index] == 0x27 {
                    let next: UInt8 = index + 1 < count ? text[index + 1] : 0
                    if (next & ~0x20) == 0x53, index + 2 >= count || !isWordByte(text[index + 2]) {
                        emit(index, index + 2, .word)
                        index += 2
                    }
                } else if index + 2 < count, text[index + 1] == 0x27, (text[index + 2] & ~0x20) == 0x54,
                    index + 3 >= count || !isWordByte(text[index + 3])
                {
                    emit(index, index + 3, .word)
                    index += 3
                }
            }
        }
    }

    /// The tokens of `text`, each with its id in `words` (``WordTable/unknown`` for words it lacks).
    ///
    /// A currency's sign is read as its name ("$12 billion" as twelve billion dollars), which the dictionaries write
    /// (`&CURRENCY`'s `+DOLLAR`, `+EURO`, `+POUND`, `+YEN`).
    public static func tokens(of text: UnsafeBufferPointer<UInt8>, words: WordTable) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.count / 5 + 4)
        scan(text) { start, end, kind, upper in
            var id = words.id(bytes: upper)
            if id == WordTable.unknown, kind == .punctuation, upper.count <= 3,
                let sign = currencySigns.first(where: { $0.0.utf8.elementsEqual(upper) })
            {
                id = sign.1.utf8.withContiguousStorageIfAvailable { words.id(bytes: $0) } ?? WordTable.unknown
            }
            result.append(Token(start: Int32(start), end: Int32(end), kind: kind, id: id))
        }
        return result
    }

    /// Currency signs and the names the dictionaries give their currencies.
    static let currencySigns: [(String, String)] = [("$", "DOLLAR"), ("€", "EURO"), ("£", "POUND"), ("¥", "YEN")]

    /// The upper-case tokens of a dictionary phrase, interned in `words`; `_` joins words as a space does.
    static func internPhrase(_ phrase: some StringProtocol, into words: inout WordTable) -> [Int32] {
        var bytes = Array(phrase.utf8)
        for index in bytes.indices where bytes[index] == 0x5F { bytes[index] = 0x20 }
        var ids: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer) { _, _, _, upper in ids.append(words.intern(bytes: upper)) }
        }
        return ids
    }

    /// The upper-case tokens of `text` as strings (for tests and messages).
    public static func words(of text: String) -> [String] {
        var result: [String] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            scan(UnsafeBufferPointer(buffer)) { _, _, _, upper in result.append(String(decoding: upper, as: UTF8.self)) }
        }
        return result
    }
}
