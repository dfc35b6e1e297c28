import EntenteModel

/// What a shift in a pair's relations means for a focal state: the triads that hold the focal state (focal and
/// pair; focal, one of the pair and each context state), the pair's triads with each context state, their
/// type and balance before and after the shift, and the leverage through arms that the focal state and the pair
/// hold, each finding with its events or figures — and, where the data cannot decide, a finding that says so.
public struct Implications: Sendable, Hashable, Codable {
    /// Which of the brief's questions a triad answers.
    public enum TriadKind: String, Sendable, Hashable, Codable {
        /// The focal state with the pair: where the focal state stands with both.
        case focalAndPair
        /// The focal state, one of the pair and a context state.
        case focalAndOne
        /// The pair with a context state: is a bloc of the three forming?
        case pairAndContext
    }

    /// One triad before and after the shift.
    public struct TriadReading: Sendable, Hashable, Codable {
        public let kind: TriadKind
        public let states: [String]
        /// Before the shift; nil when the pair has no shift.
        public let before: Triangle?
        public let after: Triangle
        public let finding: Brief.Finding
    }

    /// The leverage figures the findings rest on.
    public struct LeverageReading: Sendable, Hashable, Codable {
        /// Between the focal state and each of the pair, both ways, in each window.
        public let focalLinks: [Leverage.Link]
        /// Between the two states of the pair, both ways, in each window.
        public let pairLinks: [Leverage.Link]
        /// For each state of the pair, its largest arms suppliers in the later window.
        public let suppliers: [String: [Leverage.Partner]]
        /// For each state of the pair, its largest arms recipients in the later window.
        public let recipients: [String: [Leverage.Partner]]
    }

    public let focal: String
    public let pair: [String]
    public let context: [String]
    /// The shift the reading turns on: the pair's latest.
    public let shift: Shift?
    public let before: Window?
    public let after: Window
    public let triads: [TriadReading]
    /// Structural balance over the focal state, the pair and the context states, before (when there is a shift)
    /// and after.
    public let balance: [StructuralBalance]
    /// Nil when no arms-transfer data are loaded.
    public let leverage: LeverageReading?
    /// The headline sentences, in the order the brief asks its questions.
    public let findings: [Brief.Finding]

    /// Reads the implications.
    ///
    /// - Parameters:
    ///   - shift: the pair's shift to read around; nil reads the state of things over `observed`.
    ///   - observed: the span the pair's series covers.
    ///   - tie: the signed tie between two states over a window.
    ///   - evidence: the weightiest few events on some ties over a window, and how many there are in all.
    ///   - ledger: arms transfers, or nil when none are loaded.
    public init(
        focal: String, pair: (String, String), context: [String], shift: Shift?, observed: Window,
        tie: (String, String, Window) -> SignedDyad, evidence: ([Dyad], Window) throws -> (ids: [String], count: Int),
        ledger: ArmsLedger?
    ) rethrows {
        self.focal = focal
        self.pair = [pair.0, pair.1]
        let context = context.filter { $0 != focal && $0 != pair.0 && $0 != pair.1 }
        self.context = context
        self.shift = shift
        let before = shift.map { Window($0.before) }
        let after = shift.map { Window($0.after) } ?? observed
        self.before = before
        self.after = after

        var specs: [(TriadKind, [String])] = []
        if focal != pair.0 && focal != pair.1 { specs.append((.focalAndPair, [focal, pair.0, pair.1])) }
        for member in [pair.0, pair.1] where member != focal {
            for other in context { specs.append((.focalAndOne, [focal, member, other])) }
        }
        for other in context { specs.append((.pairAndContext, [pair.0, pair.1, other])) }

        func triangle(_ states: [String], _ window: Window) -> Triangle {
            Triangle(
                states: states,
                edges: [tie(states[0], states[1], window), tie(states[0], states[2], window), tie(states[1], states[2], window)],
                window: window)
        }
        triads = try specs.map { kind, states in
            let earlier = before.map { triangle(states, $0) }
            let later = triangle(states, after)
            return TriadReading(
                kind: kind, states: states, before: earlier, after: later,
                finding: try Self.finding(kind: kind, focal: focal, before: earlier, after: later, evidence: evidence))
        }

        let everyone = [focal, pair.0, pair.1].reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } + context
        balance = ([before].compactMap { $0 } + [after]).map { window in
            StructuralBalance(states: everyone, window: window) { tie($0, $1, window) }
        }

        if let ledger {
            let windows = [before, after].compactMap { $0 }
            var focalLinks: [Leverage.Link] = []
            for member in [pair.0, pair.1] where member != focal {
                for window in windows {
                    focalLinks.append(ledger.link(supplier: member, recipient: focal, window: window))
                    focalLinks.append(ledger.link(supplier: focal, recipient: member, window: window))
                }
            }
            var pairLinks: [Leverage.Link] = []
            for window in windows {
                pairLinks.append(ledger.link(supplier: pair.0, recipient: pair.1, window: window))
                pairLinks.append(ledger.link(supplier: pair.1, recipient: pair.0, window: window))
            }
            var suppliers: [String: [Leverage.Partner]] = [:]
            var recipients: [String: [Leverage.Partner]] = [:]
            for member in [pair.0, pair.1] {
                suppliers[member] = Array(ledger.suppliers(of: member, window: after).prefix(5))
                recipients[member] = Array(ledger.recipients(of: member, window: after).prefix(5))
            }
            leverage = LeverageReading(focalLinks: focalLinks, pairLinks: pairLinks, suppliers: suppliers, recipients: recipients)
        } else {
            leverage = nil
        }

        // In the order of the brief's questions: where the focal state stands with the pair, the leverage it
        // holds, whether the pair and a context state align, then the focal state's other triads and balance.
        var findings = triads.filter { $0.kind == .focalAndPair }.map(\.finding)
        findings += Self.leverageFindings(focal: focal, pair: pair, before: before, after: after, reading: leverage)
        // A triad the data decide in neither window has its own finding in `triads`; in the headline list it
        // is named once, with the others, in the closing "where the data cannot decide".
        let decided = { (triad: TriadReading) in
            triad.after.type != .undetermined || triad.before.map { $0.type != .undetermined } == true
        }
        findings += triads.filter { $0.kind == .pairAndContext && decided($0) }.map(\.finding)
        findings += triads.filter { $0.kind == .focalAndOne && decided($0) }.map(\.finding)
        findings += Self.balanceFindings(balance)
        if let undecided = Self.undecided(triads) { findings.append(undecided) }
        self.findings = findings
    }

    static func name(_ code: String) -> String { CountryResolver.standard.name(of: code) }

    // MARK: - Triads

    static func finding(
        kind: TriadKind, focal: String, before: Triangle?, after: Triangle, evidence: ([Dyad], Window) throws -> (ids: [String], count: Int)
    ) rethrows -> Brief.Finding {
        var text: String
        let balanceAfter = after.balance == .undetermined ? "" : ", \(after.balance.rawValue)"
        if let before {
            let balanceBefore = before.balance == .undetermined ? "" : ", \(before.balance.rawValue)"
            if before.type != .undetermined && after.type != .undetermined && before.type == after.type && before.roles == after.roles {
                text = "\(after.label) stays \(after.reading)\(balanceAfter) from \(before.window) to \(after.window)."
            } else if before.type == .undetermined && after.type == .undetermined {
                text = "\(after.label): the data decide the triangle neither in \(before.window) nor in \(after.window); in "
                    + "\(after.window) it is \(after.reading)."
            } else {
                text = "\(after.label) goes from \(before.reading)\(balanceBefore) in \(before.window) to "
                    + "\(after.reading)\(balanceAfter) in \(after.window)."
                let changed = after.edges.indices.filter {
                    before.edges[$0].sign != after.edges[$0].sign && before.edges[$0].sign != .neutral && after.edges[$0].sign != .neutral
                }
                if !changed.isEmpty {
                    text += " " + changed.map { "\(after.tieName($0)) turned \(after.edges[$0].sign)" }.joined(separator: "; ") + "."
                }
                if let from = before.roles[focal], let to = after.roles[focal], from != to {
                    text += " \(name(focal)) goes from \(from.rawValue) to \(to.rawValue)."
                }
            }
        } else {
            text = "\(after.label) in \(after.window): \(after.reading)\(balanceAfter)."
        }
        if kind == .pairAndContext {
            switch after.type {
            case .menageATrois: text += " All three ties are positive: on these events the three are aligned, the shape a bloc would take."
            case .undetermined where after.candidates.contains(.menageATrois):
                text += " Whether the three form a bloc, the data cannot decide."
            default: text += " The three do not form a bloc."
            }
        }
        // Evidence: the events on the ties that changed sign, or on all three ties when none did.
        let changedTies = before.map { before in
            zip(before.edges, after.edges).filter { $0.sign != $1.sign }.map(\.1.dyad)
        } ?? []
        let ties = changedTies.isEmpty ? after.edges.map(\.dyad) : changedTies
        let found = try evidence(ties, after.window)
        return Brief.Finding(text, evidence: found.ids, evidenceCount: found.count)
    }

    static func undecided(_ triads: [TriadReading]) -> Brief.Finding? {
        // Each unsigned tie once, named as the first triad that holds it names it (the focal state first).
        var neutral: [Dyad: (edge: SignedDyad, name: String)] = [:]
        for triad in triads where triad.after.type == .undetermined {
            for index in triad.after.edges.indices where triad.after.edges[index].sign == .neutral {
                let edge = triad.after.edges[index]
                if neutral[edge.dyad] == nil { neutral[edge.dyad] = (edge, triad.after.tieName(index)) }
            }
        }
        guard !neutral.isEmpty else { return nil }
        let open = triads.filter { $0.after.type == .undetermined }
        let ties = neutral.values.sorted { ($0.edge.events, $1.name) > ($1.edge.events, $0.name) }
            .map { "\($0.name) (\($0.edge.explanation))" }
        return Brief.Finding(
            "Where the data cannot decide: \(open.count) of \(triads.count) triads have no type in \(triads[0].after.window) ("
                + open.map(\.after.label).joined(separator: ", ") + "), because these ties carry no sign: "
                + ties.joined(separator: "; ") + ". More events on them would settle the triads they belong to.")
    }

    // MARK: - Balance

    static func balanceFindings(_ balance: [StructuralBalance]) -> [Brief.Finding] {
        guard let after = balance.last else { return [] }
        func describe(_ measure: StructuralBalance) -> String {
            let share = measure.share.map { "\(Leverage.percent($0)) of the decided ones" } ?? "none decided"
            return "\(measure.balanced) balanced, \(measure.unbalanced) unbalanced, \(measure.undetermined) undetermined (\(share))"
        }
        var text = "Structural balance among \(after.states.map(name).joined(separator: ", ")): of \(after.triangles.count) triads, "
            + "\(describe(after)) in \(after.window)"
        if balance.count == 2 { text += ", against \(describe(balance[0])) in \(balance[0].window)" }
        return [Brief.Finding(text + ".")]
    }

    // MARK: - Leverage

    static func leverageFindings(
        focal: String, pair: (String, String), before: Window?, after: Window, reading: LeverageReading?
    ) -> [Brief.Finding] {
        guard let reading else {
            return [
                Brief.Finding(
                    "Leverage through arms cannot be read: no arms-transfer data are loaded (load SIPRI's trade register "
                        + "or TIV tables with `entente leverage import FILE`).")
            ]
        }
        var findings: [Brief.Finding] = []
        let link = Self.link
        func citations(_ link: Leverage.Link) -> [String] { [link.figure] + link.deals.prefix(12).map(dealFigure) }
        for member in [pair.0, pair.1] where member != focal {
            guard let now = link(reading.focalLinks, member, focal, after), let back = link(reading.focalLinks, focal, member, after) else { continue }
            guard let years = now.covered else {
                findings.append(Brief.Finding("Leverage between \(name(focal)) and \(name(member)) in \(after): the loaded arms-transfer data do not cover these years."))
                continue
            }
            let span = yearsText(years)
            if now.tiv == 0 && back.tiv == 0 {
                findings.append(
                    Brief.Finding(
                        "No arms flowed between \(name(focal)) and \(name(member)) in \(span) (SIPRI): \(name(focal)) holds no leverage "
                            + "over \(name(member)) through arms, nor \(name(member)) over \(name(focal)).",
                        figures: [now.figure, back.figure]))
                continue
            }
            for (link, buyer, seller) in [(now, focal, member), (back, member, focal)] where link.tiv > 0 {
                var text = "\(name(buyer)) took \(Leverage.percent(link.recipientShareOfSupplier ?? 0)) of \(name(seller))'s arms "
                    + "deliveries in \(span) (TIV \(Leverage.tiv(link.tiv)) of \(Leverage.tiv(link.supplierTotal))), and "
                    + "\(name(seller)) supplied \(Leverage.percent(link.supplierShareOfRecipient ?? 0)) of \(name(buyer))'s arms imports"
                let earlier = link.supplier == member ? Self.link(reading.focalLinks, member, focal, before) : Self.link(reading.focalLinks, focal, member, before)
                if let earlier, let share = earlier.recipientShareOfSupplier, let years = earlier.covered {
                    text += " (in \(yearsText(years)): \(Leverage.percent(share)) of \(name(seller))'s deliveries, "
                        + "\(Leverage.percent(earlier.supplierShareOfRecipient ?? 0)) of \(name(buyer))'s imports)"
                }
                text += "."
                if buyer == focal {
                    text += " \(name(seller)) depends on \(name(focal))'s market for \(Leverage.percent(link.recipientShareOfSupplier ?? 0)) of its sales: "
                        + "that is \(name(focal))'s leverage over \(name(seller)); \(name(focal)) in turn depends on \(name(seller)) "
                        + "for \(Leverage.percent(link.supplierShareOfRecipient ?? 0)) of its arms."
                } else {
                    text += " \(name(buyer)) depends on \(name(focal)) for \(Leverage.percent(link.supplierShareOfRecipient ?? 0)) of its arms: "
                        + "that is \(name(focal))'s leverage over \(name(buyer))."
                }
                findings.append(Brief.Finding(text, figures: citations(link)))
            }
        }
        // The pair's own picture, set against the focal state's.
        for (supplier, recipient) in [(pair.0, pair.1), (pair.1, pair.0)] {
            guard let now = link(reading.pairLinks, supplier, recipient, after), let years = now.covered else { continue }
            let span = yearsText(years)
            guard now.tiv > 0 else {
                if supplier == pair.0 || link(reading.pairLinks, pair.0, pair.1, after)?.tiv == 0 {
                    findings.append(
                        Brief.Finding(
                            "\(name(supplier)) delivered no arms to \(name(recipient)) in \(span) (SIPRI): no leverage through arms on that side.",
                            figures: [now.figure]))
                }
                continue
            }
            var text = "\(name(recipient)) took \(Leverage.percent(now.recipientShareOfSupplier ?? 0)) of \(name(supplier))'s arms "
                + "deliveries in \(span) (TIV \(Leverage.tiv(now.tiv))), and \(name(supplier)) supplied "
                + "\(Leverage.percent(now.supplierShareOfRecipient ?? 0)) of \(name(recipient))'s arms imports"
            if let earlier = link(reading.pairLinks, supplier, recipient, before), let share = earlier.supplierShareOfRecipient,
                let earlierYears = earlier.covered
            {
                text += " (\(Leverage.percent(share)) in \(yearsText(earlierYears)))"
            }
            let others = (reading.suppliers[recipient] ?? []).filter { $0.code != supplier }.prefix(3)
            if !others.isEmpty {
                text += "; its largest suppliers: " + (reading.suppliers[recipient] ?? []).prefix(4)
                    .map { "\($0.name) \(Leverage.percent($0.share))" }.joined(separator: ", ")
            }
            text += "."
            var figures = citations(now)
            if focal != supplier, focal != recipient, let market = link(reading.focalLinks, supplier, focal, after), market.tiv > 0 {
                let ratio = now.tiv > 0 ? market.tiv / now.tiv : 0
                text += " Against that, \(name(focal)) took \(Leverage.percent(market.recipientShareOfSupplier ?? 0)) of \(name(supplier))'s "
                    + "deliveries in the same years: \(name(focal))'s market is \(Format.ratio(ratio)) times "
                    + "\(name(recipient))'s."
                figures.append(market.figure)
            }
            findings.append(Brief.Finding(text, figures: figures))
        }
        return findings
    }

    static func link(_ links: [Leverage.Link], _ supplier: String, _ recipient: String, _ window: Window?) -> Leverage.Link? {
        guard let window else { return nil }
        return links.first { $0.supplier == supplier && $0.recipient == recipient && $0.window == window }
    }

    static func yearsText(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// A deal as a figure: "SIPRI 12345: 4 Mi-35 combat helicopter (ordered 2015), delivered 2017–2018, TIV 52".
    static func dealFigure(_ deal: Leverage.Deal) -> String {
        var text = deal.sipriID.map { "SIPRI deal \($0): " } ?? ""
        if let delivered = deal.delivered { text += "\(Format.count(delivered)) " }
        text += deal.designation
        if !deal.description.isEmpty { text += " \(deal.description)" }
        if let order = deal.orderYear { text += " (ordered \(order))" }
        if let first = deal.years.first, let last = deal.years.last {
            text += ", delivered \(first == last ? "\(first)" : "\(first)–\(last)")"
        }
        text += ", TIV \(Leverage.tiv(deal.tiv))"
        if deal.estimated { text += " (partly SIPRI's estimates)" }
        return text
    }
}
