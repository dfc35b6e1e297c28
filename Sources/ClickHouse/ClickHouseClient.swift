import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// One ClickHouse server's HTTP interface, asked synchronously: a query and its answer's bytes, an insert of rows.
///
/// The store's protocols are synchronous, so each call waits for its answer on the calling thread while the request
/// runs on this module's own event loops (``eventLoops``, two threads for the process, never on the caller's). Call it
/// from any thread but an event loop's.
///
/// Answers are asked with `wait_end_of_query=1`: the server builds the whole answer before sending it, so that an
/// error met half-way (a shard that stops answering) comes back as an error, never as half an answer.
public struct ClickHouseClient: Sendable {
    public let host: String
    public let port: Int
    /// The database unqualified names are looked up in (sent as `database=`); nil for the server's default.
    public let database: String?
    let logger: Logger

    public init(host: String, port: Int, database: String? = nil, logger: Logger = Logger(label: "entente.clickhouse")) {
        self.host = host
        self.port = port
        self.database = database
        self.logger = logger
    }

    /// `HOST:PORT`, as errors name the server.
    public var server: String { "\(host):\(port)" }

    /// The event loops every client of the process shares: two threads of its own.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 2)

    /// The HTTP client every ClickHouse client of the process shares (kept for the process's life: its connections
    /// are pooled per server).
    static let http = HTTPClient(
        eventLoopGroupProvider: .shared(eventLoops),
        configuration: HTTPClient.Configuration(
            timeout: .init(connect: .seconds(2), read: .seconds(3_600)), connectionPool: .init(idleTimeout: .seconds(60)),
            decompression: .disabled))

    /// Runs a statement that returns rows, and returns the answer's bytes (the query names its `FORMAT`).
    ///
    /// - Parameter settings: ClickHouse settings for this query (`insert_distributed_sync=1`, `max_threads=2`…).
    /// - Throws: ``ClickHouseError``: the server did not answer, or answered with an error (its text, the shard
    ///   it names).
    /// - Complexity: one HTTP round trip; the answer is held whole in memory.
    public func query(_ sql: String, settings: [String: String] = [:]) throws -> [UInt8] {
        var parameters = settings
        parameters["wait_end_of_query"] = "1"
        return try send(parameters: parameters, body: Array(sql.utf8), compressed: false)
    }

    /// Runs a statement whose answer is not read (DDL, `ALTER … DELETE`).
    public func execute(_ sql: String, settings: [String: String] = [:]) throws {
        _ = try query(sql, settings: settings)
    }

    /// Inserts rows given in `format` (their bytes, compressed with gzip on the way) into `table`.
    ///
    /// - Parameters:
    ///   - columns: the columns the rows hold, in order.
    ///   - settings: for a `Distributed` table, `insert_distributed_sync=1` so that the rows are on their shards
    ///     when the call returns.
    /// - Complexity: one HTTP round trip, and gzip at level 1 over the rows on the calling thread.
    public func insert(
        into table: String, columns: [String], format: String = "TabSeparated", rows: [UInt8], settings: [String: String] = [:]
    ) throws {
        guard !rows.isEmpty else { return }
        var parameters = settings
        parameters["query"] = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) FORMAT \(format)"
        _ = try send(parameters: parameters, body: Gzip.compress(rows), compressed: true)
    }

    /// Whether the server answers `/ping`.
    public func ping() -> Bool {
        guard let request = try? HTTPClient.Request(url: "http://\(host):\(port)/ping"),
            let response = try? Self.http.execute(request: request, deadline: .now() + .seconds(5)).wait()
        else { return false }
        return response.status == HTTPResponseStatus.ok
    }

    private func send(parameters: [String: String], body: [UInt8], compressed: Bool) throws -> [UInt8] {
        var parameters = parameters
        if let database { parameters["database"] = database }
        let query = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.percentEncoded($0.value))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        if compressed { headers.add(name: "Content-Encoding", value: "gzip") }
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        let response: HTTPClient.Response
        do {
            let request = try HTTPClient.Request(
                url: "http://\(host):\(port)/?\(query)", method: .POST, headers: headers, body: .bytes(body))
            response = try Self.http.execute(request: request, deadline: .now() + .hours(6), logger: logger).wait()
        } catch {
            throw ClickHouseError(server: server, reason: Self.plain(error))
        }
        var buffer = response.body ?? ByteBuffer()
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        guard response.status == .ok else {
            let text = String(decoding: bytes, as: UTF8.self)
            throw Self.serverError(text, status: response.status, server: server)
        }
        return bytes
    }

    /// The server's error text made plain: `Code: 210, e.displayText() = DB::NetException: Connection refused
    /// (127.0.0.1:9001), e.what() = DB::NetException` → code 210, `Connection refused (127.0.0.1:9001)`, shard
    /// `127.0.0.1:9001`.
    static func serverError(_ text: String, status: HTTPResponseStatus, server: String) -> ClickHouseError {
        var code: Int?
        var message = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if message.hasPrefix("Code: "), let comma = message.firstIndex(of: ",") {
            code = Int(message[message.index(message.startIndex, offsetBy: 6)..<comma])
        }
        if let start = message.range(of: "e.displayText() = ") {
            message = String(message[start.upperBound...])
            if let what = message.range(of: ", e.what() = ", options: .backwards) { message = String(message[..<what.lowerBound]) }
            if let colon = message.range(of: "Exception: "), message.hasPrefix("DB::") { message = String(message[colon.upperBound...]) }
        }
        message = message.replacingOccurrences(of: "\n\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return ClickHouseError(server: server, reason: message, code: code ?? Int(status.code), shard: Self.shardNamed(in: text))
    }

    /// The first `(HOST:PORT)` or `from HOST:PORT` an error of the network names (ClickHouse's `NetException`, `All
    /// connection tries failed`, a connection cut while a shard answered): the shard the server could not reach.
    static func shardNamed(in message: String) -> String? {
        let signs = [
            "NetException", "connection tries failed", "Connection refused", "Connection reset", "Timeout",
            "while receiving packet from", "while reading from socket", "Attempt to read after eof",
        ]
        guard signs.contains(where: message.contains) else { return nil }
        var best: (offset: Int, address: String)?
        for opening in ["(", "from "] {
            var rest = Substring(message)
            while let range = rest.range(of: opening) {
                rest = rest[range.upperBound...]
                var token = rest.prefix { !" ),\n".contains($0) }
                while token.hasSuffix(":") { token = token.dropLast() }
                let parts = token.split(separator: ":")
                if parts.count == 2, Int(parts[1]) != nil, !parts[0].isEmpty {
                    let offset = message.distance(from: message.startIndex, to: range.lowerBound)
                    if best == nil || offset < best!.offset { best = (offset, String(token)) }
                    break
                }
            }
        }
        return best?.address
    }

    /// What a transport error means, in words.
    static func plain(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("connectTimeout") { return "no answer within 2 s (connect timeout)" }
        if text.contains("Connection refused") || text.contains("connectionRefused") || text.contains("errno: 111") {
            return "connection refused (is the server running, and is this its HTTP port?)"
        }
        if text.contains("remoteConnectionClosed") { return "the server closed the connection" }
        if text.contains("deadlineExceeded") || text.contains("readTimeout") { return "no answer in time" }
        if let error = error as? HTTPClientError, error == .remoteConnectionClosed { return "the server closed the connection" }
        return text
    }

    /// `text` encoded for a URL's query: everything but letters, digits and `-._~` as `%XX` (a `+` would read as a
    /// space).
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
