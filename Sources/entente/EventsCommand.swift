import ArgumentParser
import EntenteModel
import EntenteReport
import EntenteStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, each with its source.",
        discussion: """
            With one state, the events it is party to; with several, the events between any two of them. \
            --format json writes JSON Lines and --format csv a header and one row per event; both read back in \
            with `entente ingest`.
            """
    )

    @Option(help: ArgumentHelp("States, comma-separated (RUS,PAK).", valueName: "states"))
    var actors: String?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: ArgumentHelp("CAMEO code prefixes, comma-separated (08,0831).", valueName: "codes"))
    var codes: String?

    @Option(help: ArgumentHelp("At most this many events (text output defaults to 200).", valueName: "n"))
    var limit: Int?

    @Option(help: "text, json (JSON Lines) or csv.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if format == .markdown { throw ValidationError("--format: events are written as text, json or csv") }
        _ = try query()
    }

    /// The query the options ask for; throws a ValidationError naming the option that is wrong.
    func query() throws -> EventQuery {
        let states = try (actors ?? "").split(separator: ",").map { try parseState(String($0), option: "--actors") }
        let codes = (self.codes ?? "").split(separator: ",").map(String.init)
        for code in codes where Codebook.standard.entry(for: code) == nil {
            throw ValidationError("--codes: '\(code)' is not a CAMEO event code")
        }
        let range = try dates.range()
        return EventQuery(actors: states, range: range, codes: codes, limit: limit ?? (format == .text ? 200 : nil))
    }

    func run() throws {
        let query = try query()
        let database = try store.open()
        let events = try database.events(matching: query)
        let total = format == .text ? try database.count(matching: query) : nil
        write(try EventsOutput.render(events, as: format, total: total))
    }
}
