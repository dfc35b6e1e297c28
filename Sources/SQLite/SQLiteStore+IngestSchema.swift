import GRDB

extension SQLiteStore {
    /// The tables of bulk ingest: the per-file ledger, the sets of event keys already counted, the merge keys of
    /// `--merge-duplicates` and the provenance of merged events. Registered after v1; never edit once shipped.
    static func registerIngestMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-ingest: ledger, event key sets, merges") { db in
            try db.execute(
                sql: """
                    CREATE TABLE ingest_file (
                      fingerprint TEXT PRIMARY KEY NOT NULL,
                      path TEXT NOT NULL,
                      format TEXT NOT NULL,
                      bytes_done INTEGER NOT NULL DEFAULT 0,
                      lines_done INTEGER NOT NULL DEFAULT 0,
                      tail_check TEXT NOT NULL DEFAULT '',
                      complete INTEGER NOT NULL DEFAULT 0,
                      size INTEGER NOT NULL DEFAULT 0,
                      rows_read INTEGER NOT NULL DEFAULT 0,
                      rows_stored INTEGER NOT NULL DEFAULT 0,
                      rows_duplicate INTEGER NOT NULL DEFAULT 0,
                      rows_merged INTEGER NOT NULL DEFAULT 0,
                      rows_quarantined INTEGER NOT NULL DEFAULT 0,
                      updated TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE ingest_key_block (
                      namespace TEXT NOT NULL,
                      block INTEGER NOT NULL,
                      members INTEGER NOT NULL,
                      bits BLOB NOT NULL,
                      PRIMARY KEY (namespace, block)
                    ) WITHOUT ROWID;
                    CREATE TABLE ingest_merge_key (
                      key INTEGER PRIMARY KEY,
                      event_id TEXT NOT NULL
                    );
                    CREATE TABLE event_provenance (
                      duplicate_id TEXT PRIMARY KEY NOT NULL,
                      event_id TEXT NOT NULL,
                      dataset TEXT NOT NULL,
                      document TEXT, locator TEXT, url TEXT
                    );
                    CREATE INDEX event_provenance_by_event ON event_provenance(event_id);
                    CREATE TABLE ingest_run (
                      id INTEGER PRIMARY KEY,
                      started TEXT NOT NULL,
                      finished TEXT,
                      quarantine_path TEXT,
                      quarantine_bytes INTEGER NOT NULL DEFAULT 0
                    );
                    """)
        }
    }
}
