import EntenteModel

/// What a store holds of one dataset: its raw events, the events its aggregates count, and the days they cover.
///
/// The two counts differ: an ingest counts every event between two states in the aggregates but keeps raw only
/// those of the states it was told to keep (`--keep-actors`), and a state's events with itself are kept raw but
/// aggregate into no dyad.
public struct DatasetSummary: Sendable, Hashable, Codable {
    /// `gdelt1`, `gdelt2`, `icews`, `entente-case`, the dataset an Entente file names, or
    /// ``DyadAggregate/unattributedDataset``.
    public var name: String
    /// Raw events stored: what ``EventStore/events(matching:)`` can return.
    public var rawEvents: Int
    /// Events counted in the dyads' aggregates.
    public var aggregatedEvents: Int
    /// The first and last day any of its events (raw or aggregated) touches.
    public var firstDay: Day
    public var lastDay: Day

    public init(name: String, rawEvents: Int, aggregatedEvents: Int, firstDay: Day, lastDay: Day) {
        self.name = name
        self.rawEvents = rawEvents
        self.aggregatedEvents = aggregatedEvents
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}
