import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "The series of one dyad by year, quarter or month, with its shifts.",
        discussion: """
            Answers from the aggregates, so it is fast however many events were ingested. Where the data hold enough \
            states, each period also reads the pair's relative tone (its tone against what the two states' relations \
            with everyone else lead one to expect), its engagement (its events against those expected of each \
            state's activity with others) and its hostility (its conflictual events against those expected of each \
            state's conflictual dealings), and the shifts of each measure, with spells: a period that departs and \
            comes back. `--directed --format csv` writes counts that `entente ingest` reads back.
            """
    )

    @Argument(help: "The first state (code or name).")
    var first: String

    @Argument(help: "The second state (code or name).")
    var second: String

    @Option(help: "Period of the series.")
    var by: PeriodLengthArgument = .year

    @Flag(help: "Only events from the first state to the second (default: both directions).")
    var directed = false

    @OptionGroup var dates: DateRangeOptions

    @Flag(help: "In text output, list periods without events too.")
    var all = false

    @Option(help: "The form of the output.")
    var format: OutputFormat = .text

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown || format == .jsonl { throw ValidationError("--format: a dyad is written as text, json or csv") }
        _ = try request()
    }

    /// The series asked for; throws a ValidationError naming what is wrong.
    func request() throws -> SeriesRequest {
        let a = try parseState(first, option: "first state")
        let b = try parseState(second, option: "second state")
        return try reading {
            try SeriesRequest(
                dyad: Dyad(a, b, directed: directed), length: PeriodLength(rawValue: by.rawValue)!, range: try dates.range(),
                datasets: datasets.datasets)
        }
    }

    /// The two states in the order given.
    func order() throws -> (String, String) {
        (try parseState(first, option: "first state"), try parseState(second, option: "second state"))
    }

    func run() throws {
        let request = try request()
        let database = try store.open()
        let result = try reading { try DyadSeries.read(request, from: database) }
        switch format {
        case .json: write(try JSONOutput.encode(SeriesDocument(result)) + "\n")
        case .csv: write(SeriesOutput.csv(result.series))
        case .text, .markdown, .jsonl: write(SeriesOutput.text(result, includeEmpty: all, order: try order()))
        }
    }
}
