import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing

struct RelationsStoreTests {
    static func transfer(_ id: String, year: Int, tiv: Double, dataset: String = ArmsTransfer.Dataset.register) -> ArmsTransfer {
        ArmsTransfer(
            id: id, supplier: .init(name: "Soviet Union", code: "RUS", historical: "SUN", kind: .state),
            recipient: .init(name: "Hezbollah (Lebanon)*", kind: .nonState), year: year, yearEstimated: true, tiv: tiv,
            deal: .init(
                sipriID: id, designation: "Mi-8", description: "transport helicopter", category: "Aircraft", orderYear: 1989,
                orderYearEstimated: true, numberOrdered: 4, numberDelivered: 2, numberDeliveredEstimated: true, status: "New",
                estimatedUnitTIV: 4, dealUnitTIV: 3.5, orderTIV: 14, localProduction: false),
            provenance: Provenance(dataset: dataset, document: "file.csv", locator: "line 3"))
    }

    @Test func armsTransfersRoundTripAndReplace() throws {
        let store = try SQLiteStore()
        let first = Self.transfer("a", year: 1990, tiv: 7)
        #expect(try store.write(armsTransfers: [first, Self.transfer("b", year: 1991, tiv: 1, dataset: ArmsTransfer.Dataset.tivTable)]) == (2, 0))
        #expect(try store.armsTransfers(matching: ArmsTransferQuery(suppliers: ["RUS"], years: 1990...1990)) == [first])
        var revised = first
        revised.tiv = 8
        #expect(try store.write(armsTransfers: [revised]) == (0, 1))
        #expect(try store.armsTransfers(matching: ArmsTransferQuery(datasets: [ArmsTransfer.Dataset.register])).map(\.tiv) == [8])
        #expect(try store.armsTransfers(matching: ArmsTransferQuery(recipients: ["LBN"])).isEmpty)
        #expect(try store.armsTransferCoverage() == [ArmsTransfer.Dataset.register: 1990...1990, ArmsTransfer.Dataset.tivTable: 1991...1991])
    }

    @Test func indicatorsAddListRemoveAndRememberTheirCheck() throws {
        let store = try SQLiteStore()
        let indicator = WatchIndicator(
            name: "x", states: ["RUS", "PAK"], directed: true, codes: ["057", "06"], quadClass: .materialCooperation,
            issues: ["arms", "energy"], comparison: .below, threshold: 2.5, windowDays: 30, note: "a note")
        try store.add(indicator: indicator, replacing: false)
        #expect(try store.indicators() == [indicator])
        #expect(throws: StoreError.self) { try store.add(indicator: indicator, replacing: false) }
        let check = WatchIndicator.Check(day: Day(year: 2015, month: 1, day: 2), value: 1, fired: true)
        try store.record(check: check, forIndicatorNamed: "x")
        #expect(try store.indicators()[0].lastCheck == check)
        #expect(try store.removeIndicator(named: "x"))
        #expect(try !store.removeIndicator(named: "x"))
    }
}
