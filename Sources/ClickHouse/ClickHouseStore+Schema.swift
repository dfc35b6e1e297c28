import Logging

extension ClickHouseStore {
    /// What ``initialize(host:port:database:cluster:logger:)`` did on each server.
    public struct SchemaReport: Sendable, CustomStringConvertible {
        public struct Server: Sendable {
            /// `HOST:PORT` of its HTTP interface.
            public var server: String
            /// What it holds: the local tables of a shard or a single server's, or only the `Distributed` ones.
            public var role: String
            public var versionBefore: Int
            public var versionAfter: Int
        }

        public var url: String
        public var servers: [Server]

        public var description: String {
            var out = "\(url): Entente schema version \(ClickHouseSchema.currentVersion)\n"
            for server in servers {
                let what = server.versionBefore == server.versionAfter
                    ? "already at version \(server.versionAfter)"
                    : server.versionBefore == 0 ? "created (version \(server.versionAfter))" : "migrated from version \(server.versionBefore) to \(server.versionAfter)"
                out += "  \(server.server) (\(server.role)): \(what)\n"
            }
            return out
        }
    }

    /// Creates the database and Entente's tables, or migrates them, on the server named and, for a cluster, on every
    /// shard (local tables under `Distributed` ones): what `entente store init` runs. Running it again changes
    /// nothing; a run that was interrupted completes.
    ///
    /// - Throws: ``ClickHouseError`` naming the server that does not answer or refuses a statement, or when the
    ///   database was made for another layout (a single server's tables are not a cluster's).
    /// - Complexity: a few statements per table and server.
    @discardableResult
    public static func initialize(
        host: String, port: Int, database: String, cluster: String?, logger: Logger = Logger(label: "entente.clickhouse")
    ) throws -> SchemaReport {
        let entry = ClickHouseClient(host: host, port: port, logger: logger)
        let layout = ClickHouseTopology.layoutName(cluster: cluster)
        var targets: [(client: ClickHouseClient, local: Bool, role: String)] = []
        if let cluster {
            let shards = try ClickHouseTopology.shards(of: cluster, entry: entry)
            for shard in shards {
                targets.append((ClickHouseClient(host: shard.host, port: shard.httpPort, logger: logger), true, "shard \(shard.number) of \(shards.count)"))
            }
            if !targets.contains(where: { $0.client.host == host && $0.client.port == port }) {
                targets.insert((entry, false, "asked, not a shard: Distributed tables only"), at: 0)
            }
        } else {
            targets.append((entry, true, "single server"))
        }
        var report = SchemaReport(url: url(host: host, port: port, database: database, cluster: cluster), servers: [])
        for target in targets {
            let before = try migrate(target.client, database: database, cluster: cluster, local: target.local, layout: layout)
            report.servers.append(.init(server: target.client.server, role: target.role, versionBefore: before, versionAfter: ClickHouseSchema.currentVersion))
        }
        return report
    }

    /// Brings one server's database to the current schema; returns the version it had (0 for none).
    private static func migrate(_ client: ClickHouseClient, database: String, cluster: String?, local: Bool, layout: String) throws -> Int {
        let name = "`\(database)`"
        try client.execute("CREATE DATABASE IF NOT EXISTS \(name)")
        try client.execute(
            "CREATE TABLE IF NOT EXISTS \(name).\(ClickHouseSchema.migrationTable) (version UInt32, name String, layout String, applied DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY version")
        let state = try ClickHouseTopology.schemaState(client, database: database)
        if let state, state.layout != layout {
            throw ClickHouseError(
                server: client.server,
                reason: "the database '\(database)' holds Entente's tables for \(ClickHouseTopology.layoutText(state.layout)), not for \(ClickHouseTopology.layoutText(layout)); use another database",
                code: 0)
        }
        let before = state?.version ?? 0
        for migration in ClickHouseSchema.migrations where migration.version > before {
            for table in migration.tables {
                for statement in statements(for: table, database: database, cluster: cluster, local: local) { try client.execute(statement) }
            }
            var row = TabSeparatedRows()
            row.append(migration.version)
            row.append(migration.name)
            row.append(layout)
            row.endRow()
            try client.insert(into: "\(name).\(ClickHouseSchema.migrationTable)", columns: ["version", "name", "layout"], rows: row.bytes)
        }
        return before
    }

    /// The statements that make a table on one server: a single server's MergeTree; on a cluster, a shard's
    /// `NAME_local` MergeTree and, on every server, the `Distributed` table `NAME` over them.
    static func statements(for table: ClickHouseSchema.Table, database: String, cluster: String?, local: Bool) -> [String] {
        let name = "`\(database)`"
        guard let cluster else {
            return ["CREATE TABLE IF NOT EXISTS \(name).\(table.name) \(table.definition) ENGINE = MergeTree ORDER BY \(table.orderBy)"]
        }
        var statements: [String] = []
        if local {
            statements.append("CREATE TABLE IF NOT EXISTS \(name).\(table.name)_local \(table.definition) ENGINE = MergeTree ORDER BY \(table.orderBy)")
        }
        statements.append(
            "CREATE TABLE IF NOT EXISTS \(name).\(table.name) \(table.definition) ENGINE = Distributed(\(cluster), \(database), \(table.name)_local, \(table.shardingKey))")
        return statements
    }
}

extension ClickHouseStore {
    /// Which servers of the store answer, and the schema version each holds: what `entente store status` says before
    /// it opens the store.
    ///
    /// - Throws: ``ClickHouseError`` only when the server named does not answer or knows no such cluster; a shard
    ///   that does not answer is said in the text.
    public static func serverStatus(
        host: String, port: Int, database: String, cluster: String?, logger: Logger = Logger(label: "entente.clickhouse")
    ) throws -> (text: String, healthy: Bool) {
        let entry = ClickHouseClient(host: host, port: port, logger: logger)
        var servers: [(ClickHouseClient, String)] = [(entry, cluster == nil ? "single server" : "asked")]
        if let cluster {
            let shards = try ClickHouseTopology.shards(of: cluster, entry: entry)
            for shard in shards {
                let client = ClickHouseClient(host: shard.host, port: shard.httpPort, logger: logger)
                servers.removeAll { $0.0.server == client.server }
                servers.append((client, "shard \(shard.number) of \(shards.count), native \(shard.address)"))
            }
        }
        var text = "\(url(host: host, port: port, database: database, cluster: cluster))\n"
        var healthy = true
        for (client, role) in servers {
            do {
                let state = try ClickHouseTopology.schemaState(client, database: database)
                text += "  \(client.server) (\(role)): " + (state.map { "schema version \($0.version), \(ClickHouseTopology.layoutText($0.layout))" } ?? "no Entente schema (entente store init)") + "\n"
                if state == nil { healthy = false }
            } catch let error as ClickHouseError {
                text += "  \(client.server) (\(role)): \(error.isUnreachable ? "does not answer" : "error"): \(error.reason)\n"
                healthy = false
            }
        }
        return (text, healthy)
    }
}
