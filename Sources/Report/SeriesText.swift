import EntenteAnalysis
import EntenteModel
import Foundation

/// A dyad series as an aligned table, for people.
public enum SeriesText {
    /// The periods with events (or every period when `includeEmpty`), with counts, Goldstein, index and a bar.
    ///
    /// A run of periods that hold nothing but the same coarsely dated events (the 1980s spread over ten
    /// years, say) is one row for the run, with the run's totals, unless `includeEmpty` asks for every period.
    /// - Parameter condensedBy: shifts to condense the series by (``condensed(_:shifts:)``): one row per stretch.
    public static func render(_ series: DyadSeries, includeEmpty: Bool = false, indent: Int = 2, condensedBy shifts: [Shift]? = nil) -> String {
        let relative = series.isRelative
        var columns: [TextTable.Column] = [.init(series.length.rawValue), .init("events", .right)]
        columns += relative
            ? [.init("coop.", .right), .init("conf.", .right)]
            : [.init("v.coop", .right), .init("m.coop", .right), .init("v.conf", .right), .init("m.conf", .right)]
        columns += [.init("gold.", .right), .init("index", .right), .init("95% interval")]
        columns += relative ? [.init("rel.tone", .right), .init("95% interval"), .init("× expected", .right), .init("conf. × exp.", .right)] : [.init("−1 ··|·· +1")]
        var table = TextTable(columns)
        let rows =
            if let shifts { condensed(series, shifts: shifts) } else if includeEmpty {
                series.points.map { Row(first: $0.period, last: $0.period, points: [$0]) }
            } else { runs(series.observed) }
        for row in rows {
            let point = row.total
            let label = row.first == row.last ? row.first.description : "\(row.first)–\(row.last)"
            var cells = [label + (point.spread > 0 ? "~" : ""), Format.count(point.events)]
            cells += relative
                ? [Format.count(point.cooperative), Format.count(point.conflictual)]
                : point.counts.map { Format.count($0) }
            cells += [
                point.goldsteinMean.map { Format.signed($0, places: 1) } ?? "–", point.cooperationIndex.map { Format.signed($0) } ?? "",
                Text.interval(point.interval),
            ]
            if relative {
                let tone = point.relative?.tone
                cells += [
                    tone.map { Format.signed($0.value) } ?? "", tone.map { Text.interval($0.low...$0.high) } ?? "",
                    point.engagementRatio.map { Format.ratio($0) } ?? "", point.hostilityRatio.map { Format.ratio($0) } ?? "",
                ]
            } else {
                cells.append(Text.bar(point.cooperationIndex))
            }
            table.append(cells)
        }
        var text = table.render(indent: indent)
        let pad = String(repeating: " ", count: indent)
        if series.points.contains(where: { $0.spread > 0 }) {
            text += pad + "~ includes events dated only to a year or a span of years, spread evenly over its periods\n"
        }
        if relative {
            text += pad + "rel.tone: log-odds of cooperation against what the two states' relations with everyone else lead one to\n"
                + pad + "  expect (0: as expected); × expected: events over those expected of each state's activity with others;\n"
                + pad + "  conf. × exp.: conflictual events over those expected of each state's conflictual dealings with others\n"
        }
        if series.noise.tone.isEstimated {
            text += pad + "Intervals allow for the extra-binomial noise estimated from every pair's moves between periods.\n"
        }
        let unestimated = Shift.Measure.relative.filter { !series.noise.of($0).isEstimated }
        if relative, !unestimated.isEmpty {
            text += pad + "\(unestimated.map(\.name).joined(separator: ", ").capitalizedFirst): too few pairs with \(Int(Baseline.minimumEventsForNoise)) events "
                + "in consecutive periods\n" + pad + "  to estimate the noise; intervals count events alone, and moves are not read as shifts.\n"
        }
        return text
    }

    /// The rows of a series condensed to the stretches between its shifts (of its leading measure: relative tone
    /// where it carries it, else tone): one row per stretch, for a brief that stays short however long the series.
    static func condensed(_ series: DyadSeries, shifts: [Shift]) -> [Row] {
        let measure: Shift.Measure = series.isRelative ? .relativeTone : .tone
        var starts = shifts.filter { $0.measure == measure }.map(\.to).sorted()[...]
        var rows: [Row] = []
        for point in series.observed {
            if var last = rows.last, starts.first.map({ point.period < $0 }) ?? true {
                last.last = point.period
                last.points.append(point)
                rows[rows.count - 1] = last
            } else {
                while let start = starts.first, point.period >= start { starts.removeFirst() }
                rows.append(Row(first: point.period, last: point.period, points: [point]))
            }
        }
        return rows
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
                spread: points.reduce(0) { $0 + $1.spread }, mentions: points.reduce(0) { $0 + $1.mentions }, relative: pooledRelative,
                goldsteinEvents: points.reduce(0) { $0 + $1.goldsteinEvents })
        }

        /// The rows' relative measures pooled: tone by inverse-variance weights, events over expected summed.
        var pooledRelative: DyadSeries.Point.Relative? {
            let related = points.compactMap(\.relative)
            guard !related.isEmpty else { return nil }
            let tones = related.compactMap(\.tone)
            var tone: Estimate?
            if !tones.isEmpty {
                let weights = tones.map { 1 / ($0.standardError * $0.standardError) }
                let total = weights.reduce(0, +)
                tone = Estimate(
                    value: zip(weights, tones).reduce(0) { $0 + $1.0 * $1.1.value } / total, standardError: (1 / total).squareRoot())
            }
            let events = points.filter { $0.relative != nil }.reduce(0) { $0 + $1.events }
            let expected = related.reduce(0) { $0 + $1.expectedEvents }
            let engagementWeights = related.map { 1 / ($0.engagement.standardError * $0.engagement.standardError) }
            let engagementError = (1 / engagementWeights.reduce(0, +)).squareRoot()
            // Hostility over the periods that read it, pooled the same way.
            let hostile = points.filter { $0.relative?.hostility != nil }
            var hostility: Estimate?
            var expectedConflict: Double?
            if !hostile.isEmpty {
                let conflictual = hostile.reduce(0) { $0 + $1.conflictual }
                let expected = hostile.reduce(0) { $0 + $1.relative!.expectedConflict! }
                let weights = hostile.map { 1 / ($0.relative!.hostility!.standardError * $0.relative!.hostility!.standardError) }
                hostility = Estimate(value: log((conflictual + 0.5) / (expected + 0.5)), standardError: (1 / weights.reduce(0, +)).squareRoot())
                expectedConflict = expected
            }
            return DyadSeries.Point.Relative(
                tone: tone, expectedIndex: related.reduce(0) { $0 + $1.expectedIndex } / Double(related.count),
                engagement: Estimate(value: log((events + 0.5) / (expected + 0.5)), standardError: engagementError), expectedEvents: expected,
                hostility: hostility, expectedConflict: expectedConflict)
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
