import EntenteModel
import EntenteServer
import EntenteSQLite
import EntenteStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TestSupport

/// A store and an application over it, made fresh for each test.
enum Fixture {
    static let token = "test-token-9f1c"

    static func event(
        _ id: String, _ date: String, _ source: String, _ target: String, _ code: String, _ summary: String,
        hypothetical: Bool = false
    ) -> Event {
        Event(
            id: "test:" + id, date: try! EventDate(parsing: date), source: Actor(source), target: Actor(target),
            cameo: CAMEOCode(code)!, summary: summary,
            provenance: Provenance(dataset: "test", document: "Server test fixture", locator: "event \(id)", url: "https://example.org/\(id)"),
            hypothetical: hypothetical)
    }

    /// Russia–Pakistan in conflict 2001–2008 and cooperating from 2009 (one shift); India with each.
    static var events: [Event] {
        var events: [Event] = []
        for year in 2001...2015 {
            let cooperative = year < 2009 ? 2 : 9
            for index in 0..<10 {
                let month = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
                let code = index < cooperative ? (index % 2 == 0 ? "042" : "057") : (index % 2 == 0 ? "111" : "190")
                events.append(event("rp-\(year)-\(index)", "\(year)-\(month)-15", index % 3 == 0 ? "PAK" : "RUS",
                                    index % 3 == 0 ? "RUS" : "PAK", code, "Russia–Pakistan event \(index) of \(year)"))
            }
            events.append(event("ir-\(year)", "\(year)-03-01", "IND", "RUS", "061", "India and Russia cooperate in \(year)"))
            events.append(event("ip-\(year)", "\(year)-05-01", "IND", "PAK", "112", "India accuses Pakistan in \(year)"))
            events.append(event("cp-\(year)", "\(year)-07-01", "CHN", "PAK", "057", "China and Pakistan sign an agreement in \(year)"))
        }
        return events
    }

    /// The states of ``world``: the fixture's four and eleven more.
    static let worldStates = ["RUS", "PAK", "IND", "CHN", "USA", "GBR", "FRA", "DEU", "JPN", "IRN", "TUR", "BRA", "AFG", "SAU", "EGY"]

    /// Everyone else's relations, 2001–2015: events between every pair of ``worldStates`` but the fixture's own four
    /// (so that their counts stay as ``events`` has them), two to six a year, mostly cooperative, each pair its own
    /// mix; the United States' pairs are busy, 22 to 26 a year. With them a baseline can say what is expected of every
    /// pair (fifteen states, a hundred pairs a year), so series carry relative tone and engagement, and estimate how
    /// those wobble from year to year (it needs 40 changes between years of 20 events or more), so their moves are
    /// read as shifts.
    static var world: [Event] {
        var events: [Event] = []
        let four: Set<String> = ["RUS", "PAK", "IND", "CHN"]
        for (i, first) in worldStates.enumerated() {
            for (j, second) in worldStates.enumerated() where j > i && !(four.contains(first) && four.contains(second)) {
                for year in 2001...2015 {
                    let count = (first == "USA" || second == "USA" ? 22 : 2) + (i * 7 + j * 3 + year) % 5
                    for index in 0..<count {
                        let conflictual = (i + j + index + year) % (3 + (i * j) % 4) == 0
                        let code = conflictual ? (index % 2 == 0 ? "112" : "173") : (index % 2 == 0 ? "042" : "036")
                        let month = 1 + (index * 5 + i + j) % 12
                        events.append(event(
                            "w-\(first)-\(second)-\(year)-\(index)", "\(year)-\(month < 10 ? "0" : "")\(month)-1\(index % 10)",
                            index % 2 == 0 ? first : second, index % 2 == 0 ? second : first, code, "\(first)–\(second) event \(index) of \(year)"))
                    }
                }
            }
        }
        return events
    }

    /// - Parameter builtInCase: load the built-in case too, as every new database holds it.
    static func store(_ events: [Event] = events, relations: Bool = true, builtInCase: Bool = false) throws -> SQLiteStore {
        let store = builtInCase ? try TestStores.withCase() : try SQLiteStore()
        try store.write(events: events)
        if relations {
            try store.write(armsTransfers: armsTransfers)
            try store.add(indicator: WatchIndicator(name: "rus-pak-force", states: ["RUS", "PAK"], codes: ["19"], threshold: 0, windowDays: 365), replacing: true)
            try store.add(indicator: WatchIndicator(name: "ind-pak-visits", states: ["IND", "PAK"], codes: ["042"], threshold: 0, windowDays: 365), replacing: true)
        }
        return store
    }

    /// Russia's deliveries to India, Pakistan and China, and the United States' to Pakistan, 2009–2015 (TIV, made up).
    static var armsTransfers: [ArmsTransfer] {
        let names = ["RUS": "Russia", "IND": "India", "PAK": "Pakistan", "CHN": "China", "USA": "United States"]
        let flows: [(String, String, Double)] = [("RUS", "IND", 2_000), ("RUS", "PAK", 50), ("RUS", "CHN", 800), ("USA", "PAK", 600)]
        var transfers: [ArmsTransfer] = []
        for year in 2009...2015 {
            for (supplier, recipient, tiv) in flows {
                transfers.append(ArmsTransfer(
                    id: "test-arms:\(supplier)-\(recipient)-\(year)",
                    supplier: .init(name: names[supplier]!, code: supplier, kind: .state),
                    recipient: .init(name: names[recipient]!, code: recipient, kind: .state),
                    year: year, tiv: tiv,
                    provenance: Provenance(dataset: ArmsTransfer.Dataset.tivTable, document: "Server test fixture", locator: "\(year)")))
            }
        }
        return transfers
    }

    static func configuration(token: String? = token, port: Int = 0, limits: ServerConfiguration.Limits = .init()) -> ServerConfiguration {
        ServerConfiguration(host: "127.0.0.1", port: port, token: token, limits: limits)
    }

    static func app(
        _ store: SQLiteStore? = nil, token: String? = token, limits: ServerConfiguration.Limits = .init()
    ) throws -> some ApplicationProtocol {
        var logger = Logger(label: "entente.test")
        logger.logLevel = .warning
        return buildApplication(configuration: configuration(token: token, limits: limits), store: try store ?? Fixture.store(), logger: logger)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        return try #require(object as? [String: Any], "not a JSON object: \(String(buffer: response.body))")
    }

    /// The message of a JSON error, checking its shape.
    static func errorMessage(_ response: TestResponse) throws -> String {
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let body = try json(response)
        let error = try #require(body["error"] as? [String: Any], "no error object in \(body)")
        #expect(error["status"] as? Int == Int(response.status.code))
        return try #require(error["message"] as? String)
    }

    static func jsonLines(_ events: [Event]) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        var text = ""
        for event in events { text += String(decoding: try encoder.encode(event), as: UTF8.self) + "\n" }
        return ByteBuffer(string: text)
    }

    static var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }
}
