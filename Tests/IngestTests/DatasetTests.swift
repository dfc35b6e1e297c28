import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

/// The ingest puts each event's own dataset on its aggregate, and counts what it stored per dataset.
@Suite struct IngestDatasetTests {
    @Test func eachAggregateBelongsToItsEventsDataset() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let gdelt1 = try ingest([Samples.gdelt1], into: store, keep: .states(["RUS", "USA"]))
        let gdelt2 = try ingest([Samples.gdelt2], into: store, keep: .none)
        let icews = try ingest([Samples.icews], into: store)
        // Entente's own files name a dataset per event.
        let day = try EventDate(year: 2016, month: 7, day: 28)
        let own = ["mine", "theirs", "mine"].enumerated().map { index, dataset in
            Event(id: "own:\(index)", date: day, source: Actor("RUS"), target: Actor("USA"), cameo: "042", summary: "",
                  provenance: Provenance(dataset: dataset))
        }
        let file = try folder.write("own.jsonl", try EventsOutput.render(own, as: .jsonl))
        try ingest([file], into: store, keep: .none)

        let summaries = Dictionary(uniqueKeysWithValues: try store.datasets().map { ($0.name, $0) })
        #expect(summaries.keys.sorted() == ["gdelt1", "gdelt2", "icews", "mine", "theirs"])
        for (name, summary) in [("gdelt1", gdelt1), ("gdelt2", gdelt2), ("icews", icews)] {
            #expect(summaries[name]?.aggregatedEvents == Int(summary.aggregated), "\(name)")
            #expect(summaries[name]?.rawEvents == Int(summary.kept), "\(name)")
            #expect(summaries[name]?.rawEvents == (try eventCount(store, dataset: name)), "\(name)")
        }
        #expect(summaries["mine"]?.aggregatedEvents == 2 && summaries["theirs"]?.aggregatedEvents == 1)
        #expect(summaries["mine"]?.firstDay == day.start && summaries["mine"]?.lastDay == day.end)
        #expect(summaries["gdelt1"]?.lastDay == Day(year: 2016, month: 7, day: 28))

        // The aggregate rows hold those counts, per day and per month.
        let perDataset = try store.writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT dataset, SUM(events) FROM dyad_day GROUP BY dataset").map {
                ($0[0] as String, $0[1] as Int)
            })
        }
        #expect(perDataset == summaries.mapValues(\.aggregatedEvents))

        // A dyad's aggregates, filtered by each dataset, add up to all of them.
        let dyad = Dyad("USA", "RUS")
        let total = { (aggregates: [DyadAggregate]) in aggregates.reduce(0) { $0 + $1.total } }
        let all = total(try store.aggregates(of: dyad, within: nil))
        var parts = 0
        for name in summaries.keys {
            let aggregates = try store.aggregates(of: dyad, within: nil, datasets: [name])
            #expect(aggregates.allSatisfy { $0.dataset == name })
            parts += total(aggregates)
            #expect(total(try store.monthlyAggregates(of: dyad, within: nil, datasets: [name])) == total(aggregates), "\(name)")
        }
        #expect(all > 3 && parts == all)
        #expect(total(try store.aggregates(of: dyad, within: nil, datasets: ["mine", "theirs"])) == 3)
    }
}
