import EntenteStore
import GRDB

extension SQLiteStore {
    /// The schema, one migration per shipped change; never edit a migration once shipped.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: events, dyad aggregates, meta") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event (
                      id TEXT PRIMARY KEY NOT NULL,
                      start_day INTEGER NOT NULL,
                      end_day INTEGER NOT NULL,
                      precision TEXT NOT NULL,
                      source TEXT NOT NULL, source_sector TEXT, source_name TEXT, source_historical TEXT,
                      target TEXT NOT NULL, target_sector TEXT, target_name TEXT, target_historical TEXT,
                      cameo TEXT NOT NULL,
                      quad_class INTEGER NOT NULL,
                      goldstein REAL NOT NULL,
                      magnitude REAL, magnitude_unit TEXT,
                      summary TEXT NOT NULL,
                      dataset TEXT NOT NULL, document TEXT, locator TEXT, url TEXT,
                      issues TEXT NOT NULL DEFAULT '',
                      reported INTEGER NOT NULL DEFAULT 0,
                      hypothetical INTEGER NOT NULL DEFAULT 0,
                      mentions INTEGER, sources INTEGER, articles INTEGER
                    );
                    CREATE INDEX event_by_dyad ON event(source, target, start_day);
                    CREATE INDEX event_by_target ON event(target, start_day);
                    CREATE INDEX event_by_day ON event(start_day);
                    CREATE TABLE dyad_day (
                      source TEXT NOT NULL,
                      target TEXT NOT NULL,
                      start_day INTEGER NOT NULL,
                      end_day INTEGER NOT NULL,
                      events INTEGER NOT NULL,
                      q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
                      goldstein_sum REAL NOT NULL,
                      mentions INTEGER NOT NULL DEFAULT 0,
                      sources INTEGER NOT NULL DEFAULT 0,
                      articles INTEGER NOT NULL DEFAULT 0,
                      PRIMARY KEY (source, target, start_day, end_day)
                    ) WITHOUT ROWID;
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    """)
        }
        registerIngestMigrations(in: &migrator)
        registerLeverageMigrations(&migrator)
        registerWatchMigrations(&migrator)
        registerReadIndexMigrations(&migrator)
        registerReadModelMigrations(&migrator)
        registerOutlineMigrations(&migrator)
        registerDatasetMigrations(&migrator)
        registerWeightIndexMigrations(&migrator)
        registerPairIndexMigrations(&migrator)
        return migrator
    }()
}
