import EntenteSetup
import EntenteSQLite

/// Stores for tests, made the way the application makes them.
public enum TestStores {
    /// A store in memory holding the built-in case and its watchlist, as a new database does once opened.
    public static func withCase() throws -> SQLiteStore {
        let store = try SQLiteStore()
        try BuiltInCaseLoader.load(into: store)
        return store
    }

    /// A store in a file, opened the way every command opens one (the built-in case loaded on first use).
    public static func opened(path: String) throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        try BuiltInCaseLoader.load(into: store)
        return store
    }

    /// Loads the built-in case and its watchlist into a store, as opening it through EntenteSetup does.
    public static func loadCase(into store: SQLiteStore) throws {
        try BuiltInCaseLoader.load(into: store)
    }
}
