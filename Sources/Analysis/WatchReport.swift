import EntenteModel
import EntenteStore

/// A check of the whole watchlist: every indicator's reading, and the alerts among them.
public struct WatchReport: Sendable, Hashable, Codable {
    /// The day the windows end on.
    public let asOf: Day
    /// The datasets read.
    public let datasets: DatasetSelection
    public let readings: [WatchReading]

    public var alerts: [WatchReading] { readings.filter(\.fired) }

    public init(asOf: Day, datasets: DatasetSelection, readings: [WatchReading]) {
        self.asOf = asOf
        self.datasets = datasets
        self.readings = readings
    }

    /// Checks every indicator of the store's watchlist and, when `recording`, remembers each result.
    ///
    /// - Parameters:
    ///   - asOf: the day the windows end on; nil for the last day of the stored (real) events, so that a
    ///     historical database is checked as of its own data, and `today` when it has none.
    ///   - datasets: the datasets named; empty for the default selection (``DatasetSelection``).
    /// - Throws: ``RequestError`` for an unknown dataset; the store's errors.
    public static func check(
        _ store: any EventStore & WatchStore, asOf: Day? = nil, today: Day, recording: Bool = true, datasets: [String] = []
    ) throws -> WatchReport {
        let held = try store.datasets()
        let selection = try DatasetSelection.resolve(datasets, held: held.map(\.name))
        let day = try asOf ?? lastDay(of: selection, held: held, latest: store.latestEventDay()) ?? today
        var readings: [WatchReading] = []
        for indicator in try store.indicators() {
            let window = Watch.window(endingOn: day, days: indicator.windowDays)
            let events = try store.events(
                matching: EventQuery(actors: indicator.states, range: window.range, codes: indicator.codes, datasets: selection.names))
            let reading = Watch.evaluate(indicator, events: events, asOf: day)
            readings.append(reading)
            if recording {
                try store.record(check: WatchIndicator.Check(day: day, value: reading.value, fired: reading.fired), forIndicatorNamed: indicator.name)
            }
        }
        return WatchReport(asOf: day, datasets: selection, readings: readings)
    }

    /// The last day of the datasets read: the store's last day of real events, or an earlier one when the datasets
    /// read end earlier (a user's ICEWS of 2002–2014 is checked as of 2014, not as of the built-in case's end).
    static func lastDay(of selection: DatasetSelection, held: [DatasetSummary], latest: Day?) -> Day? {
        guard let latest else { return nil }
        let read = held.filter { selection.names.contains($0.name) }
        guard read.count < held.count, let last = read.map(\.lastDay).max() else { return latest }
        return min(latest, last)
    }
}
