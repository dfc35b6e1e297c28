import EntenteAnalysis
import EntenteModel

/// The brief as Markdown: the same sections as the text form, as headings, lists and tables.
public enum BriefMarkdown {
    /// A chart written as an SVG file beside the Markdown file.
    public struct ChartFile: Sendable, Hashable {
        /// The file's name, relative to the Markdown file.
        public let name: String
        public let svg: String
    }

    /// The brief as Markdown that shows its charts as SVG files beside it: the text and the files to write.
    ///
    /// - Parameter prefix: what the files' names start with (the Markdown file's name without `.md`).
    public static func document(_ brief: Brief, prefix: String) -> (markdown: String, charts: [ChartFile]) {
        var charts: [ChartFile] = []
        let markdown = render(brief) { reading, label in
            guard reading.series.totalEvents > 0 else { return "" }
            let stem = "\(prefix)-\(reading.dyad.first)-\(reading.dyad.second)".lowercased()
            var out = ""
            let series = ChartFile(
                name: stem + "-series.svg",
                svg: SeriesChart.svg(reading.series, shifts: reading.shifts, id: "series", title: label))
            charts.append(series)
            out += "![\(label): cooperation index by \(reading.series.length.rawValue); \(escape(SeriesChart.description(reading.series, shifts: reading.shifts)))](\(series.name))\n\n"
            if !reading.events.isEmpty {
                let timeline = ChartFile(
                    name: stem + "-timeline.svg", svg: TimelineChart.svg(reading.events, id: "timeline", title: label))
                charts.append(timeline)
                out += "![\(label): timeline of events by quad class](\(timeline.name))\n\n"
            }
            return out
        }
        return (markdown, charts)
    }

    public static func render(_ brief: Brief) -> String { render(brief, charts: { _, _ in "" }) }

    static func render(_ brief: Brief, charts: (Brief.DyadReading, String) -> String) -> String {
        let request = brief.request
        var citations = CitationIndex(brief.pair.events + brief.focalDyads.flatMap(\.events))
        var out = "# \(request.label(for: request.pair)), seen from \(CountryResolver.standard.name(of: request.focal))\n\n"
        out += "_\(BriefText.scope(brief))_\n\n## Findings\n\n"
        for finding in brief.findings { out += "- \(escape(finding.text))\n" }
        out += "\n"
        for reading in [brief.pair] + brief.focalDyads {
            out += "## \(request.label(for: reading.dyad))\n\n"
            out += charts(reading, request.label(for: reading.dyad))
            guard reading.series.totalEvents > 0 else {
                out += "No events between them in the store for this period.\n\n"
                continue
            }
            let relative = reading.series.isRelative
            let condensed = SeriesText.runs(reading.series.observed).count > BriefText.seriesRows
            if condensed {
                out += "_Condensed to the stretches between shifts; the whole series: `entente dyad \(reading.dyad.first) \(reading.dyad.second) "
                    + "--by \(reading.series.length.rawValue)`._\n\n"
            }
            out += "| \(reading.series.length.rawValue) | events | coop. | conflict | Goldstein mean | index | 95% interval |"
                + (relative ? " relative tone | 95% interval | × expected | conflict × expected |\n" : "\n")
            out += "|---|--:|--:|--:|--:|--:|---|" + (relative ? "--:|---|--:|--:|\n" : "\n")
            let rows = condensed ? SeriesText.condensed(reading.series, shifts: reading.shifts) : SeriesText.runs(reading.series.observed)
            for row in rows {
                let point = row.total
                let label = row.first == row.last ? row.first.description : "\(row.first)–\(row.last)"
                out += "| \(label)\(point.spread > 0 ? "~" : "") | \(Format.count(point.events)) | "
                    + "\(Format.count(point.cooperative)) | \(Format.count(point.conflictual)) | "
                    + "\(point.goldsteinMean.map { Format.signed($0, places: 1) } ?? "–") | "
                    + "\(point.cooperationIndex.map { Format.signed($0) } ?? "") | \(Text.interval(point.interval)) |"
                if relative {
                    let tone = point.relative?.tone
                    out += " \(tone.map { Format.signed($0.value) } ?? "") | \(tone.map { Text.interval($0.low...$0.high) } ?? "") | "
                        + "\(point.engagementRatio.map { Format.ratio($0) } ?? "") | \(point.hostilityRatio.map { Format.ratio($0) } ?? "") |"
                }
                out += "\n"
            }
            if reading.series.points.contains(where: { $0.spread > 0 }) {
                out += "\n~ includes events dated only to a year or decade, spread evenly over the periods they span.\n"
            }
            out += "\n"
            let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for shift in reading.shifts {
                out += "### \(shift.kind.rawValue.capitalizedFirst) in \(shift.measure.name) \(shift.when)\n\n"
                out += "- change: \(BriefText.change(shift))\n"
                let sides = BriefText.sides(shift)
                out += "- \(sides.before): \(BriefText.segment(shift.before, measure: shift.measure))\n"
                out += "- \(sides.after): \(BriefText.segment(shift.after, measure: shift.measure))\n"
                if shift.evidenceCount > 0 {
                    let roots = shift.rootCodeSummary(limit: 4)
                    out += "- carried by \(Format.count(Double(shift.evidenceCount))) stored \(BriefText.carrying(shift)) events (\(roots.joined(separator: ", "))); "
                        + "the rest: `\(BriefText.listCommand(shift, dyad: reading.dyad, datasets: brief.datasets))`\n"
                }
                out += "\n"
                let evidence = shift.evidence.compactMap { byID[$0] }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
                if !evidence.isEmpty {
                    out += "The weightiest:\n\n" + eventTable(evidence, citations: &citations) + "\n"
                }
            }
            let shown = BriefText.keyEvents(reading.events, limit: Brief.timelineLimit)
            if !shown.isEmpty {
                out += "### Timeline: the \(shown.count) weightiest of \(Format.count(Double(reading.storedEvents))) stored events\n\n"
                    + eventTable(shown, citations: &citations) + "\n"
            }
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
    /// The text with its first letter upper case ("rapprochement in tone" → "Rapprochement in tone").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
