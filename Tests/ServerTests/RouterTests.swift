import EntenteAnalysis
import EntenteModel
import EntenteReport
@testable import EntenteServer
import EntenteSQLite
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// Every route and every error path, through the router (no sockets).
@Suite("API routes")
struct RouterTests {
    // MARK: - Health

    @Test func health() async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Fixture.json(response)
                #expect(body["status"] as? String == "ok")
                #expect(body["writes"] as? Bool == true)
            }
            try await client.execute(uri: "/api/health?verbose=1", method: .get) { response in
                #expect(response.status == .badRequest)
                let check = try Fixture.errorMessage(response).contains("verbose: unknown parameter")
                #expect(check)
            }
        }
        try await Fixture.app(token: nil).test(.router) { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                let check = try Fixture.json(response)["writes"] as? Bool == false
                #expect(check)
            }
        }
    }

    // MARK: - Events

    @Test func eventsArePagedOldestFirst() async throws {
        try await Fixture.app().test(.router) { client in
            let first = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=40", method: .get) { try Fixture.json($0) }
            #expect(first["total"] as? Int == 150)
            #expect(first["limit"] as? Int == 40)
            #expect(first["offset"] as? Int == 0)
            let events = try #require(first["events"] as? [[String: Any]])
            #expect(events.count == 40)
            #expect(events.first?["date"] as? String == "2001-01-15")
            let next = try #require(first["next"] as? String)
            #expect(next.contains("after=") && !next.contains("offset=") && next.contains("actors=RUS,PAK") && next.hasPrefix("/api/events?"))
            let second = try await client.execute(uri: next, method: .get) { try Fixture.json($0) }
            #expect(second["total"] as? Int == 150)
            let byOffset = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=40&offset=40", method: .get) { try Fixture.json($0) }
            let ids = { (page: [String: Any]) in ((page["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
            #expect(ids(second) == ids(byOffset))
            #expect(ids(second).count == 40 && !ids(second).contains(events[0]["id"] as? String ?? ""))
            let last = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=40&offset=120", method: .get) { try Fixture.json($0) }
            #expect((last["events"] as? [[String: Any]])?.count == 30)
            #expect(last["next"] == nil)
        }
    }

    @Test func followingNextReadsEveryEventOnceInOrder() async throws {
        try await Fixture.app().test(.router) { client in
            for filter in ["actors=RUS,PAK", "actors=PAK", "actors=RUS,PAK&from=2005-06&to=2012", "codes=04", "from=2003&to=2004", ""] {
                let prefix = filter.isEmpty ? "" : filter + "&"
                let all = try await client.execute(uri: "/api/events?\(prefix)limit=500", method: .get) { try Fixture.json($0) }
                let expected = ((all["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                #expect(all["total"] as? Int == expected.count, "\(filter)")
                var seen: [String] = []
                var uri: String? = "/api/events?\(prefix)limit=7"
                while let next = uri {
                    let page = try await client.execute(uri: next, method: .get) { try Fixture.json($0) }
                    #expect(page["total"] as? Int == expected.count)
                    seen += ((page["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
                    uri = page["next"] as? String
                }
                #expect(seen == expected, "\(filter)")
            }
            try await client.execute(uri: "/api/events?after=yesterday", method: .get) { response in
                #expect(response.status == .badRequest)
                let check = try Fixture.errorMessage(response).hasPrefix("after:")
                #expect(check)
            }
        }
    }

    @Test func eventsDefaultToAPageOfFifty() async throws {
        try await Fixture.app().test(.router) { client in
            let page = try await client.execute(uri: "/api/events", method: .get) { try Fixture.json($0) }
            #expect(page["total"] as? Int == 15 * 13)
            #expect((page["events"] as? [[String: Any]])?.count == 50)
        }
    }

    @Test func eventsFilterByActorsPeriodCodesAndDataset() async throws {
        try await Fixture.app().test(.router) { client in
            let india = try await client.execute(uri: "/api/events?actors=India&limit=500", method: .get) { try Fixture.json($0) }
            #expect(india["total"] as? Int == 30)
            let force = try await client.execute(uri: "/api/events?actors=RUS,PAK&codes=19&from=2009&to=2015-12-31", method: .get) {
                try Fixture.json($0)
            }
            #expect(force["total"] as? Int == 7)
            for event in force["events"] as? [[String: Any]] ?? [] { #expect(event["cameo"] as? String == "190") }
            let month = try await client.execute(uri: "/api/events?from=2010-03&to=2010-03", method: .get) { try Fixture.json($0) }
            #expect(month["total"] as? Int == 2)
            let dataset = try await client.execute(uri: "/api/events?dataset=test", method: .get) { try Fixture.json($0) }
            #expect(dataset["total"] as? Int == 15 * 13)
            #expect(dataset["datasets"] as? [String] == ["test"])
            let codes = try await client.execute(uri: "/api/events?codes=057,061&actors=IND,RUS,CHN,PAK", method: .get) { try Fixture.json($0) }
            #expect(codes["total"] as? Int == 15 + 15 + 36)
        }
    }

    @Test(arguments: [
        ("/api/events?actors=XXX", "actors"),
        ("/api/events?actors=RUS,PAK,IND,CHN,USA,AFG,IRN,GBR,FRA", "actors"),
        ("/api/events?codes=99", "codes"),
        ("/api/events?codes=0831x", "codes"),
        ("/api/events?codes=" + Array(repeating: "01", count: 33).joined(separator: ","), "codes"),
        ("/api/events?from=2015-13", "from"),
        ("/api/events?from=yesterday", "from"),
        ("/api/events?from=2015s", "from"),
        ("/api/events?to=1700", "to"),
        ("/api/events?from=2015&to=2014", "from"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=501", "limit"),
        ("/api/events?limit=ten", "limit"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?offset=99999999", "offset"),
        ("/api/events?limit=1&limit=2", "limit"),
        ("/api/events?sort=date", "sort"),
        ("/api/events?dataset=" + Array(repeating: "x", count: 9).joined(separator: ","), "dataset"),
        ("/api/events?dataset=elsewhere", "dataset"),
        ("/api/events?dataset=test&dataset=elsewhere", "dataset"),
        ("/api/events?dataset=%3Cb%3E", "dataset"),
        ("/api/events?dataset=%C3%A9t%C3%A9", "dataset"),  // letters no ingest can name a dataset with
    ])
    func eventsRejectBadParameters(uri: String, parameter: String) async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let body = try Fixture.json(response)
                let error = try #require(body["error"] as? [String: Any])
                #expect(error["parameter"] as? String == parameter, "\(uri): \(error)")
                #expect((error["message"] as? String)?.hasPrefix(parameter + ":") == true)
            }
        }
    }

    // MARK: - Upload

    @Test func uploadStoresNewEventsAndCountsKnownOnes() async throws {
        let store = try Fixture.store([])
        let events = Array(Fixture.events.prefix(20))
        let file = try Fixture.jsonLines(events)
        try await Fixture.app(store).test(.router) { client in
            let first = try await client.execute(
                uri: "/api/events", method: .post, headers: Fixture.bearer, body: file) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(first["read"] as? Int == 20)
            #expect(first["stored"] as? Int == 20)
            #expect(first["duplicates"] as? Int == 0)
            #expect(first["format"] as? String == "jsonl")
            // The same file again: known by its content, skipped as entente ingest skips it.
            let again = try await client.execute(
                uri: "/api/events?format=jsonl", method: .post, headers: Fixture.bearer, body: file) { try Fixture.json($0) }
            #expect(again["stored"] as? Int == 0)
            #expect(again["filesSkipped"] as? Int == 1)
            // The same events in another file: each known by its id.
            let other = try await client.execute(
                uri: "/api/events", method: .post, headers: Fixture.bearer, body: try Fixture.jsonLines(events.reversed())) { try Fixture.json($0) }
            #expect(other["stored"] as? Int == 0)
            #expect(other["duplicates"] as? Int == 20)
            let listed = try await client.execute(uri: "/api/events", method: .get) { try Fixture.json($0) }
            #expect(listed["total"] as? Int == 20)
        }
        let check = try store.count(matching: EventQuery()) == 20
        #expect(check)
    }

    @Test func uploadQuarantinesBadLinesAndSaysWhy() async throws {
        let store = try Fixture.store([])
        var lines = try Fixture.jsonLines([Fixture.events[0]])
        lines.writeString("{\"id\": \"x\", \"date\": \"2015-02-30\", \"source\": \"RUS\", \"target\": \"PAK\", \"cameo\": \"042\"}\n")
        lines.writeString("not json at all\n\n")
        lines.writeString("{\"id\": \"y\", \"date\": \"2015\", \"source\": \"RUS\", \"target\": \"PAK\", \"cameo\": \"999\"}\n")
        lines.writeString("{\"id\": \"z\", \"date\": \"2015\", \"source\": \"RUS\", \"cameo\": \"042\"}\n")
        let body = lines
        try await Fixture.app(store).test(.router) { client in
            let summary = try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: body) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(summary["read"] as? Int == 5)
            #expect(summary["stored"] as? Int == 1)
            #expect(summary["quarantined"] as? Int == 4)
            #expect((summary["reasons"] as? [String: Int])?.values.reduce(0, +) == 4)
            let rejected = try #require(summary["rejected"] as? [[String: Any]])
            #expect(rejected.map { $0["line"] as? Int } == [2, 3, 5, 6])
            #expect(rejected.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
            #expect((rejected[0]["message"] as? String)?.hasPrefix("upload:2") == true)
            #expect((rejected[3]["message"] as? String)?.contains("target") == true)
        }
    }

    /// A GDELT file as published, plain, gzip and zip: read by the ingest, its rows counted as entente ingest counts them.
    @Test(arguments: ["plain", "gzip", "zip"])
    func uploadReadsGDELTAsPublished(_ packing: String) async throws {
        let store = try Fixture.store([])
        let raw = try Data(contentsOf: SharedData.url("gdelt/events.csv"))
        let body = try Self.packed(raw, as: packing)
        try await Fixture.app(store).test(.router) { client in
            let summary = try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body).prefix(300))")
                return try Fixture.json(response)
            }
            #expect(summary["format"] as? String == "gdelt1")
            let rows = String(decoding: raw, as: UTF8.self).split(separator: "\n").count
            #expect(summary["read"] as? Int == rows)
            let stored = try #require(summary["stored"] as? Int)
            #expect(stored > 0)
            #expect((summary["stored"] as? Int ?? 0) + (summary["nonState"] as? Int ?? 0) + (summary["domestic"] as? Int ?? 0)
                + (summary["quarantined"] as? Int ?? 0) + (summary["duplicates"] as? Int ?? 0) == rows)
            let total = try await client.execute(uri: "/api/events?dataset=gdelt1", method: .get) { try Fixture.json($0)["total"] as? Int }
            #expect(total == stored)
        }
    }

    @Test func uploadReadsICEWSWithItsFormatNamed() async throws {
        let store = try Fixture.store([])
        let raw = try Data(contentsOf: SharedData.url("icews/events.2018.sample.tab"))
        try await Fixture.app(store).test(.router) { client in
            let summary = try await client.execute(uri: "/api/events?format=icews", method: .post, headers: Fixture.bearer, body: ByteBuffer(bytes: raw)) {
                try Fixture.json($0)
            }
            #expect(summary["format"] as? String == "icews")
            #expect((summary["stored"] as? Int ?? 0) > 3_000)
            // Named wrongly: every row rejected and reported, nothing stored, still no 500.
            let wrong = try await client.execute(uri: "/api/events?format=gdelt2", method: .post, headers: Fixture.bearer, body: ByteBuffer(bytes: raw)) {
                response in
                #expect(response.status == .ok || response.status == .badRequest)
                return try Fixture.json(response)
            }
            #expect(wrong["stored"] as? Int ?? 0 == 0)
        }
    }

    /// A broken GDELT file: the good rows go in, each bad one is quarantined and reported with its line and reason.
    @Test func uploadReportsTheBrokenRowsOfAFile() async throws {
        let store = try Fixture.store([])
        var lines = try SharedData.lines("gdelt/events.csv").filter { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 58 }
        lines = Array(lines.prefix(20))
        var short = lines[3].split(separator: "\t", omittingEmptySubsequences: false)
        short.removeLast(10)
        lines[3] = short.joined(separator: "\t")
        var badDate = lines[7].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        badDate[1] = "20161332"
        lines[7] = badDate.joined(separator: "\t")
        lines.append("\u{00}\u{01}binary junk")
        let body = ByteBuffer(string: lines.joined(separator: "\n") + "\n")
        try await Fixture.app(store).test(.router) { client in
            let summary = try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: body) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(summary["read"] as? Int == 21)
            #expect(summary["quarantined"] as? Int == 3)
            let rejected = try #require(summary["rejected"] as? [[String: Any]])
            #expect(rejected.map { $0["line"] as? Int } == [4, 8, 21])
            #expect(rejected.map { $0["reason"] as? String } == ["wrong-column-count", "bad-date", "nul-byte"] || rejected.count == 3)
            #expect((rejected[1]["message"] as? String)?.contains("20161332") == true)
        }
    }

    @Test func uploadErrors() async throws {
        try await Fixture.app().test(.router) { client in
            let body = try Fixture.jsonLines([Fixture.events[0]])
            try await client.execute(uri: "/api/events", method: .post, body: body) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                let check = try Fixture.errorMessage(response).contains("Authorization: Bearer")
                #expect(check)
            }
            try await client.execute(uri: "/api/events", method: .post, headers: [.authorization: "Bearer wrong-token-9f1c"], body: body) { response in
                #expect(response.status == .unauthorized)
                let check = try Fixture.errorMessage(response).contains("not the server's")
                #expect(check)
            }
            try await client.execute(uri: "/api/events", method: .post, headers: [.authorization: "Bearer \(Fixture.token)x"], body: body) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/events", method: .post, headers: [.authorization: "Basic dXNlcjpwYXNz"], body: body) { response in
                #expect(response.status == .unauthorized)
            }
            // The token is checked before anything else: a bad parameter without it is still 401.
            try await client.execute(uri: "/api/events?format=nonsense", method: .post, body: body) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: ByteBuffer(string: " \n\n")) { response in
                #expect(response.status == .badRequest)
                let check = try Fixture.errorMessage(response).contains("empty")
                #expect(check)
            }
            try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer) { response in
                #expect(response.status == .badRequest)
            }
            // Garbage of every kind: a 400 that says why, never a 500.
            let garbage: [(String, [UInt8])] = [
                ("not a format", Array("garbage\nmore garbage\n".utf8)),
                ("binary", (0..<2_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }),
                ("damaged gzip", [0x1F, 0x8B, 0x08, 0x00] + Array(repeating: 0xFF, count: 300)),
                ("damaged zip", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x00, count: 300)),
            ]
            for (name, bytes) in garbage {
                try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: ByteBuffer(bytes: bytes)) { response in
                    #expect(response.status == .badRequest, "\(name): \(String(buffer: response.body).prefix(200))")
                    let message = try Fixture.errorMessage(response)
                    #expect(!message.contains("/tmp") && !message.contains("entente-upload"), "\(name): \(message)")
                }
            }
            try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: ByteBuffer(string: "garbage\nmore garbage\n")) { response in
                let check = try Fixture.errorMessage(response).contains("no row could be read")
                #expect(check)
            }
            try await client.execute(uri: "/api/events?format=gdelt", method: .post, headers: Fixture.bearer, body: body) { response in
                #expect(response.status == .badRequest)
                let check = try Fixture.errorMessage(response).hasPrefix("format:")
                #expect(check)
            }
            try await client.execute(uri: "/api/events?dry=1", method: .post, headers: Fixture.bearer, body: body) { response in
                #expect(response.status == .badRequest)
            }
        }
        // No token configured: no writes, whatever is sent.
        try await Fixture.app(token: nil).test(.router) { client in
            try await client.execute(
                uri: "/api/events", method: .post, headers: Fixture.bearer, body: try Fixture.jsonLines([Fixture.events[0]])) { response in
                #expect(response.status == .forbidden)
                let check = try Fixture.errorMessage(response).contains("without ENTENTE_TOKEN")
                #expect(check)
            }
        }
        // Bodies over the limit.
        var limits = ServerConfiguration.Limits()
        limits.maxUploadBytes = 1_000
        try await Fixture.app(limits: limits).test(.router) { client in
            try await client.execute(
                uri: "/api/events", method: .post, headers: Fixture.bearer, body: try Fixture.jsonLines(Array(Fixture.events.prefix(10)))) { response in
                #expect(response.status == .contentTooLarge)
                let check = try Fixture.errorMessage(response).contains("larger than")
                #expect(check)
            }
        }
    }

    /// `bytes` as they are, gzip-compressed, or as the one member of a zip archive (by the system's gzip and zip).
    static func packed(_ bytes: Data, as packing: String) throws -> Data {
        guard packing != "plain" else { return bytes }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("events.csv")
        try bytes.write(to: file)
        let process = Process()
        process.currentDirectoryURL = folder
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = packing == "gzip" ? ["gzip", "-k", "events.csv"] : ["zip", "-q", "events.zip", "events.csv"]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: folder.appendingPathComponent(packing == "gzip" ? "events.csv.gz" : "events.zip"))
    }

    @Test func tokensCompareInConstantTime() {
        // Equal only when every byte and the length agree; a prefix or an extension is not the token.
        let access = Array("secret".utf8)
        #expect(WriteAccessProbe.equal(Array("secret".utf8), access))
        #expect(!WriteAccessProbe.equal(Array("secre".utf8), access))
        #expect(!WriteAccessProbe.equal(Array("secrets".utf8), access))
        #expect(!WriteAccessProbe.equal(Array("Secret".utf8), access))
        #expect(!WriteAccessProbe.equal([], access))
    }

    // MARK: - Dyads

    @Test func seriesHasEveryPeriodAndTheShift() async throws {
        try await Fixture.app().test(.router) { client in
            let series = try await client.execute(uri: "/api/dyads/RUS/PAK/series", method: .get) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(series["dyad"] as? [String] == ["PAK", "RUS"])
            #expect(series["period"] as? String == "year")
            let points = try #require(series["points"] as? [[String: Any]])
            #expect(points.count == 15)
            #expect(points.first?["period"] as? String == "2001")
            #expect(points.first?["cooperationIndex"] as? Double == -0.6)
            #expect(series["datasets"] as? [String] == ["test"])
            #expect((series["baseline"] as? [String: Any])?["fitted"] as? String != nil)
            let shifts = try #require(series["shifts"] as? [[String: Any]])
            #expect(shifts.count == 1)
            // From conflict (index −0.6) to cooperation: a thaw in tone (four states: no baseline, no relative measures).
            #expect(shifts.first?["measure"] as? String == "tone")
            #expect(shifts.first?["kind"] as? String == "thaw")
            #expect(shifts.first?["to"] as? String == "2009")
            #expect((shifts.first?["evidence"] as? [String])?.count == 63)
            #expect(shifts.first?["evidenceCount"] as? Int == 63)
            #expect(points.allSatisfy { $0["relativeTone"] == nil && $0["engagement"] == nil })

            let quarterly = try await client.execute(uri: "/api/dyads/Russia/Pakistan/series?by=quarter&from=2014&to=2015", method: .get) {
                try Fixture.json($0)
            }
            #expect((quarterly["points"] as? [[String: Any]])?.count == 8)
            let directed = try await client.execute(uri: "/api/dyads/IND/RUS/series?directed=true", method: .get) { try Fixture.json($0) }
            #expect(directed["directed"] as? Bool == true)
            #expect(directed["dyad"] as? [String] == ["IND", "RUS"])
            let reverse = try await client.execute(uri: "/api/dyads/RUS/IND/series?directed=true", method: .get) { try Fixture.json($0) }
            #expect((reverse["points"] as? [[String: Any]])?.isEmpty == true)
            let none = try await client.execute(uri: "/api/dyads/USA/BRA/series", method: .get) { try Fixture.json($0) }
            #expect((none["points"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test func shiftsCarryTheirEvidence() async throws {
        try await Fixture.app().test(.router) { client in
            let document = try await client.execute(uri: "/api/dyads/PAK/RUS/shifts", method: .get) { try Fixture.json($0) }
            let shifts = try #require(document["shifts"] as? [[String: Any]])
            let evidence = try #require(document["evidence"] as? [[String: Any]])
            #expect(Set(evidence.compactMap { $0["id"] as? String }) == Set(shifts.flatMap { $0["evidence"] as? [String] ?? [] }))
            #expect(evidence.allSatisfy { ($0["quadClass"] as? Int ?? 0) <= 2 })
            let before = try #require(shifts.first?["before"] as? [String: Any])
            #expect(before["first"] as? String == "2001" && before["last"] as? String == "2008")
            let quiet = try await client.execute(uri: "/api/dyads/IND/RUS/shifts", method: .get) { try Fixture.json($0) }
            #expect((quiet["shifts"] as? [Any])?.isEmpty == true)
            #expect((quiet["evidence"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func shiftsNameAtMostTheirLimitOfEvidence() async throws {
        try await Fixture.app().test(.router) { client in
            let whole = try await client.execute(uri: "/api/dyads/RUS/PAK/series", method: .get) { try Fixture.json($0) }
            let all = try #require((whole["shifts"] as? [[String: Any]])?.first?["evidence"] as? [String])
            #expect(all.count > 5)
            #expect((whole["shifts"] as? [[String: Any]])?.first?["evidenceCount"] as? Int == all.count)
            // The weightiest first: the largest Goldstein weight, then the earliest.
            let listed = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=500", method: .get) { try Fixture.json($0) }
            let byID = Dictionary(
                try #require(listed["events"] as? [[String: Any]]).map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            let weights = all.map { abs(byID[$0]?["goldstein"] as? Double ?? .nan) }
            #expect(weights == weights.sorted(by: >), "\(weights)")
            #expect(weights.first == 8 && weights.last! < 8)
            #expect(all.prefix(4) == ["test:rp-2009-1", "test:rp-2009-3", "test:rp-2009-5", "test:rp-2009-7"])

            let series = try await client.execute(uri: "/api/dyads/RUS/PAK/series?limit=5", method: .get) { try Fixture.json($0) }
            let shift = try #require((series["shifts"] as? [[String: Any]])?.first)
            #expect(shift["evidence"] as? [String] == Array(all.prefix(5)))
            #expect(shift["evidenceCount"] as? Int == all.count)

            let shifts = try await client.execute(uri: "/api/dyads/RUS/PAK/shifts?limit=5", method: .get) { try Fixture.json($0) }
            let events = try #require(shifts["evidence"] as? [[String: Any]])
            #expect(events.compactMap { $0["id"] as? String } == Array(all.prefix(5)))
            let none = try await client.execute(uri: "/api/dyads/RUS/PAK/shifts?limit=0", method: .get) { try Fixture.json($0) }
            #expect((none["evidence"] as? [Any])?.isEmpty == true)
            #expect((none["shifts"] as? [[String: Any]])?.first?["evidenceCount"] as? Int == all.count)
        }
    }

    @Test(arguments: ["series", "shifts"], [
        ("/api/dyads/XXX/PAK/{route}", "a"),
        ("/api/dyads/RUS/Atlantis/{route}", "b"),
        ("/api/dyads/RUS/Russia/{route}", "b"),
        ("/api/dyads/RUS/PAK/{route}?by=week", "by"),
        ("/api/dyads/RUS/PAK/{route}?directed=maybe", "directed"),
        ("/api/dyads/RUS/PAK/{route}?by=month&from=1900&to=2100", "from"),
        ("/api/dyads/RUS/PAK/{route}?from=2015-02-30", "from"),
        ("/api/dyads/RUS/PAK/{route}?to=20155", "to"),
        ("/api/dyads/RUS/PAK/{route}?period=year", "period"),
        ("/api/dyads/RUS/PAK/{route}?limit=501", "limit"),
        ("/api/dyads/RUS/PAK/{route}?limit=-1", "limit"),
    ])
    func dyadRoutesRejectBadParameters(route: String, template: (String, String)) async throws {
        let full = template.0.replacingOccurrences(of: "{route}", with: route)
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: full, method: .get) { response in
                #expect(response.status == .badRequest, "\(full)")
                let error = try #require(try Fixture.json(response)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == template.1, "\(full): \(error)")
            }
        }
    }

    @Test func seriesSpanIsBoundedEvenWithoutDates() async throws {
        // Data from 1850 to 2015 by month is 1,992 periods: more than the limit, so the server says narrow it.
        let store = try Fixture.store(Fixture.events + [Fixture.event("old", "1850-01-01", "RUS", "PAK", "042", "Long ago")])
        try await Fixture.app(store).test(.router) { client in
            try await client.execute(uri: "/api/dyads/RUS/PAK/series?by=month", method: .get) { response in
                #expect(response.status == .badRequest)
                let check = try Fixture.errorMessage(response).contains("at most 1200")
                #expect(check)
            }
            try await client.execute(uri: "/api/dyads/RUS/PAK/series?by=month&from=2001", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    // MARK: - The brief

    @Test func briefAsJSON() async throws {
        try await Fixture.app().test(.router) { client in
            let brief = try await client.execute(uri: "/api/brief?pair=RUS:PAK&focal=IND", method: .get) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(brief["pair"] as? [String] == ["RUS", "PAK"])
            #expect(brief["focal"] as? String == "IND")
            #expect((brief["findings"] as? [[String: Any]])?.first?["text"] as? String != nil)
            #expect((brief["focalDyads"] as? [[String: Any]])?.count == 2)
            #expect(brief["datasets"] as? [String] == ["test"])
            #expect((brief["baseline"] as? [String: Any])?["fitted"] as? String != nil)
            // Bounded: the weightiest events and those the shift names, and how many are stored.
            #expect(brief["storedEvents"] as? Int == 150)
            let events = try #require(brief["events"] as? [[String: Any]])
            let named = Set(((brief["shifts"] as? [[String: Any]]) ?? []).flatMap { $0["evidence"] as? [String] ?? [] })
            #expect(events.count < 150 && events.count <= 10 + named.count)
            #expect(named.isSubset(of: Set(events.compactMap { $0["id"] as? String })))
            #expect((brief["focalDyads"] as? [[String: Any]])?.map { $0["storedEvents"] as? Int } == [15, 15])
            // The built-in case's pair and focal state by default.
            let fallback = try await client.execute(uri: "/api/brief?from=2009&to=2012&by=quarter", method: .get) { try Fixture.json($0) }
            #expect(fallback["pair"] as? [String] == ["RUS", "PAK"])
            #expect(fallback["period"] as? String == "quarter")
            #expect((fallback["series"] as? [[String: Any]])?.count == 16)
        }
    }

    @Test(arguments: [
        ("/api/brief?pair=RUS", "pair"),
        ("/api/brief?pair=RUS:RUS", "pair"),
        ("/api/brief?pair=RUS:XXX", "pair"),
        ("/api/brief?focal=Narnia", "focal"),
        ("/api/brief?from=15", "from"),
        ("/api/brief?from=2015&to=2001", "from"),
        ("/api/brief?to=3000", "to"),
        ("/api/brief?by=decade", "by"),
        ("/api/brief?context=USA,Atlantis", "context"),
        ("/brief?pair=RUS", "pair"),
        ("/brief?by=decade", "by"),
    ])
    func briefRejectsBadParameters(uri: String, parameter: String) async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let error = try #require(try Fixture.json(response)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == parameter)
            }
        }
    }

    @Test func briefAsADocument() async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: "/brief?pair=RUS:PAK&focal=IND", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                let html = String(buffer: response.body)
                #expect(html.hasPrefix("<!DOCTYPE html>"))
                #expect(html.contains("class=\"chart series-chart\""))
                #expect(html.contains("class=\"chart timeline-chart\""))
                #expect(!html.contains("<script"))
            }
        }
    }

    /// With every pair's relations to read against, the document and the dashboard draw relative tone and engagement
    /// and the shifts in them, and the JSON carries them.
    @Test func relativeMeasuresWhereTheSeriesCarriesThem() async throws {
        try await Fixture.app(try Fixture.store(Fixture.events + Fixture.world)).test(.router) { client in
            let document = try await client.execute(uri: "/brief?pair=RUS:PAK&focal=IND", method: .get) { String(buffer: $0.body) }
            #expect(document.contains("id=\"dyad-pak-rus-relative\""))
            #expect(document.contains("<path class=\"relative-tone-line\""))
            #expect(document.contains("<h3>▲ Thaw in relative tone between 2008 and 2009</h3>"))
            #expect(document.contains("<th scope=\"col\" class=\"number\">relative tone</th>"))
            let dashboard = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
            #expect(dashboard.contains("id=\"pair-relative\"") && dashboard.contains("id=\"focal-1-relative\""))
            #expect(dashboard.contains("<strong>▲ Thaw in relative tone between 2008 and 2009</strong>"))
            #expect(dashboard.contains("relative measures against the baseline fitted"))
            let series = try await client.execute(uri: "/api/dyads/RUS/PAK/series", method: .get) { try Fixture.json($0) }
            let point = try #require((series["points"] as? [[String: Any]])?.last)
            #expect(point["relativeTone"] as? Double != nil && point["engagement"] as? Double != nil && point["expectedEvents"] as? Double != nil)
            let noise = try #require(series["noise"] as? [String: Any])
            #expect(Set(noise.keys) == ["tone", "relativeTone", "engagement", "hostility"])
            let kinds = ((series["shifts"] as? [[String: Any]]) ?? []).map { "\($0["measure"] ?? "")/\($0["kind"] ?? "")" }
            #expect(kinds.contains("relativeTone/thaw"))
            let triangles = try await client.execute(uri: "/api/triangles?states=IND,RUS,PAK", method: .get) { try Fixture.json($0) }
            let edge = try #require(((triangles["triangles"] as? [[String: Any]])?.last?["edges"] as? [[String: Any]])?.first)
            #expect(edge["basis"] as? String == "relativeTone")
            #expect((edge["relative"] as? [String: Any])?["low"] as? Double != nil)
        }
    }

    // MARK: - Dashboard

    @Test func dashboardDrawsTheChosenPair() async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<form class=\"choose\" method=\"get\" action=\"/\""))
                #expect(html.contains("Russia–Pakistan, seen from India"))
                #expect(html.contains("id=\"pair-series\""))
                #expect(html.contains("id=\"pair-timeline\""))
                #expect(html.contains("id=\"focal-1-series\""))
                #expect(html.contains("Events 1–50 of 150"))
                #expect(html.contains("page 1 of 3"))
            }
            try await client.execute(uri: "/?a=CHN&b=PAK&focal=IND&by=quarter&from=2010&to=2012&page=2", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("China–Pakistan, seen from India"))
                #expect(html.contains("value=\"CHN\""))
                #expect(html.contains("<option value=\"quarter\" selected>"))
                // Three events: one page only, so page 2 shows the last page.
                #expect(html.contains("Events 1–3 of 3"))
            }
        }
    }

    @Test(arguments: ["/?a=XXX", "/?a=RUS&b=RUS", "/?by=fortnight", "/?from=abc", "/?from=2015&to=2010", "/?page=0", "/?tab=1"])
    func dashboardShowsErrorsOnThePage(uri: String) async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("role=\"alert\""))
                #expect(html.contains("<form class=\"choose\""))
            }
        }
    }

    @Test func dashboardStaysLightWithThousandsOfEvents() async throws {
        var events: [Event] = []
        for index in 0..<6_000 {
            let day = Day(year: 2000, month: 1, day: 1).adding(days: index)
            events.append(Fixture.event("bulk-\(index)", day.iso, index % 2 == 0 ? "RUS" : "PAK", index % 2 == 0 ? "PAK" : "RUS",
                                        index % 5 == 0 ? "190" : "042", "Bulk event \(index)"))
        }
        try await Fixture.app(try Fixture.store(events)).test(.router) { client in
            try await client.execute(uri: "/?by=month", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("class=\"chart timeline-chart binned\""))
                #expect(html.contains("Events 1–50 of 6,000"))
                #expect(html.contains("page 1 of 120"))
                #expect(html.utf8.count < 1_500_000, "page is \(html.utf8.count) bytes")
            }
            try await client.execute(uri: "/?by=month&page=120", method: .get) { response in
                #expect(String(buffer: response.body).contains("Events 5,951–6,000 of 6,000"))
            }
        }
    }

    // MARK: - Anything else

    @Test func unknownRoutesAndMethodsAreJSONErrors() async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: "/api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                let check = try Fixture.errorMessage(response).contains("no route")
                #expect(check)
            }
            try await client.execute(uri: "/api/events", method: .delete) { response in
                #expect([.notFound, .methodNotAllowed].contains(response.status))
                _ = try Fixture.errorMessage(response)
            }
            try await client.execute(uri: "/api/dyads/RUS/series", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    /// Garbage in every parameter of every route: never a 500.
    @Test func noInputYieldsAServerError() async throws {
        let garbage = ["", "%", "%ZZ", "%00", "'", "\"><script>", "9999999999999999999999", "-1", "1e9", "RUS:", ":", ",,,", "NaN",
                       String(repeating: "A", count: 5_000), "2015-00-00", "0000", "ü", "RUS%2CPAK"]
        let routes: [(String, [String])] = [
            ("/api/events", ["actors", "from", "to", "codes", "dataset", "limit", "offset"]),
            ("/api/dyads/RUS/PAK/series", ["by", "from", "to", "directed", "dataset"]),
            ("/api/dyads/RUS/PAK/shifts", ["by", "from", "to", "directed", "dataset"]),
            ("/api/dyads/RUS/PAK/drivers", ["by", "from", "to", "dataset"]),
            ("/api/brief", ["pair", "focal", "from", "to", "by", "dataset"]),
            ("/brief", ["pair", "focal", "from", "to", "by", "dataset"]),
            ("/", ["a", "b", "focal", "by", "from", "to", "page", "dataset"]),
            ("/api/triangles", ["states", "dataset"]),
            ("/api/watch/alerts", ["asOf", "dataset"]),
            ("/api/health", ["x"]),
        ]
        try await Fixture.app().test(.router) { client in
            for (route, parameters) in routes {
                for parameter in parameters {
                    for value in garbage {
                        let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
                        for uri in ["\(route)?\(parameter)=\(encoded)", "\(route)?\(parameter)=\(value)"] {
                            try await client.execute(uri: uri, method: .get) { response in
                                #expect(response.status.code < 500, "\(uri) gave \(response.status)")
                            }
                        }
                    }
                }
            }
            for path in [
                "/api/dyads/%ZZ/PAK/series", "/api/dyads/\(String(repeating: "B", count: 3000))/PAK/shifts", "/api/dyads/RUS/PAK/series/extra",
                "/api/dyads/%00/PAK/drivers",
            ] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status.code < 500, "\(path) gave \(response.status)")
                }
            }
        }
    }
}

/// The token comparison, reached through the module's testable surface.
enum WriteAccessProbe {
    static func equal(_ given: [UInt8], _ expected: [UInt8]) -> Bool { WriteAccess.constantTimeEqual(given, expected) }
}

/// The relations routes: triangles, leverage, watch alerts.
@Suite("Relations routes")
struct RelationsRouteTests {
    @Test func trianglesPerPeriodWithRoles() async throws {
        try await Fixture.app().test(.router) { client in
            let document = try await client.execute(uri: "/api/triangles?states=IND,RUS,PAK&from=2009&to=2015", method: .get) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(document["states"] as? [String] == ["IND", "RUS", "PAK"])
            let triangles = try #require(document["triangles"] as? [[String: Any]])
            #expect(triangles.count == 7)
            // In 2010: India–Russia positive (1 cooperative event is too few to sign: neutral), so check the shape only.
            for triangle in triangles {
                #expect((triangle["edges"] as? [Any])?.count == 3)
                #expect(["menageATrois", "romanticTriangle", "stableMarriage", "unitVeto", "undetermined"].contains(triangle["type"] as? String ?? ""))
            }
            let spanning = try await client.execute(uri: "/api/triangles?states=India,Russia,Pakistan&by=quarter&from=2014&to=2014", method: .get) {
                try Fixture.json($0)
            }
            #expect((spanning["triangles"] as? [Any])?.count == 4)
        }
    }

    /// The drivers route answers what `entente drivers` reads (``Drivers/read(_:from:)``), with the datasets read.
    @Test func driversAsTheCommandReadsThem() async throws {
        let store = try Fixture.store()
        let expected = try JSONOutput.encode(try Drivers.read(try DriversRequest(first: "RUS", second: "PAK"), from: store).drivers)
        let byYear = try JSONOutput.encode(try Drivers.read(try DriversRequest(first: "RUS", second: "PAK", length: .year), from: store).drivers)
        try await Fixture.app(store).test(.router) { client in
            let document = try await client.execute(uri: "/api/dyads/Russia/PAK/drivers", method: .get) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(document["first"] as? String == "RUS" && document["second"] as? String == "PAK")
            #expect(document["datasets"] as? [String] == ["test"])
            #expect(document["period"] == nil)
            #expect((document["baseline"] as? [String: Any])?["fitted"] as? String != nil)
            // Before and after the pair's shift of 2009.
            let windows = try #require(document["windows"] as? [[String: Any]])
            #expect(windows.map { $0["label"] as? String } == ["2001–2008", "2009–2015"])
            let reference = try Self.object(expected)
            #expect(NSArray(array: document["windows"] as? [Any] ?? []) == NSArray(array: reference["windows"] as? [Any] ?? [1]))
            #expect(NSArray(array: document["mixes"] as? [Any] ?? []) == NSArray(array: reference["mixes"] as? [Any] ?? [1]))
            let mixes = try #require(document["mixes"] as? [[String: Any]])
            #expect(!mixes.isEmpty)
            for mix in mixes {
                for share in mix["shares"] as? [[String: Any]] ?? [] {
                    #expect((share["events"] as? [String])?.count ?? 0 <= share["eventCount"] as? Int ?? -1)
                }
            }

            let yearly = try await client.execute(uri: "/api/dyads/RUS/PAK/drivers?by=year", method: .get) { try Fixture.json($0) }
            #expect(yearly["period"] as? String == "year")
            #expect((yearly["windows"] as? [Any])?.count == 15)
            #expect(NSArray(array: yearly["mixes"] as? [Any] ?? []) == NSArray(array: try Self.object(byYear)["mixes"] as? [Any] ?? [1]))
            let recent = try await client.execute(uri: "/api/dyads/RUS/PAK/drivers?by=quarter&from=2014&to=2015", method: .get) { try Fixture.json($0) }
            #expect((recent["windows"] as? [Any])?.count == 8)
        }
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test(arguments: [
        ("/api/triangles", "states"),
        ("/api/triangles?states=IND,RUS", "states"),
        ("/api/triangles?states=IND,RUS,RUS", "states"),
        ("/api/triangles?states=IND,RUS,XXX", "states"),
        ("/api/triangles?states=IND,RUS,PAK&by=decade", "by"),
        ("/api/triangles?states=IND,RUS,PAK&by=month&from=1900&to=2100", "from"),
        ("/api/triangles?states=IND,RUS,PAK&shape=1", "shape"),
        ("/api/leverage", "supplier"),
        ("/api/leverage?supplier=XXX", "supplier"),
        ("/api/leverage?supplier=RUS&recipients=IND,ZZZ", "recipients"),
        ("/api/leverage?supplier=RUS&from=2015&to=2009", "from"),
        ("/api/leverage?supplier=RUS&from=1850&to=2015", "from"),
        ("/api/leverage?supplier=RUS&by=month", "by"),
        ("/api/leverage?supplier=RUS&to=15", "to"),
        ("/api/watch/alerts?asOf=2015", "asOf"),
        ("/api/watch/alerts?asOf=tomorrow", "asOf"),
        ("/api/watch/alerts?all=perhaps", "all"),
        ("/api/watch/alerts?name=x", "name"),
        ("/api/watch/alerts?dataset=nowhere", "dataset"),
        ("/api/triangles?states=IND,RUS,PAK&dataset=nowhere", "dataset"),
        ("/api/dyads/XXX/PAK/drivers", "a"),
        ("/api/dyads/RUS/Russia/drivers", "b"),
        ("/api/dyads/RUS/PAK/drivers?by=decade", "by"),
        ("/api/dyads/RUS/PAK/drivers?from=2015-13", "from"),
        ("/api/dyads/RUS/PAK/drivers?from=2015&to=2010", "from"),
        ("/api/dyads/RUS/PAK/drivers?by=month&from=1900&to=2100", "from"),
        ("/api/dyads/RUS/PAK/drivers?dataset=nowhere", "dataset"),
        ("/api/dyads/RUS/PAK/drivers?limit=5", "limit"),
        ("/api/dyads/RUS/PAK/drivers?directed=true", "directed"),
    ])
    func relationsRoutesRejectBadParameters(uri: String, parameter: String) async throws {
        try await Fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let error = try #require(try Fixture.json(response)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == parameter, "\(uri): \(error)")
            }
        }
    }

    @Test func leverageAgainstAHandCount() async throws {
        try await Fixture.app().test(.router) { client in
            let leverage = try await client.execute(uri: "/api/leverage?supplier=RUS&recipients=IND,PAK&from=2009&to=2015&by=span", method: .get) {
                response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            let links = try #require(leverage["links"] as? [[String: Any]])
            let india = try #require(links.first { $0["recipient"] as? String == "IND" })
            // Russia delivered 2,000 + 50 + 800 a year; India took 2,000 of it and bought from Russia alone.
            #expect(india["tiv"] as? Double == 14_000)
            #expect(abs((india["supplierTotal"] as? Double ?? 0) - 2_850 * 7) < 0.001)
            #expect(india["recipientTotal"] as? Double == 14_000)
            let pakistan = try #require(links.first { $0["recipient"] as? String == "PAK" })
            #expect(abs((pakistan["recipientTotal"] as? Double ?? 0) - 650 * 7) < 0.001)
        }
        // Nothing loaded: a 404 that says what to do.
        try await Fixture.app(try Fixture.store(relations: false)).test(.router) { client in
            try await client.execute(uri: "/api/leverage?supplier=RUS", method: .get) { response in
                #expect(response.status == .notFound)
                let message = try Fixture.errorMessage(response)
                #expect(message.contains("entente leverage import"))
            }
        }
    }

    @Test func watchAlertsReadWithoutRecording() async throws {
        let store = try Fixture.store()
        try await Fixture.app(store).test(.router) { client in
            let report = try await client.execute(uri: "/api/watch/alerts", method: .get) { response in
                #expect(response.status == .ok)
                return try Fixture.json(response)
            }
            #expect(report["asOf"] as? String == "2015-10-15")
            #expect(report["indicators"] as? Int == 2)
            let alerts = try #require(report["alerts"] as? [[String: Any]])
            #expect(alerts.count == 1)
            #expect((alerts.first?["indicator"] as? [String: Any])?["name"] as? String == "rus-pak-force")
            #expect((alerts.first?["events"] as? [[String: Any]])?.first?["cameo"] as? String == "190")
            #expect(report["readings"] == nil)
            #expect(report["datasets"] as? [String] == ["test"])
            #expect(alerts.first?["eventCount"] as? Int == 1)
            #expect(alerts.first?["straddling"] as? Int == 0)
            let all = try await client.execute(uri: "/api/watch/alerts?asOf=2005-06-30&all=true", method: .get) { try Fixture.json($0) }
            #expect((all["readings"] as? [Any])?.count == 2)
            #expect(all["asOf"] as? String == "2005-06-30")
        }
        #expect(try store.indicators().allSatisfy { $0.lastCheck == nil })
    }

    @Test func uploadRunsTheWatchCheck() async throws {
        let store = try Fixture.store()
        let visit = Fixture.event("visit", "2015-11-01", "IND", "PAK", "042", "India's prime minister visits Pakistan")
        try await Fixture.app(store).test(.router) { client in
            let summary = try await client.execute(uri: "/api/events", method: .post, headers: Fixture.bearer, body: try Fixture.jsonLines([visit])) {
                try Fixture.json($0)
            }
            let alerts = try #require(summary["alerts"] as? [String])
            #expect(alerts.contains { $0.hasPrefix("ind-pak-visits") })
        }
        #expect(try store.indicators().contains { $0.lastCheck != nil })
    }
}
