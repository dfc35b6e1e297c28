import EntenteModel

/// Lists of events: an aligned table for people; one JSON document with the count and the page; JSON Lines and CSV
/// that read back in unchanged.
public enum EventsOutput {
    /// A page of events as one JSON document: the datasets read, how many match, the page's place and its events.
    public struct Page: Encodable, Sendable {
        public let datasets: [String]
        public let total: Int
        public let offset: Int
        public let limit: Int?
        public let events: [Event]

        public init(datasets: [String], total: Int, offset: Int, limit: Int?, events: [Event]) {
            self.datasets = datasets
            self.total = total
            self.offset = offset
            self.limit = limit
            self.events = events
        }
    }

    public static func render(_ events: [Event], as format: OutputFormat, total: Int? = nil, page: Page? = nil) throws -> String {
        switch format {
        case .text: return text(events, total: total)
        case .json:
            return try JSONOutput.encode(page ?? Page(datasets: [], total: total ?? events.count, offset: 0, limit: nil, events: events)) + "\n"
        case .jsonl: return try JSONOutput.lines(events)
        case .csv: return csv(events)
        case .markdown: throw UnsupportedFormat(format, for: "events", supported: [.text, .json, .jsonl, .csv])
        }
    }

    public static func csv(_ events: [Event], header: Bool = true) -> String {
        var out = header ? CSV.line(Event.fieldNames) : ""
        for event in events { out += CSV.line(event.fieldValues) }
        return out
    }

    static func text(_ events: [Event], total: Int?) -> String {
        guard !events.isEmpty else { return "No events match.\n" }
        var citations = CitationIndex(events)
        var table = TextTable([
            .init("date"), .init("who"), .init("code", .right), .init("q", .right), .init("gold.", .right),
            .init("src", .right), .init("what happened"),
        ])
        for event in events {
            table.append([
                event.date.description, Text.direction(event), event.cameo.rawValue, String(event.quadClass.rawValue),
                Format.signed(event.goldstein, places: 1), "[\(citations.number(for: event))]",
                event.summary.isEmpty ? event.cameo.name : event.summary + Text.flags(event),
            ])
        }
        var out = table.render()
        if let total, total > events.count { out += "  … \(total - events.count) more (use --limit)\n" }
        out += "\nSources\n"
        for (index, citation) in citations.citations.enumerated() {
            out += Text.wrap(citation, firstPrefix: "  [\(index + 1)] ", prefix: "      ")
        }
        return out
    }
}
