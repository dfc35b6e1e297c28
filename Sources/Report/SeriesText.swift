import EntenteAnalysis
import EntenteModel

/// A dyad series as an aligned table, for people.
public enum SeriesText {
    /// The periods with events (or every period when `includeEmpty`), with counts, Goldstein, index and a bar.
    public static func render(_ series: DyadSeries, includeEmpty: Bool = false, indent: Int = 2) -> String {
        var table = TextTable(
            [
                .init(series.length.rawValue), .init("events", .right), .init("v.coop", .right), .init("m.coop", .right),
                .init("v.conf", .right), .init("m.conf", .right), .init("gold.", .right), .init("index", .right),
                .init("95% interval"), .init("conflict | cooperation"),
            ])
        for point in includeEmpty ? series.points : series.observed {
            table.append([
                point.period.description + (point.spread > 0 ? "~" : ""), Format.count(point.events),
                Format.count(point.counts[0]), Format.count(point.counts[1]), Format.count(point.counts[2]),
                Format.count(point.counts[3]), point.goldsteinMean.map { Format.signed($0, places: 1) } ?? "",
                point.cooperationIndex.map { Format.signed($0) } ?? "", Text.interval(point.interval), Text.bar(point.cooperationIndex),
            ])
        }
        var text = table.render(indent: indent)
        if series.points.contains(where: { $0.spread > 0 }) {
            text += String(repeating: " ", count: indent)
                + "~ includes events dated only to a year or decade, spread evenly over the periods they span\n"
        }
        return text
    }
}
