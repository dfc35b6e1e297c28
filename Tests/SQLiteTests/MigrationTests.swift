import EntenteModel
import EntenteStore
import Foundation
import GRDB
import Testing
import TestSupport

@testable import EntenteSQLite

/// A database made before aggregates had a dataset (the schema of the migrations up to v6) opens, and reads as it
/// did: the share of its rows the stored events account for goes to their datasets, the rest to `unattributed`.
struct MigrationTests {
    @Test func aggregatesOfADatabaseMadeBeforeDatasetsReadAsUnattributed() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("old.sqlite").path
        do {
            let old = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(old, upTo: "v6-reads: pair outlines from the index")
            try old.write { db in
                // One event stored raw (the built-in case's way): its own share of RUS→PAK on 2015-06-01.
                let event = Event(
                    id: "case:visit", date: try EventDate(year: 2015, month: 6, day: 1), source: Actor("RUS"), target: Actor("PAK"),
                    cameo: "042", summary: "a visit", provenance: Provenance(dataset: "entente-case"))
                try db.execute(sql: EventRecord.insertSQL, arguments: EventRecord.arguments(for: event))
                // The day holds that event and two counted by an ingest that kept them not (one q1, one q4).
                try db.execute(
                    sql: """
                        INSERT INTO dyad_day (source, target, start_day, end_day, events, q1, q2, q3, q4, goldstein_sum, mentions, sources, articles)
                        VALUES ('RUS', 'PAK', 20150601, 20150601, 3, 2, 0, 0, 1, -4.1, 10, 2, 7),
                               ('IND', 'CHN', 20100101, 20101231, 4, 1, 1, 1, 1, 0.5, 0, 0, 0);
                        INSERT INTO dyad_month (source, target, start_day, end_day, first_day, last_day, events, q1, q2, q3, q4, goldstein_sum, mentions, sources, articles)
                        VALUES ('RUS', 'PAK', 20150601, 20150631, 20150601, 20150601, 3, 2, 0, 0, 1, -4.1, 10, 2, 7),
                               ('IND', 'CHN', 20100101, 20101231, 20100101, 20101231, 4, 1, 1, 1, 1, 0.5, 0, 0, 0);
                        """)
            }
        }

        let store = try SQLiteStore(path: path)
        let visit = Codebook.standard.entry(for: "042")!.goldstein
        let rusPak = try store.aggregates(of: Dyad("RUS", "PAK", directed: true), within: nil)
        #expect(rusPak.count == 2)
        let fromCase = try #require(rusPak.first { $0.dataset == "entente-case" })
        #expect(fromCase.counts == [1, 0, 0, 0] && fromCase.goldsteinSum == visit)
        let rest = try #require(rusPak.first { $0.dataset == DyadAggregate.unattributedDataset })
        #expect(rest.counts == [1, 0, 0, 1] && abs(rest.goldsteinSum - (-4.1 - visit)) < 1e-9)
        #expect(rest.mentions == 10 && rest.sources == 2 && rest.articles == 7)
        // A row no stored event accounts for is unattributed whole; the months are rolled up again from the days.
        let indChn = try store.aggregates(of: Dyad("IND", "CHN"), within: nil)
        #expect(indChn.map(\.dataset) == [DyadAggregate.unattributedDataset] && indChn[0].counts == [1, 1, 1, 1])
        #expect(try store.monthlyAggregates(of: Dyad("IND", "CHN"), within: nil) == indChn)
        let months = try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil)
        #expect(months.map(\.total).reduce(0, +) == 3)
        #expect(try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: [DyadAggregate.unattributedDataset]).map(\.total) == [2])

        #expect(try store.datasets() == [
            DatasetSummary(name: "entente-case", rawEvents: 1, aggregatedEvents: 1, firstDay: Day(year: 2015, month: 6, day: 1), lastDay: Day(year: 2015, month: 6, day: 1)),
            DatasetSummary(name: "unattributed", rawEvents: 0, aggregatedEvents: 6, firstDay: Day(year: 2010, month: 1, day: 1), lastDay: Day(year: 2015, month: 6, day: 1)),
        ])
        // The case's share can be taken out again, as a new version of the case does.
        try store.replaceEvents(ofDataset: "entente-case", with: [])
        #expect(try store.aggregates(of: Dyad("RUS", "PAK", directed: true), within: nil).map(\.dataset) == [DyadAggregate.unattributedDataset])
    }
}
