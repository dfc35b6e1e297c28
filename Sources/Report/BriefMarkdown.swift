import EntenteAnalysis
import EntenteModel

/// The brief as Markdown: the same sections as the text form, as headings, lists and tables.
public enum BriefMarkdown {
    public static func render(_ brief: Brief) -> String {
        let request = brief.request
        var citations = CitationIndex(brief.pair.events + brief.focalDyads.flatMap(\.events))
        var out = "# \(request.label(for: request.pair)), seen from \(CountryResolver.standard.name(of: request.focal))\n\n"
        out += "_\(BriefText.scope(brief))_\n\n## Findings\n\n"
        for finding in brief.findings { out += "- \(escape(finding.text))\n" }
        out += "\n"
        for reading in [brief.pair] + brief.focalDyads {
            out += "## \(request.label(for: reading.dyad))\n\n"
            guard reading.series.totalEvents > 0 else {
                out += "No events between them in the store for this period.\n\n"
                continue
            }
            out += "| \(reading.series.length.rawValue) | events | coop. | conflict | Goldstein mean | index | 95% interval |\n"
            out += "|---|--:|--:|--:|--:|--:|---|\n"
            for point in reading.series.observed {
                out += "| \(point.period)\(point.spread > 0 ? "~" : "") | \(Format.count(point.events)) | "
                    + "\(Format.count(point.cooperative)) | \(Format.count(point.conflictual)) | "
                    + "\(point.goldsteinMean.map { Format.signed($0, places: 1) } ?? "") | "
                    + "\(point.cooperationIndex.map { Format.signed($0) } ?? "") | \(Text.interval(point.interval)) |\n"
            }
            if reading.series.points.contains(where: { $0.spread > 0 }) {
                out += "\n~ includes events dated only to a year or decade, spread evenly over the periods they span.\n"
            }
            out += "\n"
            let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for shift in reading.shifts {
                out += "### \(shift.kind.rawValue.capitalized) between \(shift.from) and \(shift.to)\n\n"
                out += "- before: \(BriefText.segment(shift.before))\n- after: \(BriefText.segment(shift.after))\n\n"
                let evidence = shift.evidence.compactMap { byID[$0] }
                if !evidence.isEmpty {
                    out += "Evidence:\n\n" + eventTable(evidence, citations: &citations) + "\n"
                }
            }
            out += "### Timeline\n\n" + eventTable(reading.events, citations: &citations) + "\n"
        }
        out += relations(brief)
        out += "## Sources\n\n"
        for (index, citation) in citations.citations.enumerated() { out += "\(index + 1). \(escape(citation))\n" }
        return out
    }

    static func eventTable(_ events: [Event], citations: inout CitationIndex) -> String {
        var out = "| date | who | code | what happened | source |\n|---|---|---|---|---|\n"
        for event in events {
            out += "| \(event.date) | \(Text.direction(event)) | \(event.cameo) | \(escape(event.summary + Text.flags(event))) | "
                + "[\(citations.number(for: event))] |\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}

extension String {
    var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
