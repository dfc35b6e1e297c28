/// The CAMEO manual's example sentences, one per event code, as the ICEWS R package's `cameo-codes.csv` holds
/// them (`../shared/data/cameo_codebook/`): a quoted CSV whose `code` and `example` columns give the set.
///
/// The file is not valid UTF-8: its curly quotes and dashes went through a Mac Roman round trip and were saved
/// as Windows-1252 (`’` is the three bytes `82 C4 F4`). The reader turns those sequences back into ASCII
/// quotes and dashes and reads any other byte above 0x7F as Latin-1, so that "Moscow’s" tokenises as
/// `MOSCOW 'S`.
public struct CAMEOExample: Sendable, Hashable, Codable {
    /// The CAMEO event code the sentence exemplifies ("0231").
    public var code: String
    /// The code's name ("Appeal for economic aid").
    public var name: String
    public var sentence: String
    /// 1-based line of the row in the file.
    public var line: Int

    public var rootCode: String { String(code.prefix(2)) }
}

extension CAMEOExample {
    /// Reads the examples from the bytes of `cameo-codes.csv`: the rows whose `example` is neither empty nor
    /// `NA`.
    ///
    /// - Throws: ``CAMEOExampleError`` when the header lacks a `code` or `example` column.
    public static func read(bytes: [UInt8], path: String = "cameo-codes.csv") throws -> [CAMEOExample] {
        let rows = CSVRows.read(repairing(bytes))
        guard let header = rows.first?.fields, let codeColumn = header.firstIndex(of: "code"),
            let exampleColumn = header.firstIndex(of: "example")
        else { throw CAMEOExampleError(path: path, message: "expected a header with 'code' and 'example' columns") }
        let nameColumn = header.firstIndex(of: "name")
        var examples: [CAMEOExample] = []
        for row in rows.dropFirst() {
            let fields = row.fields
            guard fields.count > max(codeColumn, exampleColumn) else { continue }
            var sentence = fields[exampleColumn]
            // The manual's annotation after the sentence ("Note: Two reciprocal events are coded …") is not text.
            if let note = sentence.range(of: "Note:") { sentence = String(sentence[..<note.lowerBound]) }
            sentence = sentence.trimmingCharacters(in: " \t\n\r")
            let code = fields[codeColumn].trimmingCharacters(in: " ")
            guard !sentence.isEmpty, sentence != "NA", !code.isEmpty else { continue }
            examples.append(
                CAMEOExample(
                    code: code, name: nameColumn.map { fields.count > $0 ? fields[$0] : "" } ?? "", sentence: sentence,
                    line: row.line))
        }
        return examples
    }

    /// The file's bytes as UTF-8, with its mangled punctuation made ASCII.
    static func repairing(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x82, index + 2 < bytes.count, bytes[index + 1] == 0xC4 {
                switch bytes[index + 2] {
                case 0xF4, 0xF2: output.append(0x27)  // ’ ‘
                case 0xF9, 0xFA: output.append(0x22)  // “ ”
                case 0xEE: output.append(contentsOf: Array(" -- ".utf8))  // —
                case 0xEC: output.append(0x2D)  // –
                default: output.append(0x27)
                }
                index += 3
                continue
            }
            if byte == 0xAC, index + 1 < bytes.count, bytes[index + 1] == 0xA3 {
                output.append(contentsOf: Array("£".utf8))
                index += 2
                continue
            }
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(contentsOf: Array(String(UnicodeScalar(byte)).utf8))
            }
            index += 1
        }
        return output
    }
}

/// A `cameo-codes.csv` that does not read.
public struct CAMEOExampleError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path):1:1: \(message)" }
}

/// Rows of a comma-separated file with quoted fields (`"a ""quoted"" word"`, commas and newlines inside quotes).
struct CSVRows {
    struct Row {
        var fields: [String]
        /// 1-based line where the row starts.
        var line: Int
    }

    static func read(_ bytes: [UInt8]) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var line = 1
        var rowLine = 1
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case 0x22: quoted = true
            case 0x2C: endField()
            case 0x0D: break
            case 0x0A:
                endField()
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1
                rowLine = line
            default: field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }
}

/// How a coder did on the CAMEO manual's examples: the event code (and its root) coded from each example
/// sentence against the code it exemplifies.
public struct ExampleReport: Sendable, Codable {
    public struct Miss: Sendable, Codable {
        public var code: String
        public var line: Int
        public var sentence: String
        public var got: [String]
        public var cause: Cause
        /// Whether a verb or pattern of the sentence gave the expected code, though no event with it was made
        /// (its source and target were not found).
        public var codeOffered: Bool
    }

    /// Why an example was missed, from what the coder found in it.
    public enum Cause: String, Sendable, Codable, CaseIterable {
        /// Nothing coded: the sentence names no state or body the dictionaries know.
        case noActor = "no actor"
        /// Nothing coded: no verb or pattern of the dictionaries gave a code.
        case noVerb = "no verb"
        /// Nothing coded: verbs gave codes and actors were named, but no verb found a source or a target.
        case notJoined = "verb and actors not joined"
        /// The expected root coded, with another sub-code.
        case subCode = "right root, wrong sub-code"
        /// Codes were made, none of the expected root.
        case otherRoot = "wrong root"
    }

    public var examples: Int
    /// Per example: right when the expected code is among those coded; every distinct code coded counts as a
    /// prediction, the one expected as an expectation.
    public var event: Score
    public var root: Score
    /// Examples where nothing at all was coded.
    public var uncoded: Int
    /// By root code (01–20): the event-code score of its examples.
    public var roots: [String: Score]
    public var misses: [Miss]
}

extension Evaluation {
    /// Codes each example sentence and scores the event codes found against the code it exemplifies. Actors do
    /// not count: the coder runs with PETRARCH's options (the examples are coded with its dictionaries, so its
    /// comma clauses are dropped as it would) but `requireDyad` off, so a sentence with one actor codes too.
    ///
    /// - Complexity: one coding per example.
    public static func run(examples: [CAMEOExample], coder: Coder) -> ExampleReport {
        var coder = coder
        coder.options = .petrarch
        coder.options.requireDyad = false
        // The examples are coded as CAMEO's manual codes them: intents, refusals and demands by the verb's mood, the
        // event reported rather than its report ("…, officials said" and a statement's patterns), a demand as no
        // appeal.
        coder.options.readsModality = true
        coder.options.readsFutureAsIntent = true
        coder.options.setsAsideAttributions = true
        coder.options.statementPatternsReadReports = false
        coder.options.readsOtherVerbsPatterns = false
        var report = ExampleReport(examples: 0, event: Score(), root: Score(), uncoded: 0, roots: [:], misses: [])
        for example in examples {
            let result = coder.code(sentence: example.sentence)
            // An event with neither actor says nothing of who did what.
            let codes = Set(result.events.filter { !($0.source.code.hasPrefix("---") && $0.target.code.hasPrefix("---")) }.map(\.code))
            let roots = Set(codes.map { String($0.prefix(2)) })
            let event = Score(truePositives: codes.contains(example.code) ? 1 : 0, predicted: codes.count, expected: 1)
            report.examples += 1
            report.event = report.event + event
            report.root = report.root + Score(truePositives: roots.contains(example.rootCode) ? 1 : 0, predicted: roots.count, expected: 1)
            report.roots[example.rootCode, default: Score()] = report.roots[example.rootCode, default: Score()] + event
            if codes.isEmpty { report.uncoded += 1 }
            if !codes.contains(example.code) {
                let cause: ExampleReport.Cause =
                    if !codes.isEmpty {
                        roots.contains(example.rootCode) ? .subCode : .otherRoot
                    } else if result.actorCount == 0 {
                        .noActor
                    } else if result.verbCodes.isEmpty {
                        .noVerb
                    } else {
                        .notJoined
                    }
                report.misses.append(
                    ExampleReport.Miss(
                        code: example.code, line: example.line, sentence: example.sentence, got: codes.sorted(), cause: cause,
                        codeOffered: result.verbCodes.contains(example.code)))
            }
        }
        return report
    }
}
