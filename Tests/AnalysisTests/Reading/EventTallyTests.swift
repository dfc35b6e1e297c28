import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

/// A pair's drivers read from the store's tallies and weightiest events (SQL) are the drivers read from every event in
/// memory, on the built-in case (its events carry issues; some are known only to a year or a span of years).
struct EventTallyTests {
    static let windows = [
        Window(Day(year: 1947, month: 1, day: 1), Day(year: 2008, month: 12, day: 31), label: "1947–2008"),
        Window(Day(year: 2009, month: 1, day: 1), Day(year: 2015, month: 12, day: 31), label: "2009–2015"),
    ]

    @Test(arguments: [("RUS", "PAK"), ("IND", "RUS"), ("CHN", "PAK"), ("IND", "PAK")])
    func driversFromTheStoreAreDriversFromEveryEvent(pair: (String, String)) throws {
        let store = try TestStores.withCase()
        let events = try store.events(matching: EventQuery(actors: [pair.0, pair.1]))
        #expect(!events.isEmpty)
        let reader = try RelationsReader(store: store)
        // More windows than a tally tells apart in SQL: every event by its dates, the same drivers.
        let years = (1990...2015).map { Window(Period(.year, containing: Day(year: $0, month: 1, day: 1))) }
        for windows in [Self.windows, [Self.windows[1]], [Self.windows[0]], years] {
            let fromStore = try reader.drivers(pair.0, pair.1, range: nil, windows: windows)
            let inMemory = Drivers(first: pair.0, second: pair.1, events: events, windows: windows)
            #expect(Self.outline(fromStore) == Self.outline(inMemory), "\(pair) \(windows)")
            // The weights are the same sums taken in another order.
            for (mine, theirs) in zip(fromStore.mixes, inMemory.mixes) {
                #expect(abs(mine.total - theirs.total) < 1e-9)
                for (a, b) in zip(mine.shares, theirs.shares) { #expect(abs(a.weight - b.weight) < 1e-9 && abs(a.share - b.share) < 1e-9) }
            }
        }
    }

    /// Everything of the drivers but their weights: each mix's side, tone, window and issues in order, with the events
    /// named and counted behind each.
    static func outline(_ drivers: Drivers) -> [String] {
        drivers.mixes.map { mix in
            "\(mix.side)>\(mix.other) \(mix.tone) \(mix.window): "
                + mix.shares.map { "\($0.issue) \($0.events) \($0.eventCount)" }.joined(separator: "; ")
        }
    }

    @Test func talliesCountEveryEventOnceByItsWindow() throws {
        let store = try TestStores.withCase()
        let query = EventQuery(actors: ["RUS", "PAK"])
        let events = try store.events(matching: query)
        let ranges = Self.windows.map(\.range)
        let tallies = try store.eventTallies(matching: query, windows: ranges)
        // Every event of a day inside a window, and every event of several days: counted once.
        let counted = events.filter { event in event.date.start != event.date.end || ranges.contains { $0.contains(event.date.start) } }
        #expect(tallies.map(\.count).reduce(0, +) == counted.count)
        // Each window's weight of each direction, class and issues: as every event's share of it gives.
        for window in Self.windows {
            func key(_ source: String, _ target: String, _ quadClass: QuadClass, _ issues: [EntenteModel.Issue]) -> String {
                "\(source)>\(target) \(quadClass) \(Set(issues).sorted())"
            }
            let stored = tallies.reduce(into: [String: Double]()) {
                $0[key($1.source, $1.target, $1.quadClass, $1.issues), default: 0] += window.share(from: $1.start, to: $1.end) * Double($1.count)
            }.filter { $0.value > 0 }
            let memory = events.reduce(into: [String: Double]()) {
                $0[key($1.source.country, $1.target.country, $1.quadClass, $1.issues), default: 0] += window.share(of: $1.date)
            }.filter { $0.value > 0 }
            #expect(stored.keys.sorted() == memory.keys.sorted())
            for (name, weight) in memory { #expect(abs((stored[name] ?? 0) - weight) < 1e-9, "\(name)") }
        }
    }

    @Test func theWeightiestAreTheSummarysWeightiest() throws {
        let store = try TestStores.withCase()
        for actors in [["RUS", "PAK"], ["IND"], ["USA", "CHN", "RUS"]] {
            let query = EventQuery(actors: actors, range: Day(year: 2009, month: 1, day: 1)...Day(year: 2015, month: 12, day: 31))
            let all = try store.events(matching: query)
            for limit in [0, 1, 5, 200] {
                #expect(try store.weightiestEvents(matching: query, directed: nil, limit: limit).map(\.id)
                    == EventSummary(all, weightiest: limit).weightiest.map(\.id), "\(actors) \(limit)")
            }
        }
        let directed = Dyad("PAK", "RUS", directed: true)
        let all = try store.events(matching: EventQuery(actors: ["RUS", "PAK"]))
        #expect(try store.weightiestEvents(matching: EventQuery(actors: ["RUS", "PAK"]), directed: directed, limit: 5).map(\.id)
            == EventSummary(all, directed: directed, weightiest: 5).weightiest.map(\.id))
    }
}
