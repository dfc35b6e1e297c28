import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

/// What the ingest keeps for readers beside the per-day aggregates: the monthly roll-up and the change log.
@Suite struct ReadModelTests {
    /// `dyad_month` rolled up again from `dyad_day`, here in SQL: the ingest's own monthly rows must equal it.
    static func monthsFromDays(_ store: SQLiteStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT source || ' ' || target || ' ' || dataset || ' ' ||
                      (CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 1 ELSE start_day END) || ' ' ||
                      (CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 31 ELSE end_day END) || ' ' ||
                      MIN(start_day) || ' ' || MAX(end_day) || ' ' || SUM(events) || ' ' || SUM(q1) || ' ' || SUM(q2) || ' ' ||
                      SUM(q3) || ' ' || SUM(q4) || ' ' || printf('%.6f', SUM(goldstein_sum)) || ' ' || SUM(mentions) || ' ' ||
                      SUM(sources) || ' ' || SUM(articles)
                    FROM dyad_day GROUP BY source, target, dataset,
                      (CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 1 ELSE start_day END),
                      (CASE WHEN start_day / 100 = end_day / 100 THEN start_day / 100 * 100 + 31 ELSE end_day END)
                    ORDER BY 1
                    """)
        }
    }

    static func months(_ store: SQLiteStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT source || ' ' || target || ' ' || dataset || ' ' || start_day || ' ' || end_day || ' ' || first_day || ' ' ||
                      last_day || ' ' ||
                      events || ' ' || q1 || ' ' || q2 || ' ' || q3 || ' ' || q4 || ' ' || printf('%.6f', goldstein_sum) || ' ' ||
                      mentions || ' ' || sources || ' ' || articles
                    FROM dyad_month ORDER BY 1
                    """)
        }
    }

    @Test func theIngestKeepsMonthlyAggregatesEqualToItsDailyOnes() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        var options = IngestOptions()
        options.chunkBytes = 64 << 10  // many chunks and checkpoints
        options.maxLineBytes = 32 << 10
        options.checkpointBytes = 128 << 10
        _ = try Ingester(store: store, options: options).run(try InputFiles.expand([Samples.gdelt1, Samples.gdelt2, Samples.icews]))
        let months = try Self.months(store)
        #expect(months.count > 100)
        #expect(months == (try Self.monthsFromDays(store)))
        // A series from the months equals one from the days.
        let dyad = Dyad("USA", "RUS")
        #expect(try store.monthlyAggregates(of: dyad, within: nil).reduce(0) { $0 + $1.total }
            == (try store.aggregates(of: dyad, within: nil)).reduce(0) { $0 + $1.total })
    }

    @Test func eachCommitLogsThePairsAndDaysItChanged() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let before = try store.changes(since: 0).generation
        _ = try ingest([Samples.gdelt1], into: store)
        let changes = try store.changes(since: before)
        #expect(changes.complete)
        #expect(changes.generation > before)
        let usaRus = try #require(changes.changes.first { $0.first == "RUS" && $0.second == "USA" })
        #expect(usaRus.days.contains(Day(year: 2016, month: 7, day: 28)))
        // Domestic events kept raw are logged as the state with itself.
        #expect(changes.changes.contains { $0.first == $0.second })
        // Nothing new: nothing logged.
        #expect(try store.changes(since: changes.generation).changes.isEmpty)
        // write(events:) logs too.
        let event = Event(
            id: "test:log", date: try EventDate(year: 2001, month: 2, day: 3), source: Actor("IND"), target: Actor("CHN"),
            cameo: "042", summary: "", provenance: Provenance(dataset: "test"))
        try store.write(events: [event])
        let written = try store.changes(since: changes.generation)
        #expect(written.changes == [DataChange(first: "CHN", second: "IND", days: Day(year: 2001, month: 2, day: 3)...Day(year: 2001, month: 2, day: 3))])
    }
}
