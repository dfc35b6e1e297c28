import EntenteModel
import EntenteStore

extension Leverage {
    /// Reads from `store` what `supplier`'s leverage over `recipients` rests on and computes it: per year of
    /// `years` and over their whole span (only the span when `spanOnly` or a single year). `coverage` is the store's
    /// ``ArmsTransferStore/armsTransferCoverage()``, which callers read first to choose `years`.
    ///
    /// It reads the supplier's deliveries and the recipients' imports; with no recipients given, the supplier's
    /// largest recipients are known only after the first reading, and their imports are read then.
    public static func read(
        supplier: String, recipients: [String], years: ClosedRange<Int>, spanOnly: Bool, from store: any ArmsTransferStore,
        coverage: [String: ClosedRange<Int>]
    ) throws -> Leverage {
        let span = Window(years: years)
        let windows = spanOnly || years.count == 1 ? [span] : years.map { Window(years: $0...$0) } + [span]
        var seen: Set<String> = []
        let transfers = try (store.armsTransfers(matching: ArmsTransferQuery(suppliers: [supplier], years: years))
            + store.armsTransfers(matching: ArmsTransferQuery(recipients: recipients, years: years)))
            .filter { seen.insert($0.id).inserted }
        let leverage = Leverage(
            supplier: supplier, recipients: recipients, windows: windows, ledger: ArmsLedger(transfers: transfers, coverage: coverage))
        guard recipients.isEmpty else { return leverage }
        let imports = try store.armsTransfers(matching: ArmsTransferQuery(recipients: leverage.recipients, years: years))
        return Leverage(
            supplier: supplier, recipients: leverage.recipients, windows: windows,
            ledger: ArmsLedger(transfers: transfers + imports.filter { seen.insert($0.id).inserted }, coverage: coverage))
    }
}
