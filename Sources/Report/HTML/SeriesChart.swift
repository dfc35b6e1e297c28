import EntenteAnalysis
import EntenteModel

/// A dyad's cooperation index period by period, with its 95 % interval as a band, the volume of events
/// under it, and each shift marked where it happens with the index before and after.
///
/// Elements carry classes for tests and styling: `interval` (the band, or a bar for a lone period),
/// `index-line`, `point`, `volume`, `shift rapprochement|estrangement`.
public enum SeriesChart {
    public static let width = 720.0
    static let height = 300.0
    static let left = 52.0, right = 16.0, top = 34.0
    static let plotHeight = 160.0
    static let volumeTop = 226.0, volumeHeight = 34.0

    /// - Parameters:
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
        var runs: [[Int]] = []
        for (index, point) in points.enumerated() where point.interval != nil {
            if let last = runs.last?.last, last == index - 1 { runs[runs.count - 1].append(index) } else { runs.append([index]) }
        }
        for run in runs {
            if run.count == 1, let interval = points[run[0]].interval {
                body += SVGChart.line(x(run[0]), y(interval.upperBound), x(run[0]), y(interval.lowerBound),
                                      color: Palette.index, width: 6, className: "interval").replacingOccurrences(
                                          of: "/>", with: " stroke-opacity=\"0.25\" stroke-linecap=\"round\"/>")
                continue
            }
            let upper = run.map { "\(HTML.number(x($0))),\(HTML.number(y(points[$0].interval!.upperBound)))" }
            let lower = run.reversed().map { "\(HTML.number(x($0))),\(HTML.number(y(points[$0].interval!.lowerBound)))" }
            body += "<polygon class=\"interval\" points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(Palette.index)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
        }

        // The index line and its points.
        let observed = points.indices.filter { points[$0].cooperationIndex != nil }
        let path = observed.enumerated().map { offset, index in
            "\(offset == 0 ? "M" : "L")\(HTML.number(x(index))),\(HTML.number(y(points[index].cooperationIndex!)))"
        }.joined(separator: " ")
        body += "<path class=\"index-line\" d=\"\(path)\" fill=\"none\" stroke=\"\(Palette.index)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
        for index in observed {
            let point = points[index]
            let tip = "\(point.period): index \(Format.signed(point.cooperationIndex!)) \(interval(point.interval)), "
                + "\(Format.count(point.events)) events (\(Format.count(point.cooperative)) cooperative)"
                + (point.spread > 0 ? ", \(Format.count(point.spread)) spread from coarsely dated events" : "")
            body += "<circle class=\"point\" cx=\"\(HTML.number(x(index)))\" cy=\"\(HTML.number(y(point.cooperationIndex!)))\" r=\"3.5\" "
                + "fill=\"\(point.spread > 0 ? "#ffffff" : Palette.index)\" stroke=\"\(Palette.index)\" stroke-width=\"1.5\">"
                + "<title>\(HTML.escape(tip))</title></circle>\n"
        }

        // Volume of events per period.
        let most = points.map(\.events).max() ?? 1
        body += SVGChart.text("events", x: 4, y: volumeTop + volumeHeight - 2, color: Palette.muted, size: 10)
        body += SVGChart.text("max " + Format.count(most), x: 4, y: volumeTop + 9, color: Palette.muted, size: 9)
        for (index, point) in points.enumerated() where point.events > 0 {
            let barHeight = max(1, point.events / most * volumeHeight)
            body += "<rect class=\"volume\" x=\"\(HTML.number(x(index) - band * 0.35))\" y=\"\(HTML.number(volumeTop + volumeHeight - barHeight))\" "
                + "width=\"\(HTML.number(max(1, band * 0.7)))\" height=\"\(HTML.number(barHeight))\" fill=\"\(Palette.volume)\">"
                + "<title>\(point.period): \(Format.count(point.events)) events</title></rect>\n"
        }
        body += SVGChart.line(left, volumeTop + volumeHeight, width - right, volumeTop + volumeHeight, color: Palette.muted, width: 0.75)

        // Period labels.
        for index in SVGChart.thinned(points.count, limit: 12) {
            body += SVGChart.text(points[index].period.description, x: x(index), y: volumeTop + volumeHeight + 16,
                                  anchor: "middle", color: Palette.ink, size: 10)
        }

        // Shifts: a marker where each begins, and the index before and after as level lines.
        for (number, shift) in shifts.enumerated() {
            guard let toIndex = slot[shift.to] else { continue }
            let up = shift.kind == .rapprochement
            let color = up ? Palette.rapprochement : Palette.estrangement
            let boundary = left + Double(toIndex) * band
            var group = "<g class=\"shift \(shift.kind.rawValue)\">"
            group += "<title>\(HTML.escape(shiftSentence(shift)))</title>\n"
            group += SVGChart.line(boundary, top - 4, boundary, top + plotHeight, color: color, width: 2, dash: "5 3")
            for segment in [shift.before, shift.after] {
                guard let first = slot[segment.first], let last = slot[segment.last] else { continue }
                group += SVGChart.line(x(first) - band * 0.4, y(segment.index), x(last) + band * 0.4, y(segment.index),
                                       color: color, width: 1.5, dash: "2 2")
            }
            let label = (up ? "▲ " : "▼ ") + shift.kind.rawValue + " \(shift.to)"
            let anchor = boundary > width * 0.7 ? "end" : "start"
            group += SVGChart.text(label, x: boundary + (anchor == "end" ? -4 : 4), y: top - 8 - Double(number % 2) * 12,
                                   anchor: anchor, color: Palette.ink, size: 10, weight: "600")
            body += group + "</g>\n"
        }

        return SVGChart.frame(
            id: id, className: "series-chart", width: width, height: height, title: fullTitle,
            description: description(series, shifts: shifts), body: body, standalone: standalone)
    }

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
        if shifts.isEmpty {
            text += " No shift detected."
        } else {
            text += " " + shifts.map(shiftSentence).joined(separator: " ")
        }
        return text
    }

    static func shiftSentence(_ shift: Shift) -> String {
        "\(shift.kind.rawValue.capitalized) between \(shift.from) and \(shift.to): index \(Format.signed(shift.before.index)) "
            + "(\(shift.before.first)–\(shift.before.last)) to \(Format.signed(shift.after.index)) (\(shift.after.first)–\(shift.after.last))."
    }

    static func interval(_ range: ClosedRange<Double>?) -> String {
        guard let range else { return "" }
        return "[\(Format.signed(range.lowerBound)), \(Format.signed(range.upperBound))]"
    }
}
