import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

@Suite struct MergeTests {
    /// GDELT re-emits one event under several ids: same day, dyad, code and source URL.
    static func reEmitted(in folder: TemporaryFolder) throws -> (path: String, pairs: Int) {
        let rows = try gdeltDailyRows().filter { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard let source = IndependentCount.state(code: String(fields[7])), let target = IndependentCount.state(code: String(fields[17])) else {
                return false
            }
            return source != target
        }
        var lines: [String] = []
        var id = 700_000_000
        for row in rows {
            id += 1
            lines.append(withID(row, id))
        }
        // Each of the first ten again under a new id; one more with another URL, which is another event.
        for row in rows.prefix(10) {
            id += 1
            lines.append(withID(row, id))
        }
        id += 1
        lines.append(replacing(withID(rows[0], id), field: 57, with: "https://example.org/another-article"))
        return (try folder.write("reemitted.csv", lines.joined(separator: "\n") + "\n"), rows.count)
    }

    @Test(arguments: [KeepPolicy.all, .none])
    func mergeDuplicatesCountsAReEmittedEventOnce(_ keep: KeepPolicy) throws {
        let folder = try TemporaryFolder()
        let (path, distinct) = try Self.reEmitted(in: folder)
        let merged = try freshStore(in: folder)
        let summary = try ingest([path], into: merged, keep: keep, merge: true)
        #expect(summary.merged == 10)
        #expect(summary.stored == Int64(distinct + 1))
        #expect(summary.read == summary.stored + summary.merged + summary.nonState + summary.domestic + summary.duplicates)
        // Every provenance is kept: the merged events' ids point to the event they were merged into.
        let provenance = try merged.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT duplicate_id, event_id, locator, url FROM event_provenance")
        }
        #expect(provenance.count == 10)
        #expect(provenance.allSatisfy { ($0["duplicate_id"] as String) != ($0["event_id"] as String) && ($0["url"] as String?) != nil })
        // Without merging, each id is its own event.
        let separate = try freshStore(in: folder, "separate.sqlite")
        let unmerged = try ingest([path], into: separate, keep: keep)
        #expect(unmerged.merged == 0)
        #expect(unmerged.stored == Int64(distinct + 11))
        let total = { (counts: [String: Int]) in counts.values.reduce(0, +) }
        #expect(total(try dyadCounts(separate)) - total(try dyadCounts(merged)) == 10)
        // Merging again changes nothing.
        let again = try ingest([path], into: merged, keep: keep, merge: true)
        #expect(again.stored == 0)
    }
}

@Suite struct RoundTripTests {
    /// What `entente events --format jsonl|csv` writes reads back in unchanged.
    @Test(arguments: [OutputFormat.jsonl, .csv])
    func exportedEventsReadBackUnchanged(_ format: OutputFormat) throws {
        let folder = try TemporaryFolder()
        let original = try freshStore(in: folder)
        try ingest([Samples.gdelt1, Samples.icews, Samples.gdelt2], into: original)
        // The built-in case too: months, years, magnitudes, issues, summaries.
        try TestStores.loadCase(into: original)
        let events = try original.events(matching: EventQuery())
        #expect(events.count > 3000)
        let exported = try folder.write("export.\(format.rawValue)", try EventsOutput.render(events, as: format))

        let copy = try freshStore(in: folder, "copy.sqlite")
        let summary = try ingest([exported], into: copy)
        #expect(summary.quarantined == 0)
        #expect(summary.stored == Int64(events.count))
        #expect(try copy.events(matching: EventQuery()) == events)
        #expect(try aggregateRows(copy) == aggregateRows(original))
        #expect(try EventsOutput.render(try copy.events(matching: EventQuery()), as: format) == (try EventsOutput.render(events, as: format)))

        // Into the store it came from: every event is known by its id, nothing changes.
        let before = try aggregateRows(original)
        let back = try ingest([exported], into: original)
        #expect(back.stored == 0)
        #expect(back.duplicates == Int64(events.count))
        #expect(try aggregateRows(original) == before)
    }
}
