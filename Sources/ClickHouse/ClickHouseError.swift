/// Why ClickHouse could not do what was asked; `description` is what the user reads.
///
/// It names the server asked (`127.0.0.1:8123`), and the shard that failed when the server says which (a shard down
/// behind a `Distributed` table).
public struct ClickHouseError: Error, CustomStringConvertible, Sendable {
    /// `HOST:PORT` of the server's HTTP interface that was asked.
    public let server: String
    /// What went wrong, in the server's words where it gave any.
    public let reason: String
    /// The server's error code (`Code: 210`), nil when the server did not answer.
    public let code: Int?
    /// `HOST:PORT` of a shard the server could not reach, when its message names one.
    public let shard: String?

    public init(server: String, reason: String, code: Int? = nil, shard: String? = nil) {
        self.server = server
        self.reason = reason
        self.code = code
        self.shard = shard
    }

    /// True when the server did not answer at all (refused, timed out, closed).
    public var isUnreachable: Bool { code == nil }

    public var description: String {
        if code == nil { return "cannot reach ClickHouse at \(server): \(reason)" }
        return "ClickHouse at \(server): \(reason)"
    }
}
