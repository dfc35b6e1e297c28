import EntenteAnalysis
import EntenteModel
import EntenteStore
import Testing

struct SignedDyadTests {
    /// The neutral band: a sign only when the interval lies wholly on one side of 0 over enough events.
    @Test(arguments: [
        (10.0, 10.0, Sign.positive, SignedDyad.Reason.clear),
        (10, 0, .negative, .clear),
        (10, 5, .neutral, .straddles),  // mixed
        (3, 3, .neutral, .straddles),  // all cooperative, but 3 events leave the interval below 0
        (4, 4, .positive, .clear),  // Wilson's lower bound for 4 of 4 is just above ½
        (2, 2, .neutral, .fewEvents),  // under the minimum of 3
        (0, 0, .neutral, .fewEvents),
        (30, 20, .neutral, .straddles),  // index +0.33, but its interval [−0.02, +0.62] reaches below 0
        (30, 24, .positive, .clear),
        (30, 6, .negative, .clear),
    ])
    func neutralBand(events: Double, cooperative: Double, sign: Sign, reason: SignedDyad.Reason) {
        let tie = SignedDyad(dyad: Dyad("A", "B"), window: HandBuilt.window(2015), events: events, cooperative: cooperative)
        #expect(tie.sign == sign, "\(cooperative) of \(events)")
        #expect(tie.reason == reason, "\(cooperative) of \(events)")
        if let low = tie.low, let high = tie.high {
            #expect(low <= (tie.index ?? 0) + 1e-9 && (tie.index ?? 0) <= high + 1e-9)
            #expect((tie.sign == .neutral) == (low <= 0 && high >= 0) || reason == .fewEvents)
        }
    }

    @Test func theMinimumIsAParameter() {
        let strict = NeutralBand(minimumEvents: 20)
        #expect(strict.sign(events: 10, cooperative: 10).sign == .neutral)
        #expect(strict.sign(events: 10, cooperative: 10).reason == .fewEvents)
        #expect(NeutralBand(minimumEvents: 0).sign(events: 10, cooperative: 10).sign == .positive)
    }

    @Test func aSeriesGivesOneSignedTiePerPeriod() {
        let day = Day(year: 2014, month: 3, day: 1)
        let later = Day(year: 2015, month: 3, day: 1)
        let aggregates = [
            DyadAggregate(source: "A", target: "B", start: day, end: day, counts: [6, 0, 0, 0], goldsteinSum: 6),
            DyadAggregate(source: "B", target: "A", start: later, end: later, counts: [0, 0, 3, 3], goldsteinSum: -30),
        ]
        let series = DyadSeries.make(dyad: Dyad("A", "B"), aggregates: aggregates, by: .year)
        #expect(SignedDyad.series(series).map(\.sign) == [.positive, .negative])
    }

    /// Pooling over a window spreads a coarse date by its days, as the series does.
    @Test func tallyOverAWindowSpreadsCoarseDates() {
        let year2015 = DyadAggregate(
            source: "A", target: "B", start: Day(year: 2015, month: 1, day: 1), end: Day(year: 2015, month: 12, day: 31),
            counts: [365, 0, 0, 0], goldsteinSum: 365)
        let firstHalf = Window(Day(year: 2015, month: 1, day: 1), Day(year: 2015, month: 6, day: 30))
        let tally = DyadTally.make(dyad: Dyad("A", "B"), aggregates: [year2015], window: firstHalf)
        #expect(tally.counts[0] == 181)
        #expect(tally.events == 181)
        let outside = DyadTally.make(dyad: Dyad("A", "B"), aggregates: [year2015], window: HandBuilt.window(2016))
        #expect(outside.events == 0)
        #expect(SignedDyad(tally: outside).sign == .neutral)
    }

    @Test func tallyFromEventsMatchesTallyFromAggregates() {
        let events = HandBuilt.events("x", "A", "B", year: 2015, cooperative: 5, conflictual: 2)
        let tally = DyadTally.make(dyad: Dyad("B", "A"), events: events, window: HandBuilt.window(2015))
        #expect(tally.cooperative == 5)
        #expect(tally.conflictual == 2)
        #expect(tally.index == 3.0 / 7.0)
    }
}
