import EntenteAnalysis
import EntenteModel

/// A dyad's series as `entente dyad` prints it.
public enum SeriesOutput {
    /// - Parameter order: the states in the order the user named them, for the title (undirected dyads are
    ///   stored in code order).
    public static func text(_ reading: SeriesReading, includeEmpty: Bool, order: (String, String)? = nil) -> String {
        let series = reading.series
        let resolver = CountryResolver.standard
        let arrow = series.dyad.directed ? " → " : "–"
        let (first, second) = order ?? (series.dyad.first, series.dyad.second)
        let title = "\(resolver.name(of: first))\(arrow)\(resolver.name(of: second)) by \(series.length.rawValue)"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        out += "  datasets: \(reading.datasets.description)\n"
        guard series.totalEvents > 0 else { return out + "  No events between them in the store for this period.\n" }
        out += SeriesText.render(series, includeEmpty: includeEmpty)
        out += "\n"
        if reading.shifts.isEmpty {
            let measures = series.measuresReadForShifts.map(\.name).joined(separator: ", ")
            out += "  Shifts: none in \(measures) — no change point earns its penalty (PELT, calibrated to 5 % false shifts).\n"
        }
        for shift in reading.shifts { out += Self.shift(shift, dyad: series.dyad, datasets: reading.datasets) }
        return out
    }

    /// A shift as the dyad command lists it: what moved and by how much, the two segments, what carries it, and the
    /// command that lists the rest.
    static func shift(_ shift: Shift, dyad: Dyad, datasets: DatasetSelection) -> String {
        var out = "  Shift: \(shift.kind.rawValue.uppercased()) in \(shift.measure.name) \(shift.when), "
            + "change \(BriefText.change(shift))\n"
        out += BriefText.segmentLines(shift)
        if shift.evidenceCount > 0 {
            let roots = shift.rootCodeSummary(limit: 4)
            out += "    carried by \(Format.count(Double(shift.evidenceCount))) stored events: \(roots.joined(separator: ", "))\n"
        }
        out += "    list them: \(BriefText.listCommand(shift, dyad: dyad, datasets: datasets))\n"
        return out
    }

    public static func csv(_ series: DyadSeries) -> String {
        var out = CSV.line(SeriesPointDocument.header)
        for point in series.points { out += CSV.line(SeriesPointDocument(point).csvFields(dyad: series.dyad)) }
        return out
    }
}
