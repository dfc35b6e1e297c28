import EntenteModel
import EntenteStore
import Foundation
import NIOConcurrencyHelpers

/// ClickHouse's ``IngestSession``: events, aggregates, event keys and the ledger gathered in memory between two
/// checkpoints, then written as one batch that counts once its commit row is written, last.
///
/// ClickHouse has no transactions. A checkpoint writes a `begin` row to `ingest_batch`, then its rows to every table,
/// each tagged with the batch, then its commit row; every read leaves out the batches begun and never committed. A
/// process killed at any moment, or a shard that stops answering, leaves at most rows of a batch without a commit
/// row: never read, and never counted. The ledger (`ingest_file`), the event keys (`key_block`) and the aggregates are in the same
/// batch, so a rerun reads on from the last committed checkpoint and counts every event after it once (docs/ingest.md,
/// docs/deployment.md).
///
/// Per event nothing goes to the server: event keys are tested against blocks held in memory (a block is read the
/// first time it is touched), raw events are written into the batch's rows. Checkpoints are written on a lane of
/// their own (``CheckpointLane``) while the caller goes on; a call that needs what one wrote waits for it.
/// Use a session from one thread only (the one ``ClickHouseStore/ingest(quarantinePath:_:)`` calls its body on).
public final class ClickHouseIngestSession: IngestSession {
    let store: ClickHouseStore
    /// This run's id (a version: microseconds since 1970).
    let run: UInt64
    let quarantinePath: String?
    public let quarantineCommittedBytes: Int64?
    private var quarantineBytes: Int64
    private let lane = CheckpointLane()

    /// The rows of the batch being gathered: events, merge keys and merged provenance as they come.
    private var rows: BatchRows
    private var pending: [(key: DyadDayKey, totals: DyadDayTotals)] = []
    private var recorded: [IngestFileState] = []
    /// The raw events inserted since the last checkpoint, per dataset.
    private var insertedByDataset: [String: DatasetTally] = [:]
    /// The dataset of the last event inserted, its bytes and name: the next one's, nearly always.
    private var lastDataset: (bytes: [UInt8], name: String) = ([], "")
    /// The merge keys claimed, with the event that holds each: those committed before this run (read at the first
    /// claim, in one query; nil until then) and this run's own.
    private var claimed: [UInt64: String]?
    /// The ids of events stored outside ingests (``ClickHouseStore/write(events:)``: the built-in case), which have
    /// no event key; by a hash of their bytes first, so that a kept event is checked without making a `String`.
    private let written: (hashes: Set<UInt64>, ids: Set<String>)

    /// The event keys: blocks committed in `key_block` are read the first time they are touched, and the blocks
    /// changed go into each checkpoint's batch.
    private var keys: EventKeyBlocks
    private var locator: [UInt8] = []

    init(store: ClickHouseStore, quarantinePath: String?) throws {
        self.store = store
        self.quarantinePath = quarantinePath
        run = ClickHouseStore.nextVersion()
        rows = BatchRows(batch: ClickHouseStore.nextVersion())
        var committed: Int64?
        if let quarantinePath {
            committed = try Self.committedQuarantineBytes(store, path: quarantinePath)
        }
        quarantineCommittedBytes = committed
        quarantineBytes = committed ?? 0
        var storedBlocks: [String: Set<UInt64>] = [:]
        try store.select("SELECT DISTINCT namespace, block FROM \(store.table(ClickHouseSchema.keyBlock)) WHERE \(store.committed)") { row in
            storedBlocks[row.text(0), default: []].insert(row.uint64(1))
        }
        keys = EventKeyBlocks(stored: storedBlocks)
        var hashes = Set<UInt64>()
        var ids = Set<String>()
        try store.select(
            """
            SELECT id FROM \(store.table(ClickHouseSchema.event)) WHERE \(store.committed) AND batch GLOBAL IN
              (SELECT batch FROM \(store.table(ClickHouseSchema.ingestBatch)) WHERE kind = 'write')
            """
        ) { row in
            let id = row.text(0)
            ids.insert(id)
            hashes.insert(StableHash.value(id))
        }
        written = (hashes, ids)
        try writeRun(finished: false)
    }

    /// When the last run that wrote the same quarantine file did not finish: the file's size at its last commit.
    private static func committedQuarantineBytes(_ store: ClickHouseStore, path: String) throws -> Int64? {
        let runs = store.table(ClickHouseSchema.ingestRun)
        var last: (run: UInt64, finished: Bool, bytes: Int64)?
        try store.select(
            "SELECT run, max(finished), argMin(quarantine_bytes, finished) FROM \(runs) WHERE quarantine_path = \(ClickHouseStore.quote(path)) GROUP BY run ORDER BY run DESC LIMIT 1"
        ) { last = ($0.uint64(0), $0.bool(1), Int64($0.int(2))) }
        guard let last, !last.finished else { return nil }
        var committed = last.bytes
        try store.select(
            "SELECT count(), argMax(quarantine_bytes, batch) FROM \(store.table(ClickHouseSchema.ingestBatch)) WHERE run = \(last.run) AND kind = 'ingest'"
        ) { if $0.int(0) > 0 { committed = Int64($0.int(1)) } }
        return committed
    }

    private func writeRun(finished: Bool) throws {
        var row = TabSeparatedRows()
        row.append(run)
        row.append(quarantinePath ?? "")
        row.append(quarantineBytes)
        row.append(finished)
        row.endRow()
        try store.insert(row, into: ClickHouseSchema.ingestRun)
    }

    // MARK: - Event keys

    public func namespace(_ name: String) -> Int {
        keys.namespace(name)
    }

    /// - Complexity: O(1) when keys arrive mostly in order; a block committed before is read from the store the
    ///   first time it is touched (one query, after the checkpoint being written).
    public func insertKey(_ key: UInt64, namespace: Int) throws -> Bool {
        try keys.insert(key, namespace: namespace) { name, block in
            try lane.wait()
            var bits: [UInt8]?
            try store.select(
                """
                SELECT bits FROM \(store.table(ClickHouseSchema.keyBlock)) WHERE namespace = \(ClickHouseStore.quote(name))
                  AND block = \(block) AND \(store.committed) ORDER BY batch DESC LIMIT 1
                """
            ) { bits = Hex.decode($0.text(0)) }
            guard let bits else { throw StoreError(path: store.url, reason: "a block of event keys went missing during the ingest") }
            return try EventKeyBlock(bytes: bits)
        }
    }

    /// Adds the blocks changed since the last checkpoint, as they are now, to `batch`.
    private func takeDirtyBlocks(into batch: inout BatchRows) {
        keys.takeChanged { namespace, number, block in
            batch.add(keyBlock: block, namespace: namespace, number: number)
        }
    }

    // MARK: - Events

    /// Whether an event with this id is stored without an event key (the ids of keyed events are their keys').
    public func eventExists(id: String) throws -> Bool {
        written.ids.contains(id)
    }

    /// Adds the event to the batch's rows, unless ``ClickHouseStore/write(events:)`` stored its id.
    public func insert(_ buffer: EventRowBuffer, row index: Int) throws -> Bool {
        let row = buffer.rows[index]
        return buffer.text.withUnsafeBytes { text -> Bool in
            func span(_ span: TextSpan) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(rebasing: text[Int(span.offset)..<Int(span.offset + span.length)])
            }
            if !written.ids.isEmpty, !row.id.isNull {
                let id = span(row.id)
                if written.hashes.contains(StableHash.value(id)), written.ids.contains(String(decoding: id, as: UTF8.self)) { return false }
            }
            func append(_ value: TextSpan) {
                if value.isNull { rows.events.appendNull() } else { rows.events.append(bytes: span(value)) }
            }
            func append(count: Int32) {
                if count < 0 { rows.events.appendNull() } else { rows.events.append(count) }
            }
            append(row.id)
            rows.events.append(row.startDay)
            rows.events.append(row.endDay)
            rows.events.append(row.precision.rawValue)
            append(row.source)
            append(row.sourceSector)
            append(row.sourceName)
            append(row.sourceHistorical)
            append(row.target)
            append(row.targetSector)
            append(row.targetName)
            append(row.targetHistorical)
            append(row.cameo)
            rows.events.append(row.quadClass)
            rows.events.append(row.goldstein)
            if row.magnitude.isNaN { rows.events.appendNull() } else { rows.events.append(row.magnitude) }
            append(row.magnitudeUnit)
            append(row.summary)
            append(row.dataset)
            append(row.document)
            if row.line >= 0 {
                buffer.lineLocator(of: row, into: &locator)
                locator.withUnsafeBytes { rows.events.append(bytes: $0) }
            } else {
                append(row.locator)
            }
            append(row.url)
            append(row.issues)
            rows.events.append(row.reported)
            rows.events.append(row.hypothetical)
            append(count: row.mentions)
            append(count: row.sources)
            append(count: row.articles)
            rows.events.append(rows.batch)
            rows.events.endRow()
            let dataset = row.dataset.isNull ? UnsafeRawBufferPointer(start: nil, count: 0) : span(row.dataset)
            if !dataset.elementsEqual(lastDataset.bytes) {
                lastDataset = (Array(dataset), String(decoding: dataset, as: UTF8.self))
            }
            insertedByDataset[lastDataset.name, default: DatasetTally()].add(
                rawEvents: 1, startDay: Int(row.startDay), endDay: Int(row.endDay))
            return true
        }
    }

    // MARK: - Aggregates

    public func add(_ totals: DyadDayTotals, to key: DyadDayKey) {
        pending.append((key, totals))
    }

    // MARK: - Merges

    /// - Complexity: O(1); the first claim of a session reads every committed merge key (one query, held in memory
    ///   for the session: `--merge-duplicates` then asks the store nothing more per key).
    public func claimMergeKey(_ key: UInt64, for eventID: String) throws -> String? {
        if claimed == nil { claimed = try committedMergeKeys() }
        if let holder = claimed?[key] { return holder }
        claimed?[key] = eventID
        rows.add(mergeKey: key, eventID: eventID)
        return nil
    }

    /// The merge keys committed in the store, each with the event of the first batch that claimed it.
    private func committedMergeKeys() throws -> [UInt64: String] {
        try lane.wait()
        var keys: [UInt64: String] = [:]
        try store.select(
            "SELECT key, argMin(event_id, batch) FROM \(store.table(ClickHouseSchema.mergeKey)) WHERE \(store.committed) GROUP BY key"
        ) { keys[$0.uint64(0)] = $0.text(1) }
        return keys
    }

    public func recordMerge(duplicateID: String, into eventID: String, provenance: Provenance) throws {
        rows.add(merge: duplicateID, into: eventID, provenance: provenance)
    }

    // MARK: - Ledger and checkpoints

    public func fileState(fingerprint: String) throws -> IngestFileState? {
        if let state = recorded.last(where: { $0.fingerprint == fingerprint }) { return state }
        try lane.wait()
        var state: IngestFileState?
        try store.select(
            """
            SELECT path, format, bytes_done, lines_done, tail_check, complete, size, rows_read, rows_stored, rows_duplicate,
              rows_merged, rows_quarantined FROM \(store.table(ClickHouseSchema.ingestFile))
            WHERE fingerprint = \(ClickHouseStore.quote(fingerprint)) AND \(store.committed) ORDER BY batch DESC LIMIT 1
            """
        ) { row in
            var file = IngestFileState(fingerprint: fingerprint, path: row.text(0), format: row.text(1))
            file.bytesDone = Int64(row.int(2))
            file.linesDone = Int64(row.int(3))
            file.tailCheck = row.text(4)
            file.complete = row.bool(5)
            file.size = Int64(row.int(6))
            file.rowsRead = Int64(row.int(7))
            file.rowsStored = Int64(row.int(8))
            file.rowsDuplicate = Int64(row.int(9))
            file.rowsMerged = Int64(row.int(10))
            file.rowsQuarantined = Int64(row.int(11))
            state = file
        }
        return state
    }

    public func record(_ file: IngestFileState) {
        recorded.append(file)
    }

    /// Takes everything gathered since the last checkpoint (the aggregates, the datasets' counts, the event keys
    /// changed, the ledger's rows) into one batch and has the lane write it, its commit row last. The caller goes
    /// on meanwhile.
    ///
    /// - Throws: what the checkpoint before this one failed with (a shard down: the error names it).
    public func checkpoint(_ file: IngestFileState?, quarantineBytes: Int64?) throws {
        try lane.wait()
        var batch = rows
        rows = BatchRows(batch: ClickHouseStore.nextVersion())
        var tallies = insertedByDataset
        for (key, totals) in pending where totals.events != 0 {
            batch.add(totals, to: key)
            tallies[key.dataset, default: DatasetTally()].add(aggregatedEvents: totals.events, startDay: key.startDay, endDay: key.endDay)
        }
        for (dataset, tally) in tallies.sorted(by: { $0.key < $1.key }) { batch.add(tally, of: dataset) }
        takeDirtyBlocks(into: &batch)
        for file in recorded + (file.map { [$0] } ?? []) { batch.add(file) }
        pending = []
        recorded = []
        insertedByDataset = [:]
        if let quarantineBytes { self.quarantineBytes = quarantineBytes }
        guard !batch.isEmpty else { return }
        let store = self.store
        let run = self.run
        let path = quarantinePath ?? ""
        let bytes = self.quarantineBytes
        let written = batch
        try lane.submit {
            try store.commit(written, kind: "ingest", run: run, quarantinePath: path, quarantineBytes: bytes, retracting: [])
        }
    }

    /// Writes what is left and marks the run finished.
    func finish() throws {
        try checkpoint(nil, quarantineBytes: nil)
        try lane.wait()
        try writeRun(finished: true)
    }

    /// Waits for the lane, whatever it failed with: the run stays unfinished, as after a kill.
    func abandon() {
        try? lane.wait()
    }
}

extension ClickHouseStore: IngestStore {
    /// Runs a bulk ingest: `body` gets a session whose checkpoints commit what it wrote, batch by batch.
    ///
    /// One ingest at a time in this process; other processes are not kept out (ClickHouse has no locks: run one
    /// ingest per store at a time, docs/deployment.md). When `body` throws, the batch being gathered is dropped and
    /// the run stays unfinished, as after a kill.
    public func ingest<T>(quarantinePath: String?, _ body: (ClickHouseIngestSession) throws -> T) throws -> T {
        try writing.withLock {
            let session = try ClickHouseIngestSession(store: self, quarantinePath: quarantinePath)
            do {
                let result = try body(session)
                try session.finish()
                return result
            } catch {
                session.abandon()
                throw error
            }
        }
    }
}

extension ClickHouseStore: Store {}
