import EntenteModel
import EntenteStore
import Foundation
import TestSupport

/// The real ICEWS counts per directed pair of states and year, 2002–2014 (`../shared/data/icews_dyad_years`), read
/// here by a few lines of their own — not by the ingest under test — into one aggregate per row, dated to its year.
enum ICEWSDyadYears {
    static let relativePath = "icews_dyad_years/icews-dyad-years-2002-2014.dev.csv"

    static let aggregates: [DyadAggregate] = {
        guard let lines = try? SharedData.lines(relativePath) else { return [] }
        var rows: [DyadAggregate] = []
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = splitCSV(line)
            guard fields.count == 9, let year = Int(fields[4]) else { continue }
            let counts = fields[5...8].compactMap { Int($0) }
            guard counts.count == 4 else { continue }
            rows.append(
                DyadAggregate(
                    source: fields[0], target: fields[1], start: Day(year: year, month: 1, day: 1),
                    end: Day(year: year, month: 12, day: 31), counts: counts, goldsteinSum: 0))
        }
        return rows
    }()

    /// Splits one CSV line, honouring double quotes ("Congo, Republic Of").
    static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
