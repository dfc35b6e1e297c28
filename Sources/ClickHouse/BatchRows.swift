import EntenteModel
import EntenteStore

/// The rows one batch writes, per table, each tagged with the batch: events, their shares of the per-day aggregates,
/// and what they add to their datasets' counts. ``ClickHouseStore/commit(_:kind:run:quarantinePath:quarantineBytes:retracting:)``
/// writes them, then the row that makes them count.
struct BatchRows: Sendable {
    let batch: UInt64
    var events = TabSeparatedRows()
    var aggregates = TabSeparatedRows()
    var tallies = TabSeparatedRows()
    var keyBlocks = TabSeparatedRows()
    var mergeKeys = TabSeparatedRows()
    var provenance = TabSeparatedRows()
    var ledger = TabSeparatedRows()

    init(batch: UInt64) { self.batch = batch }

    /// The tables with rows, in the order they are written.
    var tables: [(ClickHouseSchema.Table, TabSeparatedRows)] {
        [
            (ClickHouseSchema.event, events), (ClickHouseSchema.dyadDay, aggregates), (ClickHouseSchema.keyBlock, keyBlocks),
            (ClickHouseSchema.mergeKey, mergeKeys), (ClickHouseSchema.eventProvenance, provenance),
            (ClickHouseSchema.datasetTally, tallies), (ClickHouseSchema.ingestFile, ledger),
        ].filter { !$0.1.isEmpty }
    }

    var isEmpty: Bool { tables.isEmpty }

    /// Adds whole events: each raw, its share of its dyad-day's aggregate (between two different states), and its
    /// dataset's counts.
    mutating func add(_ list: [Event]) {
        var tallies: [String: DatasetTally] = [:]
        for event in list {
            append(event)
            tallies[event.provenance.dataset, default: DatasetTally()].add(event)
        }
        for (key, totals) in DyadDayTotals.shares(of: list) { add(totals, to: key) }
        for (dataset, tally) in tallies { add(tally, of: dataset) }
    }

    /// One event's row of `event`.
    private mutating func append(_ event: Event) {
        events.append(event.id)
        events.append(event.date.start.key)
        events.append(event.date.end.key)
        events.append(event.date.precision.rawValue)
        events.append(event.source.country)
        events.append(event.source.sector)
        events.append(event.source.name)
        events.append(event.source.historical)
        events.append(event.target.country)
        events.append(event.target.sector)
        events.append(event.target.name)
        events.append(event.target.historical)
        events.append(event.cameo.rawValue)
        events.append(event.quadClass.rawValue)
        events.append(event.goldstein)
        events.append(event.magnitude?.amount)
        events.append(event.magnitude?.unit)
        events.append(event.summary)
        events.append(event.provenance.dataset)
        events.append(event.provenance.document)
        events.append(event.provenance.locator)
        events.append(event.provenance.url)
        events.append(event.issues.map(\.rawValue).joined(separator: ","))
        events.append(event.reported)
        events.append(event.hypothetical)
        events.append(event.mentions)
        events.append(event.sources)
        events.append(event.articles)
        events.append(batch)
        events.endRow()
    }

    /// A row of `dyad_day`.
    mutating func add(_ totals: DyadDayTotals, to key: DyadDayKey) {
        aggregates.append(key.source)
        aggregates.append(key.target)
        aggregates.append(key.dataset)
        aggregates.append(key.startDay)
        aggregates.append(key.endDay)
        aggregates.append(totals.events)
        aggregates.append(totals.q1)
        aggregates.append(totals.q2)
        aggregates.append(totals.q3)
        aggregates.append(totals.q4)
        aggregates.append(totals.goldsteinSum)
        aggregates.append(totals.mentions)
        aggregates.append(totals.sources)
        aggregates.append(totals.articles)
        aggregates.append(batch)
        aggregates.endRow()
    }

    /// A row of `dataset_tally` (nothing when the tally counted nothing).
    mutating func add(_ tally: DatasetTally, of dataset: String) {
        guard tally.firstDay <= tally.lastDay else { return }
        tallies.append(dataset)
        tallies.append(tally.rawEvents)
        tallies.append(tally.aggregatedEvents)
        tallies.append(tally.firstDay)
        tallies.append(tally.lastDay)
        tallies.append(batch)
        tallies.endRow()
    }

    /// A row of `ingest_file`: an input's progress.
    mutating func add(_ file: IngestFileState) {
        ledger.append(file.fingerprint)
        ledger.append(file.path)
        ledger.append(file.format)
        ledger.append(file.bytesDone)
        ledger.append(file.linesDone)
        ledger.append(file.tailCheck)
        ledger.append(file.complete)
        ledger.append(file.size)
        ledger.append(file.rowsRead)
        ledger.append(file.rowsStored)
        ledger.append(file.rowsDuplicate)
        ledger.append(file.rowsMerged)
        ledger.append(file.rowsQuarantined)
        ledger.append(batch)
        ledger.endRow()
    }

    /// A row of `key_block`: a block of event keys as it is now, its bits in hex.
    mutating func add(keyBlock block: EventKeyBlock, namespace: String, number: UInt64) {
        keyBlocks.append(namespace)
        keyBlocks.append(number)
        keyBlocks.append(block.count)
        keyBlocks.append(Hex.encode(block.bytes))
        keyBlocks.append(batch)
        keyBlocks.endRow()
    }

    /// A row of `merge_key`.
    mutating func add(mergeKey key: UInt64, eventID: String) {
        mergeKeys.append(key)
        mergeKeys.append(eventID)
        mergeKeys.append(batch)
        mergeKeys.endRow()
    }

    /// A row of `event_provenance`.
    mutating func add(merge duplicateID: String, into eventID: String, provenance source: Provenance) {
        provenance.append(duplicateID)
        provenance.append(eventID)
        provenance.append(source.dataset)
        provenance.append(source.document)
        provenance.append(source.locator)
        provenance.append(source.url)
        provenance.append(batch)
        provenance.endRow()
    }
}

/// Bytes as lowercase hex and back: how a block of event keys is kept in a `String` column.
enum Hex {
    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x61 + 10
            default: nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }
}
