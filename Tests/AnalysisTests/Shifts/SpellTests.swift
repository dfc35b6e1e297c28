import EntenteModel
import Testing

@testable import EntenteAnalysis

/// Spells — one period that departs and comes back — on series built by hand, whose answer is plain: a year ten
/// standard errors out between years at one level is a spell, not two lasting shifts; the same year between two
/// levels is two shifts.
struct SpellTests {
    /// A yearly series of engagement values (log observed over expected), each with a standard error of 0.1.
    static func series(_ values: [Double]) -> DyadSeries {
        let points = values.enumerated().map { offset, value in
            DyadSeries.Point(
                period: Period(length: .year, year: 2000 + offset, index: 0), counts: [100, 0, 0, 0], goldsteinSum: 0, spread: 0,
                mentions: 0,
                relative: .init(tone: Estimate(value: 0, standardError: 0.1), expectedIndex: 1, engagement: Estimate(value: value, standardError: 0.1),
                    expectedEvents: 100))
        }
        return DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points, noise: estimated)
    }

    /// Noise estimated from many pairs (the standard errors above are then the measure's own); with counting alone
    /// a relative measure's moves are not read as shifts.
    static let estimated = DyadSeries.Noise(
        tone: .counting, relativeTone: Dispersion(factor: 1, floor: 0, pairs: 100), engagement: Dispersion(factor: 1, floor: 0, pairs: 100),
        hostility: Dispersion(factor: 1, floor: 0, pairs: 100))

    @Test func countingAloneReadsNoShiftInARelativeMeasure() {
        let points = Self.series([0, 0.1, -0.1, 0, 0.05, 2, 1, 1.05, 0.95, 1, 1, 1.05]).points
        #expect(DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points).shifts(of: .engagement).isEmpty)
    }

    @Test func aYearOutBetweenYearsAtOneLevelIsASpell() {
        let shifts = Self.series([0, 0.1, -0.1, 0, 0.05, 2, 0, -0.05, 0.1, 0, 0, 0.05]).shifts(of: .engagement)
        #expect(shifts.count == 1)
        let spell = shifts[0]
        #expect(spell.isSpell && spell.kind == .intensification)
        #expect(spell.to.year == 2005 && spell.from.year == 2004 && spell.backBy?.year == 2006)
        #expect(spell.when == "in 2005 alone, back by 2006")
        // Its two sides: the rest of the stretch around it (eleven years), and the year itself.
        #expect(spell.before.periods == 11 && spell.after.periods == 1)
        #expect(abs(spell.change.value - 2) < 0.05)
    }

    /// A smaller departure, 3.6 standard errors: too small for PELT to pay two change points for (a χ² of about 12
    /// against twice its penalty), past the spells' threshold for twelve years (about 9.5).
    @Test func aSmallerDepartureIsFoundByTheSpellTest() {
        let values = [0, 0, 0, 0, 0, 0.36, 0, 0, 0, 0, 0, 0]
        let penalty = ChangePenalty.penalty(count: 12, minimumSegment: 1)
        #expect(12 < 2 * penalty && 12 > ChangePenalty.spellThreshold(count: 12))
        let shifts = Self.series(values).shifts(of: .engagement)
        #expect(shifts.map(\.isSpell) == [true])
        #expect(shifts.first?.to.year == 2005)
        // Against the rest of the stretch, without the spell itself: 0.36, not 0.36 × 11/12.
        #expect(abs((shifts.first?.change.value ?? 0) - 0.36) < 1e-9)
        #expect(shifts.first?.before.periods == 11)
    }

    @Test func aYearOutBetweenTwoLevelsIsTwoShifts() {
        let shifts = Self.series([0, 0.1, -0.1, 0, 0.05, 2, 1, 1.05, 0.95, 1, 1, 1.05]).shifts(of: .engagement)
        #expect(shifts.map(\.isSpell) == [false, false])
        #expect(shifts.map(\.to.year) == [2005, 2006])
        #expect(shifts.map(\.kind) == [.intensification, .disengagement])
    }

    @Test func aSeriesWithoutDepartureHasNoSpell() {
        #expect(Self.series([0, 0.1, -0.1, 0, 0.05, 0.15, 0, -0.05, 0.1, 0, 0, 0.05]).shifts(of: .engagement).isEmpty)
    }
}

/// The spells' threshold: Šidák's point for the stretch's inner periods, against a simulation of stretches without
/// any departure, and the normal quantiles it rests on against known values.
struct SpellThresholdTests {
    @Test(arguments: [12, 30, 360])
    func theThresholdMatchesASimulation(_ count: Int) {
        let simulated = ChangePenalty.simulatedSpellThreshold(count: count, replicates: 20_000)
        let threshold = ChangePenalty.spellThreshold(count: count)
        print("spell threshold for \(count) periods: \(threshold) (simulated \(simulated))")
        #expect(abs(threshold - simulated) / simulated < 0.03)
    }

    @Test func normalQuantiles() {
        // Φ⁻¹ at 0.975, 0.995, 0.5 and 1e-6 (tables of the normal distribution).
        #expect(abs(Normal.quantile(0.975) - 1.959_963_984_540_054) < 1e-12)
        #expect(abs(Normal.quantile(0.995) - 2.575_829_303_548_901) < 1e-12)
        #expect(abs(Normal.quantile(0.5)) < 1e-15)
        #expect(abs(Normal.quantile(1e-6) + 4.753_424_308_822_899) < 1e-9)
    }
}

/// A brief over data too sparse to say how relative measures wobble reads no shifts in them, and says so rather than
/// "no shift".
struct UnreadMeasuresTests {
    @Test func aBriefSaysWhichMeasuresItCouldNotRead() {
        let points = SpellTests.series([0, 0.1, -0.1, 0, 0.05, 2, 1, 1.05, 0.95, 1, 1, 1.05]).points
        let counting = DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points)
        let estimated = DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points, noise: SpellTests.estimated)
        let request = Brief.Request(first: "AAA", second: "BBB", focal: "CCC")
        func text(_ series: DyadSeries) -> String {
            let reading = Brief.DyadReading(dyad: series.dyad, series: series, shifts: [], events: [], storedEvents: 0)
            return Brief.findings(pair: reading, focalDyads: [], request: request, datasets: DatasetSelection(names: ["test"], isDefault: true)).map(\.text).joined(separator: "\n")
        }
        #expect(text(counting).contains("moves in relative tone, engagement and hostility not read as shifts"))
        #expect(!text(counting).contains("no shift"))
        #expect(text(estimated).contains("no shift in relative tone, engagement or hostility in 2000–2011."))
    }
}

/// A relative tie whose noise the data could not estimate is left unsigned, with its reason: its interval counts
/// events alone (on two days of ICEWS, "United States–North Korea +2.54 [+1.19, +3.89]" signed every triad).
struct UnestimatedTieTests {
    @Test func aTieWithoutEstimatedNoiseIsUnsigned() {
        let points = SpellTests.series(Array(repeating: 0, count: 12)).points.map { point in
            DyadSeries.Point(
                period: point.period, counts: point.counts, goldsteinSum: 0, spread: 0, mentions: 0,
                relative: .init(tone: Estimate(value: 2, standardError: 0.1), expectedIndex: 0.5, engagement: point.relative!.engagement,
                    expectedEvents: 100))
        }
        let window = Window(years: 2000...2011)
        let counting = SignedDyad(series: DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points), window: window)
        #expect(counting.sign == .neutral && counting.reason == .noiseUnknown)
        #expect(counting.explanation.contains("too narrow to sign by"))
        let estimated = SignedDyad(series: DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points, noise: SpellTests.estimated), window: window)
        #expect(estimated.sign == .positive && estimated.reason == .clear)
    }
}

/// Each period's tie read over its stretch when its own interval straddles (``SignedDyad/byPeriod(_:band:)``), on
/// series built by hand: relative tone −0.5 a year with a standard error of 0.4 (each year straddles 0, six pooled do
/// not), then a shift to +0.5, and a spell.
struct StretchTieTests {
    static func series(_ tones: [Double], error: Double = 0.4) -> DyadSeries {
        let points = tones.enumerated().map { offset, tone in
            DyadSeries.Point(
                period: Period(length: .year, year: 2000 + offset, index: 0), counts: [100, 0, 0, 0], goldsteinSum: 0, spread: 0,
                mentions: 0,
                relative: .init(tone: Estimate(value: tone, standardError: error), expectedIndex: 0.5,
                    engagement: Estimate(value: 0, standardError: 0.1), expectedEvents: 100))
        }
        return DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points, noise: SpellTests.estimated)
    }

    @Test func aYearThatStraddlesTakesItsStretchsSign() {
        let series = Self.series(Array(repeating: -0.5, count: 6) + Array(repeating: 1.2, count: 6))
        let shifts = series.shifts(of: .relativeTone)
        #expect(shifts.map(\.to.year) == [2006] && !shifts[0].isSpell)
        let alone = SignedDyad.series(series)
        let read = SignedDyad.byPeriod(series)
        #expect(alone.prefix(6).allSatisfy { $0.sign == .neutral && $0.reason == .straddles })
        let before = series.points.prefix(6).map { read[$0.period]! }
        #expect(before.allSatisfy { $0.sign == .negative && $0.reason == .stretch })
        // The tie keeps its own year's window, events and tone, and names the stretch it was signed by.
        #expect(before[2].window == Window(series.points[2].period) && before[2].events == 100 && before[2].relative?.value == -0.5)
        #expect(before[2].stretch?.window == Window(years: 2000...2005) && before[2].stretch?.events == 600)
        #expect(before[2].explanation.contains("but over 2000–2005 (no shift in relative tone) −0.50"))
        // After the shift each year is clear on its own: read alone.
        #expect(series.points.suffix(6).allSatisfy { read[$0.period]!.sign == .positive && read[$0.period]!.reason == .clear })
    }

    @Test func aSpellIsReadAloneAndLeftOutOfItsStretch() {
        var tones = Array(repeating: -0.5, count: 11)
        tones[5] = 3
        let series = Self.series(tones, error: 0.3)
        #expect(series.shifts(of: .relativeTone).map(\.isSpell) == [true])
        let read = SignedDyad.byPeriod(series)
        #expect(read[series.points[5].period]?.reason == .clear && read[series.points[5].period]?.sign == .positive)
        let stretch = read[series.points[4].period]?.stretch
        #expect(stretch?.events == 1_000 && abs((stretch?.relative.value ?? 0) + 0.5) < 1e-9)
    }

    /// Without its noise estimated, a relative tie is unsigned year by year as over a window.
    @Test func noStretchSignsATieWhoseNoiseIsUnknown() {
        let points = Self.series(Array(repeating: -0.5, count: 8)).points
        let read = SignedDyad.byPeriod(DyadSeries(dyad: Dyad("AAA", "BBB"), length: .year, points: points))
        #expect(read.values.allSatisfy { $0.sign == .neutral && $0.reason == .noiseUnknown })
    }
}
