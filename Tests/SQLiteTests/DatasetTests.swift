import EntenteModel
import EntenteSQLite
import EntenteStore
import Testing

/// Every aggregate belongs to the dataset of its events: reads filter by dataset, and `datasets()` lists them.
struct DatasetTests {
    static func event(_ id: String, _ date: EventDate, _ source: String, _ target: String, _ code: CAMEOCode, _ dataset: String) -> Event {
        Event(id: id, date: date, source: Actor(source), target: Actor(target), cameo: code, summary: id, provenance: Provenance(dataset: dataset))
    }

    static let june1 = try! EventDate(year: 2015, month: 6, day: 1)
    static let june2 = try! EventDate(year: 2015, month: 6, day: 2)

    /// Two datasets on one dyad, on the same day and apart: each read alone, and both together.
    static let events = [
        event("g1", june1, "RUS", "PAK", "042", "gdelt1"),
        event("g2", june1, "PAK", "RUS", "112", "gdelt1"),
        event("g3", june2, "RUS", "PAK", "0834", "gdelt1"),
        event("i1", june1, "RUS", "PAK", "042", "icews"),
        event("i2", EventDate(year: 2012), "RUS", "PAK", "1246", "icews"),
        event("i3", june2, "RUS", "RUS", "042", "icews"),
    ]

    @Test func aggregatesFilterByDataset() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let dyad = Dyad("RUS", "PAK")
        let total = { (aggregates: [DyadAggregate]) in aggregates.reduce(0) { $0 + $1.total } }

        let gdelt = try store.aggregates(of: dyad, within: nil, datasets: ["gdelt1"])
        #expect(total(gdelt) == 3)
        #expect(Set(gdelt.map(\.dataset)) == ["gdelt1"])
        let icews = try store.aggregates(of: dyad, within: nil, datasets: ["icews"])
        #expect(total(icews) == 2)
        #expect(Set(icews.map(\.dataset)) == ["icews"])
        // The same day in two datasets is two rows, one each.
        let june1 = try store.aggregates(of: Dyad("RUS", "PAK", directed: true), within: Day(year: 2015, month: 6, day: 1)...Day(year: 2015, month: 6, day: 1), datasets: [])
        #expect(june1.map(\.dataset).sorted() == ["gdelt1", "icews"])
        #expect(june1.allSatisfy { $0.counts == [1, 0, 0, 0] })

        let all = try store.aggregates(of: dyad, within: nil)
        #expect(total(all) == 5)
        #expect(try store.aggregates(of: dyad, within: nil, datasets: ["gdelt1", "icews"]) == all)
        #expect(all.map(\.start) == all.map(\.start).sorted())
        #expect(try store.aggregates(of: dyad, within: nil, datasets: ["acled"]).isEmpty)

        // Per month too, filtered the same way.
        #expect(total(try store.monthlyAggregates(of: dyad, within: nil, datasets: ["gdelt1"])) == 3)
        #expect(total(try store.monthlyAggregates(of: dyad, within: nil, datasets: ["icews"])) == 2)
        #expect(total(try store.monthlyAggregates(of: dyad, within: nil)) == 5)
    }

    @Test func datasetsListWhatEachHolds() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        #expect(try store.datasets() == [
            DatasetSummary(name: "gdelt1", rawEvents: 3, aggregatedEvents: 3, firstDay: Day(year: 2015, month: 6, day: 1), lastDay: Day(year: 2015, month: 6, day: 2)),
            // A state's event with itself is stored raw but aggregates into no dyad.
            DatasetSummary(name: "icews", rawEvents: 3, aggregatedEvents: 2, firstDay: Day(year: 2012, month: 1, day: 1), lastDay: Day(year: 2015, month: 6, day: 2)),
        ])
        // Writing the same events again changes nothing.
        try store.write(events: Self.events)
        #expect(try store.datasets().map(\.rawEvents) == [3, 3])
    }

    @Test func replacingADatasetTakesOutItsEventsAndTheirShareOnly() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let changes = try store.changes(since: .max).generation
        let replacement = [Self.event("i4", Self.june2, "RUS", "PAK", "190", "icews")]
        #expect(try store.replaceEvents(ofDataset: "icews", with: replacement) == 1)

        #expect(try store.events(matching: EventQuery(datasets: ["icews"])).map(\.id) == ["i4"])
        let icews = try store.aggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: ["icews"])
        #expect(icews.count == 1 && icews[0].counts == [0, 0, 0, 1] && icews[0].start == Day(year: 2015, month: 6, day: 2))
        let icewsMonths = try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: ["icews"])
        #expect(icewsMonths.count == 1 && icewsMonths[0].start == Day(year: 2015, month: 6, day: 2))
        #expect(try store.aggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: ["gdelt1"]).reduce(0) { $0 + $1.total } == 3)
        #expect(try store.datasets().first { $0.name == "icews" } == DatasetSummary(
            name: "icews", rawEvents: 1, aggregatedEvents: 1, firstDay: Day(year: 2015, month: 6, day: 2), lastDay: Day(year: 2015, month: 6, day: 2)))
        // The readers learn which pairs changed: RUS–PAK (the events out and in) and RUS with itself.
        let logged = try store.changes(since: changes).changes
        #expect(Set(logged.map { "\($0.first)-\($0.second)" }) == ["PAK-RUS", "RUS-RUS"])

        // Replaced by nothing: the dataset is gone.
        try store.replaceEvents(ofDataset: "icews", with: [])
        #expect(try store.datasets().map(\.name) == ["gdelt1"])
        #expect(try store.aggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: ["icews"]).isEmpty)
        #expect(try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil, datasets: ["icews"]).isEmpty)
    }
}
