import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct DriversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drivers",
        abstract: "What each side of a pair does to the other about: the issues of its cooperative and conflictual events.",
        discussion: """
            Without --by, the mixes before and after the pair's latest shift (or over its whole span when it has none), \
            as the brief shows them; with --by, period by period. An event about k issues counts 1/k to each; csv and \
            json list the events behind every share.
            """
    )

    @Argument(help: "The first state (code or name).")
    var first: String

    @Argument(help: "The second state (code or name).")
    var second: String

    @Option(help: "Read the mixes period by period: year, quarter or month.")
    var by: PeriodLengthArgument?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "text, json, csv or markdown.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func run() throws {
        let a = try parseState(first, option: "first state")
        let b = try parseState(second, option: "second state")
        guard a != b else { throw ValidationError("a pair needs two different states, got \(a) twice") }
        let range = try dates.range()
        let database = try store.open()
        let dyad = Dyad(a, b)
        let events = try database.events(matching: EventQuery(actors: [a, b], range: range))
            .filter { dyad.contains(source: $0.source.country, target: $0.target.country) }
        let windows: [Window]
        if let by {
            let length = PeriodLength(rawValue: by.rawValue)!
            let aggregates = try database.aggregates(of: dyad, within: range)
            windows = DyadSeries.make(dyad: dyad, aggregates: aggregates, by: length, range: range).observed.map { Window($0.period) }
        } else {
            let aggregates = try database.aggregates(of: dyad, within: range)
            let series = DyadSeries.make(dyad: dyad, aggregates: aggregates, by: .year, range: range)
            if let shift = series.shifts(events: events).last {
                windows = [Window(shift.before), Window(shift.after)]
            } else if let first = series.observed.first?.period, let last = series.observed.last?.period {
                windows = [Window(first.start, last.end)]
            } else {
                windows = []
            }
        }
        let drivers = Drivers(first: a, second: b, events: events, windows: windows)
        switch format {
        case .text:
            let resolver = CountryResolver.standard
            let title = "Drivers of \(resolver.name(of: a))–\(resolver.name(of: b))" + (by.map { " by \($0.rawValue)" } ?? "")
            var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
            out += windows.isEmpty ? "  No events between them in the store for this period.\n" : DriversOutput.text(drivers)
            write(out)
        default:
            write(try DriversOutput.render(drivers, as: format))
        }
    }
}
