import EntenteModel

/// Where arms transfers live, beside the events: the narrow interface leverage reads through.
public protocol ArmsTransferStore: Sendable {
    /// Adds transfers; one whose id is stored already is replaced (a newer SIPRI export revises its values).
    ///
    /// - Returns: how many were new and how many replaced stored ones.
    @discardableResult
    func write(armsTransfers: [ArmsTransfer]) throws -> (added: Int, replaced: Int)

    /// The stored transfers that match `query`, by year, supplier and recipient.
    func armsTransfers(matching query: ArmsTransferQuery) throws -> [ArmsTransfer]

    /// The years each dataset covers (``ArmsTransfer/Dataset``), empty when none is loaded.
    func armsTransferCoverage() throws -> [String: ClosedRange<Int>]
}

/// Which transfers to read. Suppliers and recipients are state codes; with both, a transfer must match both.
public struct ArmsTransferQuery: Sendable, Hashable {
    public var suppliers: [String]
    public var recipients: [String]
    public var years: ClosedRange<Int>?
    public var datasets: [String]

    public init(suppliers: [String] = [], recipients: [String] = [], years: ClosedRange<Int>? = nil, datasets: [String] = []) {
        self.suppliers = suppliers
        self.recipients = recipients
        self.years = years
        self.datasets = datasets
    }
}
