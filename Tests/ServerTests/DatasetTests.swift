import EntenteAnalysis
import EntenteModel
import EntenteReport
@testable import EntenteServer
import EntenteSQLite
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// `dataset` on every reading route: by default what was ingested (the built-in case only when nothing else is
/// stored), the named datasets when named, an unknown name a 400 that names it; every answer says what it read.
@Suite("Datasets")
struct DatasetTests {
    /// The built-in case (as every new database holds it) and the fixture's events, ingested as dataset `test`.
    static func store() throws -> SQLiteStore {
        let store = try TestStores.withCase()
        try store.write(events: Fixture.events)
        return store
    }

    static let caseName = DatasetSelection.builtInCase

    /// The JSON routes that read events, each with the datasets it says it read.
    static let routes = [
        "/api/events?actors=RUS,PAK", "/api/dyads/RUS/PAK/series", "/api/dyads/RUS/PAK/shifts", "/api/dyads/RUS/PAK/drivers",
        "/api/brief?pair=RUS:PAK&focal=IND", "/api/triangles?states=IND,RUS,PAK", "/api/watch/alerts",
    ]

    @Test func theDefaultReadsWhatWasIngestedAndNotTheBuiltInCase() async throws {
        let store = try Self.store()
        try await Fixture.app(store).test(.router) { client in
            for route in Self.routes {
                let body = try await client.execute(uri: route, method: .get) { response in
                    #expect(response.status == .ok, "\(route): \(String(buffer: response.body).prefix(200))")
                    return try Fixture.json(response)
                }
                #expect(body["datasets"] as? [String] == ["test"], "\(route)")
            }
            // The same events as the fixture alone: none of the case's Russia–Pakistan events.
            let events = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=500", method: .get) { try Fixture.json($0) }
            #expect(events["total"] as? Int == 150)
            #expect((events["events"] as? [[String: Any]])?.allSatisfy { $0["dataset"] as? String == "test" } == true)
            let series = try await client.execute(uri: "/api/dyads/RUS/PAK/series", method: .get) { try Fixture.json($0) }
            #expect((series["points"] as? [[String: Any]])?.first?["period"] as? String == "2001")
            let dashboard = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
            #expect(dashboard.contains("datasets: test"))
            #expect(!dashboard.contains("entente-case (the built-in case)"))
        }
    }

    @Test func namingTheBuiltInCaseReadsIt() async throws {
        let store = try Self.store()
        let caseEvents = try store.count(matching: EventQuery(actors: ["RUS", "PAK"], datasets: [Self.caseName]))
        #expect(caseEvents > 10)
        try await Fixture.app(store).test(.router) { client in
            for route in Self.routes {
                let uri = route + (route.contains("?") ? "&" : "?") + "dataset=\(Self.caseName)"
                let body = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(String(buffer: response.body).prefix(200))")
                    return try Fixture.json(response)
                }
                #expect(body["datasets"] as? [String] == [Self.caseName], "\(uri)")
            }
            let events = try await client.execute(uri: "/api/events?actors=RUS,PAK&limit=500&dataset=\(Self.caseName)", method: .get) {
                try Fixture.json($0)
            }
            #expect(events["total"] as? Int == caseEvents)
            #expect((events["events"] as? [[String: Any]])?.allSatisfy { $0["dataset"] as? String == Self.caseName } == true)
            // The case's series starts where its events do, long before the fixture's.
            let series = try await client.execute(uri: "/api/dyads/RUS/PAK/series?dataset=\(Self.caseName)", method: .get) { try Fixture.json($0) }
            let first = try #require((series["points"] as? [[String: Any]])?.first?["period"] as? String)
            #expect(first < "2001")
            // Both, named by repeating the parameter or with a comma.
            for both in ["dataset=test&dataset=\(Self.caseName)", "dataset=\(Self.caseName),test"] {
                let page = try await client.execute(uri: "/api/events?actors=RUS,PAK&" + both, method: .get) { try Fixture.json($0) }
                #expect(page["total"] as? Int == 150 + caseEvents, "\(both)")
                #expect(page["datasets"] as? [String] == [Self.caseName, "test"])
            }
            let dashboard = try await client.execute(uri: "/?dataset=\(Self.caseName)", method: .get) { String(buffer: $0.body) }
            #expect(dashboard.contains("datasets: entente-case (the built-in case)"))
            #expect(dashboard.contains("value=\"\(Self.caseName)\""))
            let document = try await client.execute(uri: "/brief?dataset=\(Self.caseName)", method: .get) { String(buffer: $0.body) }
            #expect(document.contains("datasets: entente-case (the built-in case)"))
        }
    }

    @Test func theBuiltInCaseAloneIsReadByDefault() async throws {
        try await Fixture.app(try TestStores.withCase()).test(.router) { client in
            for route in Self.routes {
                let body = try await client.execute(uri: route, method: .get) { try Fixture.json($0) }
                #expect(body["datasets"] as? [String] == [Self.caseName], "\(route)")
            }
        }
    }

    @Test func anUnknownDatasetIsA400NamingIt() async throws {
        let store = try Self.store()
        try await Fixture.app(store).test(.router) { client in
            for route in Self.routes + ["/brief?pair=RUS:PAK"] {
                let uri = route + (route.contains("?") ? "&" : "?") + "dataset=gdelt9"
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try #require(try Fixture.json(response)["error"] as? [String: Any], "\(uri)")
                    #expect(error["parameter"] as? String == "dataset", "\(uri)")
                    let message = error["message"] as? String ?? ""
                    #expect(message.contains("gdelt9") && message.contains("entente-case, test"), "\(uri): \(message)")
                }
            }
            try await client.execute(uri: "/?dataset=gdelt9", method: .get) { response in
                #expect(response.status == .badRequest)
                let html = String(buffer: response.body)
                #expect(html.contains("role=\"alert\"") && html.contains("no dataset named &#39;gdelt9&#39;"))
                #expect(html.contains("value=\"gdelt9\""))
            }
        }
    }
}
