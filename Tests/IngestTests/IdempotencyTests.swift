import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

/// Ingesting twice changes nothing; an ingest killed mid-way resumes with nothing lost or doubled.
@Suite struct IdempotencyTests {
    @Test(arguments: [KeepPolicy.all, .none])
    func ingestingTwiceChangesNothing(_ keep: KeepPolicy) throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let first = try ingest([Samples.gdelt1, Samples.icews], into: store, keep: keep)
        let aggregates = try aggregateRows(store)
        let events = try eventCount(store)
        let second = try ingest([Samples.gdelt1, Samples.icews], into: store, keep: keep)
        #expect(second.filesSkipped == 2)
        #expect(second.stored == 0)
        #expect(try aggregateRows(store) == aggregates)
        #expect(try eventCount(store) == events)
        #expect(first.stored > 0)
    }

    @Test(arguments: [KeepPolicy.all, .none])
    func aCopyUnderAnotherNameOrCompressedIsTheSameFile(_ keep: KeepPolicy) throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        try ingest([Samples.gdelt1], into: store, keep: keep)
        let aggregates = try aggregateRows(store)
        try FileManager.default.copyItem(atPath: Samples.gdelt1, toPath: folder.path("renamed.tsv"))
        #expect(try run("/usr/bin/gzip", ["-k", folder.path("renamed.tsv")]) == 0)
        let again = try ingest([folder.path("renamed.tsv"), folder.path("renamed.tsv.gz")], into: store, keep: keep)
        #expect(again.filesSkipped == 2)
        #expect(try aggregateRows(store) == aggregates)
    }

    /// Files that overlap (the same events in two different files) count each event once, raw events kept or not:
    /// the event keys, not the files, say what is counted.
    @Test(arguments: [KeepPolicy.all, .none])
    func overlappingFilesCountEachEventOnce(_ keep: KeepPolicy) throws {
        let folder = try TemporaryFolder()
        let rows = try String(contentsOfFile: Samples.gdelt1, encoding: .utf8).split(separator: "\n").map(String.init)
        try folder.write("first.csv", rows[0..<500].joined(separator: "\n") + "\n")
        try folder.write("second.csv", rows[300...].joined(separator: "\n") + "\n")
        let store = try freshStore(in: folder)
        let first = try ingest([folder.path("first.csv")], into: store, keep: keep)
        let second = try ingest([folder.path("second.csv")], into: store, keep: keep)
        let whole = try freshStore(in: folder, "whole.sqlite")
        try ingest([Samples.gdelt1], into: whole, keep: keep)
        #expect(try aggregateRows(store) == aggregateRows(whole))
        #expect(second.duplicates > 0)
        #expect(first.stored + second.stored == (try ingest([Samples.gdelt1], into: try freshStore(in: folder, "count.sqlite"), keep: keep)).stored)
    }

    /// A file that grew since it was read is read on from its last complete line.
    @Test func aFileThatGrewIsReadOn() throws {
        let folder = try TemporaryFolder()
        let rows = try gdeltDailyRows()
        let path = try folder.write("growing.csv", rows[0..<200].joined(separator: "\n") + "\n")
        let store = try freshStore(in: folder)
        try ingest([path], into: store, keep: .none)
        try folder.write("growing.csv", rows.joined(separator: "\n") + "\n")
        let again = try ingest([path], into: store, keep: .none)
        #expect(again.filesResumed == 1)
        #expect(again.read == Int64(rows.count - 200))
        let whole = try freshStore(in: folder, "whole.sqlite")
        try ingest([path], into: whole, keep: .none)
        #expect(try aggregateRows(store) == aggregateRows(whole))
    }

    /// A real `entente ingest` process, killed with SIGKILL between checkpoints, then run again: the store is
    /// consistent after the kill (its aggregates agree with its ledger), and the re-run completes it with nothing
    /// lost and nothing doubled — the same aggregates, events and quarantine file as one uninterrupted run. Keeping
    /// raw events and keeping aggregates only (where checkpoints are written on their own thread while the next rows
    /// are counted, so a kill can land in the middle of one).
    @Test(.timeLimit(.minutes(5)), arguments: ["RUS,PAK,IND,USA,CHN", "none"])
    func aKilledIngestResumesWithNothingLostOrDoubled(_ keepActors: String) throws {
        // About 25 MB of real rows with fresh ids, and a bad row every 5,000.
        let rows = try gdeltDailyRows()
        var text = ""
        text.reserveCapacity(26 << 20)
        var id = 900_000_000
        var count = 0
        while text.utf8.count < 25 << 20 {
            for row in rows {
                id += 1
                count += 1
                text += count % 5000 == 0 ? replacing(withID(row, id), field: 1, with: "2016133") : withID(row, id)
                text += "\n"
            }
        }
        var options = IngestOptions()
        options.keep = keepActors == "none" ? .none : .states(["RUS", "PAK", "IND", "USA", "CHN"])
        try Self.killAndResume(text, badRows: count / 5000, arguments: ["--keep-actors", keepActors], options: options)
    }

    /// A real `entente ingest` of `text`, killed with SIGKILL between checkpoints, then run again: consistent after
    /// the kill (its aggregates are those of the rows before the ledger's offset, ingested alone with `options`),
    /// and after the re-run equal to one uninterrupted run — aggregates, events and the quarantine file, which holds
    /// `badRows` entries.
    static func killAndResume(_ text: String, badRows: Int, arguments extra: [String], options: IngestOptions) throws {
        let binary = try ententeBinary()
        let folder = try TemporaryFolder()
        let input = try folder.write("big.csv", text)
        let arguments = ["ingest", input, "--checkpoint-mb", "2", "--max-errors", "1000000"] + extra

        // One uninterrupted run, to compare with.
        #expect(try run(binary, arguments + ["--db", folder.path("clean.sqlite"), "--quarantine", folder.path("clean.txt")]) == 0)

        // A run killed after its second checkpoint, at some point between checkpoints.
        let killedDB = folder.path("killed.sqlite")
        let killed = try runAndKill(
            binary, arguments + ["--db", killedDB, "--quarantine", folder.path("killed.txt"), "--workers", "1"],
            database: killedDB, within: 120
        ) { db in try Int64.fetchOne(db, sql: "SELECT MAX(bytes_done) FROM ingest_file") ?? 0 >= 4 << 20 }
        #expect(killed, "the ingest ended before it could be killed")

        // Consistent after the kill: the aggregates hold exactly the events of the rows before the ledger's offset.
        let afterKill = try SQLiteStore(path: killedDB)
        let done: Int64 = try afterKill.writer.read { db in try Int64.fetchOne(db, sql: "SELECT bytes_done FROM ingest_file") ?? 0 }
        #expect(done > 0 && done < Int64(text.utf8.count))
        let prefix = folder.path("prefix.csv")
        try Data(Array(text.utf8).prefix(Int(done))).write(to: URL(fileURLWithPath: prefix))
        let reference = try TestStores.opened(path: folder.path("reference.sqlite"))
        _ = try Ingester(store: reference, options: options).run(try InputFiles.expand([prefix]))
        #expect(try aggregateRows(afterKill) == aggregateRows(reference))
        #expect(try eventCount(afterKill) == eventCount(reference))

        // The re-run completes it.
        #expect(try run(binary, arguments + ["--db", killedDB, "--quarantine", folder.path("killed.txt")]) == 0)
        let resumed = try SQLiteStore(path: killedDB)
        let clean = try SQLiteStore(path: folder.path("clean.sqlite"))
        #expect(try aggregateRows(resumed) == aggregateRows(clean))
        #expect(try eventCount(resumed) == eventCount(clean))
        let quarantineKilled = try String(contentsOfFile: folder.path("killed.txt"), encoding: .utf8)
            .replacingOccurrences(of: folder.path("big.csv"), with: "")
        let quarantineClean = try String(contentsOfFile: folder.path("clean.txt"), encoding: .utf8)
            .replacingOccurrences(of: folder.path("big.csv"), with: "")
        #expect(quarantineKilled == quarantineClean)
        #expect(quarantineClean.split(separator: "\n").count == 2 * badRows)
    }

    /// A checkpoint that cannot be written (here the database may not grow) fails the ingest with the store's error
    /// rather than crashing or hanging, and leaves the store as the checkpoint before it left it: a later run
    /// completes it, equal to one clean run.
    @Test func aCheckpointThatCannotBeWrittenFailsTheIngestAndLosesNothing() throws {
        let folder = try TemporaryFolder()
        // Real rows with fresh ids over 60 days, so that each checkpoint adds new dyad-day rows.
        let lines = try gdeltRowsOverDays(60, from: 2010_01_01, firstID: 800_000_000).map(\.row)
        let input = try folder.write("days.csv", lines.joined(separator: "\n") + "\n")
        let configure: (inout IngestOptions) -> Void = {
            $0.chunkBytes = 2 << 20
            $0.checkpointBytes = 1
        }
        let limited = try freshStore(in: folder)
        // Room for 160 KiB more, whatever the page size: some checkpoints, not all.
        let (pages, pageSize) = try limited.writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        try limited.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 160 * 1024 / pageSize)") }
        let error = #expect(throws: StoreError.self) {
            try ingest([input], into: limited, keep: .none, configure: configure)
        }
        #expect(error?.reason.contains("full") == true, "\(String(describing: error))")
        let done = try limited.writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(bytes_done) FROM ingest_file") ?? 0 }
        #expect(done > 0 && done < Int64(lines.joined(separator: "\n").utf8.count), "some checkpoints were written, not all")

        let resumed = try SQLiteStore(path: folder.path("store.sqlite"))
        let again = try ingest([input], into: resumed, keep: .none, configure: configure)
        #expect(again.filesResumed == 1)
        let clean = try freshStore(in: folder, "clean.sqlite")
        try ingest([input], into: clean, keep: .none, configure: configure)
        #expect(try aggregateRows(resumed) == aggregateRows(clean))
        #expect(try monthRows(resumed) == monthRows(clean))
    }
}
