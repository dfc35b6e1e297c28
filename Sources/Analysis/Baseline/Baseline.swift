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
/// - **Engagement.** The expected number of events between *i* and *j* is `oᵢ oⱼ / (Σ − 2nᵢⱼ)`: independence
///   on what each state does with everyone else (oᵢ, its events with states other than j; Σ, all states' events
///   counted for both their states, without the pair's). So the growth of news coverage over decades, and one
///   state's prominence in the media, cancel out of observed ÷ expected, and a pair's own rise is never absorbed
///   into what is expected of it.
/// - **Hostility.** The same model on conflictual events alone (quad classes 3 and 4): the pair's conflictual
///   events against those expected from each state's conflictual dealings with everyone else. A crisis that passes
///   shows here first: its conflict multiplies while the pair's share of cooperation, which the meetings and
///   statements of real event data keep high, moves less.
///
/// The noise of each measure (``Dispersion``) is estimated from how much every pair's measure moves between
/// consecutive periods.
public struct Baseline: Sendable {
    /// One period's fit.
    public struct PeriodFit: Sendable, Hashable, Codable {
        let tone: ToneFit
        let engagement: ActivityFit
        let hostility: ActivityFit
        /// Events that period, all pairs.
        public let events: Double
        /// Pairs with events.
        public let dyads: Int
        /// Each state's number of partners that period, by state index.
        public let partners: [Int]

        /// μ: the period's log-odds of cooperation for a pair of states of average tone.
        public var intercept: Double { tone.intercept }
        /// s: each state's tone with everyone, by state index (0 for a state without events then).
        public var toneEffects: [Double] { tone.effects }
        /// τ²: how much pairs' tones vary beyond their states' tones.
        public var toneSpread: Double { tone.spread }
        /// Each state's events with all other states, by state index.
        public var activity: [Double] { engagement.totals }
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
    /// The noise of a pair's log hostility.
    public let hostility: Dispersion

    private let stateIndex: [String: Int]
    private let periodIndex: [Period: Int]

    /// Each element's offset in `elements`.
    private static func offsets<Element: Hashable>(_ elements: [Element]) -> [Element: Int] {
        Dictionary(uniqueKeysWithValues: elements.enumerated().map { ($1, $0) })
    }

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
        stateIndex = Self.offsets(states)
        periodIndex = Self.offsets(periods)

        let stateCount = states.count
        let activity = matrix.cells.map { Self.fitActivity($0, stateCount: stateCount, count: \.events) }
        let conflict = matrix.cells.map { Self.fitActivity($0, stateCount: stateCount, count: \.conflictual) }
        let toneDispersion = Self.toneDispersion(matrix)
        let partners = matrix.cells.map { Self.partners($0, stateCount: stateCount) }
        // Relative tone: fit with counting's noise, estimate the noise from the residuals' moves, fit again.
        var relative = Dispersion(factor: 1, floor: 0.05, pairs: 0)
        var toneFits = matrix.cells.map { Self.fitTone($0, stateCount: stateCount, noise: relative) }
        if let estimated = Self.relativeToneDispersion(matrix, fits: toneFits, partners: partners) {
            relative = estimated
            toneFits = matrix.cells.map { Self.fitTone($0, stateCount: stateCount, noise: relative) }
        } else {
            relative = .counting
        }
        fits = matrix.cells.indices.map { offset in
            PeriodFit(
                tone: toneFits[offset], engagement: activity[offset], hostility: conflict[offset],
                events: matrix.cells[offset].reduce(0) { $0 + $1.events }, dyads: matrix.cells[offset].count(where: { $0.events > 0 }),
                partners: partners[offset])
        }
        tone = toneDispersion
        relativeTone = relative
        engagement = Self.activityDispersion(matrix, activity: activity, count: \.events)
        hostility = Self.activityDispersion(matrix, activity: conflict, count: \.conflictual)
    }

    /// A baseline from its parts (as ``Codable`` reads it back).
    init(
        length: PeriodLength, states: [String], periods: [Period], fits: [PeriodFit], tone: Dispersion, relativeTone: Dispersion,
        engagement: Dispersion, hostility: Dispersion
    ) {
        self.length = length
        self.states = states
        self.periods = periods
        self.fits = fits
        self.tone = tone
        self.relativeTone = relativeTone
        self.engagement = engagement
        self.hostility = hostility
        stateIndex = Self.offsets(states)
        periodIndex = Self.offsets(periods)
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
        /// The pair's events that period, and of them the cooperative.
        var events: Double
        var cooperative: Double
        var tone: (value: Double, variance: Double)?
        var expectedIndex: Double
        var engagement: (value: Double, variance: Double, wobble: Double)
        var expectedEvents: Double
        /// Nil when either state has no other conflictual dealings that period.
        var hostility: (value: Double, variance: Double, wobble: Double)?
        var expectedConflict: Double?

        /// The period's reading with the dyad's noise.
        func reading(_ noise: DyadSeries.Noise) -> DyadSeries.Point.Relative {
            DyadSeries.Point.Relative(
                tone: tone.map {
                    Estimate(value: $0.value, standardError: noise.relativeTone.variance($0.variance, events: events).squareRoot())
                },
                expectedIndex: expectedIndex,
                engagement: Estimate(
                    value: engagement.value,
                    standardError: noise.engagement.variance(engagement.variance, wobble: engagement.wobble, events: events).squareRoot()),
                expectedEvents: expectedEvents,
                hostility: hostility.map {
                    Estimate(value: $0.value, standardError: noise.hostility.variance($0.variance, wobble: $0.wobble, events: conflictual).squareRoot())
                },
                expectedConflict: expectedConflict)
        }

        /// The pair's conflictual events that period.
        var conflictual: Double { events - cooperative }
    }

    /// A pair's period against what is expected of it; nil when the baseline cannot say (too few states that
    /// period, or either state with too few other partners).
    func relativeParts(_ dyad: Dyad, period: Period, events: Double, cooperative: Double) -> RelativeParts? {
        guard let a = index(of: dyad.first), let b = index(of: dyad.second), let offset = offset(of: period),
            canRelate(a, b, period: offset, pairHasEvents: events > 0)
        else { return nil }
        let fit = fits[offset]
        guard let engagement = fit.engagement.relative(a, b, events: events) else { return nil }
        let tone = fit.tone.relative(a, b, events: events, cooperative: cooperative)
        let hostility = fit.hostility.relative(a, b, events: events - cooperative)
        return RelativeParts(
            events: events, cooperative: cooperative, tone: tone.map { ($0.value, $0.variance) },
            expectedIndex: Logit.index(tone?.expected ?? fit.tone.expected(a, b)),
            engagement: (engagement.value, engagement.variance, engagement.wobble), expectedEvents: engagement.expected,
            hostility: hostility.map { ($0.value, $0.variance, $0.wobble) }, expectedConflict: hostility?.expected)
    }
}
