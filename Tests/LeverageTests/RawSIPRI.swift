import Foundation
import TestSupport

/// SIPRI's files read the plainest way, independently of Entente's readers: the figures the tests hold
/// Entente's against.
enum RawSIPRI {
    struct Row {
        let line: Int
        let supplier: String
        let recipient: String
        let year: Int
        let tiv: Double
    }

    /// The trade register's data rows (the file quotes nothing, which the test checks, so a comma split is exact).
    static let register: [Row] = {
        let lines = try! SharedData.lines("sipri/trade_2023.csv")
        let header = lines.firstIndex { $0.hasPrefix("SIPRI AT Database ID,Supplier,Recipient") }!
        return lines[(header + 1)...].enumerated().compactMap { offset, line in
            guard !line.isEmpty else { return nil }
            precondition(!line.contains("\""), "the register now quotes fields; this plain reading no longer holds")
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(line: header + offset + 2, supplier: fields[1], recipient: fields[2], year: Int(fields[10])!, tiv: Double(fields[15]) ?? 0)
        }
    }()

    static func sum(_ rows: [Row], supplier: String? = nil, recipient: String? = nil, years: ClosedRange<Int>? = nil) -> (rows: Int, tiv: Double) {
        let matching = rows.filter {
            (supplier == nil || $0.supplier == supplier) && (recipient == nil || $0.recipient == recipient)
                && (years == nil || years!.contains($0.year))
        }
        return (matching.count, matching.reduce(0) { $0 + $1.tiv })
    }

    /// One TIV table: the supplier named in the title, and per recipient its cells by year and SIPRI's Total.
    struct Table {
        let supplier: String
        let cells: [String: [Int: Double]]
        let totals: [String: Double]
    }

    static func table(_ code: String) -> Table {
        let lines = try! SharedData.lines("sipri/trademap-raw/TIV-Export-\(code)-1950-2021.csv")
        func fields(_ line: String) -> [String] {
            // Only the title line quotes (it holds a comma); data rows do not.
            line.hasPrefix("\"") ? [String(line.dropFirst().prefix { $0 != "\"" })] : line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let title = fields(lines[0])[0]
        let supplier = String(title.dropFirst("TIV of arms exports from ".count).dropLast(", 1950-2021".count))
        let headerIndex = lines.firstIndex { $0.hasPrefix(",1950,") }!
        let header = fields(lines[headerIndex])
        var cells: [String: [Int: Double]] = [:]
        var totals: [String: Double] = [:]
        for line in lines[(headerIndex + 1)...] {
            let row = fields(line)
            guard let name = row.first, !name.isEmpty, name != "Total" else { continue }
            for (index, value) in row.enumerated() where index > 0 && index < header.count && !value.isEmpty {
                if header[index] == "Total" { totals[name] = Double(value) } else { cells[name, default: [:]][Int(header[index])!] = Double(value)! }
            }
        }
        return Table(supplier: supplier, cells: cells, totals: totals)
    }
}
