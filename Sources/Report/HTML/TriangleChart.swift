import EntenteAnalysis
import EntenteModel

/// Strategic triangles, one panel per window: the three states at the corners with their roles, each tie drawn
/// by its sign — positive a solid line marked +, negative a dashed line marked −, neutral (the data cannot
/// decide) a dotted grey line marked ? — and under each panel its Dittmer type and Heider balance.
///
/// Classes: `triangle-panel`, `tie positive|negative|neutral`, `state`, `role`.
public enum TriangleChart {
    static let panelWidth = 220.0, panelHeight = 220.0

    public static func svg(_ triangles: [Triangle], id: String, title: String, standalone: Bool = true) -> String {
        let fullTitle = "\(title): strategic triangle by window"
        guard !triangles.isEmpty else {
            return SVGChart.empty(id: id, className: "triangle-chart", title: fullTitle, message: "No windows to show.", standalone: standalone)
        }
        let columns = min(triangles.count, 3)
        let rows = (triangles.count + columns - 1) / columns
        let width = Double(columns) * panelWidth, height = Double(rows) * panelHeight
        var body = ""
        for (index, triangle) in triangles.enumerated() {
            let x = Double(index % columns) * panelWidth, y = Double(index / columns) * panelHeight
            body += panel(triangle, x: x, y: y)
        }
        return SVGChart.frame(
            id: id, className: "triangle-chart", width: width, height: height, title: fullTitle,
            description: triangles.map(describe).joined(separator: " "), body: body, standalone: standalone)
    }

    static func panel(_ triangle: Triangle, x: Double, y: Double) -> String {
        let corners = [(x + panelWidth / 2, y + 44), (x + 38, y + 150), (x + panelWidth - 38, y + 150)]
        var out = "<g class=\"triangle-panel \(triangle.type.rawValue)\">\n"
        out += SVGChart.text(triangle.window.label, x: x + panelWidth / 2, y: y + 14, anchor: "middle", size: 11, weight: "600")
        for (index, pair) in [(0, 1), (0, 2), (1, 2)].enumerated() {
            let edge = triangle.edges[index]
            let (a, b) = (corners[pair.0], corners[pair.1])
            let style: (color: String, dash: String?, width: Double, mark: String) = switch edge.sign {
            case .positive: (Palette.positive, nil, 3, "+")
            case .negative: (Palette.negative, "7 4", 3, "−")
            case .neutral: (Palette.neutral, "2 3", 2, "?")
            }
            let tip = "\(triangle.tieName(index)): \(edge.sign)" + (edge.index.map { ", index \(Format.signed($0))" } ?? "")
                + ", \(Format.count(edge.events)) events"
            out += "<g class=\"tie \(edge.sign)\"><title>\(HTML.escape(tip))</title>"
            out += SVGChart.line(a.0, a.1, b.0, b.1, color: style.color, width: style.width, dash: style.dash)
            let (mx, my) = ((a.0 + b.0) / 2, (a.1 + b.1) / 2)
            out += "<circle cx=\"\(HTML.number(mx))\" cy=\"\(HTML.number(my))\" r=\"8\" fill=\"#ffffff\" stroke=\"\(style.color)\"/>"
            out += SVGChart.text(style.mark, x: mx, y: my + 4, anchor: "middle", size: 12, weight: "700")
            out += "</g>\n"
        }
        for (index, state) in triangle.states.enumerated() {
            let (cx, cy) = corners[index]
            out += "<g class=\"state\"><circle cx=\"\(HTML.number(cx))\" cy=\"\(HTML.number(cy))\" r=\"17\" fill=\"#ffffff\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>"
            out += SVGChart.text(state, x: cx, y: cy + 4, anchor: "middle", size: 11, weight: "700") + "</g>\n"
            if let role = triangle.roles[state] {
                out += SVGChart.text(role.rawValue, x: cx, y: index == 0 ? cy - 22 : cy + 30, anchor: "middle", color: Palette.muted,
                                     size: 10, className: "role")
            }
        }
        out += SVGChart.text(triangle.type.name, x: x + panelWidth / 2, y: y + 196, anchor: "middle", size: 11, weight: "600")
        out += SVGChart.text("balance: \(triangle.balance.rawValue)", x: x + panelWidth / 2, y: y + 210, anchor: "middle",
                             color: Palette.muted, size: 10)
        return out + "</g>\n"
    }

    static func describe(_ triangle: Triangle) -> String {
        let ties = triangle.edges.indices.map { "\(triangle.tieName($0)) \(triangle.edges[$0].sign)" }.joined(separator: ", ")
        var text = "\(triangle.window.label): \(triangle.type.withArticle) (\(ties))"
        if !triangle.roles.isEmpty {
            text += "; roles: " + triangle.states.compactMap { state in triangle.roles[state].map { "\(state) \($0.rawValue)" } }.joined(separator: ", ")
        }
        return text + "; balance \(triangle.balance.rawValue)."
    }
}
