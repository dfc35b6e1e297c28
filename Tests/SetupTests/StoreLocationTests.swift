import EntenteSetup
import Testing

struct StoreLocationTests {
    @Test func theOptionsThenTheEnvironmentThenTheDefaultNameTheStore() throws {
        let home = ["HOME": "/h"]
        #expect(try StoreLocation.resolve(store: nil, db: nil, environment: home) == .sqlite(path: "/h/.local/share/entente/entente.sqlite"))
        #expect(try StoreLocation.resolve(store: nil, db: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == .sqlite(path: "/d/entente/entente.sqlite"))
        #expect(try StoreLocation.resolve(store: nil, db: nil, environment: ["ENTENTE_DB": "/x/y.sqlite", "HOME": "/h"]) == .sqlite(path: "/x/y.sqlite"))
        #expect(try StoreLocation.resolve(store: nil, db: nil, environment: ["ENTENTE_DB": "", "HOME": "/h"]) == .sqlite(path: "/h/.local/share/entente/entente.sqlite"))
        let both = ["ENTENTE_STORE": "sqlite:/s.sqlite", "ENTENTE_DB": "/x/y.sqlite"]
        #expect(try StoreLocation.resolve(store: nil, db: nil, environment: both) == .sqlite(path: "/s.sqlite"))
        #expect(try StoreLocation.resolve(store: nil, db: "a.sqlite", environment: both) == .sqlite(path: "a.sqlite"))
        #expect(try StoreLocation.resolve(store: "sqlite:b.sqlite", db: nil, environment: both) == .sqlite(path: "b.sqlite"))
        #expect(throws: StoreLocationError.self) { try StoreLocation.resolve(store: "sqlite:b.sqlite", db: "a.sqlite", environment: home) }
    }

    @Test func urlsReadAsStores() throws {
        #expect(try StoreLocation(parsing: "sqlite:events.sqlite") == .sqlite(path: "events.sqlite"))
        #expect(try StoreLocation(parsing: "sqlite:///data/events.sqlite") == .sqlite(path: "/data/events.sqlite"))
        #expect(try StoreLocation(parsing: "/data/events.sqlite") == .sqlite(path: "/data/events.sqlite"))
        #expect(try StoreLocation(parsing: "clickhouse://ch1:9000/entente?cluster=east")
            == .clickHouse(ClickHouseAddress(host: "ch1", port: 9000, database: "entente", cluster: "east")))
        #expect(try StoreLocation(parsing: "clickhouse://localhost") == .clickHouse(ClickHouseAddress(host: "localhost")))
        #expect(try StoreLocation(parsing: "clickhouse://ch1:9000/entente?cluster=east").description == "clickhouse://ch1:9000/entente?cluster=east")
        for bad in ["sqlite:", "", "postgres://db/x", "clickhouse:/x", "clickhouse://h/a/b", "clickhouse://h/db?shards=2", "clickhouse://u:p@h/db"] {
            #expect(throws: StoreLocationError.self, "\(bad)") { try StoreLocation(parsing: bad) }
        }
        let error = #expect(throws: StoreLocationError.self) { try StoreLocation(parsing: "postgres://db/x") }
        #expect(error?.description == "store 'postgres://db/x': 'postgres' is no kind of store Entente knows; expected sqlite:PATH or clickhouse://HOST:PORT/DATABASE")
    }

    /// A server that does not answer (nothing listens on port 1) is named, with what happened.
    @Test func aClickHouseServerThatDoesNotAnswerIsNamed() throws {
        let error = #expect(throws: (any Error).self) { try StoreLocation(parsing: "clickhouse://127.0.0.1:1/entente").open() }
        #expect("\(error.map { "\($0)" } ?? "")".hasPrefix("cannot reach ClickHouse at 127.0.0.1:1: connection refused"), "\(String(describing: error))")
    }

    @Test func aClickHouseDatabaseOrClusterMustBeAName() {
        for bad in ["clickhouse://h/my-db", "clickhouse://h/db?cluster=a%20b", "clickhouse://h/1db"] {
            let error = #expect(throws: StoreLocationError.self, "\(bad)") { try StoreLocation(parsing: bad) }
            #expect(error?.description.contains("is not a name") == true, "\(bad): \(String(describing: error))")
        }
    }

    @Test func filesBesideTheStoreGoBesideTheSQLiteFile() {
        let location = StoreLocation.sqlite(path: "/data/events.sqlite")
        #expect(location.folder == "/data")
        #expect(location.defaultQuarantinePath == "/data/events.quarantine.txt")
        #expect(location.description == "sqlite:/data/events.sqlite")
    }
}
