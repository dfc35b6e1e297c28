import EntenteAnalysis
import EntenteModel

/// A dyad's cooperation index period by period, with its 95 % interval as a band, the volume of events
/// under it, and each shift in tone marked where it happens with the index before and after. Where the series is
/// read against a baseline, a dotted line draws the index expected of the pair (``RelativeChart`` draws the relative
/// measures and their shifts).
///
/// Elements carry classes for tests and styling: `interval` (the band, or a bar for a lone period),
/// `index-line`, `expected-line`, `point`, `volume`, `shift` with the shift's kind and measure.
public enum SeriesChart {
    public static let width = 720.0
    static let height = 300.0
    static let left = 52.0, right = 16.0, top = 34.0
    static let plotHeight = 160.0
    static let volumeTop = 226.0, volumeHeight = 34.0
    /// Past this many periods the points are not marked one by one (the line and band still are): a century by month
    /// stays a light chart.
    public static let pointLimit = 240

    /// - Parameters:
    ///   - shifts: the dyad's shifts; those in tone are drawn here.
    ///   - id: unique in the page.
    ///   - title: what the chart is of ("Russia–Pakistan"); the chart adds what it measures.
    public static func svg(_ series: DyadSeries, shifts: [Shift], id: String, title: String, standalone: Bool = true) -> String {
        let fullTitle = "\(title): cooperation index by \(series.length.rawValue)"
        let points = series.points
        guard series.totalEvents > 0, !points.isEmpty else {
            return SVGChart.empty(
                id: id, className: "series-chart", title: fullTitle, message: "No events between them for this period.",
                standalone: standalone)
        }
        let shifts = shifts.filter { $0.measure == .tone }
        let plotWidth = width - left - right
        let band = plotWidth / Double(points.count)
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }
        func y(_ value: Double) -> Double { top + (1 - value) / 2 * plotHeight }
        var slot: [Period: Int] = [:]
        for (index, point) in points.enumerated() { slot[point.period] = index }

        var body = ""
        // Grid and y axis.
        for value in [1.0, 0.5, 0, -0.5, -1] {
            body += SVGChart.line(left, y(value), width - right, y(value), color: value == 0 ? Palette.muted : Palette.grid,
                                  width: value == 0 ? 1 : 0.75)
            body += SVGChart.text(Format.signed(value, places: 1), x: left - 6, y: y(value) + 4, anchor: "end", color: Palette.muted)
        }
        body += SVGChart.text("cooperation", x: 4, y: y(1) - 14, color: Palette.muted, size: 10)
        body += SVGChart.text("conflict", x: 4, y: y(-1) + 14, color: Palette.muted, size: 10)

        // Interval: a band over each run of consecutive observed periods, a bar for a lone one.
        body += SVGChart.band(
            points.indices.filter { points[$0].interval != nil }, x: x, low: { y(points[$0].interval!.lowerBound) },
            high: { y(points[$0].interval!.upperBound) }, color: Palette.index)

        // What is expected of the pair, where the series is read against a baseline.
        let expected = points.indices.filter { points[$0].relative != nil }
        if !expected.isEmpty {
            body += SVGChart.path(expected, x: x, y: { y(points[$0].relative!.expectedIndex) }, color: Palette.muted, width: 1.5,
                                  dash: "1 3", className: "expected-line")
        }

        // The index line and its points.
        let observed = points.indices.filter { points[$0].cooperationIndex != nil }
        body += SVGChart.path(observed, x: x, y: { y(points[$0].cooperationIndex!) }, color: Palette.index, width: 2, className: "index-line")
        if points.count <= pointLimit {
            for index in observed {
                let point = points[index]
                var tip = "\(point.period): index \(Format.signed(point.cooperationIndex!)) \(interval(point.interval)), "
                    + "\(Format.count(point.events)) events (\(Format.count(point.cooperative)) cooperative)"
                if let relative = point.relative { tip += "; \(Format.signed(relative.expectedIndex)) expected" }
                if point.spread > 0 { tip += ", \(Format.count(point.spread)) spread from coarsely dated events" }
                body += "<circle class=\"point\" cx=\"\(HTML.number(x(index)))\" cy=\"\(HTML.number(y(point.cooperationIndex!)))\" r=\"3.5\" "
                    + "fill=\"\(point.spread > 0 ? "#ffffff" : Palette.index)\" stroke=\"\(Palette.index)\" stroke-width=\"1.5\">"
                    + "<title>\(HTML.escape(tip))</title></circle>\n"
            }
        }

        // Volume of events per period.
        let most = points.map(\.events).max() ?? 1
        body += SVGChart.text("events", x: 4, y: volumeTop + volumeHeight - 2, color: Palette.muted, size: 10)
        body += SVGChart.text("max " + Format.count(most), x: 4, y: volumeTop + 9, color: Palette.muted, size: 9)
        for (index, point) in points.enumerated() where point.events > 0 {
            let barHeight = max(1, point.events / most * volumeHeight)
            let tip = points.count <= pointLimit ? "<title>\(point.period): \(Format.count(point.events)) events</title>" : ""
            body += "<rect class=\"volume\" x=\"\(HTML.number(x(index) - band * 0.35))\" y=\"\(HTML.number(volumeTop + volumeHeight - barHeight))\" "
                + "width=\"\(HTML.number(max(1, band * 0.7)))\" height=\"\(HTML.number(barHeight))\" fill=\"\(Palette.volume)\">\(tip)</rect>\n"
        }
        body += SVGChart.line(left, volumeTop + volumeHeight, width - right, volumeTop + volumeHeight, color: Palette.muted, width: 0.75)

        // Period labels.
        for index in SVGChart.thinned(points.count, limit: 12) {
            body += SVGChart.text(points[index].period.description, x: x(index), y: volumeTop + volumeHeight + 16,
                                  anchor: "middle", color: Palette.ink, size: 10)
        }

        // Shifts in tone: a marker where each begins, and the index before and after as level lines.
        for (number, shift) in shifts.enumerated() {
            body += mark(shift, number: number, slot: slot, band: band, x: x, top: top, bottom: top + plotHeight) { y($0.index) }
        }

        return SVGChart.frame(
            id: id, className: "series-chart", width: width, height: height, title: fullTitle,
            description: description(series, shifts: shifts), body: body, standalone: standalone)
    }

    /// A shift on a chart of its measure: a dashed line where it begins, its segments' levels as dotted lines (at
    /// `level`'s height), and its kind with an arrow that says which way it went.
    static func mark(
        _ shift: Shift, number: Int, slot: [Period: Int], band: Double, x: (Int) -> Double, top: Double, bottom: Double,
        level: (Shift.Segment) -> Double
    ) -> String {
        guard let toIndex = slot[shift.to] else { return "" }
        let color = shift.isCarriedByCooperation ?? shift.kind.isRise ? Palette.rapprochement : Palette.estrangement
        let boundary = x(toIndex) - band / 2
        var group = "<g class=\"shift \(shift.kind.rawValue) \(shift.measure.rawValue)\">"
        group += "<title>\(HTML.escape(shiftSentence(shift)))</title>\n"
        group += SVGChart.line(boundary, top - 4, boundary, bottom, color: color, width: 2, dash: "5 3")
        for segment in [shift.before, shift.after] {
            guard let first = slot[segment.first], let last = slot[segment.last] else { continue }
            let height = min(max(level(segment), top), bottom)
            group += SVGChart.line(x(first) - band * 0.4, height, x(last) + band * 0.4, height, color: color, width: 1.5, dash: "2 2")
        }
        let label = arrow(shift) + " " + shift.kind.rawValue + " \(shift.to)"
        let anchor = boundary > width * 0.7 ? "end" : "start"
        group += SVGChart.text(label, x: boundary + (anchor == "end" ? -4 : 4), y: top - 8 - Double(number % 2) * 12,
                               anchor: anchor, color: Palette.ink, size: 10, weight: "600")
        return group + "</g>\n"
    }

    /// ▲ for a shift up (warmer, busier), ▼ for one down.
    static func arrow(_ shift: Shift) -> String { shift.kind.isRise ? "▲" : "▼" }

    /// The chart in words, for readers who cannot see it.
    static func description(_ series: DyadSeries, shifts: [Shift]) -> String {
        let observed = series.observed
        guard let first = series.points.first?.period, let last = series.points.last?.period else { return "" }
        var text = "Cooperation index (cooperative minus conflictual events over all events, from −1 to +1) by "
            + "\(series.length.rawValue), \(first) to \(last): \(Format.count(series.totalEvents)) events in "
            + "\(observed.count) of \(series.points.count) periods."
        if let low = observed.min(by: { $0.cooperationIndex! < $1.cooperationIndex! }),
            let high = observed.max(by: { $0.cooperationIndex! < $1.cooperationIndex! })
        {
            text += " Lowest \(Format.signed(low.cooperationIndex!)) in \(low.period); highest \(Format.signed(high.cooperationIndex!)) in \(high.period)."
        }
        let expected = series.points.compactMap { $0.relative?.expectedIndex }
        if let least = expected.min(), let most = expected.max() {
            text += " The dotted line is the index expected of the pair from its two states' relations with everyone else "
                + "(\(Format.signed(least)) to \(Format.signed(most)))."
        }
        if shifts.isEmpty {
            text += " No shift in tone."
        } else {
            text += " " + shifts.map(shiftSentence).joined(separator: " ")
        }
        return text
    }

    /// "Thaw in tone between 2008 and 2009: index −0.60 (2001–2008) to +0.80 (2009–2015)."
    static func shiftSentence(_ shift: Shift) -> String {
        let level = { (segment: Shift.Segment) -> String in
            switch shift.measure {
            case .tone: "index \(Format.signed(segment.index))"
            case .relativeTone: "relative tone \(Format.signed(segment.level.value))"
            case .engagement: "\(Format.ratio(log: segment.level.value))× the expected events"
            case .hostility: "\(Format.ratio(log: segment.level.value))× the expected conflictual events"
            }
        }
        return "\(shift.kind.rawValue.capitalizedFirst) in \(shift.measure.name) \(shift.when): "
            + "\(level(shift.before)) (\(shift.before.label)) to \(level(shift.after)) (\(shift.after.label))."
    }

    static func interval(_ range: ClosedRange<Double>?) -> String {
        guard let range else { return "" }
        return "[\(Format.signed(range.lowerBound)), \(Format.signed(range.upperBound))]"
    }
}
