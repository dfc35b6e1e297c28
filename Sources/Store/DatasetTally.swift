import EntenteModel

/// What a write adds to one dataset's counts (a store's `DatasetSummary`): raw events, events counted in aggregates,
/// and the span of their days.
public struct DatasetTally: Sendable {
    public var rawEvents = 0
    public var aggregatedEvents = 0
    /// YYYYMMDD keys; `Int.max` and `Int.min` while nothing was added.
    public var firstDay = Int.max
    public var lastDay = Int.min

    public init() {}

    public mutating func add(rawEvents: Int = 0, aggregatedEvents: Int = 0, startDay: Int, endDay: Int) {
        self.rawEvents += rawEvents
        self.aggregatedEvents += aggregatedEvents
        firstDay = min(firstDay, startDay)
        lastDay = max(lastDay, endDay)
    }

    /// Counts one whole event: raw, and aggregated too when it is between two different states (as its share of
    /// the aggregates, ``DyadDayTotals/shares(of:sign:)``, is).
    public mutating func add(_ event: Event) {
        add(
            rawEvents: 1, aggregatedEvents: event.source.country != event.target.country ? 1 : 0,
            startDay: event.date.start.key, endDay: event.date.end.key)
    }

    public mutating func add(_ other: DatasetTally) {
        rawEvents += other.rawEvents
        aggregatedEvents += other.aggregatedEvents
        firstDay = min(firstDay, other.firstDay)
        lastDay = max(lastDay, other.lastDay)
    }
}
