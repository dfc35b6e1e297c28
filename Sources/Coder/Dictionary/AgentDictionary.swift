/// An agent dictionary: words for sectors of a state or society, such as `MINISTER [~GOV]` (a suffix: the
/// actor's code followed by GOV) or `MSF [NGO~]` (a prefix), with substitution sets (`!PERSON! = MAN, MEN`)
/// and plurals generated unless the entry gives its own (`GOLDEN_GOOSE {GOLDEN_GEESE}`) or none (`POLICE {}`).
public struct AgentDictionary: Sendable {
    public struct Entry: Sendable {
        public var names: [[Int32]]
        /// The sector code without its `~`: `GOV`, `NGO`.
        public var code: String
        /// True for `[NGO~]`: the code goes before the actor's.
        public var isPrefix: Bool
        public var name: String
        public var line: Int
    }

    public var path: String
    public var entries: [Entry] = []
    public var warnings: [DictionaryParseError] = []

    /// Reads an agent dictionary.
    ///
    /// - Throws: ``DictionaryParseError`` for the first malformed line under ``MalformedLinePolicy/fail`` (`--strict`): an
    ///   entry without a `[~CODE]` or `[CODE~]`, an unknown `!SET!`, an unclosed bracket or brace.
    public static func read(
        path: String, bytes: [UInt8], words: inout WordTable, policy: MalformedLinePolicy = .skip
    ) throws(DictionaryParseError) -> AgentDictionary {
        var dictionary = AgentDictionary(path: path)
        let lines = DictionaryLines(path: path, bytes: bytes)
        var substitutions: [String: [String]] = [:]
        func fail(_ error: DictionaryParseError) throws(DictionaryParseError) { try policy.handle(error, warnings: &dictionary.warnings) }
        for line in lines {
            let text = line.text.trimmingCharacters(in: " \t")
            if text.isEmpty { continue }
            let leading = line.indent
            do throws(DictionaryParseError) {
                if text.hasPrefix("!"), let equals = text.firstIndex(of: "=") {
                    let name = text[..<equals].trimmingCharacters(in: " \t").uppercased()
                    substitutions[name] = text[text.index(after: equals)...].split(separator: ",").map {
                        $0.trimmingCharacters(in: " \t").uppercased()
                    }.filter { !$0.isEmpty }
                    continue
                }
                guard let open = text.lastIndex(of: "[") else {
                    throw lines.error(line, at: leading + text.count + 1, expected: "an agent code such as [~GOV] or [NGO~]")
                }
                guard let close = text[open...].firstIndex(of: "]") ?? text[open...].firstIndex(of: "}") else {
                    throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: open) + 1, expected: "']' closing the agent code")
                }
                if text[close] == "}" {
                    var error = lines.error(
                        line, at: leading + text.distance(from: text.startIndex, to: close) + 1, expected: "']' closing the agent code")
                    error.readAs = "']'"
                    try fail(error)
                }
                let rawCode = text[text.index(after: open)..<close].filter { $0 != " " && $0 != "\t" }.uppercased()
                let isPrefix = rawCode.hasSuffix("~")
                guard rawCode.hasPrefix("~") != isPrefix, rawCode.count > 1 else {
                    throw lines.error(
                        line, at: leading + text.distance(from: text.startIndex, to: open) + 2,
                        expected: "an agent code with one '~' before (suffix) or after (prefix) it, such as [~GOV]")
                }
                let code = rawCode.filter { $0 != "~" }
                var head = text[..<open]
                var plurals: [String]?
                if let braceOpen = head.firstIndex(of: "{") {
                    guard let braceClose = head[braceOpen...].firstIndex(of: "}") else {
                        throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: braceOpen) + 1, expected: "'}' closing the plurals")
                    }
                    plurals = head[head.index(after: braceOpen)..<braceClose].split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0) }
                    head = head[..<braceOpen]
                }
                let phrase = head.trimmingCharacters(in: " \t").uppercased()
                guard !phrase.isEmpty else { throw lines.error(line, at: leading + 1, expected: "an agent phrase before its code") }
                var variants = [phrase]
                while let bang = variants.first(where: { $0.contains("!") }) {
                    guard let start = bang.firstIndex(of: "!"), let end = bang[bang.index(after: start)...].firstIndex(of: "!") else {
                        throw lines.error(line, at: leading + 1, expected: "a substitution '!NAME!' closed with '!'")
                    }
                    let name = String(bang[start...end])
                    guard let replacements = substitutions[name] else {
                        throw lines.error(line, at: leading + 1, expected: "a substitution set defined above ('\(name) = …')")
                    }
                    variants.removeAll { $0 == bang }
                    for replacement in replacements { variants.append(bang.replacingFirst(name, with: replacement)) }
                }
                var names: [[Int32]] = []
                for variant in variants {
                    names.append(Tokenizer.internPhrase(variant, into: &words))
                    if let plurals {
                        for plural in plurals { names.append(Tokenizer.internPhrase(plural, into: &words)) }
                    } else if !variant.hasSuffix("_") {
                        var parts = variant.split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
                        if let last = parts.last {
                            parts[parts.count - 1] = Inflection.plural(last)
                            names.append(Tokenizer.internPhrase(parts.joined(separator: " "), into: &words))
                        }
                    }
                }
                dictionary.entries.append(
                    Entry(names: names.filter { !$0.isEmpty }, code: code, isPrefix: isPrefix,
                          name: ActorDictionary.displayName(phrase), line: line.number))
            } catch {
                try fail(error)
            }
        }
        return dictionary
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }

    /// The range of the first occurrence of `target`.
    func range(of target: String) -> Range<String.Index>? { self[...].range(of: target) }
}

extension Substring {
    /// The range of the first occurrence of `target`.
    func range(of target: String) -> Range<String.Index>? {
        guard let first = target.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
