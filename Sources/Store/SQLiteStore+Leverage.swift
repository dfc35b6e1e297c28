import EntenteModel
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
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM arms_transfer\(whereSQL) ORDER BY year, supplier_name, recipient_name, id",
                arguments: StatementArguments(arguments))
            return try rows.map(ArmsTransferRecord.transfer)
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
    static let insertSQL = """
        INSERT OR REPLACE INTO arms_transfer (id, dataset, supplier, supplier_historical, supplier_name, supplier_kind,
          recipient, recipient_historical, recipient_name, recipient_kind, year, year_estimated, tiv, sipri_id,
          designation, description, category, order_year, order_year_estimated, number_ordered,
          number_ordered_estimated, number_delivered, number_delivered_estimated, status, estimated_unit_tiv,
          deal_unit_tiv, order_tiv, local_production, document, locator, url)
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

    static func transfer(_ row: Row) throws -> ArmsTransfer {
        func party(_ prefix: String) throws -> ArmsTransfer.Party {
            let kindText: String = row["\(prefix)_kind"]
            guard let kind = ArmsTransfer.Party.Kind(rawValue: kindText) else {
                throw StoreError(path: nil, reason: "arms transfer \(row["id"] as String) has unknown \(prefix) kind '\(kindText)'")
            }
            return ArmsTransfer.Party(name: row["\(prefix)_name"], code: row[prefix], historical: row["\(prefix)_historical"], kind: kind)
        }
        var deal: ArmsTransfer.Deal?
        if let designation: String = row["designation"] {
            deal = ArmsTransfer.Deal(
                sipriID: row["sipri_id"], designation: designation, description: row["description"] ?? "",
                category: row["category"], orderYear: row["order_year"], orderYearEstimated: row["order_year_estimated"] ?? false,
                numberOrdered: row["number_ordered"], numberOrderedEstimated: row["number_ordered_estimated"] ?? false,
                numberDelivered: row["number_delivered"], numberDeliveredEstimated: row["number_delivered_estimated"] ?? false,
                status: row["status"], estimatedUnitTIV: row["estimated_unit_tiv"], dealUnitTIV: row["deal_unit_tiv"],
                orderTIV: row["order_tiv"], localProduction: row["local_production"])
        }
        return ArmsTransfer(
            id: row["id"], supplier: try party("supplier"), recipient: try party("recipient"), year: row["year"],
            yearEstimated: row["year_estimated"], tiv: row["tiv"], deal: deal,
            provenance: Provenance(dataset: row["dataset"], document: row["document"], locator: row["locator"], url: row["url"]))
    }
}
