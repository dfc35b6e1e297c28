import EntenteClickHouse
import EntenteSQLite
import EntenteStore
import Logging

extension StoreLocation {
    /// Opens the store (a SQLite file is created on first use, and its schema migrated; a ClickHouse database must
    /// have been made by ``initialize(logger:)``) and, with `loadingCase`, loads the built-in case and its watchlist
    /// into it when it does not hold their current versions (``BuiltInCaseLoader``): what every command and
    /// `entente serve` open.
    ///
    /// - Throws: the store's own errors: `StoreError` naming the file when it cannot be opened or written;
    ///   `ClickHouseError` naming the server (or shard) that does not answer, or saying that the database has no
    ///   Entente schema yet (`entente store init`).
    public func open(loadingCase: Bool = true, logger: Logger = Logger(label: "entente.store")) throws -> any Store {
        let store: any Store
        switch self {
        case .sqlite(let path):
            store = try SQLiteStore(path: path)
        case .clickHouse(let address):
            store = try ClickHouseStore(
                host: address.host, port: address.port, database: address.database, cluster: address.cluster, logger: logger)
        }
        if loadingCase { try BuiltInCaseLoader.load(into: store) }
        return store
    }

    /// Creates the store's schema, or migrates it, and says what it did: `entente store init`. A SQLite file is
    /// created and migrated as on any open; a ClickHouse database and its tables are made on the server named and,
    /// on a cluster, on every shard. Running it again changes nothing.
    ///
    /// - Throws: as ``open(loadingCase:logger:)``.
    public func initialize(logger: Logger = Logger(label: "entente.store")) throws -> String {
        switch self {
        case .sqlite(let path):
            _ = try SQLiteStore(path: path)
            return "\(description): SQLite file ready (its schema is migrated on every open)\n"
        case .clickHouse(let address):
            return try ClickHouseStore.initialize(
                host: address.host, port: address.port, database: address.database, cluster: address.cluster, logger: logger
            ).description
        }
    }
}
