import EntenteCase
import EntenteModel
import EntenteStore
import Foundation
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
        let store = try SQLiteStore(inMemory: false)
        #expect(try store.write(events: Self.events) == 5)
        let first = try store.aggregates(of: Dyad("RUS", "PAK"), within: nil)
        #expect(try store.write(events: Self.events) == 0)
        #expect(try store.aggregates(of: Dyad("RUS", "PAK"), within: nil) == first)
        #expect(try store.count(matching: EventQuery()) == 5)
    }

    @Test func aggregatesCountEachDirectionPerDateAtItsPrecision() throws {
        let store = try SQLiteStore(inMemory: false)
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
        let store = try SQLiteStore(inMemory: false)
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
        let store = try SQLiteStore(inMemory: false)
        try store.write(events: BuiltInCase.events)
        let stored = try store.events(matching: EventQuery())
        #expect(Set(stored) == Set(BuiltInCase.events))
    }

    @Test func aFileStoreLoadsTheCaseOnceAndKeepsIt() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("nested/entente.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            #expect(try store.count(matching: EventQuery()) == BuiltInCase.events.count)
        }
        let again = try SQLiteStore(path: path)
        #expect(try again.count(matching: EventQuery()) == BuiltInCase.events.count)
        try again.loadCase()
        #expect(try again.count(matching: EventQuery(datasets: ["entente-case"])) == BuiltInCase.events.count)
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

    @Test func defaultPathFollowsTheEnvironment() {
        #expect(SQLiteStore.defaultPath(environment: ["ENTENTE_DB": "/x/y.sqlite", "HOME": "/h"]) == "/x/y.sqlite")
        #expect(SQLiteStore.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/entente/entente.sqlite")
        #expect(SQLiteStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/entente/entente.sqlite")
    }
}
