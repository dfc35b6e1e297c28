import EntenteAnalysis
import EntenteModel

/// The brief for people: findings, the pair's series, its shifts with their evidence, the timeline, the
/// focal state's own dyads, and the sources — aligned and readable in 100 columns.
public enum BriefText {
    public static func render(_ brief: Brief) -> String {
        let request = brief.request
        let resolver = CountryResolver.standard
        var citations = CitationIndex(brief.pair.events + brief.focalDyads.flatMap(\.events))
        var out = ""
        let title = "\(request.label(for: request.pair)), seen from \(resolver.name(of: request.focal))"
        out += title + "\n" + String(repeating: "═", count: title.count) + "\n"
        out += scope(brief) + "\n\n"

        out += "Findings\n"
        for finding in brief.findings {
            out += Text.wrap(finding.text, firstPrefix: "  • ", prefix: "    ")
        }
        out += "\n"
        out += reading(brief.pair, label: request.label(for: request.pair), brief: brief, citations: &citations, timeline: true)
        out += drivers(brief)
        for focal in brief.focalDyads {
            out += reading(focal, label: request.label(for: focal.dyad), brief: brief, citations: &citations, timeline: true)
        }
        out += implications(brief, citations: &citations)
        out += "Sources\n"
        for (index, citation) in citations.citations.enumerated() {
            out += Text.wrap(citation, firstPrefix: "  [\(index + 1)] ", prefix: "      ")
        }
        out += "\n  Every event with its full provenance: entente events --actors \(request.first),\(request.second) --format csv\n"
        return out
    }

    static func scope(_ brief: Brief) -> String {
        let series = brief.pair.series
        var parts: [String] = []
        if let first = series.points.first?.period, let last = series.points.last?.period {
            parts.append("\(first)–\(last) by \(series.length.rawValue)")
        }
        parts.append("\(Format.count(series.totalEvents)) events between the pair")
        let sources = brief.sources.map { "\($0.events) from \($0.dataset)" }
        if !sources.isEmpty { parts.append("sources: " + sources.joined(separator: ", ")) }
        return Text.wrap(parts.joined(separator: " · "), prefix: "").trimmingCharacters(in: "\n")
    }

    static func reading(
        _ reading: Brief.DyadReading, label: String, brief: Brief, citations: inout CitationIndex, timeline: Bool
    ) -> String {
        var out = label + "\n" + String(repeating: "─", count: label.count) + "\n"
        guard reading.series.totalEvents > 0 else {
            return out + "  No events between them in the store for this period.\n\n"
        }
        out += "  Series by \(reading.series.length.rawValue) (periods with events)\n"
        out += SeriesText.render(reading.series, indent: 4) + "\n"
        if reading.shifts.isEmpty {
            out += "  Shifts: none — no change point earns its penalty (PELT, binomial cost, BIC).\n\n"
        } else {
            let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for shift in reading.shifts {
                out += "  Shift: \(shift.kind.rawValue.uppercased()) between \(shift.from) and \(shift.to)\n"
                out += "    before  \(segment(shift.before))\n"
                out += "    after   \(segment(shift.after))\n"
                let evidence = shift.evidence.compactMap { byID[$0] }
                if evidence.isEmpty {
                    out += "    evidence: no raw events stored for this dyad (aggregates only)\n"
                } else {
                    let direction = shift.kind == .rapprochement ? "cooperative" : "conflictual"
                    let key = keyEvents(evidence, limit: 10)
                    out += "    evidence: \(evidence.count) \(direction) events since \(shift.to)"
                    out += key.count < evidence.count ? "; the \(key.count) weightiest:\n" : ":\n"
                    out += eventTable(key, citations: &citations, indent: 6)
                }
                out += "\n"
            }
        }
        if timeline {
            out += "  Timeline (\(reading.events.count) events)\n"
            out += eventTable(reading.events, citations: &citations, indent: 4) + "\n"
        }
        return out
    }

    /// The events that weigh most, oldest first: confirmed before reported, material before verbal,
    /// then by the size of their Goldstein weight.
    static func keyEvents(_ events: [Event], limit: Int) -> [Event] {
        let ranked = events.sorted { a, b in
            let rankA = (a.reported ? 1 : 0, a.quadClass == .materialCooperation || a.quadClass == .materialConflict ? 0 : 1, -abs(a.goldstein))
            let rankB = (b.reported ? 1 : 0, b.quadClass == .materialCooperation || b.quadClass == .materialConflict ? 0 : 1, -abs(b.goldstein))
            return rankA < rankB
        }
        return Array(ranked.prefix(limit)).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    static func segment(_ segment: Shift.Segment) -> String {
        let interval = Text.interval(segment.level.low...segment.level.high)
        return "\(segment.first)–\(segment.last): index \(Format.signed(segment.index)) \(interval) over "
            + Format.count(segment.events, "event")
    }

    static func eventTable(_ events: [Event], citations: inout CitationIndex, indent: Int) -> String {
        var table = TextTable([
            .init("date"), .init("who"), .init("code", .right), .init("q", .right), .init("src", .right), .init("what happened"),
        ])
        for event in events {
            table.append([
                event.date.description, Text.direction(event), event.cameo.rawValue, String(event.quadClass.rawValue),
                "[\(citations.number(for: event))]", event.summary + Text.flags(event),
            ])
        }
        return table.render(indent: indent)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = self
        while text.last == set { text.removeLast() }
        return text
    }
}
