import EntenteAnalysis
import EntenteModel

/// Leverage through arms, as bars: for each supplier–recipient link, the recipient's share of the supplier's
/// deliveries (how much the supplier needs the buyer) and the supplier's share of the recipient's imports (how
/// much the buyer needs the supplier), 0–100 %, by TIV.
///
/// Classes: `link`, `bar recipient-share`, `bar supplier-share`.
public enum LeverageChart {
    static let width = 720.0, left = 190.0, right = 70.0, rowHeight = 46.0, top = 30.0

    public static func svg(_ links: [Leverage.Link], id: String, title: String, standalone: Bool = true) -> String {
        let fullTitle = "\(title): leverage through arms transfers (SIPRI TIV)"
        let shown = links.filter { $0.recipientShareOfSupplier != nil || $0.supplierShareOfRecipient != nil }
        guard !shown.isEmpty else {
            return SVGChart.empty(id: id, className: "leverage-chart", title: fullTitle,
                                  message: "No arms-transfer data for these states and years.", standalone: standalone)
        }
        let height = top + Double(shown.count) * rowHeight + 34
        let plotWidth = width - left - right
        var body = ""
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let x = left + tick * plotWidth
            body += SVGChart.line(x, top - 6, x, height - 30, color: Palette.grid, width: 0.75)
            body += SVGChart.text("\(Int(tick * 100)) %", x: x, y: top - 10, anchor: "middle", color: Palette.muted, size: 10)
        }
        for (row, link) in shown.enumerated() {
            let y = top + Double(row) * rowHeight
            let name = "\(link.supplier) → \(link.recipient), \(link.window.label)"
            body += "<g class=\"link\">"
            body += SVGChart.text(name, x: left - 8, y: y + 14, anchor: "end", size: 11, weight: "600")
            body += SVGChart.text("TIV \(Leverage.tiv(link.tiv))", x: left - 8, y: y + 28, anchor: "end", color: Palette.muted, size: 10)
            let bars: [(String, Double?, String, String)] = [
                ("recipient-share", link.recipientShareOfSupplier, Palette.index, "\(link.recipient)'s share of \(link.supplier)'s deliveries"),
                ("supplier-share", link.supplierShareOfRecipient, Palette.estrangement, "\(link.supplier)'s share of \(link.recipient)'s imports"),
            ]
            for (offset, bar) in bars.enumerated() {
                let barY = y + 4 + Double(offset) * 16
                guard let share = bar.1 else {
                    body += SVGChart.text("no data", x: left + 4, y: barY + 10, color: Palette.muted, size: 10)
                    continue
                }
                body += "<rect class=\"bar \(bar.0)\" x=\"\(HTML.number(left))\" y=\"\(HTML.number(barY))\" width=\"\(HTML.number(max(1, share * plotWidth)))\" "
                    + "height=\"12\" fill=\"\(bar.2)\"\(offset == 1 ? " fill-opacity=\"0.85\"" : "")><title>\(HTML.escape(bar.3)): \(Leverage.percent(share))</title></rect>"
                body += SVGChart.text(Leverage.percent(share), x: left + max(1, share * plotWidth) + 4, y: barY + 10, size: 10)
            }
            body += "</g>\n"
        }
        let legendY = height - 12
        body += "<rect x=\"\(HTML.number(left))\" y=\"\(HTML.number(legendY - 9))\" width=\"12\" height=\"10\" fill=\"\(Palette.index)\"/>"
        body += SVGChart.text("recipient's share of the supplier's deliveries", x: left + 16, y: legendY, size: 10)
        body += "<rect x=\"\(HTML.number(left + 250))\" y=\"\(HTML.number(legendY - 9))\" width=\"12\" height=\"10\" fill=\"\(Palette.estrangement)\" fill-opacity=\"0.85\"/>"
        body += SVGChart.text("supplier's share of the recipient's imports", x: left + 266, y: legendY, size: 10)
        let description = shown.map { link in
            "\(link.supplier) to \(link.recipient), \(link.window.label): TIV \(Leverage.tiv(link.tiv)); \(link.recipient) takes "
                + (link.recipientShareOfSupplier.map(Leverage.percent) ?? "an unknown share") + " of \(link.supplier)'s deliveries and "
                + "\(link.supplier) supplies " + (link.supplierShareOfRecipient.map(Leverage.percent) ?? "an unknown share")
                + " of \(link.recipient)'s imports."
        }.joined(separator: " ")
        return SVGChart.frame(id: id, className: "leverage-chart", width: width, height: height, title: fullTitle,
                              description: description, body: body, standalone: standalone)
    }
}
