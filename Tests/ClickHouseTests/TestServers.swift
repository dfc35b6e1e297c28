import EntenteClickHouse
import EntenteModel
import EntenteSetup
import EntenteStore
import Foundation
import NIOConcurrencyHelpers
import TestSupport
import Testing

/// The ClickHouse servers `Scripts/clickhouse start` runs for the tests (`Scripts/test` starts them and sets these
/// variables): a single server and a two-shard cluster, each test in a database of its own.
enum TestServers {
    static let environment = ProcessInfo.processInfo.environment

    /// `clickhouse://127.0.0.1:PORT/entente`: the single server.
    static let single = environment["ENTENTE_TEST_CLICKHOUSE"].flatMap { try? ClickHouseAddress(parsing: $0) }
    /// `clickhouse://127.0.0.1:PORT/entente?cluster=entente`: the first shard of the cluster, which the tests ask.
    static let cluster = environment["ENTENTE_TEST_CLICKHOUSE_CLUSTER"].flatMap { try? ClickHouseAddress(parsing: $0) }
    /// `Scripts/clickhouse` and its folder, to stop and start a shard.
    static let script = environment["ENTENTE_TEST_CLICKHOUSE_SCRIPT"]
    static let folder = environment["ENTENTE_TEST_CLICKHOUSE_DIR"]

    /// Whether the servers were started (else every test here is skipped, saying so).
    static let available = single != nil && cluster != nil && script != nil && folder != nil

    static let skipReason: Comment =
        "ClickHouse servers not started: run Scripts/test (or `eval \"$(Scripts/clickhouse start)\"` first) to set ENTENTE_TEST_CLICKHOUSE, ENTENTE_TEST_CLICKHOUSE_CLUSTER, ENTENTE_TEST_CLICKHOUSE_SCRIPT and ENTENTE_TEST_CLICKHOUSE_DIR"

    /// Both layouts, for tests that run on each.
    enum Layout: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case single, cluster
        var testDescription: String { rawValue }
    }

    /// A fresh database's address on the layout's servers (`t_…`, unique per call).
    static func freshAddress(_ layout: Layout) -> ClickHouseAddress {
        var address = (layout == .single ? single : cluster)!
        address.database = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        return address
    }

    /// A fresh database made by `initialize` (`entente store init`), its URL, and the store opened with the built-in
    /// case loaded.
    static func freshStore(_ layout: Layout) throws -> (location: StoreLocation, store: any Store) {
        let location = StoreLocation.clickHouse(freshAddress(layout))
        _ = try location.initialize()
        return (location, try location.open())
    }

    /// Drops the database on every server that holds it (the named one and each shard).
    static func drop(_ location: StoreLocation) {
        guard case .clickHouse(let address) = location else { return }
        var servers = [(address.host, address.port)]
        if let cluster = address.cluster, let store = try? ClickHouseStore(
            host: address.host, port: address.port, database: address.database, cluster: cluster)
        {
            servers += store.shards.map { ($0.host, $0.httpPort) }
        }
        for (host, port) in servers {
            try? ClickHouseClient(host: host, port: port).execute("DROP DATABASE IF EXISTS `\(address.database)`")
        }
    }

    /// Runs `Scripts/clickhouse ACTION-shard N`: stops or starts one shard of the cluster.
    static func shard(_ action: String, _ number: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script!)
        process.arguments = ["\(action)-shard", "\(number)", folder!]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Scripts/clickhouse \(action)-shard \(number) failed")
    }

    /// Runs a query on a store's named server and returns its tab-separated answer as text.
    static func query(_ location: StoreLocation, _ sql: String) throws -> String {
        guard case .clickHouse(let address) = location else { return "" }
        let bytes = try ClickHouseClient(host: address.host, port: address.port, database: address.database).query(sql + " FORMAT TabSeparated")
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A folder for one test's files, removed after it.
final class TemporaryFolder {
    let url: URL

    init() throws { url = try SharedData.temporaryFolder() }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Every per-day aggregate of every pair a store holds, in one order: what two stores must agree on. A query per
/// pair, four at a time.
func allAggregates(_ store: any Store) throws -> [String] {
    let pairs = Array(Set(try store.periodAggregates(by: .year, within: nil, datasets: []).map { ChangeSet.Pair($0.source, $0.target) }))
    let results = NIOLockedValueBox<[Result<[String], any Error>]>([])
    DispatchQueue.concurrentPerform(iterations: 4) { part in
        for index in stride(from: part, to: pairs.count, by: 4) {
            let result = Result { try store.aggregates(of: Dyad(pairs[index].first, pairs[index].second), within: nil, datasets: []).map(describe) }
            results.withLockedValue { $0.append(result) }
        }
    }
    return try results.withLockedValue { $0 }.flatMap { try $0.get() }.sorted()
}

/// An aggregate as a line of text, its Goldstein sum rounded to 9 places (sums in another order may differ in the
/// last bits).
func describe(_ row: DyadAggregate) -> String {
    "\(row.source) \(row.target) \(row.dataset) \(row.start.key)-\(row.end.key) \(row.counts) \(String(format: "%.9f", row.goldsteinSum)) \(row.mentions) \(row.sources) \(row.articles)"
}
