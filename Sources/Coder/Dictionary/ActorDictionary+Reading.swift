import EntenteModel

extension ActorDictionary {
    /// Reads an actor dictionary (countries, international bodies, armed groups: one format).
    ///
    /// - Throws: ``DictionaryParseError`` for the first malformed line under ``MalformedLinePolicy/fail`` (`--strict`):
    ///   a code bracket that is not closed, a date that is not YYMMDD or YYYYMMDD, a dated code with no actor.
    public static func read(
        path: String, bytes: [UInt8], words: inout WordTable, policy: MalformedLinePolicy = .skip
    ) throws(DictionaryParseError) -> ActorDictionary {
        var dictionary = ActorDictionary(path: path)
        let lines = DictionaryLines(path: path, bytes: bytes)
        var current: Int?
        func fail(_ error: DictionaryParseError) throws(DictionaryParseError) { try policy.handle(error, warnings: &dictionary.warnings) }
        for line in lines {
            let text = line.text.trimmingCharacters(in: " \t")
            if text.isEmpty { continue }
            let leading = line.indent
            do throws(DictionaryParseError) {
                let (name, codes) = try splitNameAndCodes(text[...], line: line, lines: lines, leading: leading, quirk: fail)
                if name.isEmpty {
                    // An indented line of dated codes for the actor above.
                    guard let current else {
                        throw lines.error(line, at: leading + 1, expected: "an actor name before its codes")
                    }
                    dictionary.entries[current].codes.append(contentsOf: codes)
                    continue
                }
                if name.hasPrefix("+") {
                    guard let current else {
                        throw lines.error(line, at: leading + 1, expected: "an actor name before the synonym '\(name)'")
                    }
                    let ids = Tokenizer.internPhrase(name.dropFirst(), into: &words)
                    if !ids.isEmpty { dictionary.entries[current].names.append(ids) }
                    if let plural = pluralOfDemonym(name.dropFirst()) {
                        dictionary.entries[current].names.append(Tokenizer.internPhrase(plural, into: &words))
                    }
                    dictionary.entries[current].codes.append(contentsOf: codes)
                    continue
                }
                let ids = Tokenizer.internPhrase(name, into: &words)
                guard !ids.isEmpty else {
                    throw lines.error(line, at: leading + 1, expected: "an actor name of letters or digits")
                }
                dictionary.entries.append(
                    Entry(names: [ids] + (pluralOfDemonym(name[...]).map { [Tokenizer.internPhrase($0, into: &words)] } ?? []),
                          codes: codes, name: displayName(name), line: line.number))
                current = dictionary.entries.count - 1
            } catch {
                try fail(error)
            }
        }
        return dictionary
    }

    /// The people of a state by the plural of its adjective ("Egyptians", "Pakistanis"), for a one-word name that is
    /// that adjective (`+EGYPTIAN`, which TABARI read as a stem; PETRARCH reads words whole, so the published
    /// dictionaries name few plurals): the adjectives of Entente's own country table, those in -an, -i and -ino. A final
    /// underscore (`+PAKISTANI_`, TABARI's mark of a whole word, as 613 of Phoenix's adjectives are written) ends
    /// the word; one inside joins a phrase, which takes no plural.
    static func pluralOfDemonym(_ name: Substring) -> String? {
        var word = String(name.filter { $0 != " " && $0 != "\t" })
        if word.hasSuffix("_") { word.removeLast() }
        guard !word.contains("_"), demonyms.contains(word) else { return nil }
        return regularPlural(ofDemonym: word)
    }

    /// A demonym's plural where English makes it with "s" — those in -an, -i and -ino ("Pakistanis", "Filipinos";
    /// not "Chinese", "Swiss") — in the demonym's own case; nil otherwise.
    static func regularPlural(ofDemonym word: String) -> String? {
        let upper = word.uppercased()
        guard upper.hasSuffix("AN") || upper.hasSuffix("I") || upper.hasSuffix("INO") else { return nil }
        return word + (word == upper ? "S" : "s")
    }

    /// Whether an upper-case word is the regular plural of a demonym of Entente's country table ("ALBANIANS").
    static func isDemonymPlural(_ upper: String) -> Bool {
        upper.hasSuffix("S") && demonyms.contains(String(upper.dropLast())) && regularPlural(ofDemonym: String(upper.dropLast())) == upper
    }

    static let demonyms: Set<String> = Set(CountryResolver.standard.countries.flatMap { $0.demonyms.map { $0.uppercased() } })

    /// `VLADIMIR_PUTIN_` → `Vladimir Putin`.
    static func displayName(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "_" || $0 == " " }).map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// The name part of a line and the codes in its brackets.
    ///
    /// - Parameter quirk: called with a line PETRARCH reads although it is malformed (the reading is in its
    ///   ``DictionaryParseError/readAs``); it throws to refuse it.
    static func splitNameAndCodes(
        _ text: Substring, line: DictionaryLines.Line, lines: DictionaryLines, leading: Int,
        quirk: (DictionaryParseError) throws(DictionaryParseError) -> Void
    ) throws(DictionaryParseError) -> (String, [DatedCode]) {
        guard let open = text.firstIndex(of: "[") else {
            return (text.trimmingCharacters(in: " \t"), [])
        }
        let name = text[..<open].trimmingCharacters(in: " \t")
        var codes: [DatedCode] = []
        var rest = text[open...]
        while let start = rest.firstIndex(of: "[") {
            let column = leading + text.distance(from: text.startIndex, to: start) + 1
            guard let end = rest[start...].firstIndex(of: "]") else {
                throw lines.error(line, at: column, expected: "']' closing the actor code")
            }
            codes.append(try datedCode(rest[rest.index(after: start)..<end], line: line, lines: lines, column: column + 1, quirk: quirk))
            rest = rest[rest.index(after: end)...]
        }
        return (name, codes)
    }

    /// `INDGOV >20140526`, `HOB < 950601`, `HOBGOV 19950601 - 19990815`, `ELR/GAL`; and as PETRARCH reads them,
    /// each through `quirk`: a date of 7 digits (its first 6 as YYMMDD), of 9 or 10 (its first 8 as YYYYMMDD), a
    /// bare date (`[USAGOV 19820101]`: from that day).
    static func datedCode(
        _ content: Substring, line: DictionaryLines.Line, lines: DictionaryLines, column: Int,
        quirk: (DictionaryParseError) throws(DictionaryParseError) -> Void
    ) throws(DictionaryParseError) -> DatedCode {
        let trimmed = content.trimmingCharacters(in: " \t")
        let expected = "an actor code with an optional date restriction, such as [INDGOV >20140526] or [HOBGOV 19950601-19990815]"
        guard let initial = trimmed.first, initial != "<", initial != ">", !initial.isNumber || trimmed.count <= 3 else {
            throw lines.error(line, at: column, expected: expected)
        }
        let code = String(trimmed.prefix(while: { $0 != " " && $0 != "\t" && $0 != "<" && $0 != ">" })).uppercased()
        var restriction = trimmed.dropFirst(code.count).filter { $0 != " " && $0 != "\t" }[...]
        guard !code.isEmpty else { throw lines.error(line, at: column, expected: expected) }
        if restriction.isEmpty { return DatedCode(code: code, validity: .always) }
        let restrictionColumn = column + code.count + 1
        func day(_ digits: Substring) throws(DictionaryParseError) -> Day {
            if let day = parseDictionaryDay(digits) { return day }
            var error = lines.error(line, at: restrictionColumn, expected: "a date as YYMMDD or YYYYMMDD, not '\(digits)'")
            // PETRARCH reads up to 7 characters as YYMMDD and longer dates by their first 8.
            let petrarch = digits.count == 7 ? digits.prefix(6) : digits.count > 8 ? digits.prefix(8) : nil
            guard let petrarch, let day = parseDictionaryDay(petrarch) else { throw error }
            error.readAs = "\(petrarch) (\(day.iso))"
            try quirk(error)
            return day
        }
        if restriction.first == "<" {
            restriction = restriction.dropFirst()
            return DatedCode(code: code, validity: .before(try day(restriction)))
        }
        if restriction.first == ">" {
            restriction = restriction.dropFirst()
            return DatedCode(code: code, validity: .from(try day(restriction)))
        }
        guard let dash = restriction.firstIndex(of: "-") else {
            var error = lines.error(line, at: restrictionColumn, expected: "'<date', '>date' or 'date-date' after the code")
            guard let from = parseDictionaryDay(restriction) else { throw error }
            error.readAs = ">\(restriction) (from \(from.iso))"
            try quirk(error)
            return DatedCode(code: code, validity: .from(from))
        }
        let first = try day(restriction[..<dash])
        let last = try day(restriction[restriction.index(after: dash)...])
        return DatedCode(code: code, validity: .between(first, last))
    }
}

/// A dictionary date: `YYMMDD` (years ≤ 30 are 20YY, others 19YY, as the Phoenix files use them) or `YYYYMMDD`.
func parseDictionaryDay(_ digits: Substring) -> Day? {
    guard digits.count == 6 || digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let value = Int(digits)!
    var year = value / 10_000
    let month = (value / 100) % 100
    let day = value % 100
    if digits.count == 6 { year += year <= 30 ? 2000 : 1900 }
    guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
    return Day(year: year, month: month, day: day)
}
