import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct LeverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leverage",
        abstract: "Dependence through arms (SIPRI): each recipient's share of a supplier's deliveries, and the supplier's share of its imports.",
        discussion: """
            Load SIPRI's data first with `entente leverage import FILE` (the trade register, TIV tables, or a folder of \
            them). Then `entente leverage --supplier RUS --recipients IND,PAK,CHN --from 2009 --to 2015`.
            """,
        subcommands: [LeverageShowCommand.self, LeverageImportCommand.self],
        defaultSubcommand: LeverageShowCommand.self
    )
}

struct LeverageShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "A supplier's deliveries per period, with the shares they make and the deals behind them."
    )

    @Option(help: ArgumentHelp("The supplier (code or name).", valueName: "state"))
    var supplier: String

    @Option(help: ArgumentHelp("Recipients, comma-separated (default: the supplier's five largest).", valueName: "states"))
    var recipients: String?

    @Option(help: ArgumentHelp("First year (default: ten years before --to).", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year (default: the last year loaded).", valueName: "year"))
    var to: Int?

    @Option(help: "year: a row per year and one for the whole span; span: the whole span only.")
    var by: LeveragePeriod = .year

    @Option(help: "The form of the output.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    enum LeveragePeriod: String, CaseIterable, ExpressibleByArgument {
        case year, span
    }

    func validate() throws {
        if format == .markdown { throw ValidationError("--format: leverage is written as text, json or csv") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        let supplier = try parseState(self.supplier, option: "--supplier")
        let recipients = try recipients.map { try parseStates($0, option: "--recipients") } ?? []
        let database = try store.open()
        let coverage = try database.armsTransferCoverage()
        guard let first = coverage.values.map(\.lowerBound).min(), let last = coverage.values.map(\.upperBound).max() else {
            throw CommandFailure("no arms-transfer data loaded: import SIPRI's register or TIV tables first (entente leverage import FILE)")
        }
        let to = self.to ?? last
        let from = self.from ?? max(first, to - 9)
        guard from <= to else {
            throw CommandFailure("--to \(to) is before the first year of arms-transfer data loaded (\(first)); give --from too, or a later --to")
        }
        let leverage = try Leverage.read(
            supplier: supplier, recipients: recipients, years: from...to, spanOnly: by == .span, from: database, coverage: coverage)
        write(try LeverageOutput.render(leverage, as: format))
    }
}
