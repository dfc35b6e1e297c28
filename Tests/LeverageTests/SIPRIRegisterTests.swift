import EntenteAnalysis
import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

struct SIPRIRegisterTests {
    static let path = SharedData.url("sipri/trade_2023.csv").path
    static let result = try! SIPRIRegisterReader.read(path: path)
    static let store: SQLiteStore = {
        let store = try! SQLiteStore()
        try! store.write(armsTransfers: result.transfers)
        return store
    }()

    @Test func everyRowIsReadAndNoneIsSetAside() {
        #expect(Self.result.rows == 20_480)
        #expect(Self.result.rejected.isEmpty, "\(Self.result.rejected.prefix(3))")
        #expect(Self.result.transfers.count == 20_480)
        #expect(Set(Self.result.transfers.map(\.id)).count == 20_480)
        #expect(Self.result.generated == "3 Jan 2025 9:16:02 PM")
        #expect(RawSIPRI.register.count == 20_480)
    }

    /// The sums SOURCE.md lists, checked three ways: the raw file read plainly, Entente's reader, and the store.
    @Test(arguments: [
        ("Russia", "India", "RUS", "IND", 423, 37_934.0), ("Russia", "China", "RUS", "CHN", 290, 32_384),
        ("Russia", "Pakistan", "RUS", "PAK", 22, 692), ("China", "Pakistan", "CHN", "PAK", 313, 12_833),
        ("United States", "Pakistan", "USA", "PAK", 112, 3_409), ("United States", "India", "USA", "IND", 70, 5_044),
    ])
    func pairTotals(supplierName: String, recipientName: String, supplier: String, recipient: String, rows: Int, tiv: Double) throws {
        let raw = RawSIPRI.sum(RawSIPRI.register, supplier: supplierName, recipient: recipientName)
        #expect(raw.rows == rows)
        #expect(raw.tiv.rounded() == tiv)
        let stored = try Self.store.armsTransfers(matching: ArmsTransferQuery(suppliers: [supplier], recipients: [recipient]))
        #expect(stored.count == raw.rows)
        #expect(abs(stored.reduce(0) { $0 + $1.tiv } - raw.tiv) < 1e-6)
        #expect(stored.allSatisfy { $0.supplier.name == supplierName && $0.recipient.name == recipientName && $0.deal?.sipriID != nil })
    }

    /// Leverage's two shares for 2009–2015, against the same shares computed from the raw rows.
    @Test(arguments: ["India", "Pakistan", "China"])
    func sharesAgainstTheRawFile(recipientName: String) throws {
        let code = ["India": "IND", "Pakistan": "PAK", "China": "CHN"][recipientName]!
        let years = 2009...2015
        let between = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: recipientName, years: years).tiv
        let russia = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", years: years).tiv
        let imports = RawSIPRI.sum(RawSIPRI.register, recipient: recipientName, years: years).tiv
        let transfers = try Self.store.armsTransfers(matching: ArmsTransferQuery(suppliers: ["RUS"]))
            + Self.store.armsTransfers(matching: ArmsTransferQuery(recipients: [code]))
        let ledger = ArmsLedger(transfers: Array(Set(transfers)), coverage: try Self.store.armsTransferCoverage())
        let link = ledger.link(supplier: "RUS", recipient: code, window: Window(years: years))
        #expect(abs(link.tiv - between) < 1e-6)
        #expect(abs(link.supplierTotal - russia) < 1e-6)
        #expect(abs(link.recipientTotal - imports) < 1e-6)
        #expect(abs(link.recipientShareOfSupplier! - between / russia) < 1e-12)
        #expect(abs(link.supplierShareOfRecipient! - between / imports) < 1e-12)
        #expect(abs(link.deals.reduce(0) { $0 + $1.tiv } - link.tiv) < 1e-6)
    }

    /// Every supplier and recipient the register names is a state Entente resolves, or something SIPRI marks as
    /// not a state; the non-states are counted, not dropped.
    @Test func everyNameResolvesOrIsDeliberatelyNotAState() {
        let names = Set(RawSIPRI.register.flatMap { [$0.supplier, $0.recipient] })
        #expect(names.count > 200)
        func marked(_ name: String) -> Bool {
            name.hasSuffix("*") || name.lowercased().hasPrefix("unknown") || SIPRIParty.unrecognised.contains(name)
        }
        for name in names {
            let party = SIPRIParty.resolve(name)
            #expect(party != nil, "\(name)")
            #expect((party?.kind == .state) == !marked(name), "\(name)")
            if party?.kind == .state { #expect(party?.code != nil, "\(name)") }
        }
        let rawNonState = RawSIPRI.register.filter { marked($0.supplier) || marked($0.recipient) }
        let imported = Self.result.transfers.filter { $0.supplier.kind != .state || $0.recipient.kind != .state }
        #expect(imported.count == rawNonState.count)
        #expect(rawNonState.count > 0)
        #expect(SIPRIParty.resolve("Hezbollah (Lebanon)*")?.kind == .nonState)
        #expect(SIPRIParty.resolve("NATO**")?.kind == .organisation)
        #expect(SIPRIParty.resolve("unknown supplier(s)")?.kind == .unknown)
        #expect(SIPRIParty.resolve("Turkiye")?.code == "TUR")
        #expect(SIPRIParty.resolve("Viet Nam")?.code == "VNM")
    }

    @Test func estimatesAndDealsAreKept() throws {
        let rows = try Self.store.armsTransfers(matching: ArmsTransferQuery(suppliers: ["RUS"], recipients: ["PAK"], years: 2009...2009))
        let row = try #require(rows.first)
        #expect(row.deal?.designation == "RD-33 (6200)")
        #expect(row.deal?.description == "turbofan")
        #expect(row.provenance.citation.hasPrefix("trade_2023.csv (SIPRI Arms Transfers Database, generated 3 Jan 2025 9:16:02 PM), line "))
        let line = Int(row.provenance.locator!.dropFirst("line ".count))!
        let raw = try #require(RawSIPRI.register.first { $0.line == line })
        #expect(raw.supplier == "Russia" && raw.recipient == "Pakistan" && raw.year == 2009 && raw.tiv == row.tiv)
    }
}
