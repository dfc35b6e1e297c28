import EntenteModel
import EntenteStore
import Foundation
import Logging
import NIOConcurrencyHelpers

/// The store in a ClickHouse database, on one server or sharded over a cluster, through ClickHouse's HTTP interface.
///
/// Reads sum on the servers (`GROUP BY` there): a dyad's series comes back as one row a day or a month, never as its
/// events. Every read keeps to the committed batches (``ClickHouseSchema``): what an ingest killed half-way wrote is
/// never counted, and a rerun writes it again, once. On a cluster, a read or a write that needs a shard that does not
/// answer fails with an error naming it, rather than answering from half the data.
///
/// Open it with ``init(host:port:database:cluster:logger:)``, once ``initialize(host:port:database:cluster:logger:)``
/// (`entente store init`) has made its tables. Its methods are synchronous and block the calling thread for one or a
/// few HTTP round trips each; call them off event loops.
public final class ClickHouseStore: Sendable {
    /// The server asked: the one named in the store's URL.
    public let client: ClickHouseClient
    public let database: String
    /// The cluster whose shards hold the data, nil for a single server.
    public let cluster: String?
    /// The cluster's shards, for errors that name one (empty for a single server).
    public let shards: [ClickHouseShard]
    let logger: Logger
    /// One writer at a time in this process (ClickHouse has no locks; see docs/deployment.md for several processes).
    let writing = NIOLock()

    /// Opens the store and checks that its schema is there and current.
    ///
    /// - Throws: ``ClickHouseError`` when the server does not answer, or the database has no Entente tables, an older
    ///   schema (run `entente store init`), or was made for another layout (a single server, another cluster).
    public init(host: String, port: Int, database: String, cluster: String?, logger: Logger = Logger(label: "entente.clickhouse")) throws {
        let client = ClickHouseClient(host: host, port: port, logger: logger)
        self.client = client
        self.database = database
        self.cluster = cluster
        self.logger = logger
        let layout = ClickHouseTopology.layoutName(cluster: cluster)
        shards = try cluster.map { try ClickHouseTopology.shards(of: $0, entry: client) } ?? []
        let state = try ClickHouseTopology.schemaState(client, database: database)
        let initialize = "run `entente store init --store \(Self.url(host: host, port: port, database: database, cluster: cluster))` first"
        guard let state else {
            throw ClickHouseError(server: client.server, reason: "the database '\(database)' holds no Entente store: \(initialize)", code: 0)
        }
        guard state.layout == layout else {
            throw ClickHouseError(
                server: client.server,
                reason: "the database '\(database)' was made for \(ClickHouseTopology.layoutText(state.layout)), not for \(ClickHouseTopology.layoutText(layout)); name it as it was made",
                code: 0)
        }
        guard state.version >= ClickHouseSchema.currentVersion else {
            throw ClickHouseError(
                server: client.server,
                reason: "the database '\(database)' has Entente's schema version \(state.version), older than this build's \(ClickHouseSchema.currentVersion): \(initialize) to migrate it",
                code: 0)
        }
    }

    /// The store's URL as Entente names it.
    static func url(host: String, port: Int, database: String, cluster: String?) -> String {
        "clickhouse://\(host):\(port)/\(database)" + (cluster.map { "?cluster=\($0)" } ?? "")
    }

    /// The store's URL.
    public var url: String { Self.url(host: client.host, port: client.port, database: database, cluster: cluster) }

    // MARK: - SQL

    /// A table's name as queries use it: `` `db`.name `` (the `Distributed` table on a cluster).
    func table(_ table: ClickHouseSchema.Table) -> String { "`\(database)`.\(table.name)" }

    /// The condition that keeps a query to committed batches: not among those begun and never committed (killed, or
    /// being written) or taken back. A scalar subquery: the server asked reads the commit log once and sends the
    /// (short) list with the query to the shards, which test each row against it.
    ///
    /// - Complexity: one `GROUP BY` over `ingest_batch` per query (a row or two per checkpoint ever committed); measured
    ///   on the test cluster, a dyad's query takes 8 ms with it against 4 ms without (a `GLOBAL IN` of the committed
    ///   batches, which grows with every checkpoint, took 12.6 ms).
    var committed: String {
        """
        NOT has((SELECT groupArray(batch) FROM (SELECT batch FROM \(table(ClickHouseSchema.ingestBatch)) GROUP BY batch
          HAVING countIf(kind IN ('ingest', 'write')) = 0 OR countIf(kind = 'retract') > 0)), batch)
        """
    }

    /// Settings every insert carries: on a cluster, the rows are on their shards when the insert returns (a queued
    /// insert could land after the batch's commit row).
    var insertSettings: [String: String] { cluster == nil ? [:] : ["insert_distributed_sync": "1"] }

    /// A string literal: `'…'` with `\` and `'` escaped.
    static func quote(_ text: String) -> String {
        var out = "'"
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "'"
    }

    /// A list of literals for `IN (…)`.
    static func quoted(_ texts: [String]) -> String { texts.map(quote).joined(separator: ", ") }

    /// Runs a query and reads its tab-separated answer a row at a time.
    ///
    /// - Parameter complete: each shard's groups are whole (the query groups by the pair of states, or reads a table
    ///   that lives on one shard): the shards' results are concatenated, not merged (`distributed_group_by_no_merge`),
    ///   which halves a dyad's query on the cluster (78 → 43 ms for Russia–Pakistan's 33,600 days, measured).
    /// - Throws: ``ClickHouseError``, naming the shard when one does not answer.
    func select(_ sql: String, groupsWholeOnShards complete: Bool = false, _ row: (TabSeparatedReader) throws -> Void) throws {
        let settings = complete && cluster != nil ? ["distributed_group_by_no_merge": "1"] : [:]
        let bytes = try named { try client.query(sql + " FORMAT TabSeparated", settings: settings) }
        var reader = TabSeparatedReader(bytes)
        while reader.next() { try row(reader) }
    }

    /// Inserts rows into a table (through its `Distributed` table on a cluster).
    func insert(_ rows: TabSeparatedRows, into target: ClickHouseSchema.Table) throws {
        guard !rows.isEmpty else { return }
        try named { try client.insert(into: table(target), columns: target.columnNames, rows: rows.bytes, settings: insertSettings) }
    }

    /// Runs `body`, turning an error that names a shard into one that says which shard of the cluster it is.
    func named<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ClickHouseError {
            throw ClickHouseTopology.naming(error, shards: shards, cluster: cluster)
        }
    }

    /// Versions for rows whose newest counts (metadata, watchlist, arms transfers) and ids of batches: microseconds
    /// since 1970, increasing within the process.
    static let clock = NIOLockedValueBox<UInt64>(0)

    static func nextVersion() -> UInt64 { nextVersions(1) }

    /// The first of `count` consecutive versions, all later than any handed out before.
    static func nextVersions(_ count: Int) -> UInt64 {
        let now = UInt64(max(0, Date().timeIntervalSince1970 * 1e6))
        return clock.withLockedValue { last in
            let first = max(now, last + 1)
            last = first + UInt64(max(1, count)) - 1
            return first
        }
    }
}

/// A shard of a cluster: its number (from 1) and the native `HOST:PORT` ClickHouse names it by.
public struct ClickHouseShard: Sendable, Hashable {
    public var number: Int
    public var host: String
    /// The native (TCP) port, as `system.clusters` lists it.
    public var port: Int
    /// The HTTP port Entente sends the shard its schema on.
    public var httpPort: Int

    public var address: String { "\(host):\(port)" }
}
