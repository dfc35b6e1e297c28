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
            json name the weightiest events behind every share and count them all.
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

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let a = try parseState(first, option: "first state")
        let b = try parseState(second, option: "second state")
        let request = try reading {
            try DriversRequest(
                first: a, second: b, range: try dates.range(), length: by.map { PeriodLength(rawValue: $0.rawValue)! },
                datasets: datasets.datasets)
        }
        let result = try reading { try Drivers.read(request, from: try store.open()) }
        let drivers = result.drivers
        let windows = drivers.windows
        switch format {
        case .text:
            let resolver = CountryResolver.standard
            let title = "Drivers of \(resolver.name(of: a))–\(resolver.name(of: b))" + (by.map { " by \($0.rawValue)" } ?? "")
            var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
            out += "  datasets: \(result.datasets.description)\n"
            out += windows.isEmpty ? "  No events between them in the store for this period.\n" : DriversOutput.text(drivers)
            write(out)
        case .json:
            write(try JSONOutput.encode(DriversDocument(result)) + "\n")
        default:
            write(try DriversOutput.render(drivers, as: format))
        }
    }
}
