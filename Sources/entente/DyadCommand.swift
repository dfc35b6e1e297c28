import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "The series of one dyad by year, quarter or month, with its shifts.",
        discussion: "Answers from the per-day aggregates, so it is fast however many events were ingested."
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

    @Option(help: "text, json or csv.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown { throw ValidationError("--format: a dyad is written as text, json or csv") }
        _ = try request()
    }

    /// The dyad and days asked for; throws a ValidationError naming what is wrong.
    func request() throws -> (dyad: Dyad, range: ClosedRange<Day>?) {
        let a = try parseState(first, option: "first state")
        let b = try parseState(second, option: "second state")
        guard a != b else { throw ValidationError("a dyad needs two different states, got \(a) twice") }
        let range = try dates.range()
        return (Dyad(a, b, directed: directed), range)
    }

    /// The two states in the order given.
    func order() throws -> (String, String) {
        (try parseState(first, option: "first state"), try parseState(second, option: "second state"))
    }

    func run() throws {
        let (dyad, range) = try request()
        let (a, b) = (dyad.first, dyad.second)
        let database = try store.open()
        let aggregates = try database.aggregates(of: dyad, within: range)
        let length = PeriodLength(rawValue: by.rawValue)!
        let series = DyadSeries.make(dyad: dyad, aggregates: aggregates, by: length, range: range)
        let events = try database.events(matching: EventQuery(actors: [a, b], range: range))
            .filter { dyad.contains(source: $0.source.country, target: $0.target.country) }
        let shifts = series.shifts(events: events)
        switch format {
        case .json: write(try JSONOutput.encode(SeriesDocument(series, shifts: shifts)) + "\n")
        case .csv: write(SeriesOutput.csv(series))
        case .text, .markdown: write(SeriesOutput.text(series, shifts: shifts, includeEmpty: all, order: try order()))
        }
    }
}
