import EntenteCase
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import Testing

/// `periodAggregates` sums in SQL what binning the per-day rows by hand gives.
struct PeriodAggregatesTests {
    /// Events on many days of three pairs over three years, one known only to its year, in two datasets.
    static let events: [Event] = {
        var events: [Event] = []
        let codes: [CAMEOCode] = ["042", "0834", "112", "190"]
        var n = 0
        for (source, target) in [("RUS", "PAK"), ("PAK", "RUS"), ("IND", "CHN")] {
            for month in stride(from: 1, through: 36, by: 2) {
                let year = 2013 + (month - 1) / 12
                let date = try! EventDate(year: year, month: (month - 1) % 12 + 1, day: 1 + month % 27)
                n += 1
                events.append(
                    Event(
                        id: "e\(n)", date: date, source: Actor(source), target: Actor(target), cameo: codes[n % 4], summary: "e\(n)",
                        provenance: Provenance(dataset: n % 3 == 0 ? "other" : "test")))
            }
        }
        events.append(
            Event(
                id: "year", date: EventDate(year: 2014), source: Actor("RUS"), target: Actor("PAK"), cameo: "057", summary: "year",
                provenance: Provenance(dataset: "test")))
        return events
    }()

    /// Bins the per-day rows by hand: a row within one period goes to it, a coarser one stays as it is.
    static func binned(_ rows: [DyadAggregate], by length: PeriodLength) -> [String: [Int]] {
        var sums: [String: [Int]] = [:]
        for row in rows {
            let first = Period(length, containing: row.start)
            let key = first == Period(length, containing: row.end)
                ? "\(row.source)>\(row.target)@\(first.start.key)-\(first.end.key)" : "\(row.source)>\(row.target)@\(row.start.key)-\(row.end.key)"
            var sum = sums[key] ?? [0, 0, 0, 0]
            for quad in 0..<4 { sum[quad] += row.counts[quad] }
            sums[key] = sum
        }
        return sums
    }

    @Test(arguments: PeriodLength.allCases)
    func sumsPerPeriodAsBinningTheDaysDoes(length: PeriodLength) throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let days = try [Dyad("RUS", "PAK"), Dyad("CHN", "IND")].flatMap { try store.aggregates(of: $0, within: nil) }
        let summed = try store.periodAggregates(by: length, within: nil, datasets: [])
        #expect(Self.binned(summed, by: length) == Self.binned(days, by: length))
        #expect(summed.allSatisfy { $0.dataset.isEmpty })
        // Rows within one period come back summed: one per pair and period.
        let keys = summed.map { "\($0.source)>\($0.target)@\($0.start.key)-\($0.end.key)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test func filtersByDatasetAndRange() throws {
        let store = try SQLiteStore()
        try store.write(events: Self.events)
        let range = Day(year: 2014, month: 1, day: 1)...Day(year: 2014, month: 12, day: 31)
        let summed = try store.periodAggregates(by: .year, within: range, datasets: ["test"])
        let expected = Self.events.filter { $0.provenance.dataset == "test" && $0.date.start.year == 2014 }
        #expect(summed.reduce(0) { $0 + $1.total } == expected.count)
        #expect(summed.allSatisfy { $0.start == range.lowerBound && $0.end == range.upperBound })
    }
}
