import EntenteModel
import Foundation

/// What is expected of each pair of states in each period, from each state's relations with everyone then.
///
/// Two models, fitted period by period on a ``PeriodMatrix`` (docs/relations.md writes them down):
/// - **Tone.** The log-odds that an event between states *i* and *j* is cooperative is
///   `μₜ + sᵢₜ + sⱼₜ + uᵢⱼₜ`: a period's level, each state's own tone with everyone, and the pair's relative tone
///   `u`, which varies between pairs with variance `τ²ₜ`. The expected log-odds is `μₜ + sᵢₜ + sⱼₜ`. Fitted by
///   weighted least squares on each pair's empirical log-odds with weights `1 / (τ² + noise)` (a random-effects
///   fit, so that a pair with thousands of events does not swamp its states' own tone), states' effects shrunk
///   toward 0 with a unit prior; `τ²` by DerSimonian and Laird's moment estimator.
/// - **Engagement.** The expected number of events between *i* and *j* is `γᵢₜ γⱼₜ`, the quasi-independence
///   model: the γ make every state's expected total with others equal its observed total. So the growth of news
///   coverage over decades, and one state's prominence in the media, cancel out of observed ÷ expected.
///
/// The noise of each measure (``Dispersion``) is estimated from how much every pair's measure moves between
/// consecutive periods.
public struct Baseline: Sendable {
    /// One period's fit.
    public struct PeriodFit: Sendable, Hashable {
        /// μ: the period's log-odds of cooperation for a pair of states of average tone.
        public let intercept: Double
        /// s: each state's tone with everyone, by state index (0 for a state without events then).
        public let toneEffects: [Double]
        /// τ²: how much pairs' tones vary beyond their states' tones.
        public let toneSpread: Double
        /// γ: each state's activity, by state index; a pair is expected to have γᵢ γⱼ events.
        public let activity: [Double]
        /// Events that period, all pairs.
        public let events: Double
        /// Pairs with events.
        public let dyads: Int
        /// Each state's number of partners that period, by state index.
        public let partners: [Int]
    }

    public let length: PeriodLength
    public let states: [String]
    public let periods: [Period]
    public let fits: [PeriodFit]
    /// The noise of a pair's own log-odds of cooperation (its tone, not relative).
    public let tone: Dispersion
    /// The noise of a pair's relative tone.
    public let relativeTone: Dispersion
    /// The noise of a pair's log engagement.
    public let engagement: Dispersion

    private let stateIndex: [String: Int]
    private let periodIndex: [Period: Int]

    /// Fewest states with events, and pairs with events, in a period for its expectations to mean anything.
    public static let minimumStates = 10
    public static let minimumDyads = 20
    /// Fewest partners other than each other that each state of a pair needs for the pair's relative measures.
    public static let minimumOtherPartners = 2

    /// Fits both models to every period of `matrix` and estimates their noise.
    ///
    /// - Complexity: O(cells × iterations) per period; a 150-state yearly matrix of 30 years fits in tens of
    ///   milliseconds.
    public init(_ matrix: PeriodMatrix) {
        length = matrix.length
        states = matrix.states
        periods = matrix.periods
        var stateIndex: [String: Int] = [:]
        for (offset, state) in states.enumerated() { stateIndex[state] = offset }
        self.stateIndex = stateIndex
        var periodIndex: [Period: Int] = [:]
        for (offset, period) in periods.enumerated() { periodIndex[period] = offset }
        self.periodIndex = periodIndex

        let stateCount = states.count
        let activity = matrix.cells.map { Self.fitActivity($0, stateCount: stateCount) }
        let toneDispersion = Self.toneDispersion(matrix)
        // Relative tone: fit with counting's noise, estimate the noise from the residuals' moves, fit again.
        var relative = Dispersion(factor: 1, floor: 0.05, pairs: 0)
        var toneFits = matrix.cells.map { Self.fitTone($0, stateCount: stateCount, noise: relative) }
        if let estimated = Self.relativeToneDispersion(matrix, fits: toneFits) {
            relative = estimated
            toneFits = matrix.cells.map { Self.fitTone($0, stateCount: stateCount, noise: relative) }
        } else {
            relative = .counting
        }
        fits = matrix.cells.indices.map { offset in
            var partners = Array(repeating: 0, count: stateCount)
            var events = 0.0
            for cell in matrix.cells[offset] where cell.events > 0 {
                partners[Int(cell.first)] += 1
                partners[Int(cell.second)] += 1
                events += cell.events
            }
            return PeriodFit(
                intercept: toneFits[offset].intercept, toneEffects: toneFits[offset].effects, toneSpread: toneFits[offset].spread,
                activity: activity[offset], events: events, dyads: matrix.cells[offset].count(where: { $0.events > 0 }),
                partners: partners)
        }
        tone = toneDispersion
        relativeTone = relative
        engagement = Self.engagementDispersion(matrix, activity: activity)
    }

    public func index(of state: String) -> Int? { stateIndex[state] }
    public func offset(of period: Period) -> Int? { periodIndex[period] }

    /// Whether a period has enough states and pairs for its expectations to mean anything.
    public func isInformative(_ offset: Int) -> Bool {
        let fit = fits[offset]
        return fit.dyads >= Self.minimumDyads && fit.partners.count(where: { $0 > 0 }) >= Self.minimumStates
    }

    /// Whether the pair's relative measures can be read in a period: the period is informative and each state has
    /// enough other partners that its own tone and activity are not just this pair's.
    public func canRelate(_ a: Int, _ b: Int, period offset: Int, pairHasEvents: Bool) -> Bool {
        guard isInformative(offset) else { return false }
        let own = pairHasEvents ? 1 : 0
        let partners = fits[offset].partners
        return partners[a] - own >= Self.minimumOtherPartners && partners[b] - own >= Self.minimumOtherPartners
    }

    /// The log-odds of cooperation expected of a pair in a period: μ + sₐ + s_b.
    public func expectedLogOdds(_ a: Int, _ b: Int, period offset: Int) -> Double {
        let fit = fits[offset]
        return fit.intercept + fit.toneEffects[a] + fit.toneEffects[b]
    }

    /// The number of events expected between a pair in a period: γₐ γ_b.
    public func expectedEvents(_ a: Int, _ b: Int, period offset: Int) -> Double {
        let fit = fits[offset]
        return fit.activity[a] * fit.activity[b]
    }
}

// MARK: - Measures of one cell

extension Baseline {
    /// A pair's empirical log-odds of cooperation, (c + ½) / (n + 1) on the logit scale, and its counting variance.
    @inlinable
    public static func logOdds(events: Double, cooperative: Double) -> (value: Double, variance: Double) {
        let share = (cooperative + 0.5) / (events + 1)
        return (log(share / (1 - share)), 1 / ((events + 1) * share * (1 - share)))
    }

    /// A pair's log engagement, log((n + ½) / (expected + ½)), and its counting variance 1 / (n + ½).
    @inlinable
    public static func logEngagement(events: Double, expected: Double) -> (value: Double, variance: Double) {
        (log((events + 0.5) / (expected + 0.5)), 1 / (events + 0.5))
    }
}

// MARK: - A pair's period

extension Baseline {
    /// A pair's relative measures in one period before their noise is known: values and counting variances.
    struct RelativeParts {
        var tone: (value: Double, variance: Double)?
        var expectedIndex: Double
        var engagement: (value: Double, variance: Double)
        var expectedEvents: Double

        /// The period's reading with the dyad's noise.
        func reading(_ noise: DyadSeries.Noise) -> DyadSeries.Point.Relative {
            DyadSeries.Point.Relative(
                tone: tone.map { Estimate(value: $0.value, standardError: noise.relativeTone.variance($0.variance).squareRoot()) },
                expectedIndex: expectedIndex,
                engagement: Estimate(value: engagement.value, standardError: noise.engagement.variance(engagement.variance).squareRoot()),
                expectedEvents: expectedEvents)
        }
    }

    /// A pair's period against what is expected of it; nil when the baseline cannot say (too few states that
    /// period, or either state with too few other partners).
    func relativeParts(_ dyad: Dyad, period: Period, events: Double, cooperative: Double) -> RelativeParts? {
        guard let a = index(of: dyad.first), let b = index(of: dyad.second), let offset = offset(of: period),
            canRelate(a, b, period: offset, pairHasEvents: events > 0)
        else { return nil }
        let expectedLogOdds = expectedLogOdds(a, b, period: offset)
        var tone: (value: Double, variance: Double)?
        if events > 0 {
            let measure = Self.logOdds(events: events, cooperative: cooperative)
            tone = (measure.value - expectedLogOdds, measure.variance)
        }
        let expected = expectedEvents(a, b, period: offset)
        return RelativeParts(
            tone: tone, expectedIndex: Logit.index(expectedLogOdds), engagement: Self.logEngagement(events: events, expected: expected),
            expectedEvents: expected)
    }
}
