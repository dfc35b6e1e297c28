import EntenteModel

/// The one narrow interface between Entente and where its events live.
///
/// SQLite implements it first (`SQLiteStore`, in EntenteSQLite); a column store beyond one machine implements the
/// same calls. Analyses read only through it, so they never know which store answers.
///
/// Every aggregate belongs to the dataset of the events it counts (`gdelt1`, `icews`, `entente-case`…); reads
/// take the datasets to count, and an empty list means all of them.
public protocol EventStore: Sendable {
    /// Adds events; an event whose id is already stored is left as it is and not counted again.
    ///
    /// Each new event between two different states also adds to its dyad's aggregates under its own dataset, in the
    /// same transaction, so that aggregates and events never disagree.
    /// - Returns: how many of `events` were new.
    @discardableResult
    func write(events: [Event]) throws -> Int

    /// Takes every stored event of `dataset` out, with its share of the aggregates, and writes `events` in its place:
    /// at once where the store can (SQLite: one transaction), so that a reader sees the old events or the new ones.
    ///
    /// For a dataset whose events are all stored raw (the built-in case); aggregates an ingest counted without
    /// keeping their events stay.
    /// - Returns: how many of `events` were written (an id stored under another dataset is left as it is).
    @discardableResult
    func replaceEvents(ofDataset dataset: String, with events: [Event]) throws -> Int

    /// The stored events that match `query`, oldest first.
    func events(matching query: EventQuery) throws -> [Event]

    /// The events with these ids that the store holds, in list order (first day, last day, id); unknown ids are
    /// left out.
    func events(ids: [String]) throws -> [Event]

    /// The outlines of the events ``events(matching:)`` returns, in the same order: what a list of evidence needs.
    /// A store may read them without the events' text (SQLite reads them from an index).
    func eventOutlines(matching query: EventQuery) throws -> [EventOutline]

    /// How many stored events match `query` (ignoring its limit and offset).
    func count(matching query: EventQuery) throws -> Int

    /// The per-day aggregates of a dyad, both directions for an undirected dyad, within `range` when given, of the
    /// `datasets` named (all when empty).
    func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate]

    /// The dyad's aggregates for a series by month, quarter or year: rows that each lie within one month (or are
    /// one coarser date), so that binning them by month or longer gives what binning the per-day rows gives.
    ///
    /// A store may roll days up per month (SQLite does); a row's `start` and `end` are then the earliest and latest
    /// day it holds. Not for anything that counts days (a watch window): use ``aggregates(of:within:datasets:)``.
    func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate]

    /// Every pair's aggregates of the `datasets` named (all when empty) within `range`, summed over datasets and
    /// over each period of `length` where a row lies within one period (its `start` and `end` are then the period's
    /// first and last day); a row spanning several periods (a year of counts read by month) comes back as it is.
    /// Directions stay apart; a row's `dataset` is empty.
    ///
    /// What a baseline of every pair's relations is fitted on: a store sums where the rows are (ClickHouse on its
    /// servers), so that a reader never pulls per-day rows.
    /// - Complexity: a scan of the store's coarsest aggregates within `range`.
    func periodAggregates(by length: PeriodLength, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate]

    /// What the events `query` matches amount to (its limit, offset and cursor ignored): how many, by root code, and
    /// the weightiest `limit` — the evidence of a shift, which can rest on tens of thousands of events.
    ///
    /// - Parameter directed: when given, only events in its direction count.
    /// - Complexity: a store may count in place and read only the weightiest (SQLite does); the default reads every
    ///   matching event.
    func eventSummary(matching query: EventQuery, directed: Dyad?, weightiest limit: Int) throws -> EventSummary

    /// The events `query` matches (its limit, offset and cursor ignored), counted by direction, quad class, issues
    /// and dates: what a reading of issue shares over windows needs, without reading each event.
    ///
    /// - Parameter windows: disjoint spans of days; an event wholly inside one may come back dated as that whole window
    ///   (its share of each window unchanged), so that its days need not be told apart, and one of a day outside every
    ///   window may be left out (its share of each is 0). Events of several days keep their dates.
    /// - Complexity: a store may group in place (SQLite does); the default reads every matching event.
    func eventTallies(matching query: EventQuery, windows: [ClosedRange<Day>]) throws -> [EventTally]

    /// The weightiest `limit` events `query` matches (its limit, offset and cursor ignored), without counting them.
    ///
    /// - Parameter directed: when given, only events in its direction.
    /// - Complexity: a store may walk an index in weight order and stop (SQLite does); the default summarises.
    func weightiestEvents(matching query: EventQuery, directed: Dyad?, limit: Int) throws -> [Event]

    /// What the store holds per dataset, by name: which datasets exist, and what a default selection chooses from.
    ///
    /// - Complexity: a read of one row per dataset (kept up to date by every write), never a count of the events.
    func datasets() throws -> [DatasetSummary]
}

extension EventStore {
    /// The per-day aggregates of every dataset.
    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        try aggregates(of: dyad, within: range, datasets: [])
    }

    /// The aggregates for a series, of every dataset.
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        try monthlyAggregates(of: dyad, within: range, datasets: [])
    }

    /// The per-day aggregates: exact for any series, only slower for long ones.
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        try aggregates(of: dyad, within: range, datasets: datasets)
    }

    /// The whole events' outlines.
    public func eventOutlines(matching query: EventQuery) throws -> [EventOutline] {
        try events(matching: query).map(\.outline)
    }
}
