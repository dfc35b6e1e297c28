import EntenteIngest
import EntenteModel
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

@testable import EntenteSQLite

/// A bulk load sets the read indexes of `event` aside and builds them again at its end; a store left without them (a
/// kill between the load and the build) gets them back at the next open or ingest, and no read answers from it
/// meanwhile.
@Suite struct DeferredIndexTests {
    /// An ingest that sets the indexes aside (after 100 events) leaves the store as one that never does: the same
    /// indexes, the same events, the same answers.
    @Test func aLoadThatSetsTheIndexesAsideEndsWithTheSameStore() throws {
        let folder = try TemporaryFolder()
        let deferring = try SQLiteStore(path: folder.path("deferring.sqlite"), indexDeferralMinimum: 100)
        let incremental = try SQLiteStore(path: folder.path("incremental.sqlite"), indexDeferralMinimum: .max)
        for store in [deferring, incremental] {
            try ingest([Samples.gdelt1, Samples.icews], into: store)
        }
        #expect(try eventCount(deferring) > 1000)
        #expect(try Self.deferred(deferring).isEmpty)
        #expect(try Self.indexes(deferring) == Self.indexes(incremental))
        #expect(try Self.indexes(deferring).count == 6)
        #expect(try Self.reads(deferring) == Self.reads(incremental))
    }

    /// The state a kill leaves between the load and the build (the indexes dropped and recorded in `meta`, committed):
    /// reads fail rather than answer wrong or slowly; an open that finds another connection writing leaves the
    /// building to it; an open that finds none builds them; so does the next ingest on a store already open.
    @Test func aStoreLeftWithoutItsIndexesGetsThemBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        var store = try SQLiteStore(path: path)
        try ingest([Samples.gdelt1, Samples.icews], into: store)
        let indexes = try Self.indexes(store)
        let reads = try Self.reads(store)

        try store.writer.write { db in try SQLiteStore.deferReadIndexes(db) }
        #expect(try Self.indexes(store).isEmpty)
        #expect(try Self.deferred(store).count == indexes.count)
        // Meanwhile reads answer the same, from what remains (the table).
        #expect(try Self.reads(store) == reads)

        // Another connection holds the write lock (as an ingest does): opening neither waits for it nor builds.
        let writer = try DatabaseQueue(path: path)
        try writer.writeWithoutTransaction { db in
            try db.beginTransaction(.immediate)
            let started = Date()
            store = try SQLiteStore(path: path)
            #expect(Date().timeIntervalSince(started) < 5)
            #expect(try Self.indexes(store).isEmpty)
            try db.rollback()
        }

        // No one writing: the open builds them.
        store = try SQLiteStore(path: path)
        #expect(try Self.indexes(store) == indexes)
        #expect(try Self.deferred(store).isEmpty)
        #expect(try Self.reads(store) == reads)

        // Left so again, the next ingest (of nothing new) builds them at its end.
        try store.writer.write { db in try SQLiteStore.deferReadIndexes(db) }
        let again = try ingest([Samples.gdelt1], into: store)
        #expect(again.filesSkipped == 1)
        #expect(try Self.indexes(store) == indexes)
        #expect(try Self.deferred(store).isEmpty)
        #expect(try Self.reads(store) == reads)
    }

    /// A real `entente ingest` of 150,000 events (past the 50,000 after which it sets the indexes aside), killed with
    /// SIGKILL while they are set aside: the store is consistent, the next open builds the indexes, and the re-run
    /// completes it equal to one uninterrupted run, indexes included.
    @Test(.timeLimit(.minutes(10))) func aKilledBulkLoadGetsItsIndexesBack() throws {
        // The real rows that are stored raw (a state on a side), repeated with fresh ids.
        let folder = try TemporaryFolder()
        let probe = try freshStore(in: folder, "probe.sqlite")
        try ingest([Samples.gdelt1], into: probe)
        let kept = Set(try probe.writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM event") })
        let rows = try gdeltDailyRows().filter { kept.contains("gdelt:" + $0.prefix { $0 != "\t" }) }
        var lines: [String] = []
        var id = 700_000_000
        while lines.count < 150_000 {
            for row in rows {
                id += 1
                lines.append(withID(row, id))
            }
        }
        let input = try folder.write("big.csv", lines.joined(separator: "\n") + "\n")
        let binary = try ententeBinary()
        let arguments = ["ingest", input, "--checkpoint-mb", "2"]
        #expect(try run(binary, arguments + ["--db", folder.path("clean.sqlite")]) == 0)
        let clean = try SQLiteStore(path: folder.path("clean.sqlite"))
        #expect(try eventCount(clean) > 50_000)

        let killedDB = folder.path("killed.sqlite")
        let killed = try runAndKill(binary, arguments + ["--db", killedDB, "--workers", "1"], database: killedDB, within: 300) { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meta WHERE key LIKE 'deferred-index.%'") ?? 0 > 0
        }
        #expect(killed, "the ingest ended before its indexes were set aside")
        #expect(try DatabaseQueue(path: killedDB).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meta WHERE key LIKE 'deferred-index.%'") ?? 0
        } > 0)

        // Consistent after the kill: the aggregates hold exactly the raw events stored; the open builds the indexes.
        let afterKill = try SQLiteStore(path: killedDB)
        #expect(try Self.deferred(afterKill).isEmpty)
        #expect(try Self.indexes(afterKill) == Self.indexes(clean))
        let (aggregated, stored) = try afterKill.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT SUM(events) FROM dyad_day") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE source <> target") ?? 0
            )
        }
        #expect(aggregated == stored && stored > 0)

        #expect(try run(binary, arguments + ["--db", killedDB]) == 0)
        let resumed = try SQLiteStore(path: killedDB)
        #expect(try aggregateRows(resumed) == aggregateRows(clean))
        #expect(try eventCount(resumed) == eventCount(clean))
        #expect(try Self.indexes(resumed) == Self.indexes(clean))
        #expect(try Self.reads(resumed) == Self.reads(clean))
    }

    /// The read indexes of `event`, each as its name and its `CREATE INDEX` statement.
    static func indexes(_ store: SQLiteStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event' AND sql IS NOT NULL ORDER BY name")
        }
    }

    static func deferred(_ store: SQLiteStore) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: "SELECT key FROM meta WHERE key LIKE 'deferred-index.%'") }
    }

    /// What each kind of read answers, on the busiest pair and its first state: a pair's events, summary and tallies,
    /// a state's events, events by date, counts, the latest day.
    static func reads(_ store: SQLiteStore) throws -> [String] {
        let busiest = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT source, target FROM dyad_day GROUP BY 1, 2 ORDER BY SUM(events) DESC, 1, 2 LIMIT 1")
        }
        let row = try #require(busiest)
        let pair: [String] = [row[0], row[1]]
        let range = Day(year: 2000, month: 1, day: 1)...Day(year: 2030, month: 12, day: 31)
        var answers: [String] = []
        for query in [
            EventQuery(actors: pair), EventQuery(actors: [pair[0]]), EventQuery(actors: [pair[1]], range: range),
            EventQuery(range: range, limit: 200), EventQuery(actors: pair, range: range, codes: ["0"]),
        ] {
            answers.append(try store.events(matching: query).map(\.id).joined(separator: ","))
            answers.append("\(try store.count(matching: query))")
        }
        let summary = try store.eventSummary(
            matching: EventQuery(actors: pair), directed: Dyad(pair[0], pair[1], directed: true), weightiest: 5)
        answers.append("\(summary.count) \(summary.rootCodes) \(summary.weightiest.map(\.id))")
        answers.append("\(try store.eventTallies(matching: EventQuery(actors: pair), windows: [range]).count)")
        answers.append("\(String(describing: try store.latestEventDay()))")
        return answers
    }
}
