import EntenteModel
import EntenteStore
import NIOConcurrencyHelpers

// Arms transfers: a write adds each transfer's whole row at a newer version; the newest row of each id counts.
extension ClickHouseStore: ArmsTransferStore {
    /// - Complexity: one query for the ids already stored (500 a query), one insert.
    @discardableResult
    public func write(armsTransfers: [ArmsTransfer]) throws -> (added: Int, replaced: Int) {
        try writing.withLock {
            var stored = Set<String>()
            let ids = Array(Set(armsTransfers.map(\.id)))
            for start in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[start..<min(start + 500, ids.count)])
                try select("SELECT DISTINCT id FROM \(table(ClickHouseSchema.armsTransfer)) WHERE id IN (\(Self.quoted(part)))") {
                    stored.insert($0.text(0))
                }
            }
            var rows = TabSeparatedRows()
            var added = 0
            var replaced = 0
            var seen = Set<String>()
            let version = Self.nextVersions(armsTransfers.count)
            // Later copies of an id in the list win, as SQLite's INSERT OR REPLACE lets them: same version, written later
            // rows would tie, so each copy after the first takes the next version.
            for (offset, transfer) in armsTransfers.enumerated() {
                if stored.contains(transfer.id) || !seen.insert(transfer.id).inserted { replaced += 1 } else { added += 1 }
                Self.append(transfer, version: version + UInt64(offset), to: &rows)
            }
            try insert(rows, into: ClickHouseSchema.armsTransfer)
            return (added, replaced)
        }
    }

    /// - Complexity: the newest row of every transfer is picked on the server (tens of thousands for SIPRI's whole
    ///   register), then filtered.
    public func armsTransfers(matching query: ArmsTransferQuery) throws -> [ArmsTransfer] {
        var terms: [String] = []
        if !query.suppliers.isEmpty { terms.append("supplier IN (\(Self.quoted(query.suppliers)))") }
        if !query.recipients.isEmpty { terms.append("recipient IN (\(Self.quoted(query.recipients)))") }
        if let years = query.years { terms.append("year BETWEEN \(years.lowerBound) AND \(years.upperBound)") }
        if !query.datasets.isEmpty { terms.append("dataset IN (\(Self.quoted(query.datasets)))") }
        let filter = terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ")
        var transfers: [ArmsTransfer] = []
        try select(
            "SELECT * FROM (\(latestTransfers))\(filter) ORDER BY year, supplier_name, recipient_name, id"
        ) { transfers.append(try Self.transfer($0)) }
        return transfers
    }

    public func armsTransferCoverage() throws -> [String: ClosedRange<Int>] {
        var coverage: [String: ClosedRange<Int>] = [:]
        try select("SELECT dataset, min(year), max(year) FROM (\(latestTransfers)) GROUP BY dataset") { row in
            coverage[row.text(0)] = row.int(1)...row.int(2)
        }
        return coverage
    }

    static let transferColumns = ClickHouseSchema.armsTransfer.columnNames.filter { $0 != "version" }.joined(separator: ", ")

    /// The newest row of each transfer.
    private var latestTransfers: String {
        "SELECT \(Self.transferColumns) FROM \(table(ClickHouseSchema.armsTransfer)) ORDER BY id, version DESC LIMIT 1 BY id"
    }

    private static func append(_ transfer: ArmsTransfer, version: UInt64, to rows: inout TabSeparatedRows) {
        let deal = transfer.deal
        rows.append(transfer.id)
        rows.append(transfer.dataset)
        rows.append(transfer.supplier.code)
        rows.append(transfer.supplier.historical)
        rows.append(transfer.supplier.name)
        rows.append(transfer.supplier.kind.rawValue)
        rows.append(transfer.recipient.code)
        rows.append(transfer.recipient.historical)
        rows.append(transfer.recipient.name)
        rows.append(transfer.recipient.kind.rawValue)
        rows.append(transfer.year)
        rows.append(transfer.yearEstimated)
        rows.append(transfer.tiv)
        rows.append(deal?.sipriID)
        rows.append(deal?.designation)
        rows.append(deal?.description)
        rows.append(deal?.category)
        rows.append(deal?.orderYear)
        rows.append(deal?.orderYearEstimated)
        rows.append(deal?.numberOrdered)
        rows.append(deal?.numberOrderedEstimated)
        rows.append(deal?.numberDelivered)
        rows.append(deal?.numberDeliveredEstimated)
        rows.append(deal?.status)
        rows.append(deal?.estimatedUnitTIV)
        rows.append(deal?.dealUnitTIV)
        rows.append(deal?.orderTIV)
        rows.append(deal?.localProduction)
        rows.append(transfer.provenance.document)
        rows.append(transfer.provenance.locator)
        rows.append(transfer.provenance.url)
        rows.append(version)
        rows.endRow()
    }

    /// A transfer from a row of ``transferColumns``.
    private static func transfer(_ row: TabSeparatedReader) throws -> ArmsTransfer {
        func party(at field: Int) throws -> ArmsTransfer.Party {
            guard let kind = ArmsTransfer.Party.Kind(rawValue: row.text(field + 3)) else {
                throw StoreError(path: nil, reason: "arms transfer \(row.text(0)) has unknown party kind '\(row.text(field + 3))'")
            }
            return ArmsTransfer.Party(name: row.text(field + 2), code: row.string(field), historical: row.string(field + 1), kind: kind)
        }
        var deal: ArmsTransfer.Deal?
        if let designation = row.string(14) {
            deal = ArmsTransfer.Deal(
                sipriID: row.string(13), designation: designation, description: row.string(15) ?? "", category: row.string(16),
                orderYear: row.optionalInt(17), orderYearEstimated: row.optionalBool(18) ?? false,
                numberOrdered: row.optionalDouble(19), numberOrderedEstimated: row.optionalBool(20) ?? false,
                numberDelivered: row.optionalDouble(21), numberDeliveredEstimated: row.optionalBool(22) ?? false,
                status: row.string(23), estimatedUnitTIV: row.optionalDouble(24), dealUnitTIV: row.optionalDouble(25),
                orderTIV: row.optionalDouble(26), localProduction: row.optionalBool(27))
        }
        return ArmsTransfer(
            id: row.text(0), supplier: try party(at: 2), recipient: try party(at: 6), year: row.int(10),
            yearEstimated: row.bool(11), tiv: row.double(12), deal: deal,
            provenance: Provenance(dataset: row.text(1), document: row.string(28), locator: row.string(29), url: row.string(30)))
    }
}
