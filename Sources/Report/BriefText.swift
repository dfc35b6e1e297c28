import EntenteAnalysis
import EntenteModel
import Foundation

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

    /// The periods a series covers and their length: "2002–2014 by year", "2018 by year" (one period), nil when empty.
    public static func span(of series: DyadSeries) -> String? {
        guard let first = series.points.first?.period, let last = series.points.last?.period else { return nil }
        return "\(first == last ? "\(first)" : "\(first)–\(last)") by \(series.length.rawValue)"
    }

    static func scope(_ brief: Brief) -> String {
        let series = brief.pair.series
        var parts: [String] = []
        if let span = span(of: series) { parts.append(span) }
        parts.append("\(Format.count(series.totalEvents)) events between the pair")
        parts.append("datasets: \(brief.datasets.description)")
        let sources = brief.sources.map { "\(Format.count(Double($0.events))) from \($0.dataset)" }
        // The sources count the events of every dyad the brief reads (the pair and the focal state's), not the pair's alone.
        if sources.count > 1 { parts.append("events of the brief's dyads: " + sources.joined(separator: ", ")) }
        return Text.wrap(parts.joined(separator: " · "), prefix: "").trimmingCharacters(in: "\n")
    }

    /// Most rows of a series table in the brief: a longer series is shown by its segments between shifts, with the
    /// command that prints it whole.
    static let seriesRows = 16

    static func reading(
        _ reading: Brief.DyadReading, label: String, brief: Brief, citations: inout CitationIndex, timeline: Bool
    ) -> String {
        var out = label + "\n" + String(repeating: "─", count: label.count) + "\n"
        guard reading.series.totalEvents > 0 else {
            return out + "  No events between them in the store for this period.\n\n"
        }
        let command = "entente dyad \(reading.dyad.first) \(reading.dyad.second) --by \(reading.series.length.rawValue)"
            + datasetOptions(brief.datasets)
        if SeriesText.runs(reading.series.observed).count <= seriesRows {
            out += "  Series by \(reading.series.length.rawValue) (periods with events)\n"
            out += SeriesText.render(reading.series, indent: 4) + "\n"
        } else {
            out += "  Series by \(reading.series.length.rawValue), condensed to its stretches between shifts (whole: \(command))\n"
            out += SeriesText.render(reading.series, indent: 4, condensedBy: reading.shifts) + "\n"
        }
        if reading.shifts.isEmpty {
            out += "  Shifts: none — no change point earns its penalty (PELT, calibrated to 5 % false shifts).\n\n"
        } else {
            let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for shift in reading.shifts {
                out += "  Shift: \(shift.kind.rawValue.uppercased()) in \(shift.measure.name) \(shift.when), "
                    + "change \(change(shift))\n"
                out += segmentLines(shift)
                let evidence = shift.evidence.compactMap { byID[$0] }
                if shift.evidenceCount == 0 {
                    out += "    evidence: no raw events stored for this dyad (aggregates only)\n"
                } else {
                    let roots = shift.rootCodeSummary(limit: 4)
                    out += Text.wrap(
                        "evidence: \(Format.count(Double(shift.evidenceCount))) stored \(carrying(shift)) events (\(roots.joined(separator: ", ")))"
                            + (evidence.count < shift.evidenceCount ? "; the \(evidence.count) weightiest:" : ":"),
                        firstPrefix: "    ", prefix: "      ")
                    out += eventTable(evidence.sorted { ($0.date, $0.id) < ($1.date, $1.id) }, citations: &citations, indent: 6)
                    if evidence.count < shift.evidenceCount {
                        out += "      the rest: \(listCommand(shift, dyad: reading.dyad, datasets: brief.datasets))\n"
                    }
                }
                out += "\n"
            }
        }
        if timeline, !reading.events.isEmpty {
            let shown = keyEvents(reading.events, limit: Brief.timelineLimit)
            out += "  Timeline: the \(shown.count) weightiest of \(Format.count(Double(reading.storedEvents))) stored events\n"
            out += eventTable(shown, citations: &citations, indent: 4) + "\n"
        }
        return out
    }

    /// Which events carry a shift, in a word.
    static func carrying(_ shift: Shift) -> String {
        shift.isCarriedByCooperation.map { $0 ? "cooperative" : "conflictual" } ?? ""
    }

    /// The command that lists a shift's events.
    static func listCommand(_ shift: Shift, dyad: Dyad, datasets: DatasetSelection) -> String {
        var command = "entente events --actors \(dyad.first),\(dyad.second) --from \(shift.after.first.start.iso) --to \(shift.after.last.end.iso)"
        if let cooperative = shift.isCarriedByCooperation { command += " --codes " + (cooperative ? "01-09" : "10-20") }
        return command + datasetOptions(datasets)
    }

    /// ` --dataset X --dataset Y` when the user named datasets, nothing for the default.
    static func datasetOptions(_ datasets: DatasetSelection) -> String {
        datasets.isDefault ? "" : datasets.names.map { " --dataset \($0)" }.joined()
    }

    /// What a shift's two segments are called: before and after it, or for a spell the stretch around it and the
    /// spell's own period.
    static func sides(_ shift: Shift) -> (before: String, after: String) {
        shift.isSpell ? ("around", "during") : ("before", "after")
    }

    /// A shift's two segments, a line each, as the text outputs list them under the shift.
    static func segmentLines(_ shift: Shift) -> String {
        let sides = sides(shift)
        return "    \(sides.before.padding(toLength: 7, withPad: " ", startingAt: 0)) \(segment(shift.before, measure: shift.measure))\n"
            + "    \(sides.after.padding(toLength: 7, withPad: " ", startingAt: 0)) \(segment(shift.after, measure: shift.measure))\n"
    }

    /// A shift's change on its measure's scale, with its interval.
    static func change(_ shift: Shift) -> String {
        switch shift.measure {
        case .engagement:
            return "\(shift.change.ratioText) in volume against the expected"
        case .hostility:
            return "\(shift.change.ratioText) in conflict against the expected"
        case .tone:
            return "\(shift.change.signedText) in index"
        case .relativeTone:
            return "\(shift.change.signedText) in log-odds"
        }
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

    static func segment(_ segment: Shift.Segment, measure: Shift.Measure = .tone) -> String {
        let level = segment.level
        let measured: String
        switch measure {
        case .tone:
            measured = "index \(Format.signed(level.value)) \(Text.interval(level.low...level.high))"
        case .relativeTone:
            measured = "relative tone \(Format.signed(level.value)) \(Text.interval(level.low...level.high)) (index \(Format.signed(segment.index)))"
        case .engagement:
            measured = "\(level.ratioText) the expected volume"
        case .hostility:
            measured = "\(level.ratioText) the expected conflict"
        }
        return "\(segment.label): \(measured) over " + segment.events(for: measure)
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
