import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

/// Rows that cannot be read are set aside with where and why, never guessed at; files that cannot be read at all
/// say where and what was expected.
struct SIPRIQuarantineTests {
    static let header = "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production"

    static func write(_ text: String, name: String = "register.csv") throws -> String {
        let url = try SharedData.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func badRowsGoToTheQuarantineWithPathLineColumnAndTheRawRow() throws {
        let lines = [
            "Transfers of major conventional arms. A '?' in a column indicates uncertain data.",
            "",
            Self.header,
            "1,Russia,Pakistan,Mi-35,combat helicopter,Aircraft,2015,No,4,No,2017,No,New,13,13,26,No",
            "2,Russia,Atlantis,Mi-35,combat helicopter,Aircraft,2015,No,4,No,2017,No,New,13,13,26,No",
            "3,Russia,Pakistan,Mi-35,combat helicopter,Aircraft,2015,No,4,No,20x7,No,New,13,13,26,No",
            "4,Russia,Pakistan,Mi-35,combat helicopter,Aircraft,2015,No,4,No,2017,No,New,13,13,lots,No",
            "5,Russia,Pakistan,Mi-35,combat helicopter,Aircraft,2015,No,4,No,2017",
            "6,\"Russia\",Pakistan,\"Mi-35, upgraded\",combat helicopter,Aircraft,2015?,No,2?,Maybe,2018,No,New,13,13,26,No",
            "7,Soviet Union,Pakistan,Mi-8,transport helicopter,Aircraft,1989,No,?,No,2015; 2016,No,New,4,4,8,No",
        ]
        let path = try Self.write(lines.joined(separator: "\n") + "\n")
        let result = try SIPRIRegisterReader.read(path: path)
        #expect(result.rows == 7)
        let ids: [String] = result.transfers.map { $0.id }
        #expect(ids == ["sipri-register:1:2017", "sipri-register:7:2015", "sipri-register:7:2016"])
        let rejectedLines: [Int] = result.rejected.map { $0.line }
        #expect(rejectedLines == [5, 6, 7, 8, 9])
        let descriptions: [String] = result.rejected.map { $0.description }
        let expected: [String] = [
            "\(path):5:10: unknown recipient 'Atlantis': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)",
            "\(path):6:65: '20x7' in Delivery year is not a year or a list of years",
            "\(path):7:83: 'lots' in TIV delivery values is not a number",
            "\(path):8:69: expected 17 fields as the header has, found 11",
            "\(path):9:78: 'Maybe' in numbers delivered is estimate is neither Yes nor No",
        ]
        #expect(descriptions == expected)
        #expect(result.rejected[0].raw == lines[4])
        // Two delivery years share the row's TIV; a lone ? is an unknown number; the Soviet Union counts for Russia.
        let split = result.transfers.filter { $0.deal?.sipriID == "7" }
        let tivs: [Double] = split.map { $0.tiv }
        #expect(tivs == [4, 4])
        #expect(split.allSatisfy { $0.deal?.numberDelivered == nil && $0.supplier.historical == "SUN" && $0.supplier.code == "RUS" })

        let store = try SQLiteStore()
        let quarantine = try SharedData.temporaryFolder().appendingPathComponent("q/quarantine.txt").path
        let summary = try SIPRIImport.run(paths: [path], into: store, quarantine: quarantine)
        #expect(summary.added == 3)
        let written = try String(contentsOfFile: quarantine, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(written.count == 10)
        // Each entry as every reader writes one: `path:line:column: reason [N bytes]`, then the row.
        #expect(written[0] == result.rejected[0].description + " [\(lines[4].utf8.count) bytes]")
        #expect(written[1] == lines[4])
        #expect(written[9] == lines[8])
        // Importing again replaces, never duplicates.
        let again = try SIPRIImport.run(paths: [path], into: store, quarantine: nil)
        #expect(again.added == 0)
        #expect(again.replaced == 3)
    }

    @Test func aQuotedFieldKeepsItsCommasAndEstimatesAreMarked() throws {
        let path = try Self.write(
            Self.header + "\n" + "6,\"Russia\",Pakistan,\"Mi-35, upgraded\",combat helicopter,Aircraft,2015?,No,2?,No,2018?,No,New,13,13,26,No\n")
        let result = try SIPRIRegisterReader.read(path: path)
        let transfer = try #require(result.transfers.first)
        #expect(transfer.deal?.designation == "Mi-35, upgraded")
        #expect(transfer.deal?.orderYear == 2015 && transfer.deal?.orderYearEstimated == true)
        #expect(transfer.deal?.numberDelivered == 2 && transfer.deal?.numberDeliveredEstimated == true)
        #expect(transfer.year == 2018 && transfer.yearEstimated)
    }

    @Test func unreadableFilesNameWhereAndWhat() throws {
        let noHeader = try Self.write("just,some,text\n1,2,3\n")
        #expect(throws: ReadError(
            path: noHeader, line: 1, column: 1,
            reason: "no trade-register header found (expected a row naming at least Supplier, Recipient, Delivery year and TIV delivery values)")
        ) { try SIPRIRegisterReader.read(path: noHeader) }

        let unclosed = try Self.write(Self.header + "\n1,Russia,\"Pakistan,Mi-35\n")
        #expect(throws: ReadError(path: unclosed, line: 2, column: 10, reason: "a quoted field opens here and never closes (expected a closing \")")) {
            try SIPRIRegisterReader.read(path: unclosed)
        }

        let table = try Self.write(
            "\"TIV of arms exports from Atlantis, 1950-2021\",,\n,1950,1951,Total\nIndia,1,2,3\n", name: "TIV-Export-ATL-1950-2021.csv")
        #expect(throws: ReadError.self) { try SIPRITIVTableReader.read(path: table) }
        let store = try SQLiteStore()
        let summary = try SIPRIImport.run(paths: [table, "/nonexistent/sipri.csv"], into: store, quarantine: nil)
        let failures: [String] = summary.failures.map { $0.description }
        #expect(failures == [
            "\(table):1:27: unknown supplier 'Atlantis': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)",
            "/nonexistent/sipri.csv:1:1: no such file or folder",
        ])
    }

    @Test func badCellsOfATIVTableAreQuarantined() throws {
        let table = try Self.write(
            "\"TIV of arms exports from Russia, 1950-2021\",,,\n,,,\n,1950,1951,Total\nIndia,1,x,3\nPakistan,,2,2\nAtlantis,1,,1\nTotal,2,2,4\n",
            name: "TIV-Export-RUS-1950-2021.csv")
        let result = try SIPRITIVTableReader.read(path: table)
        let ids: [String] = result.transfers.map { $0.id }
        #expect(ids == ["sipri-tiv:Russia>Pakistan:1951"])
        let descriptions: [String] = result.rejected.map { $0.description }
        #expect(descriptions == [
            "\(table):4:9: 'x' for 1951 is not a TIV figure",
            "\(table):6:1: unknown recipient 'Atlantis': not a state Entente knows, nor marked by SIPRI as a non-state actor (*) or an organisation (**)",
        ])
    }
}
