import EntenteAnalysis
import EntenteModel
import Foundation

/// A dyad's relative measures period by period, in two panels: its **relative tone** (the log-odds of cooperation
/// against what its two states' relations with everyone else lead one to expect; 0 is as expected) and its
/// **engagement** (its events against those expected of each state's activity with others, on a log scale; 1× is as
/// expected), each with its 95 % interval, and the shifts of each measure marked where they happen.
///
/// Elements carry classes for tests and styling: `relative-tone-line`, `engagement-line`, `interval`, `as-expected`
/// (the 0 and 1× lines), `shift` with the shift's kind and measure.
public enum RelativeChart {
    static let width = SeriesChart.width
    static let left = 52.0, right = 16.0
    static let toneTop = 48.0, toneHeight = 120.0
    static let engagementTop = 222.0, engagementHeight = 100.0
    static let height = 360.0

    /// - Parameters:
    ///   - shifts: the dyad's shifts; those in relative tone, engagement and hostility are drawn here.
    ///   - id: unique in the page.
    ///   - title: what the chart is of ("Russia–Pakistan"); the chart adds what it measures.
    public static func svg(_ series: DyadSeries, shifts: [Shift], id: String, title: String, standalone: Bool = true) -> String {
        let fullTitle = "\(title): relative tone and engagement by \(series.length.rawValue)"
        let points = series.points
        let related = points.indices.filter { points[$0].relative != nil }
        guard !related.isEmpty else {
            return SVGChart.empty(
                id: id, className: "relative-chart", title: fullTitle,
                message: "What is expected of this pair cannot be read: too few states or partners with events.", standalone: standalone)
        }
        let plotWidth = width - left - right
        let band = plotWidth / Double(points.count)
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }
        var slot: [Period: Int] = [:]
        for (index, point) in points.enumerated() { slot[point.period] = index }

        // Relative tone: a symmetric axis wide enough for the intervals, 1 to 4 log-odds each way.
        let toned = related.filter { points[$0].relative!.tone != nil }
        let tones = toned.map { points[$0].relative!.tone! }
        let reach = min(4, max(1, (tones.flatMap { [abs($0.low), abs($0.high)] }.max() ?? 1).rounded(.up)))
        func toneY(_ value: Double) -> Double { toneTop + (1 - min(max(value, -reach), reach) / reach) / 2 * toneHeight }
        var body = SVGChart.text(
            "relative tone: log-odds of cooperation against the expected (above: friendlier, below: colder)", x: left, y: toneTop - 30,
            color: Palette.ink, size: 10.5, weight: "600")
        for value in [reach, reach / 2, 0, -reach / 2, -reach] {
            body += SVGChart.line(
                left, toneY(value), width - right, toneY(value), color: value == 0 ? Palette.muted : Palette.grid, width: value == 0 ? 1 : 0.75,
                className: value == 0 ? "as-expected" : nil)
            body += SVGChart.text(Format.signed(value, places: 1), x: left - 6, y: toneY(value) + 4, anchor: "end", color: Palette.muted)
        }
        body += SVGChart.text("as expected", x: width - right - 4, y: toneY(0) - 4, anchor: "end", color: Palette.muted, size: 9.5)
        body += SVGChart.band(
            toned, x: x, low: { toneY(points[$0].relative!.tone!.low) }, high: { toneY(points[$0].relative!.tone!.high) }, color: Palette.index)
        body += SVGChart.path(
            toned, x: x, y: { toneY(points[$0].relative!.tone!.value) }, color: Palette.index, width: 2, className: "relative-tone-line")

        // Engagement and hostility: log2 of events (conflictual events) over those expected, whole powers of 2 as the
        // data need, from 1/64× to 64× (1/1024× to 1024× with hostility, whose ratios run larger).
        let hostile = related.filter { points[$0].relative!.hostility != nil }
        let engagements = related.map { points[$0].relative!.engagement } + hostile.map { points[$0].relative!.hostility! }
        let cap = hostile.isEmpty ? 6.0 : 10
        let low = min(-1, max(-cap, (engagements.map { $0.low / log(2) }.min() ?? -1).rounded(.down)))
        let high = max(1, min(cap, (engagements.map { $0.high / log(2) }.max() ?? 1).rounded(.up)))
        func engagementY(_ logRatio: Double) -> Double {
            let log2 = min(max(logRatio / log(2), low), high)
            return engagementTop + (high - log2) / (high - low) * engagementHeight
        }
        body += SVGChart.text(
            hostile.isEmpty
                ? "engagement: events against those expected of each state's activity (log scale)"
                : "engagement (solid) and hostility (dashed): events, and conflictual events, against those expected (log scale)",
            x: left, y: engagementTop - 30, color: Palette.ink, size: 10.5, weight: "600")
        let step = max(1, Int((high - low) / 6))
        for power in stride(from: Int(low), through: Int(high), by: 1) where power % step == 0 {
            let y = engagementY(Double(power) * log(2))
            body += SVGChart.line(
                left, y, width - right, y, color: power == 0 ? Palette.muted : Palette.grid, width: power == 0 ? 1 : 0.75,
                className: power == 0 ? "as-expected" : nil)
            body += SVGChart.text(ratioLabel(power), x: left - 6, y: y + 4, anchor: "end", color: Palette.muted)
        }
        body += SVGChart.text("as expected", x: width - right - 4, y: engagementY(0) - 4, anchor: "end", color: Palette.muted, size: 9.5)
        body += SVGChart.band(
            related, x: x, low: { engagementY(points[$0].relative!.engagement.low) },
            high: { engagementY(points[$0].relative!.engagement.high) }, color: Palette.engagement)
        body += SVGChart.path(
            related, x: x, y: { engagementY(points[$0].relative!.engagement.value) }, color: Palette.engagement, width: 2,
            className: "engagement-line")
        if !hostile.isEmpty {
            body += SVGChart.path(
                hostile, x: x, y: { engagementY(points[$0].relative!.hostility!.value) }, color: Palette.hostility, width: 2, dash: "6 3",
                className: "hostility-line")
        }
        if points.count <= SeriesChart.pointLimit {
            for index in related {
                let point = points[index]
                let relative = point.relative!
                var tip = "\(point.period): "
                if let tone = relative.tone {
                    tip += "relative tone \(tone.signedText); "
                }
                tip += "\(Format.count(point.events)) events against \(Format.count(relative.expectedEvents)) expected "
                    + "(\(Format.ratio(log: relative.engagement.value))× [\(Format.ratio(log: relative.engagement.low)), \(Format.ratio(log: relative.engagement.high))])"
                body += "<circle class=\"point engagement\" cx=\"\(HTML.number(x(index)))\" cy=\"\(HTML.number(engagementY(relative.engagement.value)))\" "
                    + "r=\"3\" fill=\"\(Palette.engagement)\" stroke=\"\(Palette.ink)\" stroke-width=\"0.75\"><title>\(HTML.escape(tip))</title></circle>\n"
            }
        }

        // Period labels.
        for index in SVGChart.thinned(points.count, limit: 12) {
            body += SVGChart.text(points[index].period.description, x: x(index), y: engagementTop + engagementHeight + 18,
                                  anchor: "middle", color: Palette.ink, size: 10)
        }

        // Shifts, each on its measure's panel (hostility's on engagement's, whose scale it shares).
        let drawn = shifts.filter { $0.measure != .tone }
        for (number, shift) in drawn.enumerated() {
            if shift.measure == .relativeTone {
                body += SeriesChart.mark(shift, number: number, slot: slot, band: band, x: x, top: toneTop, bottom: toneTop + toneHeight) {
                    toneY($0.level.value)
                }
            } else {
                body += SeriesChart.mark(
                    shift, number: number, slot: slot, band: band, x: x, top: engagementTop, bottom: engagementTop + engagementHeight
                ) { engagementY($0.level.value) }
            }
        }

        return SVGChart.frame(
            id: id, className: "relative-chart", width: width, height: height, title: fullTitle,
            description: description(series, shifts: drawn), body: body, standalone: standalone)
    }

    /// `1×`, `4×`, `1/8×` for a power of 2.
    static func ratioLabel(_ power: Int) -> String {
        power >= 0 ? "\(1 << power)×" : "1/\(1 << -power)×"
    }

    /// The chart in words, for readers who cannot see it.
    static func description(_ series: DyadSeries, shifts: [Shift]) -> String {
        let related = series.points.filter { $0.relative != nil }
        guard let first = related.first?.period, let last = related.last?.period else { return "" }
        var text = "Relative tone and engagement by \(series.length.rawValue), \(first) to \(last), in \(related.count) periods "
            + "where what is expected of the pair can be read. Relative tone is the log-odds of cooperation against what the two "
            + "states' relations with everyone else lead one to expect (0: as expected)"
        let toned = related.filter { $0.relative!.tone != nil }
        if let low = toned.min(by: { $0.relative!.tone!.value < $1.relative!.tone!.value }),
            let high = toned.max(by: { $0.relative!.tone!.value < $1.relative!.tone!.value })
        {
            text += "; lowest \(Format.signed(low.relative!.tone!.value)) in \(low.period), highest "
                + "\(Format.signed(high.relative!.tone!.value)) in \(high.period)"
        }
        text += ". Engagement is the pair's events against those expected of each state's activity with others (1×: as expected)"
        if let low = related.min(by: { $0.relative!.engagement.value < $1.relative!.engagement.value }),
            let high = related.max(by: { $0.relative!.engagement.value < $1.relative!.engagement.value })
        {
            text += "; least \(Format.ratio(log: low.relative!.engagement.value))× in \(low.period), most \(Format.ratio(log: high.relative!.engagement.value))× in \(high.period)"
        }
        let hostile = related.filter { $0.relative!.hostility != nil }
        if let low = hostile.min(by: { $0.relative!.hostility!.value < $1.relative!.hostility!.value }),
            let high = hostile.max(by: { $0.relative!.hostility!.value < $1.relative!.hostility!.value })
        {
            text += ". Hostility is the pair's conflictual events against those expected of each state's conflictual dealings; least "
                + "\(Format.ratio(log: low.relative!.hostility!.value))× in \(low.period), most \(Format.ratio(log: high.relative!.hostility!.value))× in \(high.period)"
        }
        text += "."
        text += shifts.isEmpty
            ? " No shift in relative tone, engagement or hostility." : " " + shifts.map(SeriesChart.shiftSentence).joined(separator: " ")
        return text
    }
}
