import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

@testable import EntenteAnalysis

/// The read path's own rules: which datasets an analysis reads by default, and a baseline kept between commands.
struct ReadingTests {
    static func event(_ id: String, _ year: Int, _ source: String, _ target: String, _ code: CAMEOCode, dataset: String) -> Event {
        Event(
            id: id, date: try! EventDate(year: year, month: 6, day: 1), source: Actor(source), target: Actor(target), cameo: code,
            summary: id, provenance: Provenance(dataset: dataset))
    }

    @Test func theBuiltInCaseIsReadAloneOrWhenNamed() throws {
        let store = try TestStores.withCase()
        #expect(try DatasetSelection.resolve([], in: store) == DatasetSelection(names: ["entente-case"], isDefault: true))
        try store.write(events: [Self.event("mine-1", 2015, "RUS", "PAK", "042", dataset: "mine")])
        // With data of the user's own, the default reads those only.
        #expect(try DatasetSelection.resolve([], in: store).names == ["mine"])
        #expect(try DatasetSelection.resolve(["entente-case", "mine"], in: store).names == ["entente-case", "mine"])
        let series = try DyadSeries.read(try SeriesRequest(dyad: Dyad("RUS", "PAK")), from: store)
        #expect(series.series.totalEvents == 1)
        #expect(series.datasets.names == ["mine"])
        let unknown = #expect(throws: RequestError.self) { try DatasetSelection.resolve(["theirs"], in: store) }
        #expect(unknown?.parameter == "datasets")
        #expect(unknown?.message.contains("entente-case, mine") == true)
    }

    @Test func aBaselineIsKeptUntilTheDataChange() throws {
        let store = try TestStores.withCase()
        let first = try RelationsReader(store: store).baseline(.year)
        let key = RelationsReader.metadataKey(BaselineCache.Key(datasets: ["entente-case"], length: .year, generation: 0))
        let kept = try #require(try store.metadata(forKey: key))
        let generation = try store.changes(since: .max).generation
        #expect(kept.hasPrefix("\(generation):"))
        // A second reader reads it back rather than fitting again: the same baseline.
        let second = try RelationsReader(store: store).baseline(.year)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(second) == encoder.encode(first))
        // New events change the generation: the kept baseline no longer holds, and a fit includes them.
        try store.write(events: [Self.event("case-extra", 2016, "RUS", "PAK", "042", dataset: "entente-case")])
        let third = try RelationsReader(store: store).baseline(.year)
        #expect(third.periods.last?.year == 2016)
        #expect(try store.metadata(forKey: key)?.hasPrefix("\(try store.changes(since: .max).generation):") == true)
    }

    /// A range open at one end (`--from 2010` alone) reads to the last events, not to year 9999; a pair without events
    /// in it reads as an empty series, not as periods to that year.
    @Test func anOpenRangeEndsWhereTheEventsEnd() throws {
        let store = try TestStores.withCase()
        let open = Day(year: 2010, month: 1, day: 1)...Day(year: 9999, month: 12, day: 31)
        let series = try DyadSeries.read(try SeriesRequest(dyad: Dyad("RUS", "PAK"), range: open), from: store).series
        #expect(series.points.first?.period.year == 2010)
        let latest = try #require(try store.latestEventDay())
        #expect(series.points.last?.period.year == latest.year)
        let none = try DyadSeries.read(try SeriesRequest(dyad: Dyad("RUS", "XYZ"), range: open), from: store).series
        #expect(none.points.isEmpty)
        let triangle = try Triangle.read(TriangleRequest(states: ["RUS", "PAK", "XYZ"], range: open), from: store)
        #expect(!triangle.triangles.isEmpty)
        #expect(triangle.triangles.allSatisfy { $0.window.range.lowerBound.year >= 2010 && $0.window.range.upperBound.year <= latest.year })
    }
}
