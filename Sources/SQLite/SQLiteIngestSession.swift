import EntenteModel
import EntenteStore
import Foundation
import GRDB
import GRDBSQLite

/// SQLite's ``IngestSession``: one writing connection held for a whole ingest: events, aggregates, event keys and
/// the ledger, committed together at each checkpoint.
///
/// Between checkpoints everything is inside one transaction, so a process killed at any moment leaves the store
/// as it was at the last checkpoint: the aggregates, the stored events, the event keys and each file's
/// `bytesDone` agree. Use it from one thread only (the one ``SQLiteStore/ingest(quarantinePath:_:)`` calls
/// its body on).
///
/// A checkpoint is written on a thread of its own (``CheckpointLane``) while the caller goes on: counting event
/// keys and gathering aggregates need no database. Each method that does need it first waits for the checkpoint
/// being written and commits it (``settle()``), so that what follows goes into the next transaction. On the 420 MB
/// benchmark file the checkpoints' writes are most of the committing thread's work.
///
/// A bulk load sets the read indexes of `event` aside once it has stored as many raw events as the store held before
/// it (and at least the store's ``SQLiteStore/indexDeferralMinimum``), and builds them again at its end: see
/// `SQLiteStore+DeferredIndexes`.
public final class SQLiteIngestSession: IngestSession {
    let db: Database
    let connection: OpaquePointer
    private let insertEventStatement: Statement
    private let checkpointStatements: IngestCheckpoint.Statements
    private let lane = CheckpointLane()
    /// Copies committed pages from the write-ahead log into the database file on a thread of its own (nil for a store
    /// in memory, or when a second connection cannot be opened: SQLite's own copy after each commit then stays on).
    private let backfill: WALBackfill?
    /// The connection's `wal_autocheckpoint` and `journal_size_limit`, put back when the session ends.
    /// The write-ahead log's path, nil for a store in memory.
    private let walPath: String?
    private let autocheckpointPages: Int
    private let journalSizeLimit: Int
    /// A checkpoint was written on the lane and is still to be committed.
    private var written = false
    private var pending: [(key: DyadDayKey, totals: DyadDayTotals)] = []
    /// Ledger rows for the next checkpoint (``record(_:)``).
    private var recorded: [IngestFileState] = []
    /// The pairs changed since the last checkpoint, logged with it (``SQLiteStore/changes(since:)``).
    private var changes = ChangeSet()
    /// The pairs of the events inserted since the last checkpoint, by their codes' bytes (≤ 4 each) packed in 64 bits.
    private var insertedPairs: [UInt64: (first: Int32, last: Int32)] = [:]
    /// The raw events inserted since the last checkpoint, per dataset, for `dataset_summary`.
    private var insertedByDataset: [String: DatasetTally] = [:]
    /// The dataset of the last event inserted, its bytes and name: the next one's, nearly always.
    private var lastDataset: (bytes: [UInt8], name: String) = ([], "")

    /// Raw events this session stored.
    private var insertedEvents = 0
    /// The count of ``insertedEvents`` at which the read indexes are set aside (`Int.max`: never, or they are).
    private var deferIndexesAt: Int
    /// The read indexes are set aside (by this session, or by one killed before it built them): built at the end.
    private var indexesDeferred: Bool

    /// The event keys: blocks read from `ingest_key_block` the first time they are touched, written back at checkpoints.
    private var keys: EventKeyBlocks

    /// The run's id in `ingest_run`.
    public let run: Int64
    /// When the previous run writing the same quarantine file was killed: the size the file had at that run's
    /// last checkpoint. Entries after it belong to rows that were not committed and will be read again.
    public let quarantineCommittedBytes: Int64?

    /// - Parameter path: the database file, nil for a store in memory.
    init(db: Database, path: String?, quarantinePath: String?, indexDeferralMinimum: Int) throws {
        self.db = db
        guard let connection = db.sqliteConnection else { throw StoreError(path: nil, reason: "the connection is closed") }
        self.connection = connection
        insertEventStatement = try db.makeStatement(sql: EventRecord.insertSQL)
        checkpointStatements = try IngestCheckpoint.Statements(connection: connection)
        try db.execute(sql: "PRAGMA cache_size = -262144")
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
        autocheckpointPages = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
        journalSizeLimit = try Int.fetchOne(db, sql: "PRAGMA journal_size_limit") ?? -1
        backfill = path.flatMap { WALBackfill(path: $0) }
        walPath = path.map { $0 + "-wal" }
        if backfill != nil {
            // The log of a bulk load grows by what is committed until a copy catches up with it (see WALBackfill):
            // cut it back to 64 MB when SQLite next starts it over.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864")
        }
        var committed: Int64?
        if let quarantinePath {
            committed = try Int64.fetchOne(
                db, sql: "SELECT quarantine_bytes FROM ingest_run WHERE finished IS NULL AND quarantine_path = ? ORDER BY id DESC LIMIT 1",
                arguments: [quarantinePath])
        }
        quarantineCommittedBytes = committed
        var storedBlocks: [String: Set<UInt64>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT namespace, block FROM ingest_key_block") {
            storedBlocks[row[0] as String, default: []].insert(UInt64(bitPattern: row[1] as Int64))
        }
        keys = EventKeyBlocks(stored: storedBlocks)
        indexesDeferred = try !SQLiteStore.deferredReadIndexes(db).isEmpty
        let stored = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(raw_events), 0) FROM dataset_summary") ?? 0
        deferIndexesAt = indexesDeferred ? .max : max(indexDeferralMinimum, stored)
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: "UPDATE ingest_run SET finished = 'abandoned' WHERE finished IS NULL")
        try db.execute(
            sql: "INSERT INTO ingest_run (started, quarantine_path, quarantine_bytes) VALUES (?, ?, ?)",
            arguments: [now, quarantinePath, committed ?? 0])
        run = db.lastInsertedRowID
        try db.beginTransaction(.immediate)
    }

    // MARK: - Event keys

    /// The number a namespace of event keys goes by in this session ("gdelt1", "gdelt2", "icews", "id-hash").
    public func namespace(_ name: String) -> Int {
        keys.namespace(name)
    }

    /// Marks an event key as counted; returns false when it was already (in this run or any before).
    ///
    /// - Complexity: O(1) when keys arrive mostly in order (a block is read from the database the first time
    ///   it is touched, after the checkpoint being written is committed).
    public func insertKey(_ key: UInt64, namespace: Int) throws -> Bool {
        try keys.insert(key, namespace: namespace) { name, block in
            try settle()
            guard let data = try Data.fetchOne(
                db, sql: "SELECT bits FROM ingest_key_block WHERE namespace = ? AND block = ?",
                arguments: [name, Int64(bitPattern: block)])
            else { throw StoreError(path: nil, reason: "a block of event keys went missing during the ingest") }
            return try EventKeyBlock(bytes: [UInt8](data))
        }
    }

    /// The blocks changed since the last checkpoint, as they are now, for it to write.
    private func takeDirtyBlocks() -> [IngestCheckpoint.KeyBlock] {
        var taken: [IngestCheckpoint.KeyBlock] = []
        keys.takeChanged { namespace, number, block in
            taken.append(IngestCheckpoint.KeyBlock(namespace: namespace, block: number, members: block.count, bytes: block.bytes))
        }
        return taken
    }

    // MARK: - Events

    /// Inserts one event unless an event with its id is stored; returns whether it was new.
    ///
    /// The caller adds a new event's share to the aggregates (``add(_:to:)``); this call does not.
    public func insert(_ rows: EventRowBuffer, row index: Int) throws -> Bool {
        try settle()
        let statement = insertEventStatement.sqliteStatement
        let row = rows.rows[index]
        let result: Int32 = rows.text.withUnsafeBufferPointer { text in
            let base = UnsafeRawPointer(text.baseAddress!).assumingMemoryBound(to: CChar.self)
            func bind(_ column: Int32, _ span: TextSpan) {
                if span.isNull {
                    sqlite3_bind_null(statement, column)
                } else {
                    sqlite3_bind_text(statement, column, base + Int(span.offset), Int32(span.length), nil)
                }
            }
            func bind(_ column: Int32, _ value: Int32) {
                if value < 0 { sqlite3_bind_null(statement, column) } else { sqlite3_bind_int64(statement, column, Int64(value)) }
            }
            bind(1, row.id)
            sqlite3_bind_int64(statement, 2, Int64(row.startDay))
            sqlite3_bind_int64(statement, 3, Int64(row.endDay))
            let precision = Self.precisionText[row.precision]!
            _ = precision.withCString { sqlite3_bind_text(statement, 4, $0, Int32(precision.utf8.count), SQLITE_TRANSIENT_) }
            bind(5, row.source)
            bind(6, row.sourceSector)
            bind(7, row.sourceName)
            bind(8, row.sourceHistorical)
            bind(9, row.target)
            bind(10, row.targetSector)
            bind(11, row.targetName)
            bind(12, row.targetHistorical)
            bind(13, row.cameo)
            sqlite3_bind_int64(statement, 14, Int64(row.quadClass))
            sqlite3_bind_double(statement, 15, row.goldstein)
            if row.magnitude.isNaN { sqlite3_bind_null(statement, 16) } else { sqlite3_bind_double(statement, 16, row.magnitude) }
            bind(17, row.magnitudeUnit)
            bind(18, row.summary)
            bind(19, row.dataset)
            bind(20, row.document)
            if row.line >= 0 {
                rows.lineLocator(of: row, into: &locator)
                _ = locator.withUnsafeBufferPointer { bytes in
                    UnsafeRawPointer(bytes.baseAddress!).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(statement, 21, $0, Int32(bytes.count), SQLITE_TRANSIENT_)
                    }
                }
            } else {
                bind(21, row.locator)
            }
            bind(22, row.url)
            bind(23, row.issues)
            sqlite3_bind_int64(statement, 24, row.reported ? 1 : 0)
            sqlite3_bind_int64(statement, 25, row.hypothetical ? 1 : 0)
            bind(26, row.mentions)
            bind(27, row.sources)
            bind(28, row.articles)
            let code = sqlite3_step(statement)
            sqlite3_reset(statement)
            return code
        }
        guard result == SQLITE_DONE else { throw RawStatement.error(connection, result, "cannot store an event") }
        guard sqlite3_changes(connection) == 1 else { return false }
        noteInserted(rows, row)
        insertedEvents += 1
        if insertedEvents == deferIndexesAt {
            // In the transaction of the rows since the last checkpoint: committed with them, or rolled back with them.
            try SQLiteStore.deferReadIndexes(db)
            indexesDeferred = true
        }
        return true
    }

    /// Remembers the pair and days of an inserted event, for the change log, and counts it for its dataset.
    private func noteInserted(_ rows: EventRowBuffer, _ row: EventRow) {
        let dataset = row.dataset.isNull ? 0..<0 : Int(row.dataset.offset)..<Int(row.dataset.offset + row.dataset.length)
        if !rows.text[dataset].elementsEqual(lastDataset.bytes) {
            lastDataset = (Array(rows.text[dataset]), String(decoding: rows.text[dataset], as: UTF8.self))
        }
        insertedByDataset[lastDataset.name, default: DatasetTally()].add(
            rawEvents: 1, startDay: Int(row.startDay), endDay: Int(row.endDay))
        func packed(_ span: TextSpan) -> UInt32? {
            guard !span.isNull, span.length <= 4 else { return nil }
            var value: UInt32 = 0
            for index in 0..<Int(span.length) { value = value << 8 | UInt32(rows.text[Int(span.offset) + index]) }
            return value
        }
        if let source = packed(row.source), let target = packed(row.target) {
            let key = UInt64(min(source, target)) << 32 | UInt64(max(source, target))
            if let known = insertedPairs[key] {
                insertedPairs[key] = (min(known.first, row.startDay), max(known.last, row.endDay))
            } else {
                insertedPairs[key] = (row.startDay, row.endDay)
            }
        } else {
            changes.note(rows.string(row.source) ?? "", rows.string(row.target) ?? "", startDay: Int(row.startDay), endDay: Int(row.endDay))
        }
    }

    private func flushInsertedPairs() {
        func code(_ value: UInt32) -> String {
            var bytes: [UInt8] = []
            var value = value
            while value != 0 {
                bytes.insert(UInt8(value & 0xFF), at: 0)
                value >>= 8
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        for (key, days) in insertedPairs {
            changes.note(code(UInt32(key >> 32)), code(UInt32(key & 0xFFFF_FFFF)), startDay: Int(days.first), endDay: Int(days.last))
        }
        insertedPairs.removeAll(keepingCapacity: true)
    }

    private var locator: [UInt8] = []

    private static let precisionText: [EventDate.Precision: String] = Dictionary(
        uniqueKeysWithValues: EventDate.Precision.allCases.map { ($0, $0.rawValue) })

    /// Whether an event with this id is stored.
    public func eventExists(id: String) throws -> Bool {
        try settle()
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE id = ?)", arguments: [id]) ?? false
    }

    // MARK: - Aggregates

    /// Adds a batch's share to a dyad-day aggregate; written at the next checkpoint, in the order added (add in
    /// key order — source, target, dataset, day — and the writes walk the table's B-tree from one end to the other).
    public func add(_ totals: DyadDayTotals, to key: DyadDayKey) {
        pending.append((key, totals))
    }

    // MARK: - Merges

    /// Claims a merge key (day, dyad, event code, source URL) for an event; returns nil when the key was free
    /// and is now the event's, else the id of the event that holds it.
    public func claimMergeKey(_ key: UInt64, for eventID: String) throws -> String? {
        try settle()
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO ingest_merge_key (key, event_id) VALUES (?, ?)")
        try statement.execute(arguments: [Int64(bitPattern: key), eventID])
        if db.changesCount == 1 { return nil }
        return try String.fetchOne(
            db, sql: "SELECT event_id FROM ingest_merge_key WHERE key = ?", arguments: [Int64(bitPattern: key)])
    }

    /// Keeps the provenance of an event merged into another.
    public func recordMerge(duplicateID: String, into eventID: String, provenance: Provenance) throws {
        try settle()
        let statement = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO event_provenance (duplicate_id, event_id, dataset, document, locator, url)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            duplicateID, eventID, provenance.dataset, provenance.document, provenance.locator, provenance.url,
        ])
    }

    // MARK: - Ledger and checkpoints

    /// What the ledger holds for an input, nil when it was never ingested.
    public func fileState(fingerprint: String) throws -> IngestFileState? {
        if let state = recorded.last(where: { $0.fingerprint == fingerprint }) { return state }
        try settle()
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM ingest_file WHERE fingerprint = ?", arguments: [fingerprint]) else {
            return nil
        }
        var state = IngestFileState(fingerprint: fingerprint, path: row["path"], format: row["format"])
        state.bytesDone = row["bytes_done"]
        state.linesDone = row["lines_done"]
        state.tailCheck = row["tail_check"]
        state.complete = row["complete"]
        state.size = row["size"]
        state.rowsRead = row["rows_read"]
        state.rowsStored = row["rows_stored"]
        state.rowsDuplicate = row["rows_duplicate"]
        state.rowsMerged = row["rows_merged"]
        state.rowsQuarantined = row["rows_quarantined"]
        return state
    }

    /// Keeps a ledger row to write with the next checkpoint (an input rejected whole: nothing else of it is written,
    /// so it needs no checkpoint of its own — one each made a directory of rejected files a commit a file).
    public func record(_ file: IngestFileState) {
        recorded.append(file)
    }

    /// Takes the pending aggregates (per day and per month), the pairs changed, the event keys counted, the file's
    /// progress and the quarantine file's size, and has them written on the checkpoint lane into the transaction
    /// that holds every event inserted since the last checkpoint. The caller goes on meanwhile; the next method that
    /// needs the database (the next checkpoint at the latest) waits for it and commits it.
    ///
    /// - Throws: what a checkpoint before this one failed with.
    public func checkpoint(_ file: IngestFileState?, quarantineBytes: Int64?) throws {
        try settle()
        flushInsertedPairs()
        let checkpoint = IngestCheckpoint(
            aggregates: pending, blocks: takeDirtyBlocks(), changes: changes, rawEvents: insertedByDataset,
            files: recorded + (file.map { [$0] } ?? []), quarantineBytes: quarantineBytes, run: run,
            time: ISO8601DateFormatter().string(from: Date()))
        pending = []
        recorded = []
        changes = ChangeSet()
        insertedByDataset = [:]
        let statements = checkpointStatements
        try lane.submit { try checkpoint.write(statements) }
        written = true
    }

    /// Waits for the checkpoint being written and commits it, beginning the next transaction.
    ///
    /// - Throws: what the checkpoint failed with, or the commit's error.
    private func settle() throws {
        try lane.wait()
        guard written else { return }
        written = false
        try db.commit()
        if let backfill {
            backfill.request()
            // The log grows while the writer goes on before a copy ends; past a bound, let the copy catch up so that
            // the next write starts it over (a load of 1,000,000 raw events left it at 314 MB, three quarters of the
            // store, unbounded).
            if let walPath, let size = try? FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int,
                size > Self.walBound
            {
                backfill.drain()
            }
        }
        try db.beginTransaction(.immediate)
    }

    /// The write-ahead log's size past which a commit waits for the backfill to catch up.
    static let walBound = 128 << 20

    func finish(quarantineBytes: Int64?) throws {
        try checkpoint(nil, quarantineBytes: quarantineBytes)
        try settle()
        lane.close()
        try db.execute(
            sql: "UPDATE ingest_run SET finished = ? WHERE id = ?", arguments: [ISO8601DateFormatter().string(from: Date()), run])
        try db.commit()
        // Every committed page copied before the indexes are built: their first write then starts the log over, and
        // their passes over `event` read the table from the database file's mapping, not from the log.
        if let backfill {
            backfill.request()
            backfill.drain()
            // The file grew through the backfill's connection, and this one maps only what it had mapped: setting the
            // limit anew maps the file as it is now (else each page past the old end is read with a pread(2) copy).
            let mapped = try Int.fetchOne(db, sql: "PRAGMA mmap_size") ?? 0
            try db.execute(sql: "PRAGMA mmap_size = 0; PRAGMA mmap_size = \(mapped)")
        }
        // After the last commit: a kill meanwhile leaves them deferred, for the next ingest or open to build.
        if indexesDeferred { try SQLiteStore.rebuildDeferredIndexes(db, afterEachCommit: { [backfill] in backfill?.request() }) }
        endBackfill()
    }

    /// Has the last pages copied, stops the backfill's thread and gives the connection SQLite's copy after each commit
    /// back.
    private func endBackfill() {
        guard let backfill else { return }
        backfill.drain()
        backfill.close()
        try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(autocheckpointPages); PRAGMA journal_size_limit = \(journalSizeLimit)")
    }

    deinit {
        lane.close()
        backfill?.close()
    }

    func abandon() {
        lane.close()
        if db.isInsideTransaction { try? db.rollback() }
        endBackfill()
        try? db.execute(sql: "PRAGMA cache_size = -2000")
    }
}
