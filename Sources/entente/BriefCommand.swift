import ArgumentParser
import EntenteAnalysis
import EntenteCase
import EntenteIngest
import EntenteModel
import EntenteReport

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A pair of states seen from a focal state: findings, series, shifts, drivers, and what it means for the focal state.",
        discussion: """
            With no arguments: the built-in case, Russia–Pakistan seen from India. "What it means for <focal>" reads the \
            triads of the focal state with the pair and with each context state before and after the pair's shift, and \
            the leverage through arms where SIPRI data are loaded (entente leverage import FILE). With --scenario FILE, \
            the brief is read with and without the file's what-if events, side by side.
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

    @Option(help: ArgumentHelp("States whose triads with the focal state and the pair the brief reads, comma-separated.", valueName: "states"))
    var context: String = BuiltInCase.context.joined(separator: ",")

    @Option(help: ArgumentHelp("What-if events to add (JSON Lines in the events format); the brief then shows before and after side by side.", valueName: "file"))
    var scenario: String?

    @Option(help: "text, json or markdown.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        _ = try parsePair(pair, option: "--pair")
        _ = try parseState(focal, option: "--focal")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if format == .csv { throw ValidationError("--format: the brief is written as text, json or markdown (csv is for events and dyad)") }
    }

    func run() throws {
        let (first, second) = try parsePair(pair, option: "--pair")
        let focal = try parseState(self.focal, option: "--focal")
        let context = try parseStates(self.context, option: "--context")
        let request = Brief.Request(
            first: first, second: second, focal: focal, from: from, to: to, length: PeriodLength(rawValue: by.rawValue)!,
            context: context)
        if let scenario {
            let events = try ScenarioReader.read(path: scenario)
            let comparison = try ScenarioComparison.assemble(request, from: try store.open(), hypothetical: events)
            write(try ScenarioOutput.render(comparison, as: format))
            return
        }
        let brief = try Brief.assemble(request, from: try store.open())
        switch format {
        case .text: write(BriefText.render(brief))
        case .markdown: write(BriefMarkdown.render(brief))
        case .json: write(try JSONOutput.encode(BriefDocument(brief)) + "\n")
        case .csv: break
        }
    }
}

