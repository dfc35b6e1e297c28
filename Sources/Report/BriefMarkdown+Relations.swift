import EntenteAnalysis
import EntenteModel

/// The Markdown brief's sections on drivers and on what the shift means for the focal state.
extension BriefMarkdown {
    static func relations(_ brief: Brief) -> String {
        var out = "## Drivers\n\n"
        out += DriversOutput.render(markdownOf: brief.drivers)
        out += "## What it means for \(CountryResolver.standard.name(of: brief.focal))\n\n"
        guard let implications = brief.implications else { return out + "No events between the pair in the store for this period.\n\n" }
        out += "_\(escape(BriefText.scope(implications, request: brief.request)))_\n\n"
        let before = implications.before.map { " \($0)" } ?? ""
        out += "| triad | ties before | before\(before) | balance | ties after | after \(implications.after) | balance |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for triad in implications.triads {
            let earlier = triad.before
            out += "| \(triad.states.joined(separator: "–")) | \(earlier.map { $0.edges.map(\.sign.symbol).joined() } ?? "") | "
                + "\(earlier?.type.name ?? "") | \(earlier.map(BriefText.balance) ?? "") | "
                + "\(triad.after.edges.map(\.sign.symbol).joined()) | \(triad.after.type.name) | \(BriefText.balance(triad.after)) |\n"
        }
        out += "\nTies: first–second, first–third, second–third; + positive, − negative, 0 neutral.\n\n"
        for finding in implications.findings {
            out += "- \(escape(finding.text))"
            if !finding.evidence.isEmpty { out += " _Events: \(escape(Text.ids(finding.evidence)))._" }
            if !finding.figures.isEmpty { out += " _Figures: \(escape(finding.figures.prefix(6).joined(separator: "; ")))._" }
            out += "\n"
        }
        return out + "\n"
    }
}

extension DriversOutput {
    static func render(markdownOf drivers: Drivers) -> String { markdown(drivers) }
}
