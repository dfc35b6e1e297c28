import EntenteAnalysis
import EntenteModel
import EntenteStore
import Testing

struct ShiftDetectorTests {
    /// A small deterministic generator (64-bit LCG), so the synthetic series are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func binomial(_ trials: Int, _ p: Double) -> Double {
            var successes = 0
            for _ in 0..<trials where uniform() < p { successes += 1 }
            return Double(successes)
        }
    }

    static func observations(_ shares: [Double], events: Int, seed: UInt64) -> [ShiftDetector.Observation] {
        var generator = Generator(state: seed)
        return shares.map { ShiftDetector.Observation(events: Double(events), cooperative: generator.binomial(events, $0)) }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func findsAKnownBreak(seed: UInt64) {
        let shares = Array(repeating: 0.2, count: 12) + Array(repeating: 0.8, count: 12)
        let points = ShiftDetector().changePoints(Self.observations(shares, events: 10, seed: seed))
        #expect(points == [12])
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func findsNoBreakInAStableSeries(seed: UInt64) {
        let points = ShiftDetector().changePoints(Self.observations(Array(repeating: 0.6, count: 30), events: 10, seed: seed))
        #expect(points.isEmpty)
    }

    @Test func findsTwoBreaks() {
        let shares = Array(repeating: 0.9, count: 10) + Array(repeating: 0.1, count: 10) + Array(repeating: 0.9, count: 10)
        #expect(ShiftDetector().changePoints(Self.observations(shares, events: 20, seed: 7)) == [10, 20])
    }

    @Test func overdispersedNewsVolumeDoesNotReadAsShifts() {
        // Large counts whose shares wobble far more than binomial noise allows (one story, many copies):
        // a plain binomial cost would cut this everywhere; the dispersion factor keeps it whole.
        var generator = Generator(state: 11)
        let observations = (0..<120).map { _ in
            ShiftDetector.Observation(events: 5000, cooperative: 5000 * (0.6 + 0.2 * (generator.uniform() - 0.5)))
        }
        #expect(ShiftDetector().changePoints(observations).isEmpty)
    }

    @Test func tooShortOrEmptySeriesHaveNoShifts() {
        #expect(ShiftDetector().changePoints([]).isEmpty)
        #expect(ShiftDetector().changePoints([.init(events: 3, cooperative: 0)]).isEmpty)
        #expect(ShiftDetector().changePoints([.init(events: 0, cooperative: 0), .init(events: 0, cooperative: 0)]).isEmpty)
    }

    @Test func aShiftIsLabelledAndCarriesItsEvidence() {
        var aggregates: [DyadAggregate] = []
        var events: [Event] = []
        for year in 1990...2008 {
            let day = Day(year: year, month: 3, day: 1)
            aggregates.append(DyadAggregate(source: "RUS", target: "PAK", start: day, end: day, counts: [0, 0, 2, 3], goldsteinSum: -30))
        }
        for year in 2009...2015 {
            let day = Day(year: year, month: 3, day: 1)
            aggregates.append(DyadAggregate(source: "RUS", target: "PAK", start: day, end: day, counts: [4, 1, 0, 0], goldsteinSum: 25))
            events.append(
                Event(
                    id: "visit-\(year)", date: try! EventDate(year: year, month: 3, day: 1), source: Actor("RUS"), target: Actor("PAK"),
                    cameo: "042", summary: "visit", provenance: Provenance(dataset: "test")))
            events.append(
                Event(
                    id: "quarrel-\(year)", date: try! EventDate(year: year, month: 3, day: 1), source: Actor("RUS"), target: Actor("PAK"),
                    cameo: "112", summary: "quarrel", provenance: Provenance(dataset: "test")))
        }
        let series = DyadSeries.make(dyad: Dyad("RUS", "PAK"), aggregates: aggregates, by: .year)
        let shifts = series.shifts(events: events)
        #expect(shifts.count == 1)
        let shift = shifts[0]
        #expect(shift.kind == .rapprochement)
        #expect(shift.from.description == "2008")
        #expect(shift.to.description == "2009")
        #expect(shift.before.index == -1)
        #expect(shift.after.index == 1)
        #expect(shift.evidence == (2009...2015).map { "visit-\($0)" })
    }
}
