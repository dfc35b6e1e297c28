import EntenteModel
import Foundation

/// Reads SIPRI's trade register as SIPRI exports it: lines of preamble, a header row, then one quoted-CSV row per
/// deal and delivery year (or per deal, with its delivery years in one field, in the older layout).
///
/// Columns are found by their header names, in either of SIPRI's layouts ("Numbers delivered" or "Number
/// delivered", "TIV delivery values" or "SIPRI TIV of delivered weapons"…). A `?` after a number or year, or a
/// "Yes" in the matching "… is estimate" column, marks SIPRI's estimate; a lone `?` is an unknown number. A row
/// with several delivery years has its TIV and numbers shared evenly among them. Rows that cannot be read are
/// set aside with the reason and the raw row, never guessed at.
public enum SIPRIRegisterReader {
    /// What a file gave.
    public struct Result: Sendable {
        public var transfers: [ArmsTransfer] = []
        public var rejected: [SIPRIRejectedRow] = []
        /// Data rows read (transfers may be more, when a row spans several delivery years).
        public var rows = 0
        /// SIPRI's "Data generated" line, when the preamble has it.
        public var generated: String?
    }

    enum Column: CaseIterable {
        case dealID, supplier, recipient, designation, description, category, orderYear, orderYearEstimate
        case numberOrdered, numberOrderedEstimate, numberDelivered, numberDeliveredEstimate, deliveryYear
        case deliveryYearEstimate, status, unitEstimate, dealUnit, deliveredTIV, orderTIV, localProduction

        /// The header names SIPRI uses for the column, normalised (lower case, single spaces).
        var names: [String] {
            switch self {
            case .dealID: ["sipri at database id", "deal id", "sipri deal id"]
            case .supplier: ["supplier"]
            case .recipient: ["recipient"]
            case .designation: ["designation", "weapon designation"]
            case .description: ["description", "weapon description"]
            case .category: ["armament category"]
            case .orderYear: ["order date", "year of order", "order year", "ordered"]
            case .orderYearEstimate: ["order date is estimate", "order year is estimate"]
            case .numberOrdered: ["number ordered", "numbers ordered", "no. ordered"]
            case .numberOrderedEstimate: ["number ordered is estimate", "numbers ordered is estimate"]
            case .numberDelivered: ["numbers delivered", "number delivered", "no. delivered"]
            case .numberDeliveredEstimate: ["numbers delivered is estimate", "number delivered is estimate"]
            case .deliveryYear: ["delivery year", "year(s) of deliveries", "year of delivery", "years of deliveries"]
            case .deliveryYearEstimate: ["delivery year is estimate"]
            case .status: ["status"]
            case .unitEstimate: ["sipri estimate"]
            case .dealUnit: ["tiv deal unit", "sipri tiv per unit"]
            case .deliveredTIV: ["tiv delivery values", "sipri tiv of delivered weapons", "tiv delivered"]
            case .orderTIV: ["sipri tiv for total order"]
            case .localProduction: ["local production"]
            }
        }

        var title: String {
            switch self {
            case .supplier: "Supplier"
            case .recipient: "Recipient"
            case .deliveryYear: "Delivery year"
            case .deliveredTIV: "TIV delivery values"
            default: names[0]
            }
        }
    }

    static let required: [Column] = [.supplier, .recipient, .deliveryYear, .deliveredTIV]

    /// Reads the file at `path`.
    ///
    /// - Throws: ``ReadError`` when the file cannot be read or holds no trade-register header.
    public static func read(path: String) throws -> Result {
        try read(bytes: [UInt8](try ReadError.contents(of: path)), path: path)
    }

    /// Reads a register already in memory; `path` names it in errors and provenance.
    public static func read(bytes: [UInt8], path: String) throws(ReadError) -> Result {
        let records = try SIPRICSV.records(in: bytes, path: path)
        guard let headerIndex = records.prefix(100).firstIndex(where: isHeader) else {
            throw ReadError(
                path: path, line: 1, column: 1,
                reason: "no trade-register header found (expected a row naming at least Supplier, Recipient, Delivery year and TIV delivery values)")
        }
        let header = records[headerIndex]
        var columns: [Column: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let normalised = normalise(name)
            if let column = Column.allCases.first(where: { $0.names.contains(normalised) }), columns[column] == nil {
                columns[column] = index
            }
        }
        for column in required where columns[column] == nil {
            throw ReadError(
                path: path, line: header.line, column: 1,
                reason: "the header lacks a '\(column.title)' column (expected SIPRI's trade-register columns)")
        }
        var result = Result()
        for record in records[..<headerIndex] {
            let text = record.fields.joined(separator: ",").trimmingSpaces
            if text.hasPrefix("Data generated:") { result.generated = String(text.dropFirst("Data generated:".count)).trimmingSpaces }
        }
        let document = URL(fileURLWithPath: path).lastPathComponent
            + (result.generated.map { " (SIPRI Arms Transfers Database, generated \($0))" } ?? " (SIPRI Arms Transfers Database)")
        for record in records[(headerIndex + 1)...] where !record.isBlank {
            result.rows += 1
            do {
                result.transfers += try transfers(record, columns: columns, headerCount: header.fields.count, path: path, document: document)
            } catch {
                result.rejected.append(error)
            }
        }
        return result
    }

    static func isHeader(_ record: SIPRICSVRecord) -> Bool {
        let names = Set(record.fields.map(normalise))
        return names.contains("supplier") && names.contains("recipient")
    }

    static func normalise(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The transfers of one row (one per delivery year).
    static func transfers(
        _ record: SIPRICSVRecord, columns: [Column: Int], headerCount: Int, path: String, document: String
    ) throws(SIPRIRejectedRow) -> [ArmsTransfer] {
        func reject(_ column: Column?, _ reason: String) -> SIPRIRejectedRow {
            SIPRIRejectedRow(
                path: path, line: record.line, column: column.flatMap { columns[$0] }.map(record.column) ?? 1, reason: reason,
                raw: record.raw)
        }
        guard record.fields.count == headerCount else {
            throw SIPRIRejectedRow(
                path: path, line: record.line, column: record.column(min(record.fields.count, headerCount)),
                reason: "expected \(headerCount) fields as the header has, found \(record.fields.count)", raw: record.raw)
        }
        func text(_ column: Column) -> String {
            guard let index = columns[column] else { return "" }
            return record.fields[index].trimmingSpaces
        }
        func party(_ column: Column) throws(SIPRIRejectedRow) -> ArmsTransfer.Party {
            let name = text(column)
            guard let party = SIPRIParty.resolve(name) else {
                throw reject(
                    column,
                    name.isEmpty ? "empty \(column.title.lowercased())"
                        : "unknown \(column.title.lowercased()) '\(name)': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)")
            }
            return party
        }
        func number(_ column: Column) throws(SIPRIRejectedRow) -> (value: Double?, estimated: Bool) {
            let value = text(column)
            guard let parsed = SIPRINumber.parse(value) else { throw reject(column, "'\(value)' in \(column.title) is not a number") }
            return parsed
        }
        func flag(_ column: Column) throws(SIPRIRejectedRow) -> Bool? {
            switch text(column).lowercased() {
            case "": return nil
            case "yes", "y", "true": return true
            case "no", "n", "false": return false
            default: throw reject(column, "'\(text(column))' in \(column.title) is neither Yes nor No")
            }
        }
        func year(_ column: Column) throws(SIPRIRejectedRow) -> (value: Int?, estimated: Bool) {
            let parsed = try number(column)
            guard let value = parsed.value else { return (nil, parsed.estimated) }
            guard value == value.rounded(), (1900...2100).contains(value) else {
                throw reject(column, "'\(text(column))' in \(column.title) is not a year")
            }
            return (Int(value), parsed.estimated)
        }

        let supplier = try party(.supplier)
        let recipient = try party(.recipient)
        let deliveryText = text(.deliveryYear)
        guard let delivery = SIPRINumber.years(deliveryText) else {
            throw reject(.deliveryYear, "'\(deliveryText)' in Delivery year is not a year or a list of years")
        }
        let deliveredTIV = try number(.deliveredTIV)
        let order = try year(.orderYear)
        let ordered = try number(.numberOrdered)
        let delivered = try number(.numberDelivered)
        let unitEstimate = try number(.unitEstimate)
        let dealUnit = try number(.dealUnit)
        let orderTIV = try number(.orderTIV)
        let orderEstimated = try flag(.orderYearEstimate) ?? false
        let orderedEstimated = try flag(.numberOrderedEstimate) ?? false
        let deliveredEstimated = try flag(.numberDeliveredEstimate) ?? false
        let yearEstimated = try flag(.deliveryYearEstimate) ?? false
        let localProduction = try flag(.localProduction)
        let dealID = text(.dealID)
        let share = 1 / Double(delivery.years.count)
        let deal = ArmsTransfer.Deal(
            sipriID: dealID.isEmpty ? nil : dealID, designation: text(.designation), description: text(.description),
            category: text(.category).isEmpty ? nil : text(.category), orderYear: order.value,
            orderYearEstimated: orderEstimated || order.estimated, numberOrdered: ordered.value,
            numberOrderedEstimated: orderedEstimated || ordered.estimated, numberDelivered: delivered.value.map { $0 * share },
            numberDeliveredEstimated: deliveredEstimated || delivered.estimated || delivery.years.count > 1,
            status: text(.status).isEmpty ? nil : text(.status), estimatedUnitTIV: unitEstimate.value,
            dealUnitTIV: dealUnit.value, orderTIV: orderTIV.value, localProduction: localProduction)
        return delivery.years.map { year in
            let id = dealID.isEmpty
                ? Event.contentID(
                    prefix: ArmsTransfer.Dataset.register,
                    parts: [supplier.name, recipient.name, deal.designation, String(order.value ?? 0), String(year)])
                : "\(ArmsTransfer.Dataset.register):\(dealID):\(year)"
            return ArmsTransfer(
                id: id, supplier: supplier, recipient: recipient, year: year,
                yearEstimated: yearEstimated || delivery.estimated, tiv: (deliveredTIV.value ?? 0) * share, deal: deal,
                provenance: Provenance(dataset: ArmsTransfer.Dataset.register, document: document, locator: "line \(record.line)"))
        }
    }
}

/// Numbers and years as SIPRI writes them.
enum SIPRINumber {
    /// `12`, `0.5`, `1,280`, `4?` (SIPRI's estimate) or `?` (unknown); empty is no value. Nil when unreadable.
    static func parse(_ text: String) -> (value: Double?, estimated: Bool)? {
        var body = text.trimmingSpaces
        var estimated = false
        if body.hasSuffix("?") {
            estimated = true
            body = String(body.dropLast()).trimmingSpaces
        }
        if body.hasPrefix("(") && body.hasSuffix(")") {
            estimated = true
            body = String(body.dropFirst().dropLast())
        }
        guard !body.isEmpty else { return (nil, estimated) }
        body = body.filter { $0 != "," }
        guard body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(body), value.isFinite else { return nil }
        return (value, estimated)
    }

    /// `2015`, `2015?`, `2015; 2016`, `2015-2017` (each year of the span); nil when unreadable or empty.
    static func years(_ text: String) -> (years: [Int], estimated: Bool)? {
        var years: [Int] = []
        var estimated = false
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "," }).map({ String($0).trimmingSpaces }) where !part.isEmpty {
            var piece = part
            if piece.hasSuffix("?") {
                estimated = true
                piece = String(piece.dropLast()).trimmingSpaces
            }
            let bounds = piece.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int(String($0).trimmingSpaces) }
            guard !bounds.isEmpty, bounds.count <= 2, let first = bounds[0], let last = bounds.last!, first <= last,
                (1900...2100).contains(first), (1900...2100).contains(last)
            else { return nil }
            years += Array(first...last)
        }
        return years.isEmpty ? nil : (years, estimated)
    }
}
