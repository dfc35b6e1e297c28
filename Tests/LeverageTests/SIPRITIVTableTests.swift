import EntenteAnalysis
import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

struct SIPRITIVTableTests {
    static let folder = SharedData.url("sipri/trademap-raw").path

    /// The totals SOURCE.md lists for 1950–2021: SIPRI's own Total column, the raw cells summed, and Entente's.
    @Test(arguments: [
        ("USR", "India", "IND", 42_303.0), ("USR", "China", "CHN", 32_510), ("USR", "Pakistan", "PAK", 379),
        ("RUS", "India", "IND", 44_102), ("RUS", "China", "CHN", 37_874), ("RUS", "Pakistan", "PAK", 795),
        ("CHI", "Pakistan", "PAK", 17_257), ("USA", "Pakistan", "PAK", 8_514), ("USA", "India", "IND", 5_436),
    ])
    func totals(file: String, recipientName: String, recipient: String, total: Double) throws {
        let raw = RawSIPRI.table(file)
        #expect(raw.totals[recipientName] == total)
        let cells = raw.cells[recipientName]!.values.reduce(0, +)
        // SIPRI rounds each cell and the total separately.
        #expect(abs(cells - total) <= Double(raw.cells[recipientName]!.count) * 0.5 + 0.5)
        let result = try SIPRITIVTableReader.read(path: "\(Self.folder)/TIV-Export-\(file)-1950-2021.csv")
        #expect(result.rejected.isEmpty)
        let rows = result.transfers.filter { $0.recipient.code == recipient && $0.recipient.name == recipientName }
        #expect(rows.count == raw.cells[recipientName]!.count)
        #expect(abs(rows.reduce(0) { $0 + $1.tiv } - cells) < 1e-6)
        for row in rows { #expect(raw.cells[recipientName]![row.year] == row.tiv) }
    }

    @Test func theSovietUnionCountsOnRussiasLineageAndSaysSo() throws {
        let result = try SIPRITIVTableReader.read(path: "\(Self.folder)/TIV-Export-USR-1950-2021.csv")
        #expect(result.supplier == ArmsTransfer.Party(name: "Soviet Union", code: "RUS", historical: "SUN", kind: .state))
        #expect(result.generated == "28 July 2022")
        #expect(result.transfers.allSatisfy { $0.year <= 1991 })
    }

    /// Every table reads without a rejected row, and every name in them resolves or is marked as not a state.
    @Test func everyTableReadsAndEveryNameResolves() throws {
        let files = try SIPRIImport.files(at: Self.folder)
        #expect(files.count == 134)
        var nonStates: Set<String> = []
        for file in files {
            let result = try SIPRITIVTableReader.read(path: file)
            #expect(result.rejected.isEmpty, "\(file): \(result.rejected.prefix(2))")
            for party in result.transfers.flatMap({ [$0.supplier, $0.recipient] }) + [result.supplier] {
                if party.kind == .state { #expect(party.code != nil) } else { nonStates.insert(party.name) }
            }
        }
        for name in nonStates {
            #expect(name.hasSuffix("*") || name.lowercased().hasPrefix("unknown") || SIPRIParty.unrecognised.contains(name), "\(name)")
        }
        #expect(nonStates.contains("Mujahedin (Afghanistan)*"))
        #expect(nonStates.contains("Northern Cyprus"))
    }

    /// Both datasets loaded: each year's figures come from one of them — the register from 2000, the tables before.
    @Test func registerAndTablesTogetherNeverCountAYearTwice() throws {
        let store = try SQLiteStore()
        let summary = try SIPRIImport.run(
            paths: [SIPRIRegisterTests.path, "\(Self.folder)/TIV-Export-USR-1950-2021.csv", "\(Self.folder)/TIV-Export-RUS-1950-2021.csv"],
            into: store, quarantine: nil)
        #expect(summary.failures.isEmpty)
        #expect(summary.rejected.isEmpty)
        #expect(summary.historical.contains("Soviet Union → RUS (SUN)"))
        let coverage = try store.armsTransferCoverage()
        #expect(coverage[ArmsTransfer.Dataset.register] == 2000...2023)
        #expect(coverage[ArmsTransfer.Dataset.tivTable] == 1950...2021)
        let ledger = ArmsLedger(
            transfers: try store.armsTransfers(matching: ArmsTransferQuery(suppliers: ["RUS"], recipients: ["IND"])), coverage: coverage)
        let soviet = RawSIPRI.table("USR").cells["India"]!
        let russian = RawSIPRI.table("RUS").cells["India"]!
        let before2000 = (1950...1999).reduce(0.0) { $0 + (soviet[$1] ?? 0) + (russian[$1] ?? 0) }
        #expect(abs(ledger.tiv(supplier: "RUS", recipient: "IND", window: Window(years: 1950...1999)) - before2000) < 1e-6)
        let since2000 = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: "India", years: 2000...2021).tiv
        #expect(abs(ledger.tiv(supplier: "RUS", recipient: "IND", window: Window(years: 2000...2021)) - since2000) < 1e-6)
        #expect(ledger.datasets(of: Window(years: 1995...2005)) == [ArmsTransfer.Dataset.register, ArmsTransfer.Dataset.tivTable])
    }
}
