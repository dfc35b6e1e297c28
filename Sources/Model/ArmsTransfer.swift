/// Arms one supplier delivered to one recipient in one year, valued in SIPRI trend-indicator values (TIV,
/// millions): a row of SIPRI's trade register (one deal's deliveries in a year) or a cell of a TIV table.
///
/// Its identity is stable (`sipri-register:<deal id>:<year>`, `sipri-tiv:<supplier>><recipient>:<year>`), so
/// importing the same file again replaces the rows instead of adding them twice.
public struct ArmsTransfer: Hashable, Sendable, Codable, Identifiable {
    /// A supplier or recipient as SIPRI names it, with the state it resolves to where it is one.
    public struct Party: Hashable, Sendable, Codable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            /// A state: `code` holds it (the successor for a historical state, which `historical` names).
            case state
            /// An armed group or an entity no state recognises (SIPRI marks most with `*`).
            case nonState
            /// An international organisation (SIPRI marks them with `**`): the UN, NATO, the African Union.
            case organisation
            /// "unknown supplier(s)", "unknown recipient(s)".
            case unknown
        }

        /// The name as the source writes it: "Soviet Union", "Hezbollah (Lebanon)*".
        public var name: String
        /// The state's code for series and shares; nil for anyone but a state.
        public var code: String?
        /// The historical state as named (`SUN`), when it differs from `code`.
        public var historical: String?
        public var kind: Kind

        public init(name: String, code: String? = nil, historical: String? = nil, kind: Kind) {
            self.name = name
            self.code = code
            self.historical = historical
            self.kind = kind
        }

        public var description: String { code ?? name }
    }

    /// What the register says about the deal behind a delivery; the TIV tables carry none.
    public struct Deal: Hashable, Sendable, Codable {
        /// SIPRI's "SIPRI AT Database ID", when the export carries it.
        public var sipriID: String?
        /// "Mi-35", "JF-17 Thunder".
        public var designation: String
        /// "combat helicopter", "FGA aircraft".
        public var description: String
        /// "Aircraft", "Missiles", "Engines"…
        public var category: String?
        public var orderYear: Int?
        public var orderYearEstimated: Bool
        public var numberOrdered: Double?
        public var numberOrderedEstimated: Bool
        /// How many were delivered in this row's year.
        public var numberDelivered: Double?
        public var numberDeliveredEstimated: Bool
        /// "New", "Second hand", "Second hand but modernized".
        public var status: String?
        /// SIPRI's estimated TIV of one new item ("SIPRI estimate").
        public var estimatedUnitTIV: Double?
        /// The TIV of one item in this deal ("TIV deal unit"), lower for second-hand items.
        public var dealUnitTIV: Double?
        /// The TIV of the whole order, when the export gives it.
        public var orderTIV: Double?
        public var localProduction: Bool?

        public init(
            sipriID: String? = nil, designation: String, description: String, category: String? = nil,
            orderYear: Int? = nil, orderYearEstimated: Bool = false, numberOrdered: Double? = nil,
            numberOrderedEstimated: Bool = false, numberDelivered: Double? = nil, numberDeliveredEstimated: Bool = false,
            status: String? = nil, estimatedUnitTIV: Double? = nil, dealUnitTIV: Double? = nil, orderTIV: Double? = nil,
            localProduction: Bool? = nil
        ) {
            self.sipriID = sipriID
            self.designation = designation
            self.description = description
            self.category = category
            self.orderYear = orderYear
            self.orderYearEstimated = orderYearEstimated
            self.numberOrdered = numberOrdered
            self.numberOrderedEstimated = numberOrderedEstimated
            self.numberDelivered = numberDelivered
            self.numberDeliveredEstimated = numberDeliveredEstimated
            self.status = status
            self.estimatedUnitTIV = estimatedUnitTIV
            self.dealUnitTIV = dealUnitTIV
            self.orderTIV = orderTIV
            self.localProduction = localProduction
        }
    }

    /// The datasets arms transfers come from.
    public enum Dataset {
        /// SIPRI's trade register: one row per deal and delivery year, with the deal.
        public static let register = "sipri-register"
        /// SIPRI's TIV tables: one supplier's deliveries per recipient and year, without deals.
        public static let tivTable = "sipri-tiv"
    }

    public var id: String
    public var supplier: Party
    public var recipient: Party
    /// The year of delivery.
    public var year: Int
    /// True when SIPRI marks the delivery year as its estimate.
    public var yearEstimated: Bool
    /// The TIV delivered in `year`, millions; SIPRI writes 0 for deliveries under 0.5 million.
    public var tiv: Double
    public var deal: Deal?
    /// `dataset` is ``Dataset/register`` or ``Dataset/tivTable``; `document` the file; `locator` its line.
    public var provenance: Provenance

    public init(
        id: String, supplier: Party, recipient: Party, year: Int, yearEstimated: Bool = false, tiv: Double,
        deal: Deal? = nil, provenance: Provenance
    ) {
        self.id = id
        self.supplier = supplier
        self.recipient = recipient
        self.year = year
        self.yearEstimated = yearEstimated
        self.tiv = tiv
        self.deal = deal
        self.provenance = provenance
    }

    public var dataset: String { provenance.dataset }
}
