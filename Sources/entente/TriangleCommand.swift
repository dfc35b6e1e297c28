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
            Each tie is signed from its relative tone — its tone against what the two states' relations with everyone \
            else lead one to expect — positive or negative when the 95% interval lies wholly above or below that (over \
            at least 3 events), neutral otherwise. Where the data hold too few states to say what is expected (the \
            built-in case), the tie is signed from its cooperation index against 0. A triangle with a neutral tie has \
            no type: it names the types still possible. Changes of type or roles between periods are listed with the \
            weightiest events on the ties that changed.
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

    @Option(help: "The form of the output.")
    var format: OutputFormat = .text

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown || format == .jsonl { throw ValidationError("--format: a triangle is written as text, json or csv") }
        _ = try request()
    }

    /// The triangle asked for; throws a ValidationError naming what is wrong.
    func request() throws -> TriangleRequest {
        let states = [
            try parseState(first, option: "first state"), try parseState(second, option: "second state"),
            try parseState(third, option: "third state"),
        ]
        return try reading {
            try TriangleRequest(
                states: states, length: PeriodLength(rawValue: by.rawValue)!, range: try dates.range(), datasets: datasets.datasets,
                band: NeutralBand(minimumEvents: minimumEvents))
        }
    }

    func run() throws {
        let request = try request()
        let result = try reading { try Triangle.read(request, from: try store.open()) }
        write(try TriangleOutput.render(TriangleDocument(result), as: format))
    }
}
