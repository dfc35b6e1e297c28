/// Entente's tables in ClickHouse, and the migrations that make them: one list, never edited once shipped.
///
/// Every row of events and aggregates carries the `batch` that wrote it, and a batch counts only once its commit row
/// in `ingest_batch` is written, which is written last (``ClickHouseStore``'s reads leave out the batches begun and
/// never committed): that is how a store with no transactions is made kill-safe. Aggregates are kept per batch (no
/// summing engine merges rows across batches), so that a batch never committed is never counted, and one whose
/// events were replaced (``ClickHouseStore/replaceEvents(ofDataset:with:)``) is retracted whole.
///
/// On a cluster each table is a `MergeTree` named `NAME_local` on every shard, under a `Distributed` table `NAME`
/// (on every shard too, so that any of them can be asked). Events and aggregates are sharded by the unordered pair
/// of states, so that one dyad lives on one shard and its series is summed there; the small tables (ledger,
/// batches, key sets, datasets, watchlist, arms transfers, metadata) go whole to one shard (a constant key).
public enum ClickHouseSchema {
    /// A table: its columns, its sort key, and how a cluster shards it.
    public struct Table: Sendable {
        public var name: String
        public var columns: [(name: String, type: String)]
        /// The MergeTree's `ORDER BY`.
        public var orderBy: String
        /// The `Distributed` table's sharding expression.
        public var shardingKey: String

        /// The columns an insert gives, in order: all but those the server fills (`DEFAULT now()`).
        public var columnNames: [String] { columns.filter { !$0.type.contains("DEFAULT") }.map(\.name) }

        /// `(name Type, …)` for `CREATE TABLE`.
        var definition: String { "(" + columns.map { "\($0.name) \($0.type)" }.joined(separator: ", ") + ")" }
    }

    /// A migration: the tables it adds (created with `IF NOT EXISTS`, so that one interrupted runs again whole).
    public struct Migration: Sendable {
        public var version: Int
        public var name: String
        public var tables: [Table]
    }

    /// The sharding key of events and aggregates: the pair of states in alphabetical order, hashed, so that both
    /// directions of a dyad are on one shard.
    static let pairKey = "cityHash64(if(source < target, source, target), if(source < target, target, source))"
    /// The sharding key of the small tables: all on one shard.
    static let oneShard = "0"

    static let counts: [(String, String)] = [
        ("events", "Int64"), ("q1", "Int64"), ("q2", "Int64"), ("q3", "Int64"), ("q4", "Int64"),
        ("goldstein_sum", "Float64"), ("mentions", "Int64"), ("sources", "Int64"), ("articles", "Int64"),
    ]

    static let event = Table(
        name: "event",
        columns: [
            ("id", "String"), ("start_day", "UInt32"), ("end_day", "UInt32"), ("precision", "String"),
            ("source", "String"), ("source_sector", "Nullable(String)"), ("source_name", "Nullable(String)"),
            ("source_historical", "Nullable(String)"),
            ("target", "String"), ("target_sector", "Nullable(String)"), ("target_name", "Nullable(String)"),
            ("target_historical", "Nullable(String)"),
            ("cameo", "String"), ("quad_class", "UInt8"), ("goldstein", "Float64"),
            ("magnitude", "Nullable(Float64)"), ("magnitude_unit", "Nullable(String)"), ("summary", "String"),
            ("dataset", "String"), ("document", "Nullable(String)"), ("locator", "Nullable(String)"), ("url", "Nullable(String)"),
            ("issues", "String"), ("reported", "UInt8"), ("hypothetical", "UInt8"),
            ("mentions", "Nullable(Int32)"), ("sources", "Nullable(Int32)"), ("articles", "Nullable(Int32)"),
            ("batch", "UInt64"),
        ],
        orderBy: "(source, target, start_day, end_day, id)", shardingKey: pairKey)

    static let dyadDay = Table(
        name: "dyad_day",
        columns: [("source", "String"), ("target", "String"), ("dataset", "String"), ("start_day", "UInt32"), ("end_day", "UInt32")]
            + counts + [("batch", "UInt64")],
        orderBy: "(source, target, dataset, start_day, end_day)", shardingKey: pairKey)

    static let datasetTally = Table(
        name: "dataset_tally",
        columns: [
            ("dataset", "String"), ("raw_events", "Int64"), ("aggregated_events", "Int64"), ("first_day", "UInt32"),
            ("last_day", "UInt32"), ("batch", "UInt64"),
        ],
        orderBy: "(dataset, batch)", shardingKey: oneShard)

    static let keyBlock = Table(
        name: "key_block",
        columns: [("namespace", "String"), ("block", "UInt64"), ("members", "UInt32"), ("bits", "String"), ("batch", "UInt64")],
        orderBy: "(namespace, block, batch)", shardingKey: oneShard)

    static let mergeKey = Table(
        name: "merge_key", columns: [("key", "UInt64"), ("event_id", "String"), ("batch", "UInt64")],
        orderBy: "(key, batch)", shardingKey: oneShard)

    static let eventProvenance = Table(
        name: "event_provenance",
        columns: [
            ("duplicate_id", "String"), ("event_id", "String"), ("dataset", "String"), ("document", "Nullable(String)"),
            ("locator", "Nullable(String)"), ("url", "Nullable(String)"), ("batch", "UInt64"),
        ],
        orderBy: "(event_id, duplicate_id)", shardingKey: oneShard)

    static let ingestFile = Table(
        name: "ingest_file",
        columns: [
            ("fingerprint", "String"), ("path", "String"), ("format", "String"), ("bytes_done", "Int64"),
            ("lines_done", "Int64"), ("tail_check", "String"), ("complete", "UInt8"), ("size", "Int64"),
            ("rows_read", "Int64"), ("rows_stored", "Int64"), ("rows_duplicate", "Int64"), ("rows_merged", "Int64"),
            ("rows_quarantined", "Int64"), ("batch", "UInt64"),
        ],
        orderBy: "(fingerprint, batch)", shardingKey: oneShard)

    /// The commit log. A batch writes a `begin` row before its first row anywhere, and a commit row (`ingest` or
    /// `write`) after its last; a `retract` row takes a committed batch back. A batch with a `begin` row and no commit
    /// row, or with a `retract` row, does not count.
    static let ingestBatch = Table(
        name: "ingest_batch",
        columns: [
            ("batch", "UInt64"), ("run", "UInt64"), ("kind", "String"), ("quarantine_path", "String"),
            ("quarantine_bytes", "Int64"), ("time", "DateTime DEFAULT now()"),
        ],
        orderBy: "batch", shardingKey: oneShard)

    /// Ingest runs: a row when one starts, another when it finishes.
    static let ingestRun = Table(
        name: "ingest_run",
        columns: [
            ("run", "UInt64"), ("quarantine_path", "String"), ("quarantine_bytes", "Int64"), ("finished", "UInt8"),
            ("time", "DateTime DEFAULT now()"),
        ],
        orderBy: "(run, finished)", shardingKey: oneShard)

    /// Named values; the row of the highest version counts (a null value removes the key).
    static let meta = Table(
        name: "meta", columns: [("key", "String"), ("value", "Nullable(String)"), ("version", "UInt64")],
        orderBy: "(key, version)", shardingKey: oneShard)

    static let watchIndicator = Table(
        name: "watch_indicator",
        columns: [
            ("name", "String"), ("states", "String"), ("directed", "UInt8"), ("codes", "String"),
            ("quad_class", "Nullable(UInt8)"), ("issues", "String"), ("comparison", "String"), ("threshold", "Float64"),
            ("window_days", "Int32"), ("note", "String"), ("origin", "String"), ("last_checked_day", "Nullable(UInt32)"),
            ("last_value", "Nullable(Float64)"), ("last_fired", "Nullable(UInt8)"), ("deleted", "UInt8"), ("version", "UInt64"),
        ],
        orderBy: "(name, version)", shardingKey: oneShard)

    static let armsTransfer = Table(
        name: "arms_transfer",
        columns: [
            ("id", "String"), ("dataset", "String"),
            ("supplier", "Nullable(String)"), ("supplier_historical", "Nullable(String)"), ("supplier_name", "String"),
            ("supplier_kind", "String"),
            ("recipient", "Nullable(String)"), ("recipient_historical", "Nullable(String)"), ("recipient_name", "String"),
            ("recipient_kind", "String"),
            ("year", "Int32"), ("year_estimated", "UInt8"), ("tiv", "Float64"),
            ("sipri_id", "Nullable(String)"), ("designation", "Nullable(String)"), ("description", "Nullable(String)"),
            ("category", "Nullable(String)"), ("order_year", "Nullable(Int32)"), ("order_year_estimated", "Nullable(UInt8)"),
            ("number_ordered", "Nullable(Float64)"), ("number_ordered_estimated", "Nullable(UInt8)"),
            ("number_delivered", "Nullable(Float64)"), ("number_delivered_estimated", "Nullable(UInt8)"),
            ("status", "Nullable(String)"), ("estimated_unit_tiv", "Nullable(Float64)"), ("deal_unit_tiv", "Nullable(Float64)"),
            ("order_tiv", "Nullable(Float64)"), ("local_production", "Nullable(UInt8)"),
            ("document", "Nullable(String)"), ("locator", "Nullable(String)"), ("url", "Nullable(String)"),
            ("version", "UInt64"),
        ],
        orderBy: "(id, version)", shardingKey: oneShard)

    /// Every migration, in order; never edit one once shipped.
    public static let migrations: [Migration] = [
        Migration(
            version: 1, name: "v1: events, aggregates per batch, the commit log, ledger, key sets, watchlist, arms transfers, metadata",
            tables: [
                event, dyadDay, datasetTally, keyBlock, mergeKey, eventProvenance, ingestFile, ingestBatch, ingestRun, meta,
                watchIndicator, armsTransfer,
            ])
    ]

    /// The version a store must be at: the last migration's.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The table that records, on each server, which migrations it has.
    static let migrationTable = "entente_migration"
}
