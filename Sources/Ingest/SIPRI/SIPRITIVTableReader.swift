import EntenteModel
import Foundation

/// Reads one of SIPRI's TIV tables ("TIV of arms exports from <supplier>, 1950-2021"): a title line and notes,
/// a header row of years ending in "Total", then one row per recipient with the TIV (millions) delivered each
/// year — empty for none, 0 for under 0.5 million.
///
/// Each non-empty cell becomes one transfer; SIPRI's own "Total" row and column are left out (they are sums).
public enum SIPRITIVTableReader {
    public struct Result: Sendable {
        public var supplier: ArmsTransfer.Party
        public var transfers: [ArmsTransfer] = []
        public var rejected: [SIPRIRejectedRow] = []
        public var rows = 0
        /// SIPRI's "Generated:" line.
        public var generated: String?
    }

    static let titlePrefix = "TIV of arms exports from "

    /// Whether `bytes` look like a TIV table: the title line comes first.
    public static func recognises(_ bytes: some Collection<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        let start = head.drop { $0 == "\u{FEFF}" || $0 == "\"" }
        return start.hasPrefix(titlePrefix)
    }

    public static func read(path: String) throws -> Result {
        try read(bytes: [UInt8](try ReadError.contents(of: path)), path: path)
    }

    /// - Throws: ``ReadError`` for a file without the title line or the header row of years, or whose
    ///   supplier is neither a state Entente knows nor marked by SIPRI as a non-state party.
    public static func read(bytes: [UInt8], path: String) throws(ReadError) -> Result {
        let records = try SIPRICSV.records(in: bytes, path: path)
        guard let title = records.first?.fields.first?.trimmingSpaces, title.hasPrefix(titlePrefix) else {
            throw ReadError(path: path, line: 1, column: 1, reason: "expected the title \"\(titlePrefix)<supplier>, <years>\"")
        }
        var name = String(title.dropFirst(titlePrefix.count))
        if let comma = name.range(of: ", ", options: .backwards) { name = String(name[..<comma.lowerBound]) }
        guard let supplier = SIPRIParty.resolve(name) else {
            throw ReadError(
                path: path, line: 1, column: titlePrefix.count + 2,
                reason: "unknown supplier '\(name)': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)")
        }
        guard let headerIndex = records.firstIndex(where: { record in
            record.fields.count > 1 && record.fields[0].trimmingSpaces.isEmpty && Self.year(record.fields[1]) != nil
        }) else {
            throw ReadError(path: path, line: 1, column: 1, reason: "no header row of years found (expected ',1950,1951,…,Total')")
        }
        let header = records[headerIndex]
        var years: [(index: Int, year: Int)] = []
        for (index, field) in header.fields.enumerated() {
            if let year = Self.year(field) { years.append((index, year)) }
        }
        var result = Result(supplier: supplier)
        for record in records[..<headerIndex] {
            let text = record.fields.first?.trimmingSpaces ?? ""
            if text.hasPrefix("Generated:") { result.generated = String(text.dropFirst("Generated:".count)).trimmingSpaces }
        }
        let document = URL(fileURLWithPath: path).lastPathComponent
            + (result.generated.map { " (SIPRI Arms Transfers Database, TIV table generated \($0))" } ?? " (SIPRI Arms Transfers Database, TIV table)")
        let lastYearIndex = years.last?.index ?? 0
        rows: for record in records[(headerIndex + 1)...] where !record.isBlank {
            let recipientName = record.fields[0].trimmingSpaces
            if recipientName == "Total" { continue }
            result.rows += 1
            func reject(_ column: Int, _ reason: String) {
                result.rejected.append(
                    SIPRIRejectedRow(path: path, line: record.line, column: column, reason: reason, raw: record.raw))
            }
            guard !recipientName.isEmpty else {
                reject(1, "a row of figures without a recipient")
                continue
            }
            guard record.fields.count > lastYearIndex else {
                reject(record.column(record.fields.count), "expected \(header.fields.count) fields as the header has, found \(record.fields.count)")
                continue
            }
            guard let recipient = SIPRIParty.resolve(recipientName) else {
                reject(1, "unknown recipient '\(recipientName)': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)")
                continue
            }
            var transfers: [ArmsTransfer] = []
            for (index, year) in years {
                let cell = record.fields[index].trimmingSpaces
                guard !cell.isEmpty else { continue }
                guard let parsed = SIPRINumber.parse(cell), let value = parsed.value else {
                    reject(record.column(index), "'\(cell)' for \(year) is not a TIV figure")
                    continue rows
                }
                transfers.append(
                    ArmsTransfer(
                        id: "\(ArmsTransfer.Dataset.tivTable):\(supplier.name)>\(recipient.name):\(year)", supplier: supplier,
                        recipient: recipient, year: year, yearEstimated: parsed.estimated, tiv: value,
                        provenance: Provenance(dataset: ArmsTransfer.Dataset.tivTable, document: document, locator: "line \(record.line)")))
            }
            result.transfers += transfers
        }
        return result
    }

    static func year(_ field: String) -> Int? {
        let text = field.trimmingSpaces
        guard text.count == 4, let year = Int(text), (1900...2100).contains(year) else { return nil }
        return year
    }
}
