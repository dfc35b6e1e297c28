import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

/// Checks the watchlist against `store` and writes what fired to standard error: what `entente ingest` and
/// `entente code --store` run at their end, so that every new batch of events is checked.
///
/// The windows end on the last day of the stored events. An alert never makes the caller fail; the caller may
/// look at `report.alerts`. Each check is remembered, so the next can tell a new alert from a standing one.
/// - Throws: the store's errors only.
@discardableResult
func runWatchCheck(on store: any EventStore & WatchStore) throws -> WatchReport {
    let report = try WatchReport.check(store, today: Day.today())
    note(WatchOutput.summary(report))
    return report
}
