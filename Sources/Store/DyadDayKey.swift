/// One direction of a dyad on one date, in one dataset: the key of a per-day aggregate.
public struct DyadDayKey: Hashable, Sendable {
    public var source: String
    public var target: String
    /// The dataset of the events counted (`gdelt1`, `icews`, `entente-case`…).
    public var dataset: String
    /// The date's first and last day as YYYYMMDD (equal for a day).
    public var startDay: Int
    public var endDay: Int

    public init(source: String, target: String, dataset: String, startDay: Int, endDay: Int) {
        self.source = source
        self.target = target
        self.dataset = dataset
        self.startDay = startDay
        self.endDay = endDay
    }
}
