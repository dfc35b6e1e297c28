import ArgumentParser
import EntenteCoder
import EntenteModel
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

        @Option(help: "A folder of PETRARCH/TABARI dictionaries (verbs, actors, agents, discards, issues).")
        var dictionaries: String?

        @Option(help: "The document's date (YYYY-MM-DD): dates events the text leaves undated, and resolves relative dates.")
        var date: String?

        @Option(help: "Output: text for people, jsonl for programs (one Event per line, with its evidence).")
        var format: Format = .text

        @Flag(help: "Add the events to the database.")
        var store = false

        @OptionGroup var database: StoreOptions

        @Flag(help: "Show the shallow parse of each sentence (actor phrases, compounds, verbs) before its events.")
        var explain = false

        @Flag(help: "Skip malformed dictionary lines (each reported on standard error) instead of stopping at the first.")
        var skipMalformed = false

        mutating func validate() throws {
            if let date, (try? EventDate(parsing: date))?.precision != .day {
                throw ValidationError("--date must be a day as YYYY-MM-DD, not '\(date)'.")
            }
        }

        func run() async throws {
            if files.isEmpty { throw ValidationError("Give at least one file to code, or '-' for standard input.") }
            let eventStore = store ? try database.open() : nil
            let dictionarySet = try loadDictionaries(dictionaries, skipMalformed: skipMalformed)
            let coder = Coder(dictionaries: dictionarySet)
            let documentDate = try date.map { try EventDate(parsing: $0).start }
            var output = StandardOutput()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for file in files {
                let bytes = try readFileBytes(file)
                if explain {
                    let normalised = TextNormaliser.normalise(bytes)
                    for range in SentenceSplitter.sentences(in: normalised.bytes) {
                        let sentence = String(decoding: normalised.bytes[range], as: UTF8.self)
                        output.write(sentence + "\n" + coder.explain(sentence: sentence, day: documentDate) + "\n\n")
                    }
                }
                let document = DocumentCoder(coder: coder).code(bytes: bytes, name: file == "-" ? "stdin" : file, date: documentDate)
                switch format {
                case .text:
                    output.write(document.report())
                case .jsonl:
                    for coded in document.events {
                        guard let record = coded.jsonRecord() else { continue }
                        output.write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
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
            if let eventStore { try runWatchCheck(on: eventStore) }
        }
    }

    /// `entente code evaluate RECORDS.xml`: scores the coder on PETRARCH validation records.
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the coder on validation records in PETRARCH's XML format.",
            discussion: """
                Codes each record's raw <Text> (never its parse tree) with the dictionaries its <Environment> names, \
                read from --dictionaries (default: the records file's folder), and prints precision, recall and F1 \
                for the event code and the whole (source, target, event) triple, overall and per category, and the \
                misses.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The validation records (XML).")
        var records: String

        @Option(help: "Where the dictionaries the records name are (default: the records file's folder).")
        var dictionaries: String?

        @Option(help: "Output: text for people, json for programs.")
        var format: Format = .text

        func run() async throws {
            let file = ValidationFile(bytes: try readFileBytes(records))
            let directory = dictionaries ?? (records as NSString).deletingLastPathComponent
            let set = try DictionarySet.load(for: file, directory: directory.isEmpty ? "." : directory)
            let report = Evaluation.run(file, coder: Coder(dictionaries: set))
            var output = StandardOutput()
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            case .text:
                output.write(report.text)
            }
        }
    }
}

/// Loads a dictionary folder, or the built-in dictionary when none is given.
func loadDictionaries(_ directory: String?, skipMalformed: Bool) throws -> DictionarySet {
    guard let directory else { return BuiltInDictionary.set }
    let set = try DictionarySet.load(directory: directory, policy: skipMalformed ? .skip : .fail)
    for warning in set.warnings {
        FileHandle.standardError.write(Data("warning: \(warning.description) (skipped)\n".utf8))
    }
    return set
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
