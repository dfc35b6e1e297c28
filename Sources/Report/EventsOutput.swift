import EntenteModel

/// Lists of events: an aligned table for people, JSON Lines and CSV that read back in unchanged.
public enum EventsOutput {
    public static func render(_ events: [Event], as format: OutputFormat, total: Int? = nil) throws -> String {
        switch format {
        case .text: return text(events, total: total)
        case .json: return try JSONOutput.lines(events)
        case .csv: return csv(events)
        case .markdown: throw UnsupportedFormat(format, for: "events", supported: [.text, .json, .csv])
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
