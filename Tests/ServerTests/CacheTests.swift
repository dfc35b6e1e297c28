import EntenteModel
@testable import EntenteServer
import EntenteSQLite
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
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
        #expect(scope("/api/dyads/RUS/PAK/series?limit=5&from=2010&to=2015") == ReadScope(states: .among(["RUS", "PAK"]), days: from2010))
        #expect(scope("/api/dyads/Russia/PAK/shifts?limit=0") == ReadScope(states: .among(["RUS", "PAK"]), days: nil))
        #expect(scope("/api/dyads/RUS/PAK/series?bogus=1") == .everything)
        #expect(scope("/api/brief") == .everything)
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

/// The router test client, used from concurrent tasks (it calls the router directly, which serves requests
/// concurrently as a live server does).
private struct SharedClient: @unchecked Sendable {
    let client: any TestClientProtocol
}
