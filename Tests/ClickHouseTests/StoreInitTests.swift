import EntenteClickHouse
import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteSetup
import EntenteStore
import Foundation
import TestSupport
import Testing

// `entente store init`, and the errors of a store that cannot be used as named.
extension ClickHouseTests {
    @Test(arguments: TestServers.Layout.allCases)
    func storeInitMakesTheSchemaOnceOnEveryServer(_ layout: TestServers.Layout) throws {
        let location = StoreLocation.clickHouse(TestServers.freshAddress(layout))
        defer { TestServers.drop(location) }
        let first = try runEntente(["store", "init", "--store", location.description])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.components(separatedBy: "created (version \(ClickHouseSchema.currentVersion))").count - 1 == (layout == .single ? 1 : 2), "\(first.standardOutput)")
        let second = try runEntente(["store", "init", "--store", location.description])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(!second.standardOutput.contains("created"), "\(second.standardOutput)")
        #expect(second.standardOutput.contains("already at version \(ClickHouseSchema.currentVersion)"))
        // The built-in case was loaded once, whatever the number of inits.
        let store = try location.open(loadingCase: false)
        #expect(try store.datasets().map(\.name) == ["entente-case"])
        #expect(try store.count(matching: EventQuery()) == store.datasets()[0].rawEvents)
        let status = try runEntente(["store", "status", "--store", location.description])
        #expect(status.standardOutput.contains("entente-case"), "\(status.standardOutput)")
    }

    /// Each way a ClickHouse store can be misnamed gets an error that says what is wrong and what to do.
    @Test func aStoreThatCannotBeUsedAsNamedSaysWhy() throws {
        let single = try #require(TestServers.single)
        let cluster = try #require(TestServers.cluster)
        let fresh = TestServers.freshAddress(.single)
        let cases: [(url: String, says: String)] = [
            ("clickhouse://127.0.0.1:1/entente", "cannot reach ClickHouse at 127.0.0.1:1: connection refused"),
            ("clickhouse://\(single.host):\(single.port)/\(fresh.database)", "holds no Entente store: run `entente store init --store clickhouse://"),
            ("clickhouse://\(single.host):\(single.port)/\(fresh.database)?cluster=entente", "no cluster named 'entente'"),
            ("clickhouse://\(cluster.host):\(cluster.port)/\(fresh.database)?cluster=nowhere", "no cluster named 'nowhere' in the server's configuration"),
            ("clickhouse://host/my-db", "is not a name"),
            ("clickhouse://host/db?shards=2", "the one parameter is cluster=NAME"),
        ]
        for (url, says) in cases {
            let result = try runEntente(["dyad", "RUS", "PAK", "--store", url])
            #expect(result.status != 0, "\(url)")
            #expect(result.standardError.contains(says), "\(url): \(result.standardError)")
        }

        // A database made for a single server is not opened as a cluster's, nor the other way round.
        var made = TestServers.freshAddress(.cluster)
        made.cluster = nil
        let location = StoreLocation.clickHouse(made)
        defer { TestServers.drop(location) }
        _ = try location.initialize()
        var asCluster = made
        asCluster.cluster = "entente"
        let error = #expect(throws: ClickHouseError.self) { try StoreLocation.clickHouse(asCluster).open() }
        #expect(error?.description.contains("was made for a single server, not for the cluster 'entente'") == true, "\(String(describing: error))")
        let reinit = #expect(throws: ClickHouseError.self) { try StoreLocation.clickHouse(asCluster).initialize() }
        #expect(reinit?.description.contains("holds Entente's tables for a single server") == true, "\(String(describing: reinit))")
    }

    /// The watchlist, metadata and arms transfers: written, replaced, removed, as on SQLite.
    @Test(arguments: TestServers.Layout.allCases)
    func theWatchlistMetadataAndArmsTransfersKeepTheirNewestRows(_ layout: TestServers.Layout) throws {
        let (location, store) = try TestServers.freshStore(layout)
        defer { TestServers.drop(location) }
        let reference = try TestStores.withCase()
        for target in [store, reference as any Store] {
            let indicator = WatchIndicator(
                name: "test-one", states: ["RUS", "PAK"], directed: false, codes: ["057"], quadClass: nil, issues: [],
                comparison: .above, threshold: 1, windowDays: 90, note: "a note", origin: .user, lastCheck: nil)
            try target.add(indicator: indicator, replacing: false)
            #expect(throws: StoreError.self) { try target.add(indicator: indicator, replacing: false) }
            try target.record(check: WatchIndicator.Check(day: Day(year: 2015, month: 6, day: 1), value: 2, fired: true), forIndicatorNamed: "test-one")
            #expect(try target.removeIndicator(named: "rus-pak-arms") == target.indicators().contains { $0.name == "rus-pak-arms" })
            #expect(try !target.removeIndicator(named: "no-such-indicator"))
            try target.setMetadata("value", forKey: "test-key")
            try target.setMetadata("newer", forKey: "test-key")
            try target.setMetadata("gone", forKey: "test-gone")
            try target.setMetadata(nil, forKey: "test-gone")
            let transfer = ArmsTransfer(
                id: "test:1", supplier: .init(name: "Russia", code: "RUS", kind: .state), recipient: .init(name: "India", code: "IND", kind: .state),
                year: 2012, tiv: 10, provenance: Provenance(dataset: "sipri-register"))
            #expect(try target.write(armsTransfers: [transfer]) == (1, 0))
            var revised = transfer
            revised.tiv = 12
            #expect(try target.write(armsTransfers: [revised]) == (0, 1))
        }
        #expect(try store.indicators() == reference.indicators())
        #expect(try store.metadata(forKey: "test-key") == "newer")
        #expect(try store.metadata(forKey: "test-gone") == nil)
        #expect(try store.armsTransfers(matching: ArmsTransferQuery()) == reference.armsTransfers(matching: ArmsTransferQuery()))
        #expect(try store.armsTransfers(matching: ArmsTransferQuery())[0].tiv == 12)
    }
}

extension ClickHouseTests {
    /// Replacing a dataset's events (what a new version of the built-in case does) takes the old ones out with their
    /// aggregates and counts, at once, as on SQLite; a dataset that came in with an ingest of files is refused.
    @Test(arguments: TestServers.Layout.allCases)
    func replacingADatasetTakesItsOldEventsOutWithTheirAggregates(_ layout: TestServers.Layout) throws {
        let (location, store) = try TestServers.freshStore(layout)
        defer { TestServers.drop(location) }
        let reference = try TestStores.withCase()
        func event(_ id: String, _ source: String, _ target: String, _ day: Int, code: String = "057") -> Event {
            Event(
                id: id, date: try! EventDate(start: Day(key: day), end: Day(key: day), precision: .day), source: Actor(source), target: Actor(target), cameo: CAMEOCode(code)!,
                summary: "test event \(id)", provenance: Provenance(dataset: "test-set", locator: "line 1"))
        }
        let first = [event("t:1", "RUS", "PAK", 2015_06_01), event("t:2", "PAK", "RUS", 2015_06_02), event("t:3", "IND", "IND", 2015_06_03)]
        let second = [event("t:2", "PAK", "RUS", 2015_06_02, code: "190"), event("t:4", "CHN", "PAK", 2016_01_01), event("case-like", "USA", "CHN", 2017_02_03)]
        for target in [store, reference as any Store] {
            #expect(try target.write(events: first) == 3)
            #expect(try target.write(events: first) == 0)
            #expect(try target.replaceEvents(ofDataset: "test-set", with: second) == 3)
        }
        #expect(try store.datasets() == reference.datasets())
        #expect(try allAggregates(store) == allAggregates(reference))
        #expect(try store.events(matching: EventQuery(datasets: ["test-set"])) == reference.events(matching: EventQuery(datasets: ["test-set"])))
        #expect(try store.events(matching: EventQuery(datasets: ["test-set"])).map(\.id) == ["t:2", "t:4", "case-like"])

        // Events of a dataset that an ingest of files brought in are not taken back whole.
        let folder = try TemporaryFolder()
        var fromFile = event("t:9", "RUS", "PAK", 2015_07_01)
        fromFile.summary = "from a file"
        try folder.write("events.jsonl", String(decoding: try JSONEncoder().encode(fromFile), as: UTF8.self) + "\n")
        _ = try Ingester(store: store).run(try InputFiles.expand([folder.path("events.jsonl")]))
        let error = #expect(throws: ClickHouseError.self) { try store.replaceEvents(ofDataset: "test-set", with: second) }
        #expect(error?.description.contains("written together with other data") == true, "\(String(describing: error))")
    }
}
