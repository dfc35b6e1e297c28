import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import Testing
import TestSupport

struct SQLiteStoreTests {
    static func event(_ id: String, _ date: EventDate, _ source: String, _ target: String, _ code: CAMEOCode) -> Event {
        Event(id: id, date: date, source: Actor(source), target: Actor(target), cameo: code, summary: id, provenance: Provenance(dataset: "test"))
    }

    static let events = [
        event("a", try! EventDate(year: 2015, month: 6, day: 1), "RUS", "PAK", "042"),
        event("b", try! EventDate(year: 2015, month: 6, day: 1), "RUS", "PAK", "0834"),
        event("c", try! EventDate(year: 2015, month: 6, day: 1), "PAK", "RUS", "112"),
        event("d", EventDate(year: 2012), "RUS", "PAK", "1246"),
        event("e", try! EventDate(year: 2015, month: 6, day: 2), "RUS", "RUS", "042"),
    ]

    @Test func writingTwiceChangesNothing() throws {
        let store = try SQLiteStore()
        #expect(try store.write(events: Self.events) == 5)
        let first = try store.aggregates(of: Dyad("RUS", "PAK"), within: nil)
        #expect(try store.write(events: Self.events) == 0)
        #expect(try store.aggregates(of: Dyad("RUS", "PAK"), within: nil) == first)
        #expect(try store.count(matching: EventQuery()) == 5)
    }

    @Test func aggregatesCountEachDirectionPerDateAtItsPrecision() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let forward = try store.aggregates(of: Dyad("RUS", "PAK", directed: true), within: nil)
        #expect(forward.count == 2)
        let day = try #require(forward.first { $0.start == Day(year: 2015, month: 6, day: 1) })
        #expect(day.counts == [1, 1, 0, 0])
        #expect(day.goldsteinSum == Codebook.standard.entry(for: "042")!.goldstein + Codebook.standard.entry(for: "0834")!.goldstein)
        let year = try #require(forward.first { $0.start == Day(year: 2012, month: 1, day: 1) })
        #expect(year.end == Day(year: 2012, month: 12, day: 31))
        #expect(year.counts == [0, 0, 1, 0])
        let both = try store.aggregates(of: Dyad("PAK", "RUS"), within: nil)
        #expect(both.reduce(0) { $0 + $1.total } == 4)
        // A state's dealings with itself are not a dyad between states.
        #expect(try store.aggregates(of: Dyad("RUS", "RUS", directed: true), within: nil).isEmpty)
    }

    @Test func queriesFilterByActorsRangeAndCodes() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        #expect(try store.events(matching: EventQuery(actors: ["RUS", "PAK"])).map(\.id) == ["d", "a", "b", "c"])
        #expect(try store.events(matching: EventQuery(actors: ["PAK"])).count == 4)
        let june = Day(year: 2015, month: 6, day: 1)...Day(year: 2015, month: 6, day: 30)
        #expect(try store.events(matching: EventQuery(range: june)).map(\.id) == ["a", "b", "c", "e"])
        #expect(try store.events(matching: EventQuery(codes: ["08"])).map(\.id) == ["b"])
        #expect(try store.events(matching: EventQuery(limit: 2, offset: 1)).map(\.id) == ["a", "b"])
        // A year-precision event touches a range inside its year.
        let march2012 = Day(year: 2012, month: 3, day: 1)...Day(year: 2012, month: 3, day: 31)
        #expect(try store.events(matching: EventQuery(range: march2012)).map(\.id) == ["d"])
    }

    @Test func eventsComeBackAsWritten() throws {
        let store = try SQLiteStore()
        try store.write(events: BuiltInCase.events)
        let stored = try store.events(matching: EventQuery())
        #expect(Set(stored) == Set(BuiltInCase.events))
    }

    @Test func aNewStoreHoldsNothing() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("nested/entente.sqlite").path
        let store = try SQLiteStore(path: path)
        #expect(try store.count(matching: EventQuery()) == 0)
        #expect(try store.datasets().isEmpty)
        #expect(try store.indicators().isEmpty)
    }

    /// A new file is laid out in pages of 16 KiB (faster loads, the same reads); one made before keeps its pages.
    @Test func aNewStoreHasPagesOfSixteenKiB() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("new.sqlite").path
        let store = try SQLiteStore(path: path)
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16_384)
        #expect(try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        let older = folder.appendingPathComponent("older.sqlite").path
        try DatabaseQueue(path: older).write { try $0.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE t (x); DROP TABLE t") }
        let reopened = try SQLiteStore(path: older)
        #expect(try reopened.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4_096)
    }

    @Test func badPathsAreNamedInTheError() throws {
        let folder = try SharedData.temporaryFolder()
        #expect(throws: StoreError.self) { try SQLiteStore(path: folder.path) }
        let notADatabase = folder.appendingPathComponent("notes.sqlite")
        try Data("these are notes, not a database, and they are long enough to matter".utf8).write(to: notADatabase)
        do {
            _ = try SQLiteStore(path: notADatabase.path)
            Testing.Issue.record("opened a text file as a database")
        } catch let error as StoreError {
            #expect(error.description.contains(notADatabase.path))
            #expect(error.description.contains("not an SQLite database"))
        }
    }
}

/// The monthly roll-up and keyset paging of the store's read side.
struct ReadSideTests {
    static let events: [Event] = {
        var events = SQLiteStoreTests.events
        for day in 1...28 {
            events.append(SQLiteStoreTests.event("m\(day)", try! EventDate(year: 2014, month: 2, day: day), day % 2 == 0 ? "RUS" : "PAK",
                                                 day % 2 == 0 ? "PAK" : "RUS", day % 3 == 0 ? "190" : "042"))
        }
        events.append(SQLiteStoreTests.event("month", try! EventDate(year: 2014, month: 3), "RUS", "PAK", "057"))
        events.append(SQLiteStoreTests.event("span", try! EventDate(years: 2010, through: 2013), "RUS", "PAK", "111"))
        return events
    }()

    @Test func monthlyAggregatesHoldTheSameEventsPerMonth() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let dyad = Dyad("RUS", "PAK")
        let days = try store.aggregates(of: dyad, within: nil)
        let months = try store.monthlyAggregates(of: dyad, within: nil)
        #expect(months.count < days.count)
        func perMonth(_ aggregates: [DyadAggregate]) -> [String: [Int]] {
            var result: [String: [Int]] = [:]
            for aggregate in aggregates {
                let key = aggregate.start.year * 100 + aggregate.start.month == aggregate.end.year * 100 + aggregate.end.month
                    ? "\(aggregate.start.year)-\(aggregate.start.month)" : "\(aggregate.start.key)-\(aggregate.end.key)"
                let counts = result[key, default: [0, 0, 0, 0]]
                result[key] = zip(counts, aggregate.counts).map(+)
            }
            return result
        }
        #expect(perMonth(months) == perMonth(days))
        // A month row spans the days it holds, not the whole month.
        let february = try #require(months.first { $0.start.year == 2014 && $0.start.month == 2 && $0.source == "RUS" })
        #expect(february.start == Day(year: 2014, month: 2, day: 2) && february.end == Day(year: 2014, month: 2, day: 28))
        // Whole months in a range: months; a range cutting a month: days.
        let aligned = Day(year: 2014, month: 2, day: 1)...Day(year: 2014, month: 2, day: 28)
        #expect(try store.monthlyAggregates(of: dyad, within: aligned).count == 2)
        let cut = Day(year: 2014, month: 2, day: 10)...Day(year: 2014, month: 2, day: 28)
        #expect(try store.monthlyAggregates(of: dyad, within: cut) == (try store.aggregates(of: dyad, within: cut)))
    }

    @Test func theBuiltInCaseHasMonthsEqualToDays() throws {
        let store = try TestStores.withCase()
        let dyad = Dyad("RUS", "PAK")
        let total = { (aggregates: [DyadAggregate]) in aggregates.reduce(0) { $0 + $1.total } }
        #expect(total(try store.monthlyAggregates(of: dyad, within: nil)) == total(try store.aggregates(of: dyad, within: nil)))
    }

    @Test func pagesByCursorReadEveryEventOnce() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        for query in [EventQuery(), EventQuery(actors: ["RUS"]), EventQuery(actors: ["RUS", "PAK"]),
                      EventQuery(actors: ["PAK", "RUS"], range: Day(year: 2012, month: 1, day: 1)...Day(year: 2014, month: 2, day: 10)),
                      EventQuery(codes: ["04"])] {
            let all = try store.events(matching: query)
            #expect(try store.count(matching: query) == all.count)
            var seen: [String] = []
            var page = query
            page.limit = 3
            while true {
                let events = try store.events(matching: page)
                seen += events.map(\.id)
                guard events.count == 3 else { break }
                page.after = EventCursor(after: events[2])
            }
            #expect(seen == all.map(\.id), "\(query)")
            let sorted = all.sorted { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
            #expect(all.map(\.id) == sorted.map(\.id))
        }
        let cursor = EventCursor(startDay: Day(year: 2015, month: 6, day: 1), endDay: Day(year: 2015, month: 6, day: 1), id: "a+b/c:1")
        #expect(EventCursor(token: cursor.token) == cursor)
        #expect(EventCursor(token: "20151301.20151301.YQ") == nil)
        #expect(EventCursor(token: "nonsense") == nil)
    }

    @Test func outlinesAndEventsByIDAgreeWithTheWholeEvents() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events + BuiltInCase.events)
        for query in [EventQuery(), EventQuery(actors: ["RUS", "PAK"]),
                      EventQuery(actors: ["RUS"], range: Day(year: 2009, month: 1, day: 1)...Day(year: 2015, month: 12, day: 31))] {
            let events = try store.events(matching: query)
            #expect(!events.isEmpty)
            #expect(try store.eventOutlines(matching: query) == events.map(\.outline), "\(query)")
            // By id: the store's events, in list order, whatever order the ids are asked in; unknown ids left out.
            let ids = events.map(\.id).reversed() + ["no-such-event"]
            #expect(try store.events(ids: Array(ids)) == events, "\(query)")
        }
        #expect(try store.events(ids: []).isEmpty)
    }
}
