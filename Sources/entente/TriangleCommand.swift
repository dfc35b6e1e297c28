import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct TriangleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triangle",
        abstract: "Three states' strategic triangle period by period: Dittmer's type, each state's role, Heider's balance.",
        discussion: """
            Each tie is signed from its cooperation index: positive or negative when the index's 95% interval lies \
            wholly on one side of 0 (over at least 3 events), neutral otherwise. A triangle with a neutral tie has no \
            type: it names the types still possible. Changes of type or roles between periods are listed with the \
            events on the ties that changed.
            """
    )

    @Argument(help: "The first state (code or name).")
    var first: String

    @Argument(help: "The second state.")
    var second: String

    @Argument(help: "The third state.")
    var third: String

    @Option(help: "Period of the series.")
    var by: PeriodLengthArgument = .year

    @OptionGroup var dates: DateRangeOptions

    @Option(help: ArgumentHelp("Fewest events a tie needs to carry a sign.", valueName: "n"))
    var minimumEvents: Double = NeutralBand.standard.minimumEvents

    @Option(help: "text, json or csv.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown { throw ValidationError("--format: a triangle is written as text, json or csv") }
        if minimumEvents < 0 { throw ValidationError("--minimum-events must be 0 or more") }
    }

    func run() throws {
        let states = [
            try parseState(first, option: "first state"), try parseState(second, option: "second state"),
            try parseState(third, option: "third state"),
        ]
        guard Set(states).count == 3 else { throw ValidationError("a triangle needs three different states, got \(states.joined(separator: ", "))") }
        let range = try dates.range()
        let length = PeriodLength(rawValue: by.rawValue)!
        let database = try store.open()
        let series = try [(0, 1), (0, 2), (1, 2)].map { pair -> DyadSeries in
            let dyad = Dyad(states[pair.0], states[pair.1])
            return DyadSeries.make(dyad: dyad, aggregates: try database.aggregates(of: dyad, within: range), by: length, range: range)
        }
        let triangles = Triangle.series(states: states, series: series, band: NeutralBand(minimumEvents: minimumEvents))
        let events = try database.events(matching: EventQuery(actors: states, range: range))
        let document = TriangleDocument(
            states: states, period: length, triangles: triangles, transitions: Triangle.transitions(triangles, events: events))
        write(try TriangleOutput.render(document, as: format))
    }
}
