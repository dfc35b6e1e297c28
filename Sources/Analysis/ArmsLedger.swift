import EntenteModel

/// Arms transfers ready to be summed: for each year, one dataset only — the trade register where it covers
/// the year, the TIV tables elsewhere — so that no delivery counts twice when both are loaded.
///
/// The register is deal by deal and carries the deals behind a figure; the TIV tables reach further back
/// (1950 on). Both are SIPRI's TIV, in millions.
public struct ArmsLedger: Sendable, Hashable {
    /// The transfers kept, after choosing one dataset per year.
    public let transfers: [ArmsTransfer]
    /// The dataset each year's figures come from.
    public let datasetByYear: [Int: String]

    /// - Parameters:
    ///   - transfers: what the store returned (any datasets, any years).
    ///   - coverage: the years each dataset covers in the whole store (``ArmsTransferStore/armsTransferCoverage()``),
    ///     so the choice of a year's dataset does not depend on which states were asked for.
    public init(transfers: [ArmsTransfer], coverage: [String: ClosedRange<Int>]) {
        var datasetByYear: [Int: String] = [:]
        let register = coverage[ArmsTransfer.Dataset.register]
        for (dataset, years) in coverage.sorted(by: { $0.key < $1.key }) {
            for year in years {
                if dataset == ArmsTransfer.Dataset.register {
                    datasetByYear[year] = dataset
                } else if register?.contains(year) != true && datasetByYear[year] == nil {
                    datasetByYear[year] = dataset
                }
            }
        }
        self.datasetByYear = datasetByYear
        self.transfers = transfers.filter { datasetByYear[$0.year] == $0.dataset }
    }

    /// The years of `window` the loaded data cover; nil when none.
    public func coveredYears(of window: Window) -> ClosedRange<Int>? {
        let years = window.years.filter { datasetByYear[$0] != nil }
        guard let first = years.first, let last = years.last else { return nil }
        return first...last
    }

    /// The datasets behind `window`'s figures.
    public func datasets(of window: Window) -> [String] {
        Array(Set(window.years.compactMap { datasetByYear[$0] })).sorted()
    }

    /// The TIV `supplier` delivered to `recipient` (nil for anyone) in `window`.
    public func tiv(supplier: String?, recipient: String?, window: Window) -> Double {
        transfers.reduce(0) { sum, transfer in
            guard window.years.contains(transfer.year),
                supplier == nil || transfer.supplier.code == supplier,
                recipient == nil || transfer.recipient.code == recipient
            else { return sum }
            return sum + transfer.tiv
        }
    }

    /// One supplier → recipient in `window`: the TIV, both totals and the deals.
    public func link(supplier: String, recipient: String, window: Window) -> Leverage.Link {
        let between = transfers.filter {
            window.years.contains($0.year) && $0.supplier.code == supplier && $0.recipient.code == recipient
        }
        return Leverage.Link(
            supplier: supplier, recipient: recipient, window: window, covered: coveredYears(of: window),
            tiv: between.reduce(0) { $0 + $1.tiv },
            supplierTotal: tiv(supplier: supplier, recipient: nil, window: window),
            recipientTotal: tiv(supplier: nil, recipient: recipient, window: window),
            deals: Leverage.Deal.group(between), datasets: datasets(of: window))
    }

    /// Who a supplier delivered to in `window`, most first (non-states by name).
    public func recipients(of supplier: String, window: Window) -> [Leverage.Partner] {
        partners(window: window, of: { $0.supplier.code == supplier }, party: \.recipient)
    }

    /// Who delivered to a recipient in `window`, most first (non-states by name).
    public func suppliers(of recipient: String, window: Window) -> [Leverage.Partner] {
        partners(window: window, of: { $0.recipient.code == recipient }, party: \.supplier)
    }

    private func partners(
        window: Window, of belongs: (ArmsTransfer) -> Bool, party: KeyPath<ArmsTransfer, ArmsTransfer.Party>
    ) -> [Leverage.Partner] {
        var sums: [String: (party: ArmsTransfer.Party, tiv: Double)] = [:]
        var total = 0.0
        for transfer in transfers where window.years.contains(transfer.year) && belongs(transfer) {
            let other = transfer[keyPath: party]
            let key = other.code ?? other.name
            sums[key, default: (other, 0)].tiv += transfer.tiv
            total += transfer.tiv
        }
        return sums.map { key, value in
            Leverage.Partner(
                code: value.party.code, name: value.party.code.map { CountryResolver.standard.name(of: $0) } ?? value.party.name,
                kind: value.party.kind, tiv: value.tiv, share: total > 0 ? value.tiv / total : 0)
        }.sorted { ($1.tiv, $0.name) < ($0.tiv, $1.name) }
    }
}
