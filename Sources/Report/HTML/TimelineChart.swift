import EntenteAnalysis
import EntenteModel

/// Events on a time axis, one lane per quad class, coloured and shaped by class.
///
/// A day-dated event is a mark (circle, square, triangle, diamond for quad classes 1–4); an event known only
/// to its month, year or decade is a bar across the span its date covers, never pinned to a made-up day.
/// Hypothetical (what-if) events are open, dashed marks; reported (unconfirmed) ones are faded. Each mark has a
/// tooltip and links to the event's row when `linked`. Past `markLimit` events the lanes become histograms
/// (``svg(binned:id:title:standalone:)``), so thousands of events stay readable and light.
///
/// Classes: `event q1…q4`, `hypothetical`, `reported`, `bin`.
public enum TimelineChart {
    public static let width = 720.0
    static let left = 112.0, right = 16.0, top = 16.0, laneHeight = 30.0
    public static let markLimit = 1_500

    /// - Parameters:
    ///   - range: the days to show; nil shows the events' own span.
    ///   - linked: wrap each mark in a link to `#` + ``HTML/anchor(for:)``.
    public static func svg(
        _ events: [Event], range: ClosedRange<Day>? = nil, id: String, title: String, linked: Bool = false,
        standalone: Bool = true
    ) -> String {
        let fullTitle = "\(title): timeline of events by quad class"
        guard !events.isEmpty else {
            return SVGChart.empty(id: id, className: "timeline-chart", title: fullTitle, message: "No stored events to show.",
                                  standalone: standalone)
        }
        let first = range?.lowerBound ?? events.map(\.date.start).min()!
        let last = range?.upperBound ?? events.map(\.date.end).max()!
        let span = Double(max(1, last.ordinal - first.ordinal + 1))
        let plotWidth = width - left - right
        func x(_ day: Day) -> Double { left + Double(day.ordinal - first.ordinal) / span * plotWidth }
        func clamp(_ value: Double) -> Double { min(max(value, left), width - right) }
        let height = top + 4 * laneHeight + 64

        var body = lanes()
        body += axis(first, last, x: x, y: top + 4 * laneHeight)
        if events.count > markLimit {
            body += histogram(events, first: first, last: last, x: x)
        } else {
            for event in events {
                let lane = Double(event.quadClass.rawValue - 1)
                let cy = top + lane * laneHeight + laneHeight / 2
                let color = Palette.color(of: event.quadClass)
                var classes = "event q\(event.quadClass.rawValue)"
                if event.hypothetical { classes += " hypothetical" }
                if event.reported { classes += " reported" }
                let tip = "\(event.date) · \(direction(event)) · \(event.cameo) \(event.cameo.name)"
                    + (event.summary.isEmpty ? "" : " · " + event.summary)
                    + (event.hypothetical ? " (what-if)" : "") + (event.reported ? " (reported, unconfirmed)" : "")
                var mark = ""
                if event.date.precision != .day {
                    let x1 = clamp(x(event.date.start)), x2 = clamp(x(event.date.end.adding(days: 1)))
                    mark += "<rect x=\"\(HTML.number(x1))\" y=\"\(HTML.number(cy - 3))\" width=\"\(HTML.number(max(2, x2 - x1)))\" "
                        + "height=\"6\" rx=\"3\" fill=\"\(color)\" fill-opacity=\"0.35\" stroke=\"\(color)\"/>"
                }
                let cx = clamp(x(event.date.precision == .day ? event.date.start : midpoint(event.date)))
                mark += shape(event.quadClass, cx: cx, cy: cy, color: color, hypothetical: event.hypothetical)
                let opacity = event.reported ? " opacity=\"0.6\"" : ""
                var element = "<g class=\"\(classes)\"\(opacity)><title>\(HTML.escape(tip))</title>\(mark)</g>"
                if linked { element = "<a href=\"#\(HTML.anchor(for: event.id))\">\(element)</a>" }
                body += element + "\n"
            }
        }
        body += legend(y: height - 14, hypothetical: events.contains(where: \.hypothetical))
        return SVGChart.frame(
            id: id, className: "timeline-chart", width: width, height: height, title: fullTitle,
            description: description(events, first: first, last: last), body: body, standalone: standalone)
    }

    /// The lanes as histograms of a series' counts per period: for dyads with more events than marks can show.
    public static func svg(binned series: DyadSeries, id: String, title: String, standalone: Bool = true) -> String {
        let fullTitle = "\(title): events by quad class and \(series.length.rawValue)"
        guard series.totalEvents > 0, let first = series.points.first?.period.start, let last = series.points.last?.period.end else {
            return SVGChart.empty(id: id, className: "timeline-chart", title: fullTitle, message: "No events to show.",
                                  standalone: standalone)
        }
        let span = Double(last.ordinal - first.ordinal + 1)
        let plotWidth = width - left - right
        func x(_ day: Day) -> Double { left + Double(day.ordinal - first.ordinal) / span * plotWidth }
        let height = top + 4 * laneHeight + 64
        var body = lanes() + axis(first, last, x: x, y: top + 4 * laneHeight)
        for quad in QuadClass.allCases {
            let most = series.points.map { $0.counts[quad.rawValue - 1] }.max() ?? 0
            guard most > 0 else { continue }
            let laneTop = top + Double(quad.rawValue - 1) * laneHeight
            for point in series.points where point.counts[quad.rawValue - 1] > 0 {
                let count = point.counts[quad.rawValue - 1]
                let barHeight = max(1.5, count / most * (laneHeight - 6))
                let x1 = x(point.period.start), x2 = x(point.period.end.adding(days: 1))
                body += "<rect class=\"bin q\(quad.rawValue)\" x=\"\(HTML.number(x1 + 0.5))\" y=\"\(HTML.number(laneTop + laneHeight - 3 - barHeight))\" "
                    + "width=\"\(HTML.number(max(1, x2 - x1 - 1)))\" height=\"\(HTML.number(barHeight))\" fill=\"\(Palette.color(of: quad))\">"
                    + "<title>\(point.period): \(Format.count(count)) \(quad) events</title></rect>\n"
            }
        }
        body += legend(y: height - 14, hypothetical: false)
        let description = "\(Format.count(series.totalEvents)) events from \(series.points.first!.period) to "
            + "\(series.points.last!.period), counted per \(series.length.rawValue) in four lanes: "
            + QuadClass.allCases.map { quad in
                "\(quad) \(Format.count(series.points.reduce(0) { $0 + $1.counts[quad.rawValue - 1] }))"
            }.joined(separator: ", ") + "."
        return SVGChart.frame(id: id, className: "timeline-chart binned", width: width, height: height, title: fullTitle,
                              description: description, body: body, standalone: standalone)
    }

    static func lanes() -> String {
        var out = ""
        for quad in QuadClass.allCases {
            let laneTop = top + Double(quad.rawValue - 1) * laneHeight
            if quad.rawValue % 2 == 0 {
                out += "<rect x=\"\(HTML.number(left))\" y=\"\(HTML.number(laneTop))\" width=\"\(HTML.number(width - left - right))\" "
                    + "height=\"\(HTML.number(laneHeight))\" fill=\"#f4f4f4\"/>\n"
            }
            out += shape(quad, cx: 10, cy: laneTop + laneHeight / 2, color: Palette.color(of: quad), hypothetical: false)
            out += SVGChart.text(Palette.label(of: quad), x: 20, y: laneTop + laneHeight / 2 + 4, size: 10.5)
        }
        return out
    }

    static func axis(_ first: Day, _ last: Day, x: (Day) -> Double, y: Double) -> String {
        var out = SVGChart.line(left, y, width - right, y, color: Palette.muted, width: 0.75)
        var ticks: [(Day, String)] = []
        if last.year - first.year >= 2 {
            let years = Array(first.year...last.year)
            let step = max(1, (years.count + 9) / 10)
            for year in years where (year - first.year) % step == 0 {
                let day = Day(year: year, month: 1, day: 1)
                if day >= first { ticks.append((day, String(year))) }
            }
        } else {
            var month = Day(year: first.year, month: first.month, day: 1)
            var months: [Day] = []
            while month <= last {
                if month >= first { months.append(month) }
                month = month.month == 12 ? Day(year: month.year + 1, month: 1, day: 1) : Day(year: month.year, month: month.month + 1, day: 1)
            }
            let step = max(1, (months.count + 9) / 10)
            for (index, day) in months.enumerated() where index % step == 0 {
                ticks.append((day, "\(EventDate.monthName(day.month)) \(day.year)"))
            }
        }
        if ticks.isEmpty { ticks.append((first, first.iso)) }
        for (day, label) in ticks {
            out += SVGChart.line(x(day), y, x(day), y + 4, color: Palette.muted, width: 0.75)
            out += SVGChart.text(label, x: x(day), y: y + 16, anchor: "middle", size: 10)
        }
        return out
    }

    static func histogram(_ events: [Event], first: Day, last: Day, x: (Day) -> Double) -> String {
        let bins = 160
        let span = max(1, last.ordinal - first.ordinal + 1)
        var counts = Array(repeating: Array(repeating: 0, count: bins), count: 4)
        for event in events {
            let offset = min(max(midpoint(event.date).ordinal - first.ordinal, 0), span - 1)
            counts[event.quadClass.rawValue - 1][offset * bins / span] += 1
        }
        var out = ""
        let binWidth = (width - left - right) / Double(bins)
        for quad in QuadClass.allCases {
            let row = counts[quad.rawValue - 1]
            let most = row.max() ?? 0
            guard most > 0 else { continue }
            let laneTop = top + Double(quad.rawValue - 1) * laneHeight
            for (bin, count) in row.enumerated() where count > 0 {
                let barHeight = max(1.5, Double(count) / Double(most) * (laneHeight - 6))
                out += "<rect class=\"bin q\(quad.rawValue)\" x=\"\(HTML.number(left + Double(bin) * binWidth))\" "
                    + "y=\"\(HTML.number(laneTop + laneHeight - 3 - barHeight))\" width=\"\(HTML.number(max(1, binWidth - 0.5)))\" "
                    + "height=\"\(HTML.number(barHeight))\" fill=\"\(Palette.color(of: quad))\"><title>\(count) events</title></rect>\n"
            }
        }
        return out
    }

    static func legend(y: Double, hypothetical: Bool) -> String {
        var out = "<g class=\"legend\">"
        var cursor = left
        for quad in QuadClass.allCases {
            out += shape(quad, cx: cursor + 5, cy: y - 4, color: Palette.color(of: quad), hypothetical: false)
            out += SVGChart.text(quad.description, x: cursor + 14, y: y, size: 10)
            cursor += 14 + Double(quad.description.count) * 5.6 + 14
        }
        if hypothetical {
            out += shape(.verbalCooperation, cx: cursor + 5, cy: y - 4, color: Palette.ink, hypothetical: true)
            out += SVGChart.text("what-if", x: cursor + 14, y: y, size: 10)
        }
        return out + "</g>\n"
    }

    /// A quad class's mark: circle, square, triangle or diamond; open and dashed for a hypothetical event.
    static func shape(_ quad: QuadClass, cx: Double, cy: Double, color: String, hypothetical: Bool) -> String {
        let paint = hypothetical
            ? "fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\""
            : "fill=\"\(color)\" stroke=\"\(Palette.ink)\" stroke-width=\"0.75\""
        let r = 5.0
        func point(_ dx: Double, _ dy: Double) -> String { "\(HTML.number(cx + dx)),\(HTML.number(cy + dy))" }
        switch quad {
        case .verbalCooperation:
            return "<circle cx=\"\(HTML.number(cx))\" cy=\"\(HTML.number(cy))\" r=\"\(HTML.number(r))\" \(paint)/>"
        case .materialCooperation:
            return "<rect x=\"\(HTML.number(cx - r + 0.5))\" y=\"\(HTML.number(cy - r + 0.5))\" width=\"\(HTML.number(2 * r - 1))\" height=\"\(HTML.number(2 * r - 1))\" \(paint)/>"
        case .verbalConflict:
            return "<polygon points=\"\(point(0, -r - 0.5)) \(point(r, r - 0.5)) \(point(-r, r - 0.5))\" \(paint)/>"
        case .materialConflict:
            return "<polygon points=\"\(point(0, -r - 0.5)) \(point(r + 0.5, 0)) \(point(0, r + 0.5)) \(point(-r - 0.5, 0))\" \(paint)/>"
        }
    }

    static func midpoint(_ date: EventDate) -> Day {
        Day(ordinal: (date.start.ordinal + date.end.ordinal) / 2)
    }

    static func direction(_ event: Event) -> String {
        "\(event.source.historical ?? event.source.country)→\(event.target.historical ?? event.target.country)"
    }

    static func description(_ events: [Event], first: Day, last: Day) -> String {
        var text = "\(Format.grouped(events.count)) events from \(first.iso) to \(last.iso), in four lanes by quad class: "
        text += QuadClass.allCases.map { quad in "\(quad) \(events.filter { $0.quadClass == quad }.count)" }.joined(separator: ", ") + "."
        let hypothetical = events.filter(\.hypothetical).count
        if hypothetical > 0 { text += " \(hypothetical) hypothetical (what-if) events are drawn as open dashed marks." }
        let coarse = events.filter { $0.date.precision != .day }.count
        if coarse > 0 { text += " \(coarse) events dated only to a month, year or decade are bars across their span." }
        if events.count > markLimit { text += " Events are counted in bins because there are too many to mark one by one." }
        return text
    }
}

extension EventDate {
    static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
