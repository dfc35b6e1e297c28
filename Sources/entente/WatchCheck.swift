import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

/// Checks the watchlist against `store`: what `entente ingest` and `entente code --store` run at their end, so
/// that every new batch of events is checked; they write ``WatchOutput/summary(_:)`` to standard error.
///
/// The windows end on the last day of the datasets read by default (what the user ingested). An alert never
/// makes the caller fail; the caller may look at `report.alerts`. Each check is remembered, so the next can tell
/// a new alert from a standing one.
/// - Throws: the store's errors only.
func checkWatchlist(of store: any EventStore & WatchStore) throws -> WatchReport {
    try WatchReport.check(store, today: Day.today())
}
