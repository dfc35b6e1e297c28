import Foundation

/// Where a store's tables are: the server named in its URL, and on a cluster every shard, found in the server's
/// `system.clusters`; and what schema each holds.
///
/// ClickHouse 18.16 creates tables on several servers at once (`ON CLUSTER`) only with ZooKeeper, so Entente sends
/// its schema to each shard itself, over HTTP. `system.clusters` gives each shard's native port, not its HTTP port:
/// a shard's HTTP port is taken to lie as far from its native port as the named server's does from its own (8123 and
/// 9000 on every server of a cluster as installed, so the same ports everywhere); a named server that is not a
/// shard itself is taken to share its HTTP port with them all (docs/deployment.md).
enum ClickHouseTopology {
    /// What a server's database holds of Entente: its schema version and layout, nil when it has no Entente tables.
    struct SchemaState: Sendable, Hashable {
        var version: Int
        var layout: String
    }

    static func layoutName(cluster: String?) -> String { cluster.map { "cluster:\($0)" } ?? "single" }

    static func layoutText(_ layout: String) -> String {
        layout.hasPrefix("cluster:") ? "the cluster '\(layout.dropFirst("cluster:".count))'" : "a single server"
    }

    /// The cluster's shards as the entry server knows them (one replica each: the first).
    ///
    /// - Throws: ``ClickHouseError`` when the server does not answer or knows no such cluster.
    static func shards(of cluster: String, entry: ClickHouseClient) throws -> [ClickHouseShard] {
        let answer = try entry.query(
            "SELECT shard_num, replica_num, host_name, port, is_local, cluster FROM system.clusters ORDER BY cluster, shard_num, replica_num FORMAT TabSeparated")
        var reader = TabSeparatedReader(answer)
        var rows: [(shard: Int, replica: Int, host: String, port: Int, local: Bool)] = []
        var clusters = Set<String>()
        while reader.next() {
            clusters.insert(reader.text(5))
            guard reader.text(5) == cluster else { continue }
            rows.append((reader.int(0), reader.int(1), reader.text(2), reader.int(3), reader.bool(4)))
        }
        guard !rows.isEmpty else {
            let known = clusters.isEmpty ? "none" : clusters.sorted().joined(separator: ", ")
            throw ClickHouseError(
                server: entry.server,
                reason: "no cluster named '\(cluster)' in the server's configuration (remote_servers; it knows: \(known))", code: 0)
        }
        // A shard's HTTP port lies as far from its native port as the entry's does, when the entry is a shard.
        let offset = rows.first(where: \.local).map { entry.port - $0.port }
        return rows.filter { $0.replica == 1 }.map { row in
            ClickHouseShard(number: row.shard, host: row.host, port: row.port, httpPort: offset.map { row.port + $0 } ?? entry.port)
        }
    }

    /// The database's Entente schema on one server, nil when the database or its migration table is missing.
    ///
    /// - Complexity: one query (every store opens with it).
    static func schemaState(_ client: ClickHouseClient, database: String) throws -> SchemaState? {
        let rows: [UInt8]
        do {
            rows = try client.query(
                "SELECT version, layout FROM `\(database)`.\(ClickHouseSchema.migrationTable) ORDER BY version DESC LIMIT 1 FORMAT TabSeparated")
        } catch let error as ClickHouseError where error.code == unknownTable || error.code == unknownDatabase {
            return nil
        }
        var reader = TabSeparatedReader(rows)
        guard reader.next() else { return nil }
        return SchemaState(version: reader.int(0), layout: reader.text(1))
    }

    /// ClickHouse's codes for a table or a database that does not exist.
    static let unknownTable = 60
    static let unknownDatabase = 81

    /// An error that names a shard by its native address, said as which shard of the cluster it is and what follows.
    static func naming(_ error: ClickHouseError, shards: [ClickHouseShard], cluster: String?) -> ClickHouseError {
        guard let address = error.shard, let cluster else { return error }
        let shard = shards.first { $0.address == address }
        let which = shard.map { "shard \($0.number) of \(shards.count) of cluster '\(cluster)' (\(address))" } ?? "a shard of cluster '\(cluster)' (\(address))"
        let reason: String
        if let known = ["Connection refused", "Connection reset", "Timeout", "timed out"].first(where: error.reason.contains) {
            reason = known.lowercased()
        } else {
            let line = error.reason.split(separator: "\n").first.map(String.init) ?? error.reason
            reason = line.count > 160 ? String(line.prefix(160)) + "…" : line
        }
        return ClickHouseError(
            server: error.server,
            reason: "\(which) does not answer (\(reason)); Entente reads and writes only with every shard, never from half the data",
            code: error.code, shard: address)
    }
}
