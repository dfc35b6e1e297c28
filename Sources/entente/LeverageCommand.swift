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

    @Option(help: "text, json or csv.")
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
            throw ValidationError("no arms-transfer data loaded: import SIPRI's register or TIV tables first (entente leverage import FILE)")
        }
        let to = self.to ?? last
        let from = self.from ?? max(first, to - 9)
        let span = Window(years: from...to)
        let windows = by == .span || from == to ? [span] : (from...to).map { Window(years: $0...$0) } + [span]
        var seen: Set<String> = []
        let transfers = try (database.armsTransfers(matching: ArmsTransferQuery(suppliers: [supplier], years: from...to))
            + database.armsTransfers(matching: ArmsTransferQuery(recipients: recipients, years: from...to)))
            .filter { seen.insert($0.id).inserted }
        var ledger = ArmsLedger(transfers: transfers, coverage: coverage)
        var leverage = Leverage(supplier: supplier, recipients: recipients, windows: windows, ledger: ledger)
        if recipients.isEmpty {
            // The largest recipients are known only now: read their imports from every supplier too.
            let imports = try database.armsTransfers(matching: ArmsTransferQuery(recipients: leverage.recipients, years: from...to))
            ledger = ArmsLedger(transfers: transfers + imports.filter { seen.insert($0.id).inserted }, coverage: coverage)
            leverage = Leverage(supplier: supplier, recipients: leverage.recipients, windows: windows, ledger: ledger)
        }
        write(try LeverageOutput.render(leverage, as: format))
    }
}
