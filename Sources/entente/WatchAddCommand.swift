import ArgumentParser
import EntenteModel
import EntenteStore
import Foundation

struct WatchAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an indicator to the watchlist.",
        discussion: """
            Example: entente watch add rus-pak-visits --dyad RUS:PAK --codes 042,043 --above 2 --window 180d. \
            Write the dyad as A>B to count only events from A to B.
            """
    )

    @Argument(help: "A short unique name.")
    var name: String

    @Option(help: ArgumentHelp("Two states, A:B (either direction) or A>B (from A to B only).", valueName: "A:B"))
    var dyad: String?

    @Option(help: ArgumentHelp("Three states, A:B:C: every side of the triangle must move.", valueName: "A:B:C"))
    var triad: String?

    @Option(help: ArgumentHelp("CAMEO code prefixes, comma-separated (16,1631).", valueName: "codes"))
    var codes: String?

    @Option(help: ArgumentHelp("Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.", valueName: "1-4"))
    var quad: Int?

    @Option(help: ArgumentHelp("Issues an event must carry one of, comma-separated (energy,arms).", valueName: "issues"))
    var issues: String?

    @Option(help: ArgumentHelp("Alert when more than this many events fall in the window.", valueName: "x"))
    var above: Double?

    @Option(help: ArgumentHelp("Alert when fewer than this many events fall in the window.", valueName: "x"))
    var below: Double?

    @Option(help: ArgumentHelp("The window: 90d, 12w, 6m (30 days each), 1y.", valueName: "length"))
    var window: String = "90d"

    @Option(help: ArgumentHelp("What the indicator watches, in words.", valueName: "text"))
    var note: String = ""

    @Flag(help: "Replace an indicator of the same name.")
    var replace = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if (dyad == nil) == (triad == nil) { throw ValidationError("give either --dyad A:B or --triad A:B:C") }
        if above != nil && below != nil { throw ValidationError("give --above or --below, not both") }
        if let quad, !(1...4).contains(quad) { throw ValidationError("--quad: expected 1, 2, 3 or 4, got \(quad)") }
        if name.isEmpty || name.contains(where: { $0 == "," || $0.isWhitespace }) {
            throw ValidationError("the name must be non-empty, without spaces or commas")
        }
    }

    func run() throws {
        var states: [String]
        var directed = false
        if let dyad {
            directed = dyad.contains(">")
            let parts = dyad.split(whereSeparator: { $0 == ":" || $0 == ">" || $0 == "," }).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--dyad: expected A:B or A>B, got '\(dyad)'") }
            states = try parts.map { try parseState($0, option: "--dyad") }
        } else {
            let parts = triad!.split(whereSeparator: { $0 == ":" || $0 == "," }).map(String.init)
            guard parts.count == 3 else { throw ValidationError("--triad: expected A:B:C, got '\(triad!)'") }
            states = try parts.map { try parseState($0, option: "--triad") }
        }
        guard Set(states).count == states.count else { throw ValidationError("the states must differ, got \(states.joined(separator: ", "))") }
        let codes = (self.codes ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        for code in codes where Codebook.standard.entry(for: code) == nil {
            throw ValidationError("--codes: '\(code)' is not a CAMEO event code")
        }
        let indicator = WatchIndicator(
            name: name, states: states, directed: directed, codes: codes, quadClass: quad.flatMap(QuadClass.init(rawValue:)),
            issues: (issues ?? "").split(separator: ",").map { Issue(String($0).trimmingCharacters(in: .whitespaces)) },
            comparison: below != nil ? .below : .above, threshold: below ?? above ?? 0,
            windowDays: try parseDays(window, option: "--window"), note: note, origin: .user)
        try store.openToWrite().add(indicator: indicator, replacing: replace)
        write("Added \(indicator.name): \(indicator.rule)\n")
    }
}
