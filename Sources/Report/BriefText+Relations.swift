import EntenteAnalysis
import EntenteModel

/// The brief's sections on drivers and on what the pair's shift means for the focal state.
extension BriefText {
    static func drivers(_ brief: Brief) -> String {
        let title = "Drivers: what each side's events are about"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        guard !brief.drivers.mixes.isEmpty else { return out + DriversOutput.none(brief.drivers, indent: 2) + "\n" }
        let windows = brief.drivers.windows.map(\.label).joined(separator: " and ")
        out += Text.wrap(
            "Issues of each side's cooperative and conflictual events toward the other, in \(windows); an event about k issues "
                + "counts 1/k to each. The events behind each share: entente drivers \(brief.request.first) \(brief.request.second) --format csv.",
            firstPrefix: "  ", prefix: "  ") + "\n"
        out += DriversOutput.text(brief.drivers, indent: 2) + "\n"
        return out
    }

    static func implications(_ brief: Brief, citations: inout CitationIndex) -> String {
        let resolver = CountryResolver.standard
        let title = "What it means for \(resolver.name(of: brief.focal))"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        guard let implications = brief.implications else {
            return out + "  No events between the pair in the store for this period: nothing to read.\n\n"
        }
        out += Text.wrap(scope(implications, request: brief.request), firstPrefix: "  ", prefix: "  ") + "\n"
        out += triadTable(implications) + "\n"
        out += "  Findings\n"
        for finding in implications.findings {
            out += Text.wrap(finding.text, firstPrefix: "  • ", prefix: "    ")
            if !finding.evidence.isEmpty {
                let counted = finding.evidenceCount > finding.evidence.count ? "the weightiest of \(Format.count(Double(finding.evidenceCount))) events: " : "events: "
                out += Text.wrap(counted + Text.ids(finding.evidence), firstPrefix: "    ", prefix: "      ")
            }
            for figure in finding.figures.prefix(6) { out += Text.wrap(figure, firstPrefix: "    figure: ", prefix: "            ") }
            if finding.figures.count > 6 { out += "    … \(finding.figures.count - 6) more figures (--format json)\n" }
        }
        if let leverage = implications.leverage {
            out += "\n" + leverageTable(leverage)
        }
        return out + "\n"
    }

    static func scope(_ implications: Implications, request: Brief.Request) -> String {
        let resolver = CountryResolver.standard
        var text: String
        if let shift = implications.shift, let before = implications.before {
            text = "Read around \(request.label(for: request.pair))'s \(shift.kind.rawValue) in \(shift.measure.name) \(shift.when): "
                + "before is \(before), after is \(implications.after)."
        } else {
            text = "\(request.label(for: request.pair)) has no lasting shift: the triads as they stand over \(implications.after)."
        }
        if !implications.context.isEmpty {
            text += " Context states: " + implications.context.map { resolver.name(of: $0) }.joined(separator: ", ") + "."
        }
        let relative = implications.triads.contains { $0.after.edges.contains { $0.basis == .relativeTone } }
        if relative {
            text += " A tie is signed by its relative tone: + when its 95% interval lies wholly above what the two states' "
                + "relations with everyone else lead one to expect, − wholly below, over at least "
                + "\(Format.count(request.band.minimumEvents)) events; otherwise it is neutral (0), and a triangle with a neutral tie has no type."
        } else {
            text += " A tie is signed only when its index's 95% interval lies wholly on one side of 0, over at least "
                + "\(Format.count(request.band.minimumEvents)) events; otherwise it is neutral (0), and a triangle with a neutral tie has no type."
        }
        return text
    }

    static func triadTable(_ implications: Implications) -> String {
        let beforeLabel = implications.before.map { "before (\($0))" } ?? "before"
        let afterLabel = "after (\(implications.after))"
        var columns: [TextTable.Column] = [.init("triad")]
        if implications.before != nil { columns += [.init("ties", .right), .init(beforeLabel), .init("balance")] }
        columns += [.init("ties", .right), .init(implications.before == nil ? "type (\(implications.after))" : afterLabel), .init("balance")]
        var table = TextTable(columns)
        for triad in implications.triads {
            var row = [triad.states.joined(separator: "–")]
            if let before = triad.before { row += [before.edges.map(\.sign.symbol).joined(), before.type.name, balance(before)] }
            row += [triad.after.edges.map(\.sign.symbol).joined(), triad.after.type.name, balance(triad.after)]
            table.append(row)
        }
        return table.render(indent: 2)
            + "  ties: first–second, first–third, second–third; + positive, − negative, 0 neutral\n"
    }

    static func balance(_ triangle: Triangle) -> String {
        triangle.balance == .undetermined ? "–" : triangle.balance.rawValue
    }

    static func leverageTable(_ leverage: Implications.LeverageReading) -> String {
        var out = "  Arms between them (SIPRI TIV, millions)\n"
        var table = TextTable([
            .init("years"), .init("supplier → recipient"), .init("TIV", .right), .init("of supplier's deliveries", .right),
            .init("of recipient's imports", .right),
        ])
        let links = leverage.focalLinks + leverage.pairLinks
        for link in links where link.tiv > 0 {
            let years = link.covered.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? "no data"
            table.append([
                years, "\(link.supplier) → \(link.recipient)", Leverage.tiv(link.tiv),
                link.recipientShareOfSupplier.map(Leverage.percent) ?? "–", link.supplierShareOfRecipient.map(Leverage.percent) ?? "–",
            ])
        }
        out += table.render(indent: 4)
        let flowing = Set(links.filter { $0.tiv > 0 }.map { "\($0.supplier) → \($0.recipient)" })
        var none: [String] = []
        for link in links {
            let pair = "\(link.supplier) → \(link.recipient)"
            if !flowing.contains(pair) && !none.contains(pair) { none.append(pair) }
        }
        if !none.isEmpty { out += Text.wrap("no deliveries: " + none.joined(separator: ", "), firstPrefix: "    ", prefix: "      ") }
        for (state, suppliers) in leverage.suppliers.sorted(by: { $0.key < $1.key }) where !suppliers.isEmpty {
            out += Text.wrap(
                "\(state)'s largest suppliers: " + suppliers.map { "\($0.name) \(Leverage.percent($0.share))" }.joined(separator: ", "),
                firstPrefix: "    ", prefix: "      ")
        }
        return out
    }
}
