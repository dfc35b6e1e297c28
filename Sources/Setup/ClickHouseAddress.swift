import Foundation

/// A ClickHouse database as `clickhouse://HOST[:PORT]/DATABASE[?cluster=NAME]` names it: the server's HTTP interface
/// (port 8123 unless given), the database (`default` unless given) and the cluster its tables are sharded over, if
/// any.
public struct ClickHouseAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var database: String
    public var cluster: String?

    public init(host: String, port: Int = 8123, database: String = "default", cluster: String? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.cluster = cluster
    }

    /// Reads `clickhouse://HOST[:PORT]/DATABASE[?cluster=NAME]`.
    ///
    /// - Throws: ``StoreLocationError`` saying which part is wrong.
    public init(parsing text: String) throws {
        let form = "expected clickhouse://HOST[:PORT]/DATABASE[?cluster=NAME]"
        guard text.hasPrefix("clickhouse://"), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw StoreLocationError(text: text, reason: form)
        }
        guard url.user == nil, url.password == nil, url.fragment == nil else {
            throw StoreLocationError(text: text, reason: "\(form), without a user, password or fragment")
        }
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        guard !path.contains("/") else { throw StoreLocationError(text: text, reason: "\(form): one database name after the host") }
        var cluster: String?
        for item in url.queryItems ?? [] {
            guard item.name == "cluster", let value = item.value, !value.isEmpty, cluster == nil else {
                throw StoreLocationError(text: text, reason: "\(form): the one parameter is cluster=NAME")
            }
            cluster = value
        }
        for (name, value) in [("database", path), ("cluster", cluster ?? "")] where !Self.isName(value) {
            throw StoreLocationError(text: text, reason: "\(form): the \(name) '\(value)' is not a name (letters, digits and _, not first a digit)")
        }
        self.init(host: host, port: url.port ?? 8123, database: path.isEmpty ? "default" : path, cluster: cluster)
    }

    /// Whether `text` is empty or a plain name ClickHouse takes unquoted.
    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        return !("0"..."9").contains(first)
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    public var description: String {
        "clickhouse://\(host):\(port)/\(database)" + (cluster.map { "?cluster=\($0)" } ?? "")
    }
}
