/// The Phoenix issue-coding dictionary: phrases that say what a sentence is about, grouped in categories
/// (`<ISSUE CATEGORY="ENERGY" TYPE="ALL">`). `n:word` also matches the plural, `v:word` the verb's forms,
/// `pre+n:school` the joined, hyphenated and spaced spellings, and `~phrase` is an exclusion: a sentence that
/// contains it is not tagged with that category.
public struct IssueDictionary: Sendable {
    public struct Entry: Sendable {
        public var words: [Int32]
        /// The category, such as `ENERGY` or `ID_ARMS_DEAL`.
        public var category: String
        /// The code in brackets, such as `OIL`; the category when none is given.
        public var code: String
        public var isExclusion: Bool
        public var line: Int
    }

    public var path: String
    public var entries: [Entry] = []
    public var categories: [String] = []
    public var warnings: [DictionaryParseError] = []

    /// Reads an issue dictionary.
    ///
    /// - Throws: ``DictionaryParseError`` for the first malformed line under ``MalformedLinePolicy/fail`` (`--strict`): a
    ///   phrase outside an `<ISSUE …>` block, a block without `CATEGORY`, an unclosed bracket.
    public static func read(
        path: String, bytes: [UInt8], words: inout WordTable, policy: MalformedLinePolicy = .skip
    ) throws(DictionaryParseError) -> IssueDictionary {
        var dictionary = IssueDictionary(path: path)
        let lines = DictionaryLines(path: path, bytes: bytes)
        var category: String?
        func fail(_ error: DictionaryParseError) throws(DictionaryParseError) { try policy.handle(error, warnings: &dictionary.warnings) }
        for line in lines {
            let text = line.text.trimmingCharacters(in: " \t")
            if text.isEmpty { continue }
            let leading = line.indent
            do throws(DictionaryParseError) {
                if text.hasPrefix("</ISSUE") {
                    category = nil
                    continue
                }
                if text.hasPrefix("<ISSUE") {
                    guard let name = attribute("CATEGORY", in: text) else {
                        throw lines.error(line, at: leading + 1, expected: "<ISSUE CATEGORY=\"NAME\" …>")
                    }
                    category = name
                    if !dictionary.categories.contains(name) { dictionary.categories.append(name) }
                    continue
                }
                guard let category else {
                    throw lines.error(line, at: leading + 1, expected: "an <ISSUE CATEGORY=\"…\"> block around the phrase")
                }
                var phrase = text[...]
                var code = category
                if let open = phrase.firstIndex(of: "[") {
                    guard let close = phrase[open...].firstIndex(of: "]") else {
                        throw lines.error(line, at: leading + text.distance(from: text.startIndex, to: open) + 1, expected: "']' closing the issue code")
                    }
                    let inside = phrase[phrase.index(after: open)..<close].trimmingCharacters(in: " \t")
                    if !inside.isEmpty { code = inside.uppercased() }
                    phrase = phrase[..<open]
                }
                let exclusion = phrase.hasPrefix("~")
                if exclusion { phrase = phrase.dropFirst() }
                for variant in variants(of: phrase.trimmingCharacters(in: " \t")) {
                    let ids = Tokenizer.internPhrase(variant, into: &words)
                    if !ids.isEmpty {
                        dictionary.entries.append(
                            Entry(words: ids, category: category, code: code, isExclusion: exclusion, line: line.number))
                    }
                }
            } catch {
                try fail(error)
            }
        }
        return dictionary
    }

    static func attribute(_ name: String, in text: String) -> String? {
        guard let range = text.range(of: name + "=") else { return nil }
        let rest = text[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
        let value = rest.prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != ">" })
        return value.isEmpty ? nil : String(value)
    }

    /// The spellings a phrase stands for: `arms n:sale` → `arms sale`, `arms sales`.
    static func variants(of phrase: String) -> [String] {
        var results = [""]
        for part in phrase.split(separator: " ") {
            var partVariants: [String] = []
            let pieces = part.split(separator: "+").map { piece -> [String] in
                if piece.hasPrefix("n:") {
                    let word = String(piece.dropFirst(2)).uppercased()
                    return [word, Inflection.plural(word)]
                }
                if piece.hasPrefix("v:") {
                    let word = String(piece.dropFirst(2)).uppercased()
                    return [word] + Inflection.regularForms(word).map(\.0)
                }
                return [String(piece).uppercased()]
            }
            var joined = [[String]()]
            for alternatives in pieces {
                joined = joined.flatMap { prefix in alternatives.map { prefix + [$0] } }
            }
            for combination in joined {
                if combination.count == 1 {
                    partVariants.append(combination[0])
                } else {
                    partVariants.append(combination.joined(separator: "-"))
                    partVariants.append(combination.joined())
                    partVariants.append(combination.joined(separator: " "))
                }
            }
            results = results.flatMap { prefix in partVariants.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
            if results.count > 64 { results = Array(results.prefix(64)) }
        }
        return results
    }
}
