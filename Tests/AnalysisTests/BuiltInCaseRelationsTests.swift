import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteStore
import Testing
import TestSupport

/// The built-in case's "What it means for India", as the brief of late 2015 asks it (leverage, with SIPRI's
/// data loaded, is checked in LeverageTests).
struct BuiltInCaseRelationsTests {
    static let request = Brief.Request(
        first: BuiltInCase.pair.0, second: BuiltInCase.pair.1, focal: BuiltInCase.focal, context: BuiltInCase.context)

    static func brief() throws -> Brief { try Brief.read(request, from: try TestStores.withCase()) }

    @Test func theShiftTheImplicationsTurnOn() throws {
        let implications = try #require(try Self.brief().implications)
        #expect(implications.shift?.kind == .rapprochement)
        #expect(implications.before?.label == "1947–2008")
        #expect(implications.after.label == "2009–2015")
        #expect(implications.triads.count == 10)
        #expect(implications.triads.filter { $0.kind == .focalAndPair }.count == 1)
        #expect(implications.triads.filter { $0.kind == .focalAndOne }.count == 6)
        #expect(implications.triads.filter { $0.kind == .pairAndContext }.count == 3)
    }

    /// "Is a China–Russia–Pakistan axis forming?": on the brief's own events, all three ties are positive after
    /// the thaw.
    @Test func russiaPakistanChinaIsAMenageATroisAfterTheThaw() throws {
        let implications = try #require(try Self.brief().implications)
        let triad = try #require(implications.triads.first { $0.states == ["RUS", "PAK", "CHN"] })
        #expect(triad.after.type == .menageATrois)
        #expect(triad.after.balance == .balanced)
        #expect(triad.after.edges.allSatisfy { $0.reason == .clear })
        #expect(triad.finding.text.contains("the three are aligned"))
        // Its evidence counts the events on its three ties after the thaw and names the weightiest of them.
        let after = triad.after.window
        let onTies = BuiltInCase.events.filter { event in
            [Dyad("RUS", "PAK"), Dyad("RUS", "CHN"), Dyad("PAK", "CHN")].contains { $0.contains(source: event.source.country, target: event.target.country) }
                && after.share(of: event.date) > 0
        }
        #expect(triad.finding.evidenceCount == onTies.count)
        #expect(Set(triad.finding.evidence).isSubset(of: Set(onTies.map(\.id))))
        #expect(triad.finding.evidence.count == Shift.evidenceLimit)
    }

    /// "What does it mean for India?": Russia–Pakistan is positive after the thaw, but the brief gives too few and
    /// too mixed India–Russia and India–Pakistan events to sign those ties, so the data cannot decide the type —
    /// and the brief says which ties would settle it.
    @Test func indiasTriangleWithThePairIsOpenAndTheBriefSaysWhy() throws {
        let implications = try #require(try Self.brief().implications)
        let triad = try #require(implications.triads.first { $0.kind == .focalAndPair })
        #expect(triad.states == ["IND", "RUS", "PAK"])
        #expect(triad.after.tie("RUS", "PAK")?.sign == .positive)
        #expect(triad.after.type == .undetermined)
        #expect(triad.after.candidates == [.menageATrois, .romanticTriangle, .stableMarriage])
        #expect(triad.after.tie("IND", "RUS")?.reason == .straddles)
        let undecided = try #require(implications.findings.first { $0.text.hasPrefix("Where the data cannot decide") })
        #expect(undecided.text.contains("India–Russia"))
        #expect(undecided.text.contains("India–Pakistan"))
    }

    @Test func everyTriadFindingNamesItsEvents() throws {
        let implications = try #require(try Self.brief().implications)
        for triad in implications.triads where triad.after.edges.contains(where: { $0.events > 0 }) {
            #expect(!triad.finding.evidence.isEmpty, "\(triad.states)")
        }
    }

    /// The drivers of the thaw, as the brief's motives sections tell them: arms, military ties and energy rise in
    /// Russia's cooperation with Pakistan.
    @Test func driversOfTheThaw() throws {
        let drivers = try Self.brief().drivers
        let before = try #require(drivers.mix(side: "RUS", tone: .cooperative, window: drivers.windows[0]))
        let after = try #require(drivers.mix(side: "RUS", tone: .cooperative, window: drivers.windows[1]))
        #expect(before.share(of: "energy") == 0)
        #expect(after.share(of: "energy") > 0.1)
        #expect(after.share(of: "military") > before.share(of: "military"))
        #expect(after.shares.first { $0.issue == "energy" }?.events.contains("case:2015-10-pipeline-agreement") == true)
    }

    /// A what-if on the built-in case: China falls out with Pakistan, and the China–Russia–Pakistan ménage à trois
    /// is no longer one.
    @Test func aScenarioBreaksTheTrilateral() throws {
        let store = try TestStores.withCase()
        let hypothetical = (1...15).map { index in
            HandBuilt.event("cpk\(index)", HandBuilt.month(2015, index % 12 + 1), index % 3 == 0 ? "PAK" : "CHN", index % 3 == 0 ? "CHN" : "PAK", "111")
        }
        let comparison = try ScenarioComparison.assemble(Self.request, from: store, hypothetical: hypothetical)
        let change = try #require(comparison.changes.first { $0.measure == "Russia–Pakistan–China after the shift" })
        #expect(change.baseline.hasPrefix("ménage à trois"))
        #expect(change.scenario.hasPrefix("undetermined"))
    }
}
