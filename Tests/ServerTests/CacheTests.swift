import EntenteModel
@testable import EntenteServer
import EntenteSQLite
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// Cached GET responses never outlive a write: the server's own, or another process's commit to the file.
@Suite("Response cache")
struct CacheTests {
    @Test func aWriteIsSeenAtOnce() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-cache-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try store.write(events: Array(Fixture.events.prefix(20)))
        var logger = Logger(label: "entente.test")
        logger.logLevel = .warning
        let app = buildApplication(configuration: Fixture.configuration(), store: store, logger: logger)
        try await app.test(.router) { client in
            let uri = "/api/events?actors=RUS,PAK&limit=1"
            let total = { (response: TestResponse) throws -> Int? in try Fixture.json(response)["total"] as? Int }
            let first = try await client.execute(uri: uri, method: .get) { try total($0) }
            let again = try await client.execute(uri: uri, method: .get) { try total($0) }
            #expect(first == again)
            // Through the server.
            let more = Array(Fixture.events.dropFirst(20).prefix(5))
            _ = try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: try Fixture.jsonLines(more))
            let afterUpload = try await client.execute(uri: uri, method: .get) { try total($0) }
            #expect(afterUpload == (first ?? 0) + more.filter { ["RUS", "PAK"].contains($0.source.country) && ["RUS", "PAK"].contains($0.target.country) }.count)
            // Behind its back, as an ingest in another process would write.
            let other = try SQLiteStore(path: path)
            try other.write(events: [Fixture.event("behind", "2016-01-01", "RUS", "PAK", "042", "Written by another process")])
            let afterOther = try await client.execute(uri: uri, method: .get) { try total($0) }
            #expect(afterOther == (afterUpload ?? 0) + 1)
            // Many requests at once after a commit share one reading of the change log; every one sees the commit.
            let uris = (1...4).map { "/api/events?actors=RUS,PAK&limit=\($0)" }
            for uri in uris { _ = try await client.execute(uri: uri, method: .get) { try total($0) } }
            try other.write(events: [Fixture.event("behind-2", "2016-01-02", "PAK", "RUS", "042", "Written by another process")])
            let shared = SharedClient(client: client)
            let totals = try await withThrowingTaskGroup(of: Int?.self) { group in
                for index in 0..<32 {
                    group.addTask {
                        try await shared.client.execute(uri: uris[index % uris.count], method: .get) {
                            try Fixture.json($0)["total"] as? Int
                        }
                    }
                }
                return try await group.reduce(into: [Int?]()) { $0.append($1) }
            }
            #expect(totals.count == 32)
            #expect(totals.allSatisfy { $0 == (afterOther ?? 0) + 1 }, "\(totals)")
        }
    }

    /// The dyad routes read one pair over their days, whatever else they are asked (`limit` included); a request
    /// that cannot be read is scoped to everything.
    @Test func dyadRequestsAreScopedToTheirPair() {
        func scope(_ path: String) -> ReadScope {
            let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path)
            return ReadScope(Request(head: head, body: RequestBody(buffer: ByteBuffer())), limits: .init())
        }
        let from2010 = Day(year: 2010, month: 1, day: 1)...Day(year: 2015, month: 12, day: 31)
        #expect(
            scope("/api/dyads/RUS/PAK/series?limit=5&from=2010&to=2015")
                == ReadScope(states: .among(["RUS", "PAK"]), days: from2010, readsBaseline: true))
        #expect(scope("/api/dyads/Russia/PAK/shifts?limit=0") == ReadScope(states: .among(["RUS", "PAK"]), days: nil, readsBaseline: true))
        #expect(scope("/api/dyads/RUS/PAK/drivers?by=quarter") == ReadScope(states: .among(["RUS", "PAK"]), days: nil, readsBaseline: true))
        // A range that cuts a period reads the whole period (a shift's evidence, a transition's events).
        #expect(
            scope("/api/dyads/RUS/PAK/series?from=2010-06&to=2015-02-03")
                == ReadScope(states: .among(["RUS", "PAK"]), days: from2010, readsBaseline: true))
        #expect(
            scope("/api/triangles?states=IND,RUS,PAK&by=quarter&from=2014-02")
                == ReadScope(
                    states: .among(["IND", "RUS", "PAK"]), days: Day(year: 2014, month: 1, day: 1)...Day(year: 2100, month: 12, day: 31),
                    readsBaseline: true))
        #expect(scope("/api/events?actors=RUS,PAK&dataset=test") == ReadScope(states: .among(["RUS", "PAK"]), days: nil))
        #expect(scope("/api/dyads/RUS/PAK/series?bogus=1") == .everything)
        #expect(scope("/api/dyads/RUS/PAK/drivers?limit=1") == .everything)
        #expect(scope("/api/triangles?states=IND,RUS") == .everything)
        #expect(scope("/api/brief") == .everything)
    }

    /// A relative measure reads every pair's data (the baseline), but a dyad's answer is kept by its pair's scope. The
    /// server adopts a new baseline at most every `baselineRefitSeconds` while data keep changing: within that bound a
    /// cached answer keeps the baseline it read (and its own pair's new events show at once, against it); past it, no
    /// answer is served against the old baseline.
    @Test func aDyadAnswerFollowsANewBaselineWithinItsBound() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-baseline-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try store.write(events: Fixture.events + Fixture.world)
        let clock = ManualClock()
        let router = buildRouter(configuration: Fixture.configuration(), store: store, clock: { clock.now })
        let other = try SQLiteStore(path: path)
        // Another pair's events, as an ingest in another process writes them: a busy year for the United States and Britain.
        @Sendable func ingestElsewhere(_ batch: Int) throws {
            try other.write(events: (0..<40).map {
                Fixture.event("elsewhere-\(batch)-\($0)", "2015-0\(1 + $0 % 9)-1\($0 % 10)", "USA", "GBR", $0 % 2 == 0 ? "112" : "042", "Elsewhere")
            })
        }
        struct Answer {
            let body: String
            let generation: Int?
            /// 2015's events and the events expected of the pair that year.
            let events: Double?
            let expected: Double?
        }
        try await Application(router: router).test(.router) { client in
            let uri = "/api/dyads/RUS/PAK/series"
            func ask() async throws -> Answer {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try Fixture.json(response)
                    let last = (body["points"] as? [[String: Any]])?.last
                    #expect(last?["period"] as? String == "2015")
                    return Answer(
                        body: String(buffer: response.body), generation: (body["baseline"] as? [String: Any])?["generation"] as? Int,
                        events: last?["events"] as? Double, expected: last?["expectedEvents"] as? Double)
                }
            }
            /// Asks until the answer reads a newer baseline than `generation`: the next one is fitted ahead, off the
            /// requests' path, and adopted once fitted (answers read the current one meanwhile).
            func askUntilNewer(than generation: Int) async throws -> Answer {
                for _ in 0..<1_000 {
                    let answer = try await ask()
                    if let newer = answer.generation, newer > generation { return answer }
                    try await Task.sleep(for: .milliseconds(10))
                }
                Testing.Issue.record("no newer baseline than \(generation) within 10 s")
                return try await ask()
            }
            let first = try await ask()
            let start = try #require(first.generation)
            #expect(first.events == 10)
            #expect(try #require(first.expected) > 0, "the fixture's world gives Russia–Pakistan relative measures")
            #expect(try await ask().body == first.body)

            // Quiet until now: the first commit's baseline is fitted at once, and the pair's answer reads it.
            try ingestElsewhere(1)
            let adopted = try await askUntilNewer(than: start)
            let current = try #require(adopted.generation)
            #expect(current > start)
            #expect(adopted.expected != first.expected, "more events elsewhere change what is expected of the pair")
            #expect(adopted.events == 10)

            // Within the bound: another commit elsewhere leaves the cached answer as it was, baseline and all.
            clock.advance(by: 10)
            try ingestElsewhere(2)
            #expect(try await ask().body == adopted.body)
            // The pair's own new event shows at once, read against the same baseline.
            try other.write(events: [Fixture.event("own-2015", "2015-12-01", "RUS", "PAK", "042", "A visit")])
            let own = try await ask()
            #expect(own.events == 11)
            #expect(own.generation == current)

            // Past the bound (30 s after the last adoption), the answer reads a new baseline with every commit in it.
            clock.advance(by: 19.9)
            #expect(try await ask().body == own.body)
            clock.advance(by: 0.1)
            let refitted = try await askUntilNewer(than: current)
            #expect(try #require(refitted.generation) > current)
            #expect(refitted.events == 11)
            #expect(refitted.expected != own.expected)
            #expect(try await ask().body == refitted.body)
        }
    }

    /// Adopting a new baseline drops the answers that read one and keeps the others by their scope.
    @Test func aNewBaselineDropsOnlyWhatReadABaseline() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-adopt-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try store.write(events: Array(Fixture.events.prefix(20)))
        let clock = ManualClock()
        let watch = DataWatch(store: store, refitSeconds: 30, clock: { clock.now })
        let entry = ResponseCache.Entry(status: .ok, headers: [:], body: ByteBuffer(string: "{}"))
        let other = try SQLiteStore(path: path)
        let scopes: [String: ReadScope] = [
            "series": ReadScope(states: .among(["RUS", "PAK"]), days: nil, readsBaseline: true),
            "triangle": ReadScope(states: .among(["IND", "RUS", "PAK"]), days: nil, readsBaseline: true),
            "events": ReadScope(states: .among(["RUS", "PAK"]), days: nil),
            "party": ReadScope(states: .party("RUS"), days: nil),
        ]
        // The first commit after a quiet spell: its baseline is adopted at once.
        try other.write(events: [Fixture.event("a", "2001-05-01", "USA", "GBR", "042", "Elsewhere")])
        var epoch = try watch.refresh()
        let first = watch.baselines.current
        for (key, scope) in scopes { #expect(watch.responses.store(entry, scope: scope, for: key, epoch: epoch)) }
        // Another commit elsewhere within the bound: nothing is dropped, the baseline waits.
        clock.advance(by: 5)
        try other.write(events: [Fixture.event("b", "2001-06-01", "USA", "GBR", "042", "Elsewhere")])
        #expect(watch.isDue)
        epoch = try watch.refresh()
        #expect(watch.baselines.current === first)
        #expect(Set(scopes.keys.filter { watch.responses.value(for: $0) != nil }) == Set(scopes.keys))
        // Nothing committed, but the bound passed: the waiting baseline is due, and what read one goes.
        clock.advance(by: 25)
        #expect(watch.isDue)
        epoch = try watch.refresh()
        #expect(watch.baselines.current !== first)
        #expect(Set(scopes.keys.filter { watch.responses.value(for: $0) != nil }) == ["events", "party"])
        // An answer computed against the old baseline, stored after the new one was adopted, is not kept.
        #expect(!watch.responses.store(entry, scope: scopes["series"]!, for: "late", epoch: epoch - 1))
        #expect(watch.responses.store(entry, scope: scopes["events"]!, for: "late-events", epoch: epoch - 1))
        #expect(!watch.isDue)
    }

    /// When the current generation has baselines, the next one's are fitted ahead: until they are, answers keep the
    /// current one and nothing is dropped; once they are, the next refresh adopts it and drops what read a baseline.
    @Test func aNewBaselineIsFittedAheadOfTheRequests() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-ahead-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try store.write(events: Fixture.events + Fixture.world)
        let clock = ManualClock()
        let watch = DataWatch(store: store, refitSeconds: 30, clock: { clock.now })
        let entry = ResponseCache.Entry(status: .ok, headers: [:], body: ByteBuffer(string: "{}"))
        let other = try SQLiteStore(path: path)
        let first = watch.baselines.current
        let fitted = try first.stamp(for: first.reader(of: store, datasets: []), length: .year)
        var epoch = try watch.refresh()
        #expect(watch.responses.store(entry, scope: ReadScope(states: .among(["RUS", "PAK"]), days: nil, readsBaseline: true), for: "series", epoch: epoch))

        try other.write(events: [Fixture.event("ahead", "2015-05-01", "USA", "GBR", "042", "Elsewhere")])
        #expect(watch.isDue)
        epoch = try watch.refresh()
        // Fitting ahead: the current generation and its answers stay.
        #expect(watch.baselines.current === first)
        #expect(watch.responses.value(for: "series") != nil)
        var waited = 0
        while !watch.baselines.isDue, waited < 1_000 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(watch.baselines.isDue, "the next generation's baselines were not fitted within 10 s")
        epoch = try watch.refresh()
        let next = watch.baselines.current
        #expect(next !== first)
        #expect(next.fitted.map(\.length) == [.year])
        #expect(try next.stamp(for: next.reader(of: store, datasets: []), length: .year).generation ?? 0 > fitted.generation ?? 0)
        #expect(watch.responses.value(for: "series") == nil)
        #expect(!watch.baselines.isDue)
    }

    /// A commit drops the answers that read what it changed, and only those.
    @Test func aCommitDropsOnlyWhatItTouched() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-scope-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try store.write(events: Array(Fixture.events.prefix(20)))
        let watch = DataWatch(store: store)
        var epoch = try watch.refresh()
        let entry = ResponseCache.Entry(status: .ok, headers: [:], body: ByteBuffer(string: "{}"))
        let year2016 = Day(year: 2016, month: 1, day: 1)...Day(year: 2016, month: 12, day: 31)
        let scopes: [String: ReadScope] = [
            "rus-pak": ReadScope(states: .among(["RUS", "PAK"]), days: nil),
            "ind-chn": ReadScope(states: .among(["IND", "CHN"]), days: nil),
            "ind-chn-2016": ReadScope(states: .among(["IND", "CHN"]), days: year2016),
            "ind": ReadScope(states: .party("IND"), days: nil),
            "pak": ReadScope(states: .party("PAK"), days: nil),
            "any": ReadScope(states: .anyPair, days: nil),
            "everything": .everything,
        ]
        for (key, scope) in scopes { #expect(watch.responses.store(entry, scope: scope, for: key, epoch: epoch)) }
        // Another process writes an India–China event of 2001.
        let other = try SQLiteStore(path: path)
        try other.write(events: [Fixture.event("behind", "2001-05-01", "IND", "CHN", "042", "Written by another process")])
        #expect(watch.isDue)
        let later = try watch.refresh()
        #expect(later > epoch)
        let kept = Set(scopes.keys.filter { watch.responses.value(for: $0) != nil })
        #expect(kept == ["rus-pak", "ind-chn-2016", "pak"])
        // An answer computed before the commit is not kept if it read what the commit changed; it is if it did not.
        #expect(!watch.responses.store(entry, scope: scopes["ind"]!, for: "ind", epoch: epoch))
        #expect(watch.responses.store(entry, scope: scopes["rus-pak"]!, for: "rus-pak-again", epoch: epoch))
        epoch = later
        // The same for event totals.
        let query = EventQuery(actors: ["RUS", "PAK"])
        #expect(watch.counts.store(7, scope: ReadScope(query), for: query, epoch: epoch))
        try other.write(events: [Fixture.event("behind-2", "2002-05-01", "RUS", "PAK", "042", "Another")])
        _ = try watch.refresh()
        #expect(watch.counts.value(for: query) == nil)
    }
}

/// The baselines' clock, moved by hand.
final class ManualClock: Sendable {
    private let seconds = Mutex(1_000.0)

    var now: Double { seconds.withLock { $0 } }

    func advance(by interval: Double) { seconds.withLock { $0 += interval } }
}

/// The router test client, used from concurrent tasks (it calls the router directly, which serves requests
/// concurrently as a live server does).
private struct SharedClient: @unchecked Sendable {
    let client: any TestClientProtocol
}
