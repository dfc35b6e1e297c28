/// What an analysis of a dyad's shape needs of an event: who to whom, when, and which quad class, with its id.
///
/// Reading outlines instead of whole events skips every text column (summary, provenance, issues), which is most
/// of what a row costs: a shift's evidence is found from outlines, and only the events a reader asks for are read
/// whole.
public struct EventOutline: Hashable, Sendable, Identifiable {
    public let id: String
    public let source: String
    public let target: String
    public let date: EventDate
    public let quadClass: QuadClass

    public init(id: String, source: String, target: String, date: EventDate, quadClass: QuadClass) {
        self.id = id
        self.source = source
        self.target = target
        self.date = date
        self.quadClass = quadClass
    }
}

extension Event {
    public var outline: EventOutline {
        EventOutline(id: id, source: source.country, target: target.country, date: date, quadClass: quadClass)
    }
}
