import EntenteModel
import EntenteStore
import GRDB

extension SQLiteStore: ArmsTransferStore {
    /// The arms-transfer table, registered after v1 (see ``SQLiteStore/migrator``).
    static func registerLeverageMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-relations: arms transfers (SIPRI register and TIV tables)") { db in
            try db.execute(
                sql: """
                    CREATE TABLE arms_transfer (
                      id TEXT PRIMARY KEY NOT NULL,
                      dataset TEXT NOT NULL,
                      supplier TEXT, supplier_historical TEXT, supplier_name TEXT NOT NULL, supplier_kind TEXT NOT NULL,
                      recipient TEXT, recipient_historical TEXT, recipient_name TEXT NOT NULL, recipient_kind TEXT NOT NULL,
                      year INTEGER NOT NULL,
                      year_estimated INTEGER NOT NULL DEFAULT 0,
                      tiv REAL NOT NULL,
                      sipri_id TEXT, designation TEXT, description TEXT, category TEXT,
                      order_year INTEGER, order_year_estimated INTEGER,
                      number_ordered REAL, number_ordered_estimated INTEGER,
                      number_delivered REAL, number_delivered_estimated INTEGER,
                      status TEXT, estimated_unit_tiv REAL, deal_unit_tiv REAL, order_tiv REAL, local_production INTEGER,
                      document TEXT, locator TEXT, url TEXT
                    );
                    CREATE INDEX arms_transfer_by_supplier ON arms_transfer(supplier, year);
                    CREATE INDEX arms_transfer_by_recipient ON arms_transfer(recipient, year);
                    CREATE INDEX arms_transfer_by_dataset ON arms_transfer(dataset, year);
                    """)
        }
    }

    @discardableResult
    public func write(armsTransfers: [ArmsTransfer]) throws -> (added: Int, replaced: Int) {
        try writer.write { db in
            let exists = try db.cachedStatement(sql: "SELECT 1 FROM arms_transfer WHERE id = ?")
            let insert = try db.cachedStatement(sql: ArmsTransferRecord.insertSQL)
            var added = 0
            var replaced = 0
            for transfer in armsTransfers {
                if try Bool.fetchOne(exists, arguments: [transfer.id]) == true { replaced += 1 } else { added += 1 }
                try insert.execute(arguments: ArmsTransferRecord.arguments(for: transfer))
            }
            return (added, replaced)
        }
    }

    public func armsTransfers(matching query: ArmsTransferQuery) throws -> [ArmsTransfer] {
        try writer.read { db in
            var clauses: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            let marks = { (count: Int) in Array(repeating: "?", count: count).joined(separator: ",") }
            if !query.suppliers.isEmpty {
                clauses.append("supplier IN (\(marks(query.suppliers.count)))")
                arguments += query.suppliers
            }
            if !query.recipients.isEmpty {
                clauses.append("recipient IN (\(marks(query.recipients.count)))")
                arguments += query.recipients
            }
            if let years = query.years {
                clauses.append("year BETWEEN ? AND ?")
                arguments += [years.lowerBound, years.upperBound]
            }
            if !query.datasets.isEmpty {
                clauses.append("dataset IN (\(marks(query.datasets.count)))")
                arguments += query.datasets
            }
            let whereSQL = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(ArmsTransferRecord.columns) FROM arms_transfer\(whereSQL) ORDER BY year, supplier_name, recipient_name, id",
                arguments: StatementArguments(arguments))
            var transfers: [ArmsTransfer] = []
            while let row = try rows.next() { transfers.append(try ArmsTransferRecord.transfer(row)) }
            return transfers
        }
    }

    public func armsTransferCoverage() throws -> [String: ClosedRange<Int>] {
        try writer.read { db in
            var coverage: [String: ClosedRange<Int>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT dataset, MIN(year) AS first, MAX(year) AS last FROM arms_transfer GROUP BY dataset") {
                let first: Int = row["first"]
                let last: Int = row["last"]
                coverage[row["dataset"]] = first...last
            }
            return coverage
        }
    }
}

/// The `arms_transfer` table's row form.
enum ArmsTransferRecord {
    /// The columns in the order ``arguments(for:)`` binds them and ``transfer(_:)`` reads them (by position: a
    /// lookup by name costs more than the rest of a row; the register has tens of thousands of rows).
    static let columns = """
        id, dataset, supplier, supplier_historical, supplier_name, supplier_kind,
          recipient, recipient_historical, recipient_name, recipient_kind, year, year_estimated, tiv, sipri_id,
          designation, description, category, order_year, order_year_estimated, number_ordered,
          number_ordered_estimated, number_delivered, number_delivered_estimated, status, estimated_unit_tiv,
          deal_unit_tiv, order_tiv, local_production, document, locator, url
        """

    static let insertSQL = """
        INSERT OR REPLACE INTO arms_transfer (\(columns))
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(for transfer: ArmsTransfer) -> StatementArguments {
        let deal = transfer.deal
        return [
            transfer.id, transfer.dataset,
            transfer.supplier.code, transfer.supplier.historical, transfer.supplier.name, transfer.supplier.kind.rawValue,
            transfer.recipient.code, transfer.recipient.historical, transfer.recipient.name, transfer.recipient.kind.rawValue,
            transfer.year, transfer.yearEstimated, transfer.tiv,
            deal?.sipriID, deal?.designation, deal?.description, deal?.category,
            deal?.orderYear, deal?.orderYearEstimated, deal?.numberOrdered, deal?.numberOrderedEstimated,
            deal?.numberDelivered, deal?.numberDeliveredEstimated, deal?.status, deal?.estimatedUnitTIV,
            deal?.dealUnitTIV, deal?.orderTIV, deal?.localProduction,
            transfer.provenance.document, transfer.provenance.locator, transfer.provenance.url,
        ]
    }

    /// A transfer from a row of ``columns``.
    static func transfer(_ row: Row) throws -> ArmsTransfer {
        func party(at column: Int) throws -> ArmsTransfer.Party {
            let kindText: String = row[column + 3]
            guard let kind = ArmsTransfer.Party.Kind(rawValue: kindText) else {
                throw StoreError(path: nil, reason: "arms transfer \(row[0] as String) has unknown party kind '\(kindText)'")
            }
            return ArmsTransfer.Party(name: row[column + 2], code: row[column], historical: row[column + 1], kind: kind)
        }
        var deal: ArmsTransfer.Deal?
        if let designation: String = row[14] {
            deal = ArmsTransfer.Deal(
                sipriID: row[13], designation: designation, description: row[15] ?? "",
                category: row[16], orderYear: row[17], orderYearEstimated: row[18] ?? false,
                numberOrdered: row[19], numberOrderedEstimated: row[20] ?? false,
                numberDelivered: row[21], numberDeliveredEstimated: row[22] ?? false,
                status: row[23], estimatedUnitTIV: row[24], dealUnitTIV: row[25],
                orderTIV: row[26], localProduction: row[27])
        }
        return ArmsTransfer(
            id: row[0], supplier: try party(at: 2), recipient: try party(at: 6), year: row[10],
            yearEstimated: row[11], tiv: row[12], deal: deal,
            provenance: Provenance(dataset: row[1], document: row[28], locator: row[29], url: row[30]))
    }
}
