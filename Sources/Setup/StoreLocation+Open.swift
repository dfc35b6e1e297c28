import EntenteSQLite
import EntenteStore

extension StoreLocation {
    /// Opens the store (a SQLite file is created on first use, and its schema migrated) and, with `loadingCase`, loads
    /// the built-in case and its watchlist into it when it does not hold their current versions
    /// (``BuiltInCaseLoader``): what every command and `entente serve` open.
    ///
    /// - Throws: ``StoreLocationError`` for a kind of store this build cannot open; the store's own errors
    ///   (`StoreError`, naming the file) when it cannot be opened or written.
    public func open(loadingCase: Bool = true) throws -> any Store {
        let store: any Store
        switch self {
        case .sqlite(let path):
            store = try SQLiteStore(path: path)
        case .clickHouse:
            // The ClickHouse store (Sources/ClickHouse) plugs in here: open it, then prepare it as below.
            throw StoreLocationError(
                text: description, reason: "ClickHouse stores are not available yet; use --db PATH or --store sqlite:PATH")
        }
        if loadingCase { try BuiltInCaseLoader.load(into: store) }
        return store
    }
}
