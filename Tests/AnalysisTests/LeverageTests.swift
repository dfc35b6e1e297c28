import EntenteAnalysis
import EntenteModel
import Testing

/// Leverage on a hand-built ledger; the real SIPRI files are checked in LeverageTests.
struct LeverageAnalysisTests {
    static func transfer(_ id: String, _ supplier: String, _ recipient: String, _ year: Int, _ tiv: Double, dataset: String = ArmsTransfer.Dataset.register, deal: String? = nil) -> ArmsTransfer {
        let party = { (code: String) in
            code.hasSuffix("*") ? ArmsTransfer.Party(name: code, kind: .nonState) : ArmsTransfer.Party(name: code, code: code, kind: .state)
        }
        return ArmsTransfer(
            id: id, supplier: party(supplier), recipient: party(recipient), year: year, tiv: tiv,
            deal: deal.map { ArmsTransfer.Deal(sipriID: $0, designation: "Mi-35", description: "combat helicopter", orderYear: 2015, numberDelivered: 2) },
            provenance: Provenance(dataset: dataset, document: "test.csv", locator: "line \(id)"))
    }

    static let transfers = [
        transfer("1", "RUS", "IND", 2015, 60, deal: "100"),
        transfer("2", "RUS", "IND", 2015, 20, deal: "101"),
        transfer("3", "RUS", "PAK", 2015, 10, deal: "102"),
        transfer("4", "RUS", "Rebels*", 2015, 10),
        transfer("5", "USA", "IND", 2015, 20),
        transfer("6", "CHN", "PAK", 2015, 30),
        transfer("7", "RUS", "PAK", 2016, 5, deal: "102"),
        // The TIV tables for the same year: ignored where the register covers it.
        transfer("t1", "RUS", "IND", 2015, 999, dataset: ArmsTransfer.Dataset.tivTable),
        transfer("t2", "RUS", "IND", 1990, 50, dataset: ArmsTransfer.Dataset.tivTable),
        transfer("t3", "RUS", "CHN", 1990, 50, dataset: ArmsTransfer.Dataset.tivTable),
    ]

    static let coverage = [ArmsTransfer.Dataset.register: 2000...2016, ArmsTransfer.Dataset.tivTable: 1950...2015]

    /// By hand, 2015: Russia delivered 60+20+10+10 = 100; India received 80 from Russia and 20 from the US = 100;
    /// Pakistan 10 from Russia and 30 from China = 40.
    @Test func sharesMatchAHandCount() throws {
        let ledger = ArmsLedger(transfers: Self.transfers, coverage: Self.coverage)
        let india = ledger.link(supplier: "RUS", recipient: "IND", window: HandBuilt.window(2015))
        #expect(india.tiv == 80)
        #expect(india.supplierTotal == 100)
        #expect(india.recipientTotal == 100)
        #expect(india.recipientShareOfSupplier == 0.8)
        #expect(india.supplierShareOfRecipient == 0.8)
        #expect(india.deals.map(\.sipriID) == ["100", "101"])
        #expect(india.datasets == [ArmsTransfer.Dataset.register])
        let pakistan = ledger.link(supplier: "RUS", recipient: "PAK", window: HandBuilt.window(2015))
        #expect(pakistan.recipientShareOfSupplier == 0.1)
        #expect(pakistan.supplierShareOfRecipient == 0.25)
    }

    @Test func eachYearComesFromOneDataset() {
        let ledger = ArmsLedger(transfers: Self.transfers, coverage: Self.coverage)
        #expect(ledger.datasetByYear[2015] == ArmsTransfer.Dataset.register)
        #expect(ledger.datasetByYear[1990] == ArmsTransfer.Dataset.tivTable)
        #expect(!ledger.transfers.contains { $0.id == "t1" })
        let early = ledger.link(supplier: "RUS", recipient: "IND", window: HandBuilt.window(1990))
        #expect(early.tiv == 50)
        #expect(early.recipientShareOfSupplier == 0.5)
        #expect(early.datasets == [ArmsTransfer.Dataset.tivTable])
        #expect(early.deals.first?.designation == "deliveries (TIV table)")
        #expect(ledger.coveredYears(of: Window(years: 1940...1955)) == 1950...1955)
        #expect(ledger.coveredYears(of: Window(years: 1900...1910)) == nil)
    }

    @Test func dealsAddUpAcrossTheWindowsYears() throws {
        let ledger = ArmsLedger(transfers: Self.transfers, coverage: Self.coverage)
        let link = ledger.link(supplier: "RUS", recipient: "PAK", window: Window(years: 2015...2016))
        #expect(link.tiv == 15)
        let deal = try #require(link.deals.first)
        #expect(deal.years == [2015, 2016])
        #expect(deal.delivered == 4)
        #expect(deal.tiv == 15)
    }

    @Test func largestRecipientsAndSuppliersIncludeNonStatesByName() {
        let ledger = ArmsLedger(transfers: Self.transfers, coverage: Self.coverage)
        let recipients = ledger.recipients(of: "RUS", window: HandBuilt.window(2015))
        #expect(recipients.map(\.name) == ["India", "Pakistan", "Rebels*"])
        #expect(recipients.last?.code == nil)
        let suppliers = ledger.suppliers(of: "PAK", window: HandBuilt.window(2015))
        #expect(suppliers.map(\.code) == ["CHN", "RUS"])
        #expect(suppliers.map(\.share) == [0.75, 0.25])
    }

    @Test func leverageDefaultsToTheLargestRecipients() {
        let ledger = ArmsLedger(transfers: Self.transfers, coverage: Self.coverage)
        let leverage = Leverage(supplier: "RUS", recipients: [], windows: [HandBuilt.window(2015)], ledger: ledger)
        #expect(leverage.recipients == ["IND", "PAK"])
        #expect(leverage.link(to: "IND", in: HandBuilt.window(2015))?.tiv == 80)
    }
}
