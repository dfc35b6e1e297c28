import ArgumentParser
import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteReport

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A pair of states seen from a focal state: findings, series, shifts with evidence, timeline.",
        discussion: "With no arguments: the built-in case, Russia–Pakistan seen from India."
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
        let request = Brief.Request(
            first: first, second: second, focal: focal, from: from, to: to, length: PeriodLength(rawValue: by.rawValue)!)
        let brief = try Brief.assemble(request, from: try store.open())
        switch format {
        case .text: write(BriefText.render(brief))
        case .markdown: write(BriefMarkdown.render(brief))
        case .json: write(try JSONOutput.encode(BriefDocument(brief)) + "\n")
        case .csv: break
        }
    }
}

