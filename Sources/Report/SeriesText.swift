import EntenteAnalysis
import EntenteModel

/// A dyad series as an aligned table, for people.
public enum SeriesText {
    /// The periods with events (or every period when `includeEmpty`), with counts, Goldstein, index and a bar.
    ///
    /// A run of periods that hold nothing but the same coarsely dated events (the 1980s spread over ten
    /// years, say) is one row for the run, with the run's totals, unless `includeEmpty` asks for every period.
    public static func render(_ series: DyadSeries, includeEmpty: Bool = false, indent: Int = 2) -> String {
        var table = TextTable(
            [
                .init(series.length.rawValue), .init("events", .right), .init("v.coop", .right), .init("m.coop", .right),
                .init("v.conf", .right), .init("m.conf", .right), .init("gold.", .right), .init("index", .right),
                .init("95% interval"), .init("−1 ··|·· +1"),
            ])
        let rows = includeEmpty ? series.points.map { Row(first: $0.period, last: $0.period, points: [$0]) } : runs(series.observed)
        for row in rows {
            let point = row.total
            let label = row.first == row.last ? row.first.description : "\(row.first)–\(row.last)"
            table.append([
                label + (point.spread > 0 ? "~" : ""), Format.count(point.events),
                Format.count(point.counts[0]), Format.count(point.counts[1]), Format.count(point.counts[2]),
                Format.count(point.counts[3]), point.goldsteinMean.map { Format.signed($0, places: 1) } ?? "",
                point.cooperationIndex.map { Format.signed($0) } ?? "", Text.interval(point.interval), Text.bar(point.cooperationIndex),
            ])
        }
        var text = table.render(indent: indent)
        if series.points.contains(where: { $0.spread > 0 }) {
            text += String(repeating: " ", count: indent)
                + "~ includes events dated only to a year or a span of years, spread evenly over its periods\n"
        }
        return text
    }

    struct Row {
        let first: Period
        var last: Period
        var points: [DyadSeries.Point]

        var total: DyadSeries.Point {
            guard points.count > 1 else { return points[0] }
            var counts = [0.0, 0, 0, 0]
            for point in points { for quad in 0..<4 { counts[quad] += point.counts[quad] } }
            return DyadSeries.Point(
                period: first, counts: counts, goldsteinSum: points.reduce(0) { $0 + $1.goldsteinSum },
                spread: points.reduce(0) { $0 + $1.spread }, mentions: points.reduce(0) { $0 + $1.mentions })
        }
    }

    /// Joins adjacent periods that hold only the same spread events into one row.
    static func runs(_ points: [DyadSeries.Point]) -> [Row] {
        var rows: [Row] = []
        for point in points {
            if var last = rows.last, let previous = last.points.last, previous.period.next == point.period,
                isOnlySpread(previous), isOnlySpread(point), same(previous, point)
            {
                last.last = point.period
                last.points.append(point)
                rows[rows.count - 1] = last
            } else {
                rows.append(Row(first: point.period, last: point.period, points: [point]))
            }
        }
        return rows
    }

    static func isOnlySpread(_ point: DyadSeries.Point) -> Bool { abs(point.spread - point.events) < 1e-9 }

    static func same(_ a: DyadSeries.Point, _ b: DyadSeries.Point) -> Bool {
        zip(a.counts, b.counts).allSatisfy { abs($0 - $1) < 1e-9 } && abs(a.goldsteinSum - b.goldsteinSum) < 1e-9
    }
}
