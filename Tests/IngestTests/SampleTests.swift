import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

/// Each format's real sample: the aggregates per dyad equal a count done here from the raw file.
@Suite struct SampleTests {
    @Test func gdelt1SampleMatchesAnIndependentCount() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.gdelt1], into: store, keep: .none)
        #expect(summary.read == 710)
        #expect(summary.quarantined == 0)
        #expect(summary.read == summary.stored + summary.duplicates + summary.merged + summary.nonState + summary.domestic)
        #expect(try dyadCounts(store) == IndependentCount.gdelt(Samples.gdelt1))
        // The brief's own dyad is in the sample: one RUSBUS → PAK event (code 080) on 2016-07-28.
        let rusPak = try store.aggregates(of: Dyad("RUS", "PAK", directed: true), within: nil)
        #expect(rusPak.contains { $0.start == Day(year: 2016, month: 7, day: 28) && $0.count(.materialCooperation) >= 1 })
    }

    @Test func gdelt1KeepsRawEventsWithTheirProvenance() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.gdelt1], into: store)
        #expect(summary.kept == Int64(try eventCount(store, dataset: "gdelt1")))
        let events = try store.events(matching: EventQuery(actors: ["RUS", "PAK"]))
        let event = try #require(events.first { $0.cameo.rawValue == "080" })
        #expect(event.id.hasPrefix("gdelt:"))
        #expect(event.source.country == "RUS")
        #expect(event.source.sector == "BUS")
        #expect(event.date == (try EventDate(year: 2016, month: 7, day: 28)))
        #expect(event.provenance.dataset == "gdelt1")
        #expect(event.provenance.document == Samples.gdelt1)
        #expect(event.provenance.locator?.hasPrefix("line ") == true)
        #expect(event.provenance.url?.hasPrefix("http") == true)
        // The locator names the row the event came from.
        let line = Int(event.provenance.locator!.dropFirst(5))!
        let row = try String(contentsOfFile: Samples.gdelt1, encoding: .utf8).split(separator: "\n")[line - 1]
        #expect(row.hasPrefix(event.id.dropFirst("gdelt:".count) + "\t"))
    }

    @Test func gdelt2SampleMatchesAnIndependentCount() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.gdelt2], into: store)
        #expect(summary.read == 50)
        #expect(summary.quarantined == 0)
        #expect(try dyadCounts(store) == IndependentCount.gdelt(Samples.gdelt2))
        #expect(try store.events(matching: EventQuery()).allSatisfy { $0.id.hasPrefix("gdelt2:") && $0.provenance.dataset == "gdelt2" })
    }

    @Test func icewsSampleMatchesAnIndependentCount() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.icews], into: store)
        #expect(summary.read == 3705)
        #expect(summary.quarantined == 0)
        #expect(try dyadCounts(store) == IndependentCount.icews(Samples.icews))
        let events = try store.events(matching: EventQuery(actors: ["PAK", "IND"], codes: ["030"]))
        #expect(!events.isEmpty)
        let event = events[0]
        #expect(event.id.hasPrefix("icews:"))
        #expect(event.id.hasSuffix(":" + event.date.text))
        #expect(event.provenance.locator?.contains("story") == true)
        #expect(!event.summary.isEmpty)
    }

    @Test func formatsAreDetectedFromContentNotNames() throws {
        let folder = try TemporaryFolder()
        // Misleading names: the content decides.
        try FileManager.default.copyItem(atPath: Samples.icews, toPath: folder.path("events.csv"))
        try FileManager.default.copyItem(atPath: Samples.gdelt2, toPath: folder.path("icews.tab"))
        let store = try freshStore(in: folder)
        let summary = try ingest([folder.path("events.csv"), folder.path("icews.tab")], into: store)
        #expect(summary.quarantined == 0)
        #expect(try eventCount(store, dataset: "icews") > 0)
        #expect(try eventCount(store, dataset: "gdelt2") > 0)
    }
}
