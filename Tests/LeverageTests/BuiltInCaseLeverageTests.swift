import EntenteAnalysis
import EntenteCase
import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

/// "How much leverage does India hold over Moscow?" and "can Russia–Pakistan become a strategic partnership?":
/// the built-in case with SIPRI's register loaded, its figures against the raw file.
struct BuiltInCaseLeverageTests {
    static let brief: Brief = {
        let store = try! TestStores.withCase()
        try! store.write(armsTransfers: SIPRIRegisterTests.result.transfers)
        let request = Brief.Request(
            first: BuiltInCase.pair.0, second: BuiltInCase.pair.1, focal: BuiltInCase.focal, context: BuiltInCase.context)
        return try! Brief.read(request, from: store)
    }()

    static func percent(_ share: Double) -> String { Leverage.percent(share) }

    @Test func indiasLeverageOverRussia() throws {
        let years = 2009...2015
        let india = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: "India", years: years).tiv
        let russia = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", years: years).tiv
        let imports = RawSIPRI.sum(RawSIPRI.register, recipient: "India", years: years).tiv
        let findings = try #require(Self.brief.implications?.findings)
        let finding = try #require(findings.first { $0.text.hasPrefix("India took") })
        #expect(finding.text.contains("India took \(Self.percent(india / russia)) of Russia's arms deliveries in 2009–2015"))
        #expect(finding.text.contains("Russia supplied \(Self.percent(india / imports)) of India's arms imports"))
        #expect(finding.text.contains("that is India's leverage over Russia"))
        #expect(finding.figures[0].contains("TIV \(Leverage.tiv(india))"))
        #expect(finding.figures.count > 1)  // the deals behind it
    }

    @Test func thePairsLeveragePictureSetAgainstIndias() throws {
        let years = 2009...2015
        let pakistan = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: "Pakistan", years: years).tiv
        let india = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: "India", years: years).tiv
        let imports = RawSIPRI.sum(RawSIPRI.register, recipient: "Pakistan", years: years).tiv
        let china = RawSIPRI.sum(RawSIPRI.register, supplier: "China", recipient: "Pakistan", years: years).tiv
        let findings = try #require(Self.brief.implications?.findings)
        let finding = try #require(findings.first { $0.text.hasPrefix("Pakistan took") })
        #expect(finding.text.contains("Russia supplied \(Self.percent(pakistan / imports)) of Pakistan's arms imports"))
        #expect(finding.text.contains("its largest suppliers: China \(Self.percent(china / imports))"))
        let ratio = india / pakistan
        #expect(finding.text.contains("India's market is \(Format.decimal(ratio, places: ratio < 10 ? 1 : 0)) times Pakistan's"))
        #expect(findings.contains { $0.text.hasPrefix("No arms flowed between India and Pakistan in 2009–2015") })
        let links = try #require(Self.brief.implications?.leverage?.pairLinks)
        #expect(links.contains { $0.supplier == "PAK" && $0.recipient == "RUS" && $0.tiv == 0 })
    }

    /// The register starts in 2000: the years before the thaw that it covers are 2000–2008, and the brief says so.
    @Test func theEarlierWindowIsTheYearsTheDataCover() throws {
        let links = try #require(Self.brief.implications?.leverage?.focalLinks)
        let before = try #require(links.first { $0.supplier == "RUS" && $0.recipient == "IND" && $0.window.label == "1947–2008" })
        #expect(before.covered == 2000...2008)
        let raw = RawSIPRI.sum(RawSIPRI.register, supplier: "Russia", recipient: "India", years: 2000...2008).tiv
        #expect(abs(before.tiv - raw) < 1e-6)
    }
}
