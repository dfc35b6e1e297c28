import ArgumentParser
import EntenteAnalysis
import EntenteCase
import EntenteIngest
import EntenteModel
import EntenteReport
import Foundation

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A pair of states seen from a focal state: findings, series, shifts, drivers, and what it means for the focal state.",
        discussion: """
            With no arguments: the built-in case, Russia–Pakistan seen from India, as text on standard output. "What it \
            means for <focal>" reads the triads of the focal state with the pair and with each context state before and \
            after the pair's shift, and the leverage through arms where SIPRI data are loaded (entente leverage import \
            FILE). With --scenario FILE, the brief is read with and without the file's what-if events, side by side.

            --html FILE writes one self-contained HTML document with the charts (no network needed to read or print \
            it). --output FILE writes the --format output to FILE instead of standard output; with --format markdown \
            the charts are written as SVG files beside FILE (FILE's name without .md, then -A-B-series.svg and \
            -A-B-timeline.svg) and the Markdown shows them. With --scenario, --html writes the brief with the what-if \
            events in it (marked as such wherever they show).
            """
    )

    @Option(help: ArgumentHelp("The pair, as A:B.", valueName: "A:B"))
    var pair: String = "\(BuiltInCase.pair.0):\(BuiltInCase.pair.1)"

    @Option(help: ArgumentHelp("The state whose view the brief takes.", valueName: "state"))
    var focal: String = BuiltInCase.focal

    @Option(help: ArgumentHelp("First year.", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year.", valueName: "year"))
    var to: Int?

    @Option(help: "Period of the series.")
    var by: PeriodLengthArgument = .year

    @Option(
        help: ArgumentHelp(
            "States whose triads with the focal state and the pair the brief reads, comma-separated (default: USA,CHN,AFG for the built-in case's pair and focal state, none otherwise).",
            valueName: "states"))
    var context: String?

    @Option(help: ArgumentHelp("What-if events to add (JSON Lines in the events format); the brief then shows before and after side by side.", valueName: "file"))
    var scenario: String?

    @Option(help: "text, json or markdown (default text, unless only --html is given).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Also write the brief as a self-contained HTML document with charts to this file.", valueName: "file"))
    var html: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write the --format output to this file (Markdown: with its charts as SVG files beside it).", valueName: "file"))
    var output: String?

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .csv || format == .jsonl {
            throw ValidationError("--format: the brief is written as text, json or markdown (csv and jsonl are for events and dyad)")
        }
        _ = try request()
    }

    /// The brief asked for; throws a ValidationError naming what is wrong.
    func request() throws -> Brief.Request {
        let (first, second) = try parsePair(pair, option: "--pair")
        let focal = try parseState(self.focal, option: "--focal")
        let request = Brief.Request(
            first: first, second: second, focal: focal, from: from, to: to, length: PeriodLength(rawValue: by.rawValue)!,
            context: try context.map { try parseStates($0, option: "--context") } ?? BuiltInCase.context(forPair: first, second, focal: focal),
            datasets: datasets.datasets)
        try reading { try request.validate() }
        return request
    }

    func run() throws {
        let request = try request()
        if let scenario {
            let events = try ScenarioReader.read(path: scenario)
            let comparison = try reading { try ScenarioComparison.assemble(request, from: try store.open(), hypothetical: events) }
            if let html { try save(BriefHTML.render(comparison.scenario), to: html) }
            guard let format = format ?? (html == nil ? .text : nil) else { return }
            let text = try ScenarioOutput.render(comparison, as: format)
            if let output { try save(text, to: output) } else { write(text) }
            return
        }
        let brief = try reading { try Brief.read(request, from: try store.open()) }
        if let html {
            try save(BriefHTML.render(brief), to: html)
        }
        guard let format = format ?? (html == nil ? .text : nil) else { return }
        var text: String
        switch format {
        case .text: text = BriefText.render(brief)
        case .json: text = try JSONOutput.encode(BriefDocument(brief)) + "\n"
        case .csv, .jsonl: return
        case .markdown:
            guard let output else {
                text = BriefMarkdown.render(brief)
                break
            }
            let url = URL(fileURLWithPath: output)
            let folder = url.deletingLastPathComponent()
            let prefix = url.pathExtension.lowercased() == "md" ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
            let document = BriefMarkdown.document(brief, prefix: prefix)
            for chart in document.charts {
                try save(chart.svg, to: folder.appendingPathComponent(chart.name).path)
            }
            text = document.markdown
        }
        if let output {
            try save(text, to: output)
        } else {
            write(text)
        }
    }

    /// Writes a file whole, saying which file when it cannot.
    private func save(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

