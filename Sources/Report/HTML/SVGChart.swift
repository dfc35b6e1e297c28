import EntenteModel

/// What every chart shares: an accessible `<svg>` frame, text, and axis ticks.
///
/// Charts are pure functions from analysis values to SVG strings, so that the HTML document, the Markdown
/// document's SVG files and the dashboard draw the same charts. Each `<svg>` is an image with a `<title>` and a
/// `<desc>` that says in words what it shows (`role="img"`, `aria-labelledby`), and scales to its container.
public enum SVGChart {
    /// The `<svg>` element around a chart's body.
    ///
    /// - Parameters:
    ///   - id: unique in the page; the title and description take ids derived from it.
    ///   - standalone: adds the XML namespace so that the SVG is a valid file of its own.
    static func frame(
        id: String, className: String, width: Double, height: Double, title: String, description: String,
        body: String, standalone: Bool = true
    ) -> String {
        let namespace = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        return """
            <svg\(namespace) id="\(id)" class="chart \(className)" viewBox="0 0 \(HTML.number(width)) \(HTML.number(height))" \
            width="\(HTML.number(width))" height="\(HTML.number(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif" font-size="11">
            <title id="\(id)-title">\(HTML.escape(title))</title>
            <desc id="\(id)-desc">\(HTML.escape(description))</desc>
            <rect class="background" x="0" y="0" width="\(HTML.number(width))" height="\(HTML.number(height))" fill="#ffffff"/>
            \(body)</svg>
            """
    }

    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", color: String = Palette.ink,
        size: Double? = nil, weight: String? = nil, className: String? = nil
    ) -> String {
        var attributes = "x=\"\(HTML.number(x))\" y=\"\(HTML.number(y))\" fill=\"\(color)\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let size { attributes += " font-size=\"\(HTML.number(size))\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let className { attributes += " class=\"\(className)\"" }
        return "<text \(attributes)>\(HTML.escape(content))</text>\n"
    }

    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: String, width: Double = 1,
        dash: String? = nil, className: String? = nil
    ) -> String {
        var out = "<line x1=\"\(HTML.number(x1))\" y1=\"\(HTML.number(y1))\" x2=\"\(HTML.number(x2))\" y2=\"\(HTML.number(y2))\" "
            + "stroke=\"\(color)\" stroke-width=\"\(HTML.number(width))\""
        if let dash { out += " stroke-dasharray=\"\(dash)\"" }
        if let className { out += " class=\"\(className)\"" }
        return out + "/>\n"
    }

    /// An interval as a band over each run of consecutive indices, a bar for a lone one (class `interval`).
    ///
    /// - Parameters:
    ///   - indices: ascending; a gap between two starts a new run.
    ///   - low, high: the band's edges' heights at an index.
    static func band(_ indices: [Int], x: (Int) -> Double, low: (Int) -> Double, high: (Int) -> Double, color: String) -> String {
        var runs: [[Int]] = []
        for index in indices {
            if let last = runs.last?.last, last == index - 1 { runs[runs.count - 1].append(index) } else { runs.append([index]) }
        }
        var out = ""
        for run in runs {
            if run.count == 1 {
                out += line(x(run[0]), high(run[0]), x(run[0]), low(run[0]), color: color, width: 6, className: "interval")
                    .replacingOccurrences(of: "/>", with: " stroke-opacity=\"0.25\" stroke-linecap=\"round\"/>")
                continue
            }
            let upper = run.map { "\(HTML.number(x($0))),\(HTML.number(high($0)))" }
            let lower = run.reversed().map { "\(HTML.number(x($0))),\(HTML.number(low($0)))" }
            out += "<polygon class=\"interval\" points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(color)\" "
                + "fill-opacity=\"0.18\" stroke=\"none\"/>\n"
        }
        return out
    }

    /// A line through the indices' points, in order.
    static func path(
        _ indices: [Int], x: (Int) -> Double, y: (Int) -> Double, color: String, width: Double, dash: String? = nil, className: String
    ) -> String {
        let d = indices.enumerated().map { offset, index in
            "\(offset == 0 ? "M" : "L")\(HTML.number(x(index))),\(HTML.number(y(index)))"
        }.joined(separator: " ")
        let dashing = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        return "<path class=\"\(className)\" d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(HTML.number(width))\"\(dashing) "
            + "stroke-linejoin=\"round\"/>\n"
    }

    /// At most `limit` evenly spaced indices of `count` items, always including the first.
    static func thinned(_ count: Int, limit: Int) -> [Int] {
        guard count > 0 else { return [] }
        let step = max(1, (count + limit - 1) / limit)
        return Array(stride(from: 0, to: count, by: step))
    }

    /// A chart that says there is nothing to draw, still with its text alternative.
    static func empty(id: String, className: String, title: String, message: String, width: Double = 720, standalone: Bool) -> String {
        frame(
            id: id, className: className + " empty", width: width, height: 60, title: title, description: message,
            body: text(message, x: width / 2, y: 34, anchor: "middle", color: Palette.muted), standalone: standalone)
    }
}
