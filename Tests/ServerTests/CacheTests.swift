import EntenteModel
import EntenteServer
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
        let store = try SQLiteStore(path: path, loadingCase: false)
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
            let other = try SQLiteStore(path: path, loadingCase: false)
            try other.write(events: [Fixture.event("behind", "2016-01-01", "RUS", "PAK", "042", "Written by another process")])
            let afterOther = try await client.execute(uri: uri, method: .get) { try total($0) }
            #expect(afterOther == (afterUpload ?? 0) + 1)
        }
    }
}
