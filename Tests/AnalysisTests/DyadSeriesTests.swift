import EntenteAnalysis
import EntenteModel
import EntenteStore
import Testing

struct DyadSeriesTests {
    static func aggregate(_ source: String, _ target: String, _ start: Day, _ end: Day, _ counts: [Int], _ goldstein: Double) -> DyadAggregate {
        DyadAggregate(source: source, target: target, start: start, end: end, counts: counts, goldsteinSum: goldstein)
    }

    static let june1 = Day(year: 2015, month: 6, day: 1)
    static let aggregates = [
        aggregate("RUS", "PAK", june1, june1, [2, 1, 0, 0], 10.0),
        aggregate("PAK", "RUS", june1, june1, [0, 0, 1, 0], -2.0),
        aggregate("RUS", "PAK", Day(year: 2015, month: 11, day: 20), Day(year: 2015, month: 11, day: 20), [0, 0, 0, 2], -20.0),
        aggregate("RUS", "IND", june1, june1, [5, 0, 0, 0], 15.0),
    ]

    @Test func yearlySeriesMatchesAHandCount() throws {
        let series = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: Self.aggregates, by: .year)
        #expect(series.points.count == 1)
        let point = series.points[0]
        // By hand: 2+1 cooperative, 1+2 conflictual; Goldstein 10 − 2 − 20.
        #expect(point.counts == [2, 1, 1, 2])
        #expect(point.events == 6)
        #expect(point.goldsteinSum == -12)
        #expect(point.goldsteinMean == -2)
        #expect(point.cooperationIndex == 0)
    }

    @Test func directedSeriesKeepsOneDirection() {
        let series = DyadSeries.make(dyad: Dyad("PAK", "RUS", directed: true), aggregates: Self.aggregates, by: .year)
        #expect(series.points.map(\.counts) == [[0, 0, 1, 0]])
    }

    @Test func monthlySeriesCoversEveryMonthOfTheRange() {
        let series = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: Self.aggregates, by: .month)
        #expect(series.points.map(\.period.description) == ["2015-06", "2015-07", "2015-08", "2015-09", "2015-10", "2015-11"])
        #expect(series.points.map(\.events) == [4, 0, 0, 0, 0, 2])
        #expect(series.points[1].cooperationIndex == nil)
        let quarterly = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: Self.aggregates, by: .quarter)
        #expect(quarterly.points.map(\.period.description) == ["2015-Q2", "2015-Q3", "2015-Q4"])
    }

    @Test func coarseDatesAreSpreadOverTheirSpanAndSaySo() {
        // One event dated only to the 1980s, in a yearly series: a tenth of it in each year.
        let decade = Self.aggregate("PAK", "RUS", Day(year: 1980, month: 1, day: 1), Day(year: 1989, month: 12, day: 31), [0, 0, 0, 1], -10)
        let series = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: [decade], by: .year)
        #expect(series.points.count == 10)
        let total = series.points.reduce(0) { $0 + $1.events }
        #expect(abs(total - 1) < 1e-12)
        for point in series.points {
            #expect(abs(point.events - 0.1) < 1e-12)
            #expect(point.spread == point.events)
            #expect(point.counts[3] == point.events)
        }
        #expect(abs(series.points.reduce(0) { $0 + $1.goldsteinSum } + 10) < 1e-9)
    }

    @Test func aRangeClipsAndPartlyCountsCoarseDates() {
        let year = Self.aggregate("RUS", "PAK", Day(year: 2012, month: 1, day: 1), Day(year: 2012, month: 12, day: 31), [4, 0, 0, 0], 12)
        let range = Day(year: 2012, month: 1, day: 1)...Day(year: 2012, month: 6, day: 30)
        let series = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: [year], by: .quarter, range: range)
        #expect(series.points.map(\.period.description) == ["2012-Q1", "2012-Q2"])
        // A year in quarters: a quarter of its events in each; the range keeps the first two.
        #expect(series.points.map(\.events) == [1, 1])
    }

    /// Wilson intervals against published values (e.g. statsmodels' proportion_confint, method "wilson").
    @Test(arguments: [(5.0, 10.0, 0.2366, 0.7634), (0.0, 5.0, 0.0, 0.4345), (9.0, 10.0, 0.5958, 0.9821), (50.0, 100.0, 0.4038, 0.5962)])
    func wilsonIntervalsMatchPublishedValues(successes: Double, trials: Double, low: Double, high: Double) {
        let interval = Wilson.interval(successes: successes, trials: trials)
        #expect(abs(interval.lowerBound - low) < 5e-4)
        #expect(abs(interval.upperBound - high) < 5e-4)
    }

    @Test func theIntervalWidensWhenEventsAreFew() {
        func width(_ events: Int) -> Double {
            let point = DyadSeries.make(
                dyad: Dyad("A", "B"),
                aggregates: [Self.aggregate("A", "B", Self.june1, Self.june1, [events, 0, events, 0], 0)], by: .year
            ).points[0]
            return point.interval!.upperBound - point.interval!.lowerBound
        }
        #expect(width(1) > width(10))
        #expect(width(10) > width(1000))
    }
}
