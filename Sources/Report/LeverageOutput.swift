import EntenteAnalysis
import EntenteModel

/// A supplier's arms deliveries and the shares they make, as `entente leverage` prints them.
public enum LeverageOutput {
    public static func render(_ leverage: Leverage, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return text(leverage)
        case .json: return try JSONOutput.encode(leverage) + "\n"
        case .csv: return csv(leverage)
        case .markdown, .jsonl: throw UnsupportedFormat(format, for: "leverage", supported: [.text, .json, .csv])
        }
    }

    public static func csv(_ leverage: Leverage) -> String {
        var out = CSV.line([
            "supplier", "recipient", "period", "first", "last", "tiv", "supplierTotal", "recipientTotal",
            "recipientShareOfSupplier", "supplierShareOfRecipient", "deals", "datasets",
        ])
        for link in leverage.links {
            out += CSV.line([
                link.supplier, link.recipient, link.window.label, String(link.window.first.year), String(link.window.last.year),
                DriversOutput.number(link.tiv), DriversOutput.number(link.supplierTotal), DriversOutput.number(link.recipientTotal),
                link.recipientShareOfSupplier.map(DriversOutput.number) ?? "", link.supplierShareOfRecipient.map(DriversOutput.number) ?? "",
                String(link.deals.count), link.datasets.joined(separator: ";"),
            ])
        }
        return out
    }

    public static func text(_ leverage: Leverage) -> String {
        let name = { (code: String) in CountryResolver.standard.name(of: code) }
        let supplier = name(leverage.supplier)
        let title = "\(supplier)'s arms deliveries (SIPRI TIV, millions)"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        guard !leverage.links.isEmpty else { return out + "  No deliveries by \(supplier) in the loaded data for this period.\n" }
        var table = TextTable([
            .init("period"), .init("recipient"), .init("TIV", .right), .init("of \(leverage.supplier)'s deliveries", .right),
            .init("\(leverage.supplier)'s share of its imports", .right), .init("deals", .right), .init("source"),
        ])
        for link in leverage.links {
            table.append([
                link.window.label, name(link.recipient), Leverage.tiv(link.tiv),
                link.recipientShareOfSupplier.map(Leverage.percent) ?? "–", link.supplierShareOfRecipient.map(Leverage.percent) ?? "–",
                link.deals.isEmpty ? "" : String(link.deals.count), link.datasets.map(short).joined(separator: "+"),
            ])
        }
        out += table.render(indent: 2)
        if let window = leverage.windows.last, let largest = leverage.largestRecipients.last, !largest.isEmpty {
            out += "\n" + Text.wrap(
                "\(supplier)'s largest recipients in \(window.label): "
                    + largest.prefix(6).map { "\($0.name) \(Leverage.percent($0.share))" }.joined(separator: ", "),
                firstPrefix: "  ", prefix: "    ")
        }
        let withDeals = leverage.links.filter { link in link.deals.contains { $0.sipriID != nil } }
        if let window = leverage.windows.last {
            for link in withDeals where link.window == window {
                out += "\n  Deals behind \(supplier) → \(name(link.recipient)), \(window.label)\n"
                var deals = TextTable([
                    .init("SIPRI id"), .init("ordered", .right), .init("delivered", .right), .init("years"), .init("TIV", .right),
                    .init("what"),
                ])
                for deal in link.deals.prefix(25) {
                    let years = deal.years.first.map { first in first == deal.years.last ? "\(first)" : "\(first)–\(deal.years.last!)" } ?? ""
                    deals.append([
                        deal.sipriID ?? "", deal.orderYear.map(String.init) ?? "", deal.delivered.map(Format.count) ?? "",
                        years, Leverage.tiv(deal.tiv),
                        deal.designation + (deal.description.isEmpty ? "" : " (\(deal.description))") + (deal.estimated ? " ?" : ""),
                    ])
                }
                out += deals.render(indent: 4)
                if link.deals.count > 25 { out += "    … \(link.deals.count - 25) more (--format json lists them all)\n" }
            }
        }
        out += "\n  ? marks SIPRI's estimates. Shares are of TIV delivered in the period; the register is used for the years it\n"
        out += "  covers and SIPRI's TIV tables for the others, never both for one year.\n"
        return out
    }

    static func short(_ dataset: String) -> String {
        switch dataset {
        case ArmsTransfer.Dataset.register: "register"
        case ArmsTransfer.Dataset.tivTable: "TIV tables"
        default: dataset
        }
    }
}
