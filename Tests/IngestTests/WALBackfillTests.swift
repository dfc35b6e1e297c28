import EntenteIngest
import Foundation
import GRDB
import TestSupport
import Testing

@testable import EntenteSQLite

/// An ingest has the pages it commits copied from the write-ahead log into the database file on a thread of its own
/// (``WALBackfill``): when it ends, the file holds every page, and the writing connection copies after each commit
/// again, as SQLite does by default.
@Suite struct WALBackfillTests {
    @Test func anIngestLeavesEveryPageInTheDatabaseFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        // Indexes set aside after 100 events: the load, the drain before the build and the build's commits all run.
        let store = try SQLiteStore(path: path, indexDeferralMinimum: 100)
        try ingest([Samples.gdelt1, Samples.icews], into: store)
        #expect(try eventCount(store) > 1000)

        let (pages, pageSize, autocheckpoint, sizeLimit) = try store.writer.writeWithoutTransaction { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA journal_size_limit") ?? 0
            )
        }
        // The store is still open, so its log is still there: the file grew by the pages copied from it.
        let fileSize = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(fileSize == pages * pageSize)
        #expect(autocheckpoint == 1000)
        #expect(sizeLimit == -1)

        // A second ingest on the same store works the same way (the backfill's thread of the first has ended).
        let again = try ingest([Samples.gdelt1], into: store)
        #expect(again.filesSkipped == 1)
    }
}
