import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteSetup
import EntenteStore
import Foundation
import Testing
import TestSupport

/// The built-in case comes with a store the application opens: once, and anew when its version changes.
struct BuiltInCaseLoaderTests {
    static let dyad = Dyad(BuiltInCase.pair.0, BuiltInCase.pair.1)

    @Test func aNewStoreIsFilledOnceAndASecondOpenChangesNothing() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("nested/entente.sqlite").path
        let first = try StoreLocation.sqlite(path: path).open()
        #expect(try first.count(matching: EventQuery()) == BuiltInCase.events.count)
        #expect(try first.indicators().map(\.name) == BuiltInCase.watchlist.map(\.name).sorted())
        #expect(try first.metadata(forKey: BuiltInCaseLoader.versionKey) == String(BuiltInCase.version))
        let summary = try #require(try first.datasets().first)
        #expect(try first.datasets().count == 1 && summary.name == BuiltInCase.dataset && summary.rawEvents == BuiltInCase.events.count)
        let aggregates = try first.aggregates(of: Self.dyad, within: nil)
        #expect(aggregates.allSatisfy { $0.dataset == BuiltInCase.dataset })
        let generation = try first.changes(since: .max).generation

        let second = try StoreLocation.sqlite(path: path).open()
        #expect(try second.changes(since: .max).generation == generation)
        #expect(try second.aggregates(of: Self.dyad, within: nil) == aggregates)
        #expect(try BuiltInCaseLoader.load(into: SQLiteStore(path: path)) == .init(events: false, watchlist: false))
        // Without the case: nothing loaded.
        let bare = try SharedData.temporaryFolder().appendingPathComponent("bare.sqlite").path
        #expect(try StoreLocation.sqlite(path: bare).open(loadingCase: false).count(matching: EventQuery()) == 0)
    }

    @Test func anOlderCaseIsReplacedWithItsShareOfTheAggregates() throws {
        let store = try SQLiteStore()
        // An older case: another set of events, and one event of data beside it on the same dyad.
        let old = Event(
            id: "case:withdrawn", date: try EventDate(year: 2013, month: 5), source: Actor("RUS"), target: Actor("PAK"),
            cameo: "190", summary: "an event a later version of the case no longer holds",
            provenance: Provenance(dataset: BuiltInCase.dataset))
        let data = Event(
            id: "gdelt:1", date: try EventDate(year: 2013, month: 5, day: 2), source: Actor("RUS"), target: Actor("PAK"),
            cameo: "042", summary: "", provenance: Provenance(dataset: "gdelt1"))
        try store.write(events: [old, data] + BuiltInCase.events.dropLast())
        try store.setMetadata("1", forKey: BuiltInCaseLoader.versionKey)

        #expect(try BuiltInCaseLoader.load(into: store).events)
        #expect(try store.metadata(forKey: BuiltInCaseLoader.versionKey) == String(BuiltInCase.version))
        let stored = try store.events(matching: EventQuery(datasets: [BuiltInCase.dataset]))
        #expect(Set(stored.map(\.id)) == Set(BuiltInCase.events.map(\.id)))
        // The case's aggregates are those of a fresh store; the other dataset's stay.
        let fresh = try TestStores.withCase()
        #expect(try store.aggregates(of: Self.dyad, within: nil, datasets: [BuiltInCase.dataset])
            == fresh.aggregates(of: Self.dyad, within: nil, datasets: [BuiltInCase.dataset]))
        #expect(try store.monthlyAggregates(of: Self.dyad, within: nil, datasets: [BuiltInCase.dataset])
            == fresh.monthlyAggregates(of: Self.dyad, within: nil, datasets: [BuiltInCase.dataset]))
        #expect(try store.aggregates(of: Self.dyad, within: nil, datasets: ["gdelt1"]).map(\.total) == [1])
        #expect(try store.datasets() == (try fresh.datasets()) + [
            DatasetSummary(name: "gdelt1", rawEvents: 1, aggregatedEvents: 1, firstDay: Day(year: 2013, month: 5, day: 2), lastDay: Day(year: 2013, month: 5, day: 2))
        ])
    }

    /// The case's watchlist comes with a new store once; a person's removal of one of its indicators stands until the
    /// watchlist's version changes, and a person's own indicators are never touched.
    @Test func theCaseWatchlistLoadsOnceAndAPersonsChangesStand() throws {
        let store = try TestStores.withCase()
        #expect(try store.indicators().allSatisfy { $0.origin == .builtInCase })
        try store.removeIndicator(named: "rus-pak-energy-projects")
        let mine = WatchIndicator(name: "mine", states: ["IND", "CHN"], comparison: .above, threshold: 3, windowDays: 30)
        try store.add(indicator: mine, replacing: false)
        try BuiltInCaseLoader.load(into: store)
        #expect(try store.indicators().count == BuiltInCase.watchlist.count)
        #expect(try !store.indicators().map(\.name).contains("rus-pak-energy-projects"))

        try store.setMetadata("0", forKey: BuiltInCaseLoader.watchlistVersionKey)
        #expect(try BuiltInCaseLoader.load(into: store) == .init(events: false, watchlist: true))
        #expect(try store.indicators().map(\.name) == (BuiltInCase.watchlist.map(\.name) + ["mine"]).sorted())
        #expect(try store.latestEventDay() == Day(year: 2015, month: 12, day: 31))
    }
}
