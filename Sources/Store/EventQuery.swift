import EntenteModel

/// Which events to read: between which states, when, of which codes.
public struct EventQuery: Sendable, Hashable {
    /// With one state: events it is party to. With two or more: events between any two of them.
    public var actors: [String]
    /// The earliest and latest day an event may touch (events whose date overlaps the range are included).
    public var range: ClosedRange<Day>?
    /// CAMEO code prefixes ("08", "0831"); empty means any.
    public var codes: [String]
    public var datasets: [String]
    public var limit: Int?
    public var offset: Int
    /// Only the events listed after this one (keyset paging: as cheap for the thousandth page as for the first).
    public var after: EventCursor?

    public init(
        actors: [String] = [], range: ClosedRange<Day>? = nil, codes: [String] = [], datasets: [String] = [],
        limit: Int? = nil, offset: Int = 0, after: EventCursor? = nil
    ) {
        self.actors = actors
        self.range = range
        self.codes = codes
        self.datasets = datasets
        self.limit = limit
        self.offset = offset
        self.after = after
    }
}
