import ArgumentParser
import EntenteCase
import EntenteCoder
import EntenteModel
import EntenteParser
import EntenteReport
import EntenteStore
import Foundation

/// `entente code`: text into CAMEO events, with the evidence of each match.
struct CodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code text into CAMEO events with PETRARCH/TABARI dictionaries, showing why each event was coded.",
        discussion: """
            With no --dictionaries, Entente's own compact dictionary is used (the states, leaders and events of the \
            built-in case). '-' reads standard input.
            """,
        subcommands: [Files.self, Evaluate.self],
        defaultSubcommand: Files.self
    )

    /// `entente code FILE...`: the default subcommand, so that `entente code FILE` codes the file.
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files",
            abstract: "Code text files into events (the default: 'entente code FILE...').")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl
        }

        @Argument(help: "Text files to code ('-' for standard input).")
        var files: [String] = []

        @Option(help: ArgumentHelp("Code the sentences of this CoNLL-U file as they are parsed (as UniversalPetrarch takes them) instead of parsing text.", valueName: "file"))
        var conllu: String?

        @OptionGroup var parsing: ParsingOptions

        @Option(help: "A folder of PETRARCH/TABARI dictionaries (verbs, actors, agents, discards, issues).")
        var dictionaries: String?

        @Option(help: ArgumentHelp(
            "The document's date (YYYY-MM-DD, or YYYY-MM or YYYY when that is all you know): dates events the text leaves undated, and resolves relative dates.",
            valueName: "date"))
        var date: String?

        @Option(help: "Output: text for people, jsonl for programs (one Event per line, with its evidence).")
        var format: Format = .text

        @Flag(help: "Add the events to the database.")
        var store = false

        @OptionGroup var database: DatabaseOption

        @Flag(help: "Show the parse of each sentence (its dependency tree, actor phrases, compounds, verbs) before its events.")
        var explain = false

        @Flag(help: "Stop at the first malformed dictionary line. By default the published dictionaries load as PETRARCH reads them, each malformed line or quirk reported once on standard error with its path:line:column.")
        var strict = false

        @Flag(help: "Keep the events that are not between two states: a side that names no state or international body (---GOV, ---OPP), or both sides of one state (its senate and its president), as PETRARCH writes them. By default they are left out, and counted: they belong to no pair of states.")
        var allSides = false

        mutating func validate() throws {
            if let date, (try? EventDate(parsing: date)).map({ $0.precision == .years }) ?? true {
                throw ValidationError("--date must be a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), not '\(date)'.")
            }
        }

        func run() async throws {
            if files.isEmpty && conllu == nil { throw ValidationError("Give at least one file to code, '-' for standard input, or --conllu FILE.") }
            let eventStore = store ? try database.open() : nil
            let dictionarySet = try loadDictionaries(dictionaries, strict: strict)
            // Trees given in CoNLL-U are coded as they are: the shipped parser is loaded only to parse text.
            var coder = Coder(dictionaries: dictionarySet, parser: conllu == nil ? try parsing.parser() : nil)
            coder.options.requiresStates = !allSides
            if let conllu {
                let sentences = try CoNLLUReader.read(try readFileBytes(conllu), path: conllu)
                let day = try date.map { try EventDate(parsing: $0) }?.start
                var output = StandardOutput()
                for (index, sentence) in sentences.enumerated() {
                    let result = coder.code(parsed: sentence, day: day, sentenceIndex: index)
                    var line = "\(conllu): sentence \(index + 1): \(result.events.count) \(result.events.count == 1 ? "event" : "events")"
                    if result.leftOutWithoutStates > 0 {
                        line += " (\(result.leftOutWithoutStates) more not between two states left out; --all-sides keeps them)"
                    }
                    output.write(line + "\n")
                    for event in result.events {
                        output.write("  \(event.source.code) → \(event.target.code)  \(event.code)  (\(event.evidence.verb); \(event.evidence.sourceRule))\n")
                    }
                }
                if files.isEmpty { return }
            }
            let documentDate = try date.map { try EventDate(parsing: $0) }
            var output = StandardOutput()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for file in files {
                let bytes = try readFileBytes(file)
                if explain {
                    let normalised = TextNormaliser.normalise(bytes)
                    var context = DiscourseContext(storyYear: documentDate?.start.year)
                    for range in SentenceSplitter.sentences(in: normalised.bytes) {
                        let sentence = String(decoding: normalised.bytes[range], as: UTF8.self)
                        output.write(sentence + "\n" + coder.explain(sentence: sentence, day: documentDate?.start, context: context) + "\n\n")
                        context.update(with: coder.code(sentence: sentence, day: documentDate?.start, context: context))
                    }
                }
                let document = DocumentCoder(coder: coder).code(
                    bytes: bytes, name: file == "-" ? "stdin" : file, documentDate: documentDate)
                switch format {
                case .text:
                    output.write(document.report())
                case .jsonl:
                    for coded in document.events {
                        guard let record = coded.jsonRecord() else { continue }
                        output.write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
                    }
                    if let note = document.leftOutNote {
                        FileHandle.standardError.write(Data("\(document.name): \(note)\n".utf8))
                    }
                    if document.undatedCount > 0 && !store {
                        FileHandle.standardError.write(
                            Data("\(file): \(document.undatedCount) events had no date in the text and no --date; not written\n".utf8))
                    }
                }
                if let eventStore {
                    let events = document.events.compactMap(\.event)
                    let added = try eventStore.write(events: events)
                    var note = "\(file): stored \(added) new events (\(events.count - added) already stored)"
                    if document.undatedCount > 0 { note += "; \(document.undatedCount) without a date not stored (give --date)" }
                    FileHandle.standardError.write(Data((note + "\n").utf8))
                }
            }
            if let eventStore { note(WatchOutput.summary(try checkWatchlist(of: eventStore))) }
        }
    }

    /// `entente code evaluate`: scores the coder on one of three sets.
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the coder: on PETRARCH validation records, on the built-in case, or on the CAMEO manual's examples.",
            discussion: """
                entente code evaluate RECORDS.xml [--dictionaries DIR]
                  Codes each record's raw <Text> (never its parse tree) with the dictionaries its <Environment> \
                names, read from --dictionaries (default: the records file's folder), and prints precision, recall \
                and F1 for the event code and the whole (source, target, event) triple, overall and per category, \
                and the misses.

                entente code evaluate --case BRIEF.txt [--dictionaries DIR] [--date YYYY]
                  Codes the brief the built-in case was read from (../shared/seed/000_57111fbd01a09451.txt) with the \
                built-in dictionary (or --dictionaries), dated as the brief is (2015, or --date), and scores the \
                events against the built-in case as the answer key: a key event is found when a coded event has its \
                dyad, its CAMEO root code and its year — a coded date whose years all lie within the key event's \
                years, so a key span (1947–1990, the 1980s, 2011–2015) is matched by any year inside it. Prints \
                recall with direction and without, the stricter one-to-one count, and the misses.

                entente code evaluate --cameo-examples cameo-codes.csv --dictionaries DIR
                  Codes the CAMEO manual's example sentences (the 'example' column; the file is Latin-1 with \
                mangled quotes, read as such) and scores the event code (and its root) coded against the code each \
                sentence exemplifies: precision, recall, F1, by root, and the misses. Actors do not count.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The validation records (XML).")
        var records: String?

        @Option(name: .customLong("case"), help: ArgumentHelp("Score the coding of this brief against the built-in case.", valueName: "brief"))
        var caseBrief: String?

        @Option(help: ArgumentHelp("Score the CAMEO manual's example sentences in this cameo-codes.csv.", valueName: "csv"))
        var cameoExamples: String?

        @Option(help: "Where the dictionaries are (records: default the records file's folder; --case: default the built-in dictionary; --cameo-examples: required).")
        var dictionaries: String?

        @Option(help: ArgumentHelp("With --case: the brief's date (default 2015, when the brief was written).", valueName: "date"))
        var date: String?

        @Flag(help: "Stop at the first malformed dictionary line. By default the published dictionaries load as PETRARCH reads them, each malformed line or quirk reported once on standard error with its path:line:column.")
        var strict = false

        @Option(help: "Output: text for people, json for programs.")
        var format: Format = .text

        @OptionGroup var parsing: ParsingOptions

        mutating func validate() throws {
            let given = [records != nil, caseBrief != nil, cameoExamples != nil].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError("Give one set to score: RECORDS.xml, --case BRIEF.txt or --cameo-examples cameo-codes.csv.")
            }
            if cameoExamples != nil, dictionaries == nil {
                throw ValidationError("--cameo-examples needs --dictionaries DIR (the Phoenix dictionaries, e.g. ../shared/data/cameo_dictionaries).")
            }
            if let date, (try? EventDate(parsing: date)).map({ $0.precision == .years }) ?? true {
                throw ValidationError("--date must be a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), not '\(date)'.")
            }
        }

        func run() async throws {
            var output = StandardOutput()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            if let caseBrief {
                let coder = Coder(dictionaries: try loadDictionaries(dictionaries, strict: strict), parser: try parsing.parser())
                let documentDate = try date.map { try EventDate(parsing: $0) } ?? BuiltInCase.documentDate
                let document = DocumentCoder(coder: coder).code(
                    bytes: try readFileBytes(caseBrief), name: caseBrief == "-" ? "stdin" : caseBrief, documentDate: documentDate)
                let report = CaseReport(document: document, key: BuiltInCase.events)
                switch format {
                case .json: output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
                case .text: output.write(report.text)
                }
                return
            }
            if let cameoExamples {
                let coder = Coder(dictionaries: try loadDictionaries(dictionaries, strict: strict), parser: try parsing.parser())
                let examples = try CAMEOExample.read(bytes: try readFileBytes(cameoExamples), path: cameoExamples)
                let report = Evaluation.run(examples: examples, coder: coder)
                switch format {
                case .json: output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
                case .text: output.write(report.text)
                }
                return
            }
            let records = records!
            let file = ValidationFile(bytes: try readFileBytes(records))
            let directory = dictionaries ?? (records as NSString).deletingLastPathComponent
            let set = try DictionarySet.load(for: file, directory: directory.isEmpty ? "." : directory, policy: strict ? .fail : .skip)
            reportWarnings(of: set)
            let report = Evaluation.run(file, coder: Coder(dictionaries: set, parser: try parsing.parser()))
            switch format {
            case .json: output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            case .text: output.write(report.text)
            }
        }
    }
}

/// Whether the coder reads each sentence's dependency tree (the default) or its word order alone.
struct ParsingOptions: ParsableArguments {
    @Flag(help: "Code from word order alone, without parsing (as TABARI did; faster, less exact).")
    var wordOrder = false

    /// The shipped English parser, or nil under `--word-order`.
    func parser() throws -> EnglishParser? {
        wordOrder ? nil : try EnglishParser.load()
    }
}

/// Loads a dictionary folder, or the built-in dictionary when none is given: as PETRARCH reads the published
/// files, each malformed line or quirk reported once on standard error, or under `strict` stopping at the first.
func loadDictionaries(_ directory: String?, strict: Bool) throws -> DictionarySet {
    guard let directory else { return BuiltInDictionary.set }
    let set = try DictionarySet.load(directory: directory, policy: strict ? .fail : .skip)
    reportWarnings(of: set)
    return set
}

/// Writes each of a dictionary set's warnings once to standard error, then how many there were.
func reportWarnings(of set: DictionarySet) {
    guard !set.warnings.isEmpty else { return }
    var text = set.warnings.map(\.warning).joined(separator: "\n")
    text += "\n\(set.warnings.count) dictionary lines were malformed or quirky (read as PETRARCH reads them or skipped; --strict stops at the first)\n"
    FileHandle.standardError.write(Data(text.utf8))
}

/// Buffered writes to standard output.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }
}

extension ValidationReport {
    /// The report for people.
    var text: String {
        func percent(_ value: Double) -> String { String(format: "%.3f", value) }
        func line(_ score: Score) -> String {
            "P \(percent(score.precision))  R \(percent(score.recall))  F1 \(percent(score.f1))  (\(score.truePositives) right of \(score.predicted) coded, \(score.expected) expected)"
        }
        var lines: [String] = []
        lines.append("records evaluated: \(records)  passed exactly: \(passed)  skipped: \(skipped)")
        lines.append("event code:  " + line(event))
        lines.append("triple:      " + line(triple))
        lines.append("")
        lines.append("by category:")
        for (name, category) in categories.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(category.passed)/\(category.records) passed  "
                    + "event F1 \(percent(category.event.f1))  triple F1 \(percent(category.triple.f1))")
        }
        lines.append("")
        lines.append("misses (\(misses.count)):")
        for miss in misses {
            lines.append("  \(miss.id) [\(miss.category)] \(miss.text)")
            lines.append("    expected: \(miss.expected.isEmpty ? "no event" : miss.expected.joined(separator: ", "))")
            lines.append("    got:      \(miss.got.isEmpty ? "no event" : miss.got.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The built-in case as an answer key for a coded brief: found with direction and without, one to one, and the
/// misses.
struct CaseReport: Encodable {
    struct KeyEvent: Encodable {
        var id: String
        var dyad: String
        var cameo: String
        var date: String
        var summary: String
    }

    struct Measure: Encodable {
        var found: Int
        var of: Int
        var recall: Double
    }

    var document: String
    var sentences: Int
    var codedEvents: Int
    /// Coded events between two states with a date (those that can match).
    var scoredEvents: Int
    var directed: Measure
    var undirected: Measure
    var directedOneToOne: Measure
    /// Coded events that match no key event (directed).
    var unmatchedCoded: Int
    var unmatched: [KeyEvent]
    var misses: [KeyEvent]
    var missesUndirected: [String]
    var rule: String

    init(document: CodedDocument, key: [Event]) {
        let coded = document.events.compactMap(\.event)
        let directed = Evaluation.recall(of: coded, against: key, directed: true)
        let undirected = Evaluation.recall(of: coded, against: key, directed: false)
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        self.document = document.name
        sentences = document.sentenceCount
        codedEvents = document.events.count
        scoredEvents = coded.count
        self.directed = Measure(found: directed.found.count, of: directed.keyCount, recall: rounded(directed.recall))
        self.undirected = Measure(found: undirected.found.count, of: undirected.keyCount, recall: rounded(undirected.recall))
        directedOneToOne = Measure(found: directed.foundOneToOne, of: directed.keyCount, recall: rounded(directed.recallOneToOne))
        unmatchedCoded = directed.unmatchedCoded.count
        unmatched = directed.unmatchedCoded.map { event in
            KeyEvent(
                id: event.id, dyad: "\(event.source.country)→\(event.target.country)", cameo: event.cameo.rawValue, date: event.date.text,
                summary: "\(event.summary) [\(event.provenance.locator ?? "")]")
        }
        misses = directed.missed.map { event in
            KeyEvent(
                id: event.id, dyad: "\(event.source.country)→\(event.target.country)", cameo: event.cameo.rawValue, date: event.date.text,
                summary: event.summary)
        }
        missesUndirected = undirected.missed.map(\.id)
        rule = "found: a coded event with the key event's dyad, CAMEO root code, and a date whose years lie within the key event's years"
    }

    var text: String {
        func line(_ name: String, _ measure: Measure) -> String {
            "\(name) \(measure.found)/\(measure.of) = \(String(format: "%.3f", measure.recall))"
        }
        var lines: [String] = []
        lines.append("\(document): \(sentences) sentences, \(codedEvents) events coded, \(scoredEvents) between states and dated")
        lines.append("against the built-in case (\(directed.of) events); \(rule)")
        lines.append(line("recall, directed:            ", directed))
        lines.append(line("recall, undirected:          ", undirected))
        lines.append(line("recall, directed, one-to-one:", directedOneToOne))
        lines.append("coded events matching no key event: \(unmatchedCoded)")
        lines.append("")
        lines.append("missed (directed, \(misses.count)):")
        for miss in misses {
            let note = missesUndirected.contains(miss.id) ? "" : "  (found undirected)"
            lines.append("  \(miss.dyad) \(miss.cameo) \(miss.date)  \(miss.summary)\(note)")
        }
        lines.append("")
        lines.append("coded events matching no key event (\(unmatched.count)):")
        for event in unmatched { lines.append("  \(event.dyad) \(event.cameo) \(event.date)  \(event.summary)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ExampleReport {
    /// The report for people.
    var text: String {
        func percent(_ value: Double) -> String { String(format: "%.3f", value) }
        func line(_ score: Score) -> String {
            "P \(percent(score.precision))  R \(percent(score.recall))  F1 \(percent(score.f1))  (\(score.truePositives) right of \(score.predicted) coded, \(score.expected) expected)"
        }
        var lines: [String] = []
        lines.append("CAMEO manual examples: \(examples)  (nothing coded: \(uncoded))")
        lines.append("event code:  " + line(event))
        lines.append("root code:   " + line(root))
        lines.append("")
        lines.append("event code by root:")
        for (root, score) in roots.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(root)  \(score.truePositives)/\(score.expected) right  P \(percent(score.precision))  R \(percent(score.recall))")
        }
        lines.append("")
        lines.append("misses by cause (offered: a verb or pattern of the sentence gave the expected code, but no event kept it):")
        for cause in Cause.allCases {
            let those = misses.filter { $0.cause == cause }
            guard !those.isEmpty else { continue }
            lines.append("  \(cause.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0)) \(those.count)  (\(those.filter(\.codeOffered).count) offered)")
        }
        lines.append("")
        lines.append("expected root → roots coded instead (misses with a wrong root):")
        var confusions: [String: Int] = [:]
        for miss in misses where miss.cause == .otherRoot {
            let coded = Set(miss.got.map { String($0.prefix(2)) }).sorted().joined(separator: "+")
            confusions["\(miss.code.prefix(2)) → \(coded)", default: 0] += 1
        }
        for (pair, count) in confusions.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(25) {
            lines.append("  \(pair.padding(toLength: 16, withPad: " ", startingAt: 0)) \(count)")
        }
        lines.append("")
        lines.append("misses (\(misses.count)):")
        for miss in misses {
            lines.append(
                "  \(miss.code) (line \(miss.line)) [\(miss.cause.rawValue)\(miss.codeOffered ? ", offered" : "")] got "
                    + "\(miss.got.isEmpty ? "nothing" : miss.got.joined(separator: ", ")): \(miss.sentence)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
