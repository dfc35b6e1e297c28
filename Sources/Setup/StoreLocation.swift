import Foundation

/// Where the user's store is: a SQLite file, or a ClickHouse server or cluster.
///
/// Named on the command line by `--store URL` or `--db PATH`, else by the environment (`ENTENTE_STORE`,
/// `ENTENTE_DB`), else the default file; ``open(loadingCase:)`` opens it and prepares it.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file (created on first use).
    case sqlite(path: String)
    /// A ClickHouse database, through its HTTP interface.
    case clickHouse(ClickHouseAddress)

    /// Reads a store's URL: `sqlite:PATH`, `clickhouse://HOST[:PORT]/DATABASE[?cluster=NAME]`, or a plain path (a
    /// SQLite file).
    ///
    /// - Throws: ``StoreLocationError`` saying what was expected.
    public init(parsing text: String) throws {
        if text.hasPrefix("sqlite:") {
            var path = text.dropFirst("sqlite:".count)
            if path.hasPrefix("//") { path = path.dropFirst(2) }
            guard !path.isEmpty else { throw StoreLocationError(text: text, reason: "expected a file after sqlite:, as in sqlite:events.sqlite") }
            self = .sqlite(path: String(path))
        } else if text.hasPrefix("clickhouse:") {
            self = .clickHouse(try ClickHouseAddress(parsing: text))
        } else if let scheme = Self.scheme(of: text) {
            throw StoreLocationError(
                text: text, reason: "'\(scheme)' is no kind of store Entente knows; expected sqlite:PATH or clickhouse://HOST:PORT/DATABASE")
        } else {
            guard !text.isEmpty else { throw StoreLocationError(text: text, reason: "expected a store: sqlite:PATH, clickhouse://HOST:PORT/DATABASE or a file") }
            self = .sqlite(path: text)
        }
    }

    /// The store the user names: `--store`, else `--db`, else `ENTENTE_STORE`, else `ENTENTE_DB`, else
    /// `entente.sqlite` in the user's data folder (``defaultSQLitePath(environment:)``). Empty variables are unset.
    ///
    /// - Throws: ``StoreLocationError`` when both options are given, or a URL does not read.
    public static func resolve(
        store: String?, db: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> StoreLocation {
        if store != nil && db != nil {
            throw StoreLocationError(text: "--store \(store!) --db \(db!)", reason: "give --store or --db, not both (--db PATH is --store sqlite:PATH)")
        }
        if let store { return try StoreLocation(parsing: store) }
        if let db { return .sqlite(path: db) }
        if let store = environment["ENTENTE_STORE"], !store.isEmpty { return try StoreLocation(parsing: store) }
        if let db = environment["ENTENTE_DB"], !db.isEmpty { return .sqlite(path: db) }
        return .sqlite(path: defaultSQLitePath(environment: environment))
    }

    /// `entente.sqlite` in the user's data folder: `$XDG_DATA_HOME/entente`, or `~/.local/share/entente`.
    public static func defaultSQLitePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataFolder(environment: environment) + "/entente.sqlite"
    }

    /// The user's data folder for Entente: `$XDG_DATA_HOME/entente`, or `~/.local/share/entente`.
    static func dataFolder(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/entente" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/entente"
    }

    /// The folder where files that belong with the store go (quarantine files): the SQLite file's own folder, else
    /// the user's data folder.
    public var folder: String {
        switch self {
        case .sqlite(let path): URL(fileURLWithPath: path).deletingLastPathComponent().path
        case .clickHouse: Self.dataFolder(environment: ProcessInfo.processInfo.environment)
        }
    }

    /// Where an ingest's rejected rows go unless told: `NAME.quarantine.txt` beside the database `NAME.sqlite`; for
    /// ClickHouse, `clickhouse-DATABASE.quarantine.txt` in ``folder``.
    public var defaultQuarantinePath: String {
        switch self {
        case .sqlite(let path): URL(fileURLWithPath: path).deletingPathExtension().path + ".quarantine.txt"
        case .clickHouse(let address): folder + "/clickhouse-\(address.database).quarantine.txt"
        }
    }

    /// Whether there is a store here to read: a SQLite file exists. A ClickHouse server says itself when its
    /// database has no Entente schema, so it is taken to be there.
    public var isPresent: Bool {
        switch self {
        case .sqlite(let path): FileManager.default.fileExists(atPath: path)
        case .clickHouse: true
        }
    }

    /// Throws when the store is not there to read (``isPresent``), saying what makes one: a reading command named a
    /// file that does not exist, which would otherwise be created and read as a new store of the built-in case.
    public func requirePresent() throws {
        guard !isPresent else { return }
        throw StoreLocationError(
            text: "\(self)",
            reason: "no store here; `entente ingest FILE --store \(self)` or `entente store init --store \(self)` makes one")
    }

    /// The URL that names it (`sqlite:PATH`, `clickhouse://…`).
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:" + path
        case .clickHouse(let address): address.description
        }
    }

    /// The scheme of a URL-like text (`mysql://…` → `mysql`), nil for a path.
    private static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        else { return nil }
        return String(scheme)
    }
}
