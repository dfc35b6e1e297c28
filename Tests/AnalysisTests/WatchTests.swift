import EntenteAnalysis
import EntenteModel
import EntenteSQLite
import EntenteStore
import Testing
import TestSupport

struct WatchTests {
    static let asOf = Day(year: 2015, month: 12, day: 31)

    static let events: [Event] = [
        HandBuilt.event("arms1", HandBuilt.day(2015, 11, 10), "RUS", "PAK", "062", issues: ["arms"]),
        HandBuilt.event("arms2", HandBuilt.day(2015, 12, 1), "RUS", "PAK", "072", issues: ["arms"]),
        HandBuilt.event("visit", HandBuilt.day(2015, 12, 5), "PAK", "RUS", "042"),
        HandBuilt.event("energy", HandBuilt.month(2015, 10), "RUS", "PAK", "057", issues: ["energy"]),
        HandBuilt.event("old", HandBuilt.day(2014, 6, 1), "RUS", "PAK", "062", issues: ["arms"]),
        HandBuilt.event("whatif", HandBuilt.day(2015, 12, 20), "RUS", "PAK", "062", issues: ["arms"], hypothetical: true),
        HandBuilt.event("cr", HandBuilt.day(2015, 12, 1), "CHN", "RUS", "050"),
        HandBuilt.event("cp", HandBuilt.day(2015, 12, 2), "CHN", "PAK", "050"),
    ]

    static func indicator(
        states: [String] = ["RUS", "PAK"], directed: Bool = false, codes: [String] = [], quad: QuadClass? = nil,
        issues: [EntenteModel.Issue] = [], _ comparison: WatchIndicator.Comparison, _ threshold: Double, window: Int = 90
    ) -> WatchIndicator {
        WatchIndicator(
            name: "test", states: states, directed: directed, codes: codes, quadClass: quad, issues: issues,
            comparison: comparison, threshold: threshold, windowDays: window)
    }

    /// Each rule, firing and not: (indicator, its value, whether it fires). The 90-day window is 3 Oct–31 Dec 2015.
    static let rules: [(WatchIndicator, Double, Bool)] = [
        // Above: more than the threshold; equal is not above.
        (indicator(codes: ["062", "072"], .above, 1), 2.0, true),
        (indicator(codes: ["062", "072"], .above, 2), 2.0, false),
        // Below: fewer than the threshold.
        (indicator(codes: ["042"], .below, 2), 1.0, true),
        (indicator(codes: ["042"], .below, 1), 1.0, false),
        // Directed: only Russia → Pakistan; the visit runs the other way.
        (indicator(directed: true, codes: ["04"], .above, 0), 0.0, false),
        (indicator(states: ["PAK", "RUS"], directed: true, codes: ["04"], .above, 0), 1.0, true),
        // Quad class: material cooperation only (062, 072), not the visit (verbal) nor the agreement (verbal).
        (indicator(quad: .materialCooperation, .above, 1), 2.0, true),
        (indicator(quad: .materialConflict, .above, 0), 0.0, false),
        // Issues.
        (indicator(issues: ["arms"], .above, 1.5), 2.0, true),
        (indicator(issues: ["drones"], .above, 0), 0.0, false),
        // A month-dated event that straddles the window's start (29 of October's 31 days inside) is not counted: a
        // value is a whole number of events; a window that holds the whole month counts it.
        (indicator(issues: ["energy"], .above, 0), 0.0, false),
        (indicator(issues: ["energy"], .above, 0, window: 100), 1.0, true),
        // A longer window reaches the 2014 event.
        (indicator(codes: ["062"], .above, 1, window: 600), 2.0, true),
        (indicator(codes: ["062"], .above, 1), 1.0, false),
        // Three states: the thinnest side counts.
        (indicator(states: ["CHN", "RUS", "PAK"], codes: ["050"], .above, 0), 0.0, false),
        (indicator(states: ["CHN", "RUS", "PAK"], codes: ["05", "06", "04"], .above, 0), 1.0, true),
    ]

    @Test(arguments: WatchTests.rules)
    func rule(indicator: WatchIndicator, value: Double, fires: Bool) {
        let reading = Watch.evaluate(indicator, events: Self.events, asOf: Self.asOf)
        #expect(abs(reading.value - value) < 1e-12, "\(indicator.rule)")
        #expect(reading.fired == fires, "\(indicator.rule)")
        #expect(!reading.events.contains { $0.hypothetical })
    }

    @Test func anEventTheWindowCannotPlaceIsCountedApart() {
        let reading = Watch.evaluate(Self.indicator(issues: ["energy"], .above, 0), events: Self.events, asOf: Self.asOf)
        #expect(reading.value == 0)
        #expect(reading.straddling == 1)
        #expect(reading.text.contains("1 more dated too coarsely to place inside the window"))
    }

    @Test func anAlertNamesItsIndicatorWindowValueAndEvents() {
        let reading = Watch.evaluate(Self.indicator(codes: ["062", "072"], .above, 1), events: Self.events, asOf: Self.asOf)
        #expect(reading.window.first == Day(year: 2015, month: 10, day: 3))
        #expect(reading.events.map(\.id) == ["arms1", "arms2"])
        #expect(reading.text.contains("test: 2 events in 2015-10-03–2015-12-31 (90 days), above the threshold of 1"))
    }

    @Test func aCheckRemembersItsResultAndTellsAStandingAlert() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        try store.add(indicator: Self.indicator(codes: ["062", "072"], .above, 1), replacing: false)
        let first = try WatchReport.check(store, today: Self.asOf)
        let lastReal = Day(year: 2015, month: 12, day: 5)
        #expect(first.asOf == lastReal)  // the last day of the real events: the what-if event of 20 Dec does not count
        #expect(first.alerts.count == 1)
        #expect(first.alerts[0].standing == false)
        let second = try WatchReport.check(store, today: Self.asOf)
        #expect(second.alerts[0].standing == true)
        #expect(try store.indicators()[0].lastCheck == WatchIndicator.Check(day: lastReal, value: 2, fired: true))
        let quiet = try WatchReport.check(store, asOf: Day(year: 2013, month: 1, day: 1), today: Self.asOf)
        #expect(quiet.alerts.isEmpty)
    }

    /// A user's data that end before the built-in case (ICEWS of 2002–2014 beside the case's 2015) are checked as of
    /// their own last day, as every reading reads them by default; naming the case reads it to its end.
    @Test func theCheckEndsOnTheLastDayOfTheDatasetsRead() throws {
        let store = try TestStores.withCase()
        try store.write(events: [HandBuilt.event("mine", HandBuilt.day(2013, 6, 30), "ARM", "AZE", "111")])
        let mine = try WatchReport.check(store, today: Self.asOf, recording: false)
        #expect(mine.datasets.names == ["test"])
        #expect(mine.asOf == Day(year: 2013, month: 6, day: 30))
        let both = try WatchReport.check(store, today: Self.asOf, recording: false, datasets: ["test", "entente-case"])
        #expect(both.asOf == Day(year: 2015, month: 12, day: 31))
    }

    /// The built-in case's indicators, on the built-in case: hot as the brief is written (late 2015) where the case's
    /// events are dated finely enough to place in their windows, all quiet in 2008 before the thaw.
    @Test func theBuiltInWatchlistOnTheBuiltInCase() throws {
        let store = try TestStores.withCase()
        let names = try store.indicators().map(\.name)
        #expect(names == [
            "chn-rus-pak-trilateral", "rus-pak-arms-deals", "rus-pak-energy-projects", "rus-pak-high-level-visits",
            "rus-pak-joint-exercises", "rus-pak-military-cooperation",
        ])
        let late2015 = try WatchReport.check(store, today: Self.asOf, recording: false)
        #expect(late2015.asOf == Day(year: 2015, month: 12, day: 31))
        // The 90-day indicators' events of late 2015 are dated to the year: they straddle the window, uncounted.
        #expect(late2015.alerts.map(\.indicator.name) == [
            "chn-rus-pak-trilateral", "rus-pak-arms-deals", "rus-pak-energy-projects", "rus-pak-joint-exercises",
        ])
        #expect(late2015.readings.filter { !$0.fired }.allSatisfy { $0.straddling > 0 })
        let arms = try #require(late2015.readings.first { $0.indicator.name == "rus-pak-arms-deals" })
        #expect(arms.events.map(\.id).contains("case:2015-06-mi35-deal"))
        let energy = try #require(late2015.readings.first { $0.indicator.name == "rus-pak-energy-projects" })
        #expect(energy.events.map(\.id).contains("case:2015-10-pipeline-agreement"))
        let before = try WatchReport.check(store, asOf: Day(year: 2008, month: 12, day: 31), today: Self.asOf, recording: false)
        #expect(before.alerts.map(\.indicator.name) == [])
    }
}
