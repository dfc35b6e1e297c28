import EntenteAnalysis
import EntenteModel
import EntenteSQLite
import EntenteStore
import Testing

/// What a pair's shift means for a focal state, on a hand-built case: Russia and Pakistan move from conflict
/// (2010–2012) to cooperation (2013–2015); India stays a friend of Russia and at odds with Pakistan; China is a
/// friend of Russia throughout and of Pakistan only after.
struct ImplicationsTests {
    static var events: [Event] {
        var events: [Event] = []
        for year in 2010...2015 {
            let after = year >= 2013
            events += HandBuilt.events("rp\(year)", "RUS", "PAK", year: year, cooperative: after ? 6 : 0, conflictual: after ? 0 : 6)
            events += HandBuilt.events("ir\(year)", "IND", "RUS", year: year, cooperative: 6, conflictual: 0)
            events += HandBuilt.events("ip\(year)", "IND", "PAK", year: year, cooperative: 0, conflictual: 6)
            events += HandBuilt.events("cr\(year)", "CHN", "RUS", year: year, cooperative: 6, conflictual: 0)
            events += HandBuilt.events("cp\(year)", "CHN", "PAK", year: year, cooperative: after ? 6 : 0, conflictual: after ? 0 : 6)
        }
        return events
    }

    static var transfers: [ArmsTransfer] {
        func transfer(_ id: String, _ recipient: String, _ year: Int, _ tiv: Double) -> ArmsTransfer {
            ArmsTransfer(
                id: id, supplier: .init(name: "Russia", code: "RUS", kind: .state), recipient: .init(name: recipient, code: recipient, kind: .state),
                year: year, tiv: tiv, deal: .init(sipriID: id, designation: "Su-30MK", description: "FGA aircraft"),
                provenance: Provenance(dataset: ArmsTransfer.Dataset.register, document: "hand.csv", locator: "line 1"))
        }
        return [transfer("1", "IND", 2014, 60), transfer("2", "PAK", 2014, 10), transfer("3", "VNM", 2014, 30)]
    }

    static func store(withArms: Bool) throws -> SQLiteStore {
        let store = try SQLiteStore()
        try store.write(events: events)
        if withArms { try store.write(armsTransfers: transfers) }
        return store
    }

    static let request = Brief.Request(first: "RUS", second: "PAK", focal: "IND", context: ["CHN"])

    @Test func triadsBeforeAndAfterTheShift() throws {
        let brief = try Brief.read(Self.request, from: try Self.store(withArms: true))
        let implications = try #require(brief.implications)
        // The pair's relations move from conflict to cooperation: a thaw.
        #expect(implications.shift?.kind == .thaw)
        #expect(implications.before == Window(years: 2010...2012))
        #expect(implications.after == Window(years: 2013...2015))
        #expect(implications.triads.map { $0.states.joined(separator: "-") } == [
            "IND-RUS-PAK", "IND-RUS-CHN", "IND-PAK-CHN", "RUS-PAK-CHN",
        ])

        let focal = implications.triads[0]
        #expect(focal.before?.type == .stableMarriage)
        #expect(focal.before?.roles == ["IND": .partner, "RUS": .partner, "PAK": .pariah])
        #expect(focal.before?.balance == .balanced)
        #expect(focal.after.type == .romanticTriangle)
        #expect(focal.after.roles == ["IND": .wing, "RUS": .pivot, "PAK": .wing])
        #expect(focal.after.balance == .unbalanced)
        #expect(focal.finding.text.contains("Russia–Pakistan turned positive"))
        #expect(focal.finding.text.contains("India goes from partner to wing"))
        // The evidence: the events on the tie that changed, after the shift: all counted, the weightiest named.
        #expect(focal.finding.evidenceCount == 18)
        #expect(focal.finding.evidence.count == Shift.evidenceLimit)
        #expect(focal.finding.evidence.allSatisfy { $0.hasPrefix("rp201") && !$0.hasPrefix("rp2010") })

        let bloc = implications.triads[3]
        #expect(bloc.before?.type == .stableMarriage)
        #expect(bloc.after.type == .menageATrois)
        #expect(bloc.finding.text.contains("the three are aligned"))

        // India and China have no events: the data cannot decide their triads, and the brief says so.
        #expect(implications.triads[1].after.type == .undetermined)
        #expect(implications.triads[1].after.candidates == [.menageATrois, .romanticTriangle])
        let undecided = try #require(implications.findings.first { $0.text.hasPrefix("Where the data cannot decide") })
        #expect(undecided.text.contains("India–China (no events)"))
        #expect(undecided.text.contains("2 of 4 triads"))

        let balance = try #require(implications.balance.last)
        #expect(balance.window == Window(years: 2013...2015))
        #expect(balance.balanced == 1)  // RUS–PAK–CHN
        #expect(balance.unbalanced == 1)  // IND–RUS–PAK
        #expect(balance.undetermined == 2)
    }

    @Test func leverageFindingsNameTheirFigures() throws {
        let brief = try Brief.read(Self.request, from: try Self.store(withArms: true))
        let findings = try #require(brief.implications?.findings)
        let india = try #require(findings.first { $0.text.hasPrefix("India took") })
        #expect(india.text.contains("India took 60.0% of Russia's arms deliveries in 2014"))
        #expect(india.text.contains("Russia supplied 100.0% of India's arms imports"))
        #expect(india.figures.first == "SIPRI register 2014, Russia → India: TIV 60; 60.0% of Russia's 100 delivered; 100.0% of India's 60 received")
        #expect(india.figures.contains { $0.hasPrefix("SIPRI deal 1: Su-30MK") })
        let pair = try #require(findings.first { $0.text.hasPrefix("Pakistan took") })
        #expect(pair.text.contains("India's market is 6.0 times Pakistan's"))
        #expect(findings.contains { $0.text.hasPrefix("No arms flowed between India and Pakistan") })
    }

    @Test func withoutArmsDataTheBriefSaysLeverageCannotBeRead() throws {
        let brief = try Brief.read(Self.request, from: try Self.store(withArms: false))
        #expect(brief.implications?.leverage == nil)
        #expect(brief.implications?.findings.contains { $0.text.hasPrefix("Leverage through arms cannot be read") } == true)
    }

    @Test func driversReadAroundTheShift() throws {
        let brief = try Brief.read(Self.request, from: try Self.store(withArms: false))
        #expect(brief.drivers.windows == [Window(years: 2010...2012), Window(years: 2013...2015)])
        #expect(brief.drivers.mix(side: "RUS", tone: .conflictual, window: Window(years: 2010...2012))?.total == 18)
        #expect(brief.drivers.mix(side: "RUS", tone: .cooperative, window: Window(years: 2013...2015))?.total == 18)
    }

    /// A what-if that turns a triangle: India falls out with Russia after the shift.
    @Test func aScenarioTurnsATrianglesType() throws {
        let store = try Self.store(withArms: false)
        let before = try store.count(matching: EventQuery())
        let hypothetical = (1...40).map { HandBuilt.event("fallout\($0)", HandBuilt.month(2015, $0 % 12 + 1), "RUS", "IND", "111") }
        let comparison = try ScenarioComparison.assemble(Self.request, from: store, hypothetical: hypothetical)
        #expect(comparison.baseline.implications?.triads[0].after.type == .romanticTriangle)
        let turned = try #require(comparison.scenario.implications?.triads[0].after)
        #expect(turned.type == .stableMarriage)
        #expect(turned.roles == ["IND": .pariah, "RUS": .partner, "PAK": .partner])
        let change = try #require(comparison.changes.first { $0.measure == "India–Russia–Pakistan after the shift" })
        #expect(change.baseline.hasPrefix("romantic triangle"))
        #expect(change.scenario.hasPrefix("stable marriage"))
        #expect(comparison.changes.contains { $0.measure == "structural balance" })
        #expect(comparison.changes.contains { $0.measure == "finding" && $0.scenario.contains("India goes from partner to pariah") })
        // The what-if events are marked, and never reach the store.
        #expect(comparison.hypothetical.allSatisfy { $0.hypothetical })
        #expect(try store.count(matching: EventQuery()) == before)
    }

    @Test func aScenarioThatChangesNothingSaysSo() throws {
        let store = try Self.store(withArms: false)
        let elsewhere = [HandBuilt.event("far", HandBuilt.month(2015, 1), "BRA", "ARG", "057")]
        let comparison = try ScenarioComparison.assemble(Self.request, from: store, hypothetical: elsewhere)
        #expect(comparison.changes.isEmpty)
    }

    @Test func theOverlayAnswersQueriesLikeAStore() throws {
        let store = try Self.store(withArms: false)
        let extra = HandBuilt.event("x", HandBuilt.month(2015, 6), "RUS", "PAK", "062")
        let overlay = ScenarioStore(base: store, hypothetical: [extra])
        let query = EventQuery(actors: ["RUS", "PAK"], range: Window(years: 2015...2015).range)
        let stored = try store.count(matching: query)
        #expect(try overlay.count(matching: query) == stored + 1)
        #expect(try overlay.events(matching: query).contains { $0.id == "x" && $0.hypothetical })
        let limited = try overlay.events(matching: EventQuery(actors: ["RUS", "PAK"], limit: 3, offset: 1))
        #expect(limited.count == 3)
        let aggregates = try overlay.aggregates(of: Dyad("PAK", "RUS"), within: nil)
        #expect(aggregates.reduce(0) { $0 + $1.total } == 37)
        #expect(throws: StoreError.self) { try overlay.write(events: [extra]) }
    }
}
