import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, each with its source.",
        discussion: """
            With one state, the events it is party to; with several, the events between any two of them. \
            --format json writes one document (the datasets read, how many match, the page: --limit, default 1000, and \
            --offset); --format jsonl writes JSON Lines and --format csv a header and one row per event, every match \
            unless --limit; both read back in with `entente ingest`.
            """
    )

    @Option(help: ArgumentHelp("States, comma-separated (RUS,PAK).", valueName: "states"))
    var actors: String?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: ArgumentHelp("CAMEO code prefixes, comma-separated (08,0831).", valueName: "codes"))
    var codes: String?

    @Option(help: ArgumentHelp("At most this many events (text defaults to 200, json to 1000).", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Skip this many events first.", valueName: "n"))
    var offset: Int = 0

    @Option(help: "text, json (one document), jsonl (JSON Lines) or csv.")
    var format: OutputFormat = .text

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
        if format == .markdown { throw ValidationError("--format: events are written as text, json, jsonl or csv") }
        _ = try query()
    }

    /// The query the options ask for; throws a ValidationError naming the option that is wrong.
    func query() throws -> EventQuery {
        let states = try (actors ?? "").split(separator: ",").map { try parseState(String($0), option: "--actors") }
        let codes = try parseCodes(self.codes ?? "")
        let range = try dates.range()
        let defaultLimit: Int? = switch format {
        case .text: 200
        case .json: 1_000
        default: nil
        }
        return EventQuery(actors: states, range: range, codes: codes, limit: limit ?? defaultLimit, offset: offset)
    }

    /// Reads `--codes`: CAMEO codes or root ranges (`01-09`), comma-separated.
    func parseCodes(_ text: String) throws -> [String] {
        var codes: [String] = []
        for part in text.split(separator: ",").map(String.init) {
            let bounds = part.split(separator: "-").map(String.init)
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), bounds.allSatisfy({ $0.count == 2 }), low <= high,
                (1...20).contains(low), (1...20).contains(high)
            {
                codes += (low...high).map { $0 < 10 ? "0\($0)" : "\($0)" }
                continue
            }
            guard Codebook.standard.entry(for: part) != nil else {
                throw ValidationError("--codes: '\(part)' is not a CAMEO event code (or a range of root codes such as 01-09)")
            }
            codes.append(part)
        }
        return codes
    }

    func run() throws {
        var query = try query()
        let database = try store.open()
        let selection = try reading { try DatasetSelection.resolve(datasets.datasets, in: database) }
        query.datasets = selection.names
        let events = try database.events(matching: query)
        let total = format == .text || format == .json ? try database.count(matching: query) : nil
        let page = EventsOutput.Page(datasets: selection.names, total: total ?? events.count, offset: offset, limit: query.limit, events: events)
        write(try EventsOutput.render(events, as: format, total: total, page: page))
    }
}
