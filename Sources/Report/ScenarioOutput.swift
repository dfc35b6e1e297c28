import EntenteAnalysis
import EntenteModel

/// A what-if as `entente brief --scenario FILE` prints it: the hypothetical events, then each measure as it
/// stands and with them, side by side.
public struct ScenarioDocument: Codable, Sendable, Hashable {
    public let hypothetical: [Event]
    public let changes: [ScenarioComparison.Change]
    public let baseline: BriefDocument
    public let scenario: BriefDocument

    public init(_ comparison: ScenarioComparison) {
        hypothetical = comparison.hypothetical
        changes = comparison.changes
        baseline = BriefDocument(comparison.baseline)
        scenario = BriefDocument(comparison.scenario)
    }
}

public enum ScenarioOutput {
    public static func render(_ comparison: ScenarioComparison, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return text(comparison)
        case .markdown: return markdown(comparison)
        case .json: return try JSONOutput.encode(ScenarioDocument(comparison)) + "\n"
        case .csv, .jsonl: throw UnsupportedFormat(format, for: "a what-if brief", supported: [.text, .json, .markdown])
        }
    }

    public static func text(_ comparison: ScenarioComparison) -> String {
        let request = comparison.scenario.request
        let title = "What if: \(request.label(for: request.pair)), seen from \(CountryResolver.standard.name(of: request.focal))"
        var out = title + "\n" + String(repeating: "═", count: title.count) + "\n"
        out += "Hypothetical events (what-if: they never happened, and are never stored)\n"
        var events = TextTable([.init("date"), .init("who"), .init("code", .right), .init("q", .right), .init("what would happen")])
        for event in comparison.hypothetical {
            events.append([event.date.description, Text.direction(event), event.cameo.rawValue, String(event.quadClass.rawValue), event.summary + Text.flags(event)])
        }
        out += events.render(indent: 2) + "\n"
        let changes = comparison.changes
        let measures = changes.filter { $0.measure != "finding" }
        let findings = changes.filter { $0.measure == "finding" }
        if changes.isEmpty {
            out += "Nothing changes: the series, shifts, triangles, balance and findings read the same with these events.\n"
            return out
        }
        out += "Before and after, side by side\n"
        for change in measures {
            out += "  \(change.measure)\n"
            out += Text.wrap(change.baseline, firstPrefix: "    as it stands:  ", prefix: "                   ")
            out += Text.wrap(change.scenario, firstPrefix: "    with what-if:  ", prefix: "                   ")
        }
        if !findings.isEmpty {
            out += "\nFindings the what-if removes (−) and adds (+)\n"
            for change in findings where change.scenario == "—" { out += Text.wrap(change.baseline, firstPrefix: "  − ", prefix: "    ") }
            for change in findings where change.baseline == "—" { out += Text.wrap(change.scenario, firstPrefix: "  + ", prefix: "    ") }
        }
        out += "\n"
        var citations = CitationIndex(comparison.scenario.pair.events)
        out += BriefText.implications(comparison.scenario, citations: &citations)
        return out
    }

    public static func markdown(_ comparison: ScenarioComparison) -> String {
        let request = comparison.scenario.request
        var out = "# What if: \(request.label(for: request.pair)), seen from \(CountryResolver.standard.name(of: request.focal))\n\n"
        out += "## Hypothetical events\n\n| date | who | code | what would happen |\n|---|---|---|---|\n"
        for event in comparison.hypothetical {
            out += "| \(event.date) | \(Text.direction(event)) | \(event.cameo) | \(BriefMarkdown.escape(event.summary + Text.flags(event))) |\n"
        }
        out += "\n## Before and after\n\n| measure | as it stands | with the what-if |\n|---|---|---|\n"
        for change in comparison.changes {
            out += "| \(change.measure) | \(BriefMarkdown.escape(change.baseline)) | \(BriefMarkdown.escape(change.scenario)) |\n"
        }
        return out + "\n"
    }
}
