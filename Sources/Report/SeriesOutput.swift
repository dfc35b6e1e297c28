import EntenteAnalysis
import EntenteModel

/// A dyad's series as `entente dyad` prints it.
public enum SeriesOutput {
    public static func csv(_ series: DyadSeries) -> String {
        var out = CSV.line(SeriesPointDocument.header)
        for point in series.points { out += CSV.line(SeriesPointDocument(point).csvFields(dyad: series.dyad)) }
        return out
    }

    /// - Parameter order: the states in the order the user named them, for the title (undirected dyads are
    ///   stored in code order).
    public static func text(_ series: DyadSeries, shifts: [Shift], includeEmpty: Bool, order: (String, String)? = nil) -> String {
        let resolver = CountryResolver.standard
        let arrow = series.dyad.directed ? " → " : "–"
        let (first, second) = order ?? (series.dyad.first, series.dyad.second)
        let title = "\(resolver.name(of: first))\(arrow)\(resolver.name(of: second)) by \(series.length.rawValue)"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        guard series.totalEvents > 0 else { return out + "  No events between them in the store for this period.\n" }
        out += SeriesText.render(series, includeEmpty: includeEmpty)
        out += "\n"
        if shifts.isEmpty {
            out += "  Shifts: none — no change point earns its penalty (PELT, binomial cost, BIC).\n"
        }
        for shift in shifts {
            out += "  Shift: \(shift.kind.rawValue.uppercased()) between \(shift.from) and \(shift.to)\n"
            out += "    before  \(BriefText.segment(shift.before))\n"
            out += "    after   \(BriefText.segment(shift.after))\n"
            out += "    evidence: \(shift.evidence.count) events (entente events --actors \(series.dyad.first),\(series.dyad.second) --from \(shift.to))\n"
        }
        return out
    }
}
