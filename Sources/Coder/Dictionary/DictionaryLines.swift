/// The lines of a dictionary file, with comments removed and line numbers kept.
///
/// Both comment styles of the PETRARCH/TABARI files are handled: `#` to the end of the line, and `<!-- … -->`
/// blocks, which may span lines. Bytes that are not valid UTF-8 become U+FFFD, so any file can be read.
struct DictionaryLines: Sequence {
    struct Line {
        /// 1-based.
        var number: Int
        /// The line without its comment, trailing spaces removed; leading spaces kept (they mean something in
        /// actor files).
        var text: Substring
        /// The whole line as written, for error messages.
        var raw: Substring

        /// Whether the line held only a comment (PETRARCH skips such lines as if absent: they do not end a synset).
        var isCommentOnly: Bool { text.isEmpty && raw.contains(where: { $0 != " " && $0 != "\t" }) }

        /// The text without leading spaces and tabs.
        var trimmed: Substring { text.drop(while: { $0 == " " || $0 == "\t" }) }

        /// How many spaces and tabs lead the text.
        var indent: Int { text.count - trimmed.count }
    }

    let path: String
    let lines: [Line]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [Line] = []
        var inBlockComment = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            let whole = line
            var kept = ""
            var rest = line
            while !rest.isEmpty {
                if inBlockComment {
                    if let end = rest.range(of: "-->") {
                        rest = rest[end.upperBound...]
                        inBlockComment = false
                    } else {
                        rest = rest[rest.endIndex...]
                    }
                } else if let open = rest.range(of: "<!") {
                    kept += rest[..<open.lowerBound]
                    rest = rest[open.upperBound...]
                    // `<!-- … -->` and the odd `<! -- … -->` both open a comment.
                    if let end = rest.range(of: "-->") {
                        rest = rest[end.upperBound...]
                    } else if let close = rest.firstIndex(of: ">"), !rest[..<close].contains("--") {
                        rest = rest[rest.index(after: close)...]
                    } else {
                        inBlockComment = true
                        rest = rest[rest.endIndex...]
                    }
                } else {
                    kept += rest
                    rest = rest[rest.endIndex...]
                }
            }
            kept = Self.removingHashComment(kept)
            while let last = kept.last, last == " " || last == "\t" { kept.removeLast() }
            result.append(Line(number: number, text: Substring(kept), raw: whole))
        }
        self.lines = result
    }

    /// The text before a `#` that is not inside a `[…]` code (a code may be `[###]`).
    static func removingHashComment(_ text: String) -> String {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]": depth = Swift.max(0, depth - 1)
            case "#" where depth == 0: return String(text[..<index])
            default: break
            }
        }
        return text
    }

    func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }

    func error(_ line: Line, at column: Int, expected: String) -> DictionaryParseError {
        DictionaryParseError(
            path: path, line: line.number, column: column, expected: expected,
            text: line.raw.trimmingCharacters(in: " \t"))
    }

    /// The 1-based column of `index` in the line's text.
    static func column(of index: Substring.Index, in text: Substring) -> Int {
        text.distance(from: text.startIndex, to: index) + 1
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}

/// Reads a file's bytes whole.
///
/// - Throws: ``FileReadError`` when the file cannot be opened or read.
public func readFileBytes(_ path: String) throws -> [UInt8] {
    try FileBytes.read(path)
}
