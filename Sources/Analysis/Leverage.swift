import EntenteModel

/// Asymmetric dependence through arms: for a supplier and its recipients, per window, each recipient's share of
/// the supplier's deliveries (how much the supplier needs that market) and the supplier's share of the
/// recipient's imports (how much the recipient needs that supplier), with the deals behind them.
///
/// Figures are SIPRI trend-indicator values (TIV, millions) of deliveries, summed over the window's years.
public struct Leverage: Sendable, Hashable, Codable {
    /// A deal behind a figure: one SIPRI deal's deliveries within the window.
    public struct Deal: Sendable, Hashable, Codable {
        public let sipriID: String?
        public let designation: String
        public let description: String
        public let orderYear: Int?
        /// The delivery years within the window.
        public let years: [Int]
        /// How many were delivered within the window, when known.
        public let delivered: Double?
        /// True when any number or year is SIPRI's estimate.
        public let estimated: Bool
        public let tiv: Double
        /// Where each delivery row comes from: file and line.
        public let citations: [String]

        /// Groups a link's deliveries by deal; rows from the TIV tables (no deal) are one "deliveries" entry a year.
        static func group(_ transfers: [ArmsTransfer]) -> [Deal] {
            var groups: [String: [ArmsTransfer]] = [:]
            var order: [String] = []
            for transfer in transfers {
                let key = transfer.deal.map { $0.sipriID ?? ($0.designation + "|" + String($0.orderYear ?? 0)) } ?? transfer.id
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(transfer)
            }
            return order.map { key in
                let rows = groups[key]!
                let deal = rows[0].deal
                let counts = rows.compactMap { $0.deal?.numberDelivered }
                return Deal(
                    sipriID: deal?.sipriID, designation: deal?.designation ?? "deliveries (TIV table)",
                    description: deal?.description ?? "", orderYear: deal?.orderYear, years: rows.map(\.year).sorted(),
                    delivered: counts.isEmpty ? nil : counts.reduce(0, +),
                    estimated: rows.contains { $0.yearEstimated || $0.deal?.numberDeliveredEstimated == true || $0.deal?.orderYearEstimated == true },
                    tiv: rows.reduce(0) { $0 + $1.tiv }, citations: rows.map(\.provenance.citation))
            }.sorted { ($1.tiv, $0.designation) < ($0.tiv, $1.designation) }
        }
    }

    /// One supplier → recipient in one window.
    public struct Link: Sendable, Hashable, Codable {
        public let supplier: String
        public let recipient: String
        public let window: Window
        /// The window's years the loaded data cover; nil when none.
        public let covered: ClosedRange<Int>?
        /// TIV the supplier delivered to the recipient.
        public let tiv: Double
        /// TIV the supplier delivered to anyone.
        public let supplierTotal: Double
        /// TIV the recipient received from anyone.
        public let recipientTotal: Double
        public let deals: [Deal]
        /// The datasets the window's years come from.
        public let datasets: [String]

        /// The recipient's share of the supplier's deliveries: the supplier's dependence on this market.
        public var recipientShareOfSupplier: Double? { supplierTotal > 0 ? tiv / supplierTotal : nil }
        /// The supplier's share of the recipient's imports: the recipient's dependence on this supplier.
        public var supplierShareOfRecipient: Double? { recipientTotal > 0 ? tiv / recipientTotal : nil }

        /// The figures in words: "SIPRI register 2009–2015, Russia → India: TIV 14,210; 31.2% of Russia's
        /// 45,512; 70.1% of India's 20,271 imports".
        public var figure: String {
            let name = { (code: String) in CountryResolver.standard.name(of: code) }
            let years = covered.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? window.label
            var text = "\(Leverage.source(datasets)) \(years), \(name(supplier)) → \(name(recipient)): TIV \(Leverage.tiv(tiv))"
            if let share = recipientShareOfSupplier {
                text += "; \(Leverage.percent(share)) of \(name(supplier))'s \(Leverage.tiv(supplierTotal)) delivered"
            }
            if let share = supplierShareOfRecipient {
                text += "; \(Leverage.percent(share)) of \(name(recipient))'s \(Leverage.tiv(recipientTotal)) received"
            }
            return text
        }
    }

    /// A supplier's recipient or a recipient's supplier, with its part of the total.
    public struct Partner: Sendable, Hashable, Codable {
        /// The state, nil for a non-state party.
        public let code: String?
        public let name: String
        public let kind: ArmsTransfer.Party.Kind
        public let tiv: Double
        public let share: Double
    }

    public let supplier: String
    public let recipients: [String]
    public let windows: [Window]
    /// For each window, a link to each recipient, in the order asked.
    public let links: [Link]
    /// For each window (same order), the supplier's largest recipients.
    public let largestRecipients: [[Partner]]

    /// Computes the shares of `supplier`'s deliveries to `recipients` over `windows`.
    ///
    /// - Parameters:
    ///   - recipients: states; empty for the supplier's five largest recipients over all the windows.
    ///   - ledger: transfers holding every delivery of the supplier and every import of each recipient.
    public init(supplier: String, recipients: [String], windows: [Window], ledger: ArmsLedger) {
        self.supplier = supplier
        self.windows = windows
        var chosen = recipients
        if chosen.isEmpty, let first = windows.first, let last = windows.last {
            chosen = ledger.recipients(of: supplier, window: Window(first.first, last.last))
                .compactMap(\.code).filter { $0 != supplier }.prefix(5).map { $0 }
        }
        self.recipients = chosen
        links = windows.flatMap { window in chosen.map { ledger.link(supplier: supplier, recipient: $0, window: window) } }
        largestRecipients = windows.map { Array(ledger.recipients(of: supplier, window: $0).prefix(8)) }
    }

    /// The link to one recipient in one window.
    public func link(to recipient: String, in window: Window) -> Link? {
        links.first { $0.recipient == recipient && $0.window == window }
    }

    static func source(_ datasets: [String]) -> String {
        let names = datasets.map { $0 == ArmsTransfer.Dataset.register ? "SIPRI register" : $0 == ArmsTransfer.Dataset.tivTable ? "SIPRI TIV tables" : $0 }
        return names.isEmpty ? "SIPRI" : names.joined(separator: " and ")
    }

    /// A TIV figure: whole millions, grouped.
    public static func tiv(_ value: Double) -> String { Format.grouped(Int(value.rounded())) }

    /// A share as a percentage with one decimal: `31.2%`.
    public static func percent(_ share: Double) -> String { Format.decimal(share * 100, places: 1) + "%" }
}
