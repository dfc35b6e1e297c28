import EntenteModel

/// A pair of states whose stored events or aggregates changed, and the days the change touched.
public struct DataChange: Sendable, Hashable {
    /// The pair, in alphabetical order; the same state twice for its domestic events.
    public var first: String
    public var second: String
    public var days: ClosedRange<Day>

    public init(first: String, second: String, days: ClosedRange<Day>) {
        self.first = first
        self.second = second
        self.days = days
    }
}

/// What changed after a generation of the store's data.
public struct DataChanges: Sendable {
    /// The latest generation (0 when nothing was ever logged).
    public var generation: Int64
    /// False when generations after the one asked for are no longer kept: take everything as changed.
    public var complete: Bool
    public var changes: [DataChange]

    public init(generation: Int64, complete: Bool, changes: [DataChange]) {
        self.generation = generation
        self.complete = complete
        self.changes = changes
    }
}
