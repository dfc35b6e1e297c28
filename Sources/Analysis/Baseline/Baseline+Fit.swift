import Foundation

extension Baseline {
    /// The tone model of one period: μ, each state's s, and τ².
    struct ToneFit: Sendable, Hashable, Codable {
        var intercept: Double
        var effects: [Double]
        var spread: Double
        /// Per state, Σ w (y − μ − s_other) and Σ w over its pairs at the fit: what leaving one pair out needs.
        var sums: [Double]
        var weights: [Double]
        /// The noise the weights were made with.
        var noise: Dispersion

        /// A pair's relative tone: its log-odds minus the log-odds expected from its states' tone with everyone
        /// else — each state's effect refitted without this pair (one Gauss–Seidel step, exact for the state,
        /// ignoring the pair's small pull on μ) — with its counting variance: the pair's own, plus the variance of
        /// the two refitted effects (large for a state seen with few others). Nil without events.
        func relative(_ a: Int, _ b: Int, events: Double, cooperative: Double) -> (value: Double, variance: Double, expected: Double)? {
            guard events > 0 else { return nil }
            let measure = Baseline.logOdds(events: events, cooperative: cooperative)
            let weight = 1 / (spread + noise.variance(measure.variance, events: events))
            let precisionA = max(weights[a] - weight, 0) + effectPrecision
            let precisionB = max(weights[b] - weight, 0) + effectPrecision
            let withoutA = (sums[a] - weight * (measure.value - intercept - effects[b])) / precisionA
            let withoutB = (sums[b] - weight * (measure.value - intercept - effects[a])) / precisionB
            let expected = intercept + withoutA + withoutB
            return (measure.value - expected, measure.variance + 1 / precisionA + 1 / precisionB, expected)
        }

        /// The log-odds expected of a pair with no events: μ + sₐ + s_b.
        func expected(_ a: Int, _ b: Int) -> Double { intercept + effects[a] + effects[b] }
    }

    /// The engagement model of one period: each state's dealings with everyone (its total events with other states)
    /// — or, for hostility, its conflictual dealings.
    struct ActivityFit: Sendable, Hashable, Codable {
        /// Per state, its events with all other states.
        var totals: [Double]
        /// Σ of `totals`: every event counted for both its states.
        var sum: Double
        /// Per state, Σ of its pairs' events squared: how concentrated its dealings are.
        var squares: [Double]

        /// A pair's log engagement, log((n + ½) / (E + ½)), against the events E expected from what each state does
        /// with everyone else, E = oₐ o_b / (Σ − 2n) (oₐ: a's events with states other than b; Σ: all states' events,
        /// each counted for both its states, without the pair's) — so that a pair's own rise is never absorbed into
        /// what is expected of it — with its counting variance: the pair's own events' and the two states' other
        /// events'. Nil when either state has no other activity.
        func relative(_ a: Int, _ b: Int, events: Double) -> (value: Double, variance: Double, wobble: Double, expected: Double)? {
            let otherA = totals[a] - events
            let otherB = totals[b] - events
            guard otherA > 0, otherB > 0, sum - 2 * events > 0 else { return nil }
            // Independence on what both states do with everyone else: each state's other events, spread over
            // partners in proportion to the partners' own dealings.
            let expected = otherA * otherB / (sum - 2 * events)
            // The other events of a state are a sum of its other pairs', each wobbling on its own: their log wobbles
            // by the sum of those pairs' squared shares (a Herfindahl index) times one pair's wobble.
            let concentration = max(0, squares[a] - events * events) / (otherA * otherA) + max(0, squares[b] - events * events) / (otherB * otherB)
            let own = Baseline.logEngagement(events: events, expected: expected)
            return (own.value, own.variance + 1 / (otherA + 0.5) + 1 / (otherB + 0.5), 1 + concentration, expected)
        }
    }

    /// Prior precision of a state's tone effect (a unit normal prior): a state seen with one or two partners keeps
    /// an effect near 0 instead of taking its pair's whole tone.
    static let effectPrecision = 1.0

    /// Fits μ + sᵢ + sⱼ to the pairs' empirical log-odds by Gauss–Seidel sweeps, then τ² (DerSimonian–Laird),
    /// three times over (the weights depend on τ²).
    static func fitTone(_ cells: [PeriodMatrix.Cell], stateCount: Int, noise: Dispersion) -> ToneFit {
        let used = cells.filter { $0.events > 0 }
        var effects = Array(repeating: 0.0, count: stateCount)
        let zeros = effects
        guard !used.isEmpty else { return ToneFit(intercept: 0, effects: effects, spread: 0, sums: zeros, weights: zeros, noise: noise) }
        var values: [Double] = []
        var noises: [Double] = []
        values.reserveCapacity(used.count)
        noises.reserveCapacity(used.count)
        var adjacency = Array(repeating: [Int32](), count: stateCount)
        for (k, cell) in used.enumerated() {
            let measure = logOdds(events: cell.events, cooperative: cell.cooperative)
            values.append(measure.value)
            noises.append(noise.variance(measure.variance, events: cell.events))
            adjacency[Int(cell.first)].append(Int32(k))
            adjacency[Int(cell.second)].append(Int32(k))
        }
        var spread = 1.0
        var intercept = values.reduce(0, +) / Double(values.count)
        var weights = Array(repeating: 0.0, count: used.count)
        for _ in 0..<3 {
            for k in weights.indices { weights[k] = 1 / (spread + noises[k]) }
            for _ in 0..<200 {
                var largest = 0.0
                for state in 0..<stateCount where !adjacency[state].isEmpty {
                    var numerator = 0.0
                    var denominator = effectPrecision
                    for k in adjacency[state] {
                        let cell = used[Int(k)]
                        let other = Int(cell.first) == state ? Int(cell.second) : Int(cell.first)
                        numerator += weights[Int(k)] * (values[Int(k)] - intercept - effects[other])
                        denominator += weights[Int(k)]
                    }
                    let updated = numerator / denominator
                    largest = max(largest, abs(updated - effects[state]))
                    effects[state] = updated
                }
                var numerator = 0.0
                var denominator = 0.0
                for (k, cell) in used.enumerated() {
                    numerator += weights[k] * (values[k] - effects[Int(cell.first)] - effects[Int(cell.second)])
                    denominator += weights[k]
                }
                let updated = numerator / denominator
                largest = max(largest, abs(updated - intercept))
                intercept = updated
                if largest < 1e-5 { break }
            }
            // DerSimonian–Laird: Q = Σ r² / noise against its expectation under τ² = 0.
            var q = 0.0
            var sum = 0.0
            var sumOfSquares = 0.0
            for (k, cell) in used.enumerated() {
                let residual = values[k] - intercept - effects[Int(cell.first)] - effects[Int(cell.second)]
                let weight = 1 / noises[k]
                q += weight * residual * residual
                sum += weight
                sumOfSquares += weight * weight
            }
            let parameters = Double(adjacency.count(where: { !$0.isEmpty }) + 1)
            let freedom = max(1, Double(used.count) - parameters)
            let scale = sum - sumOfSquares / sum
            spread = scale > 0 ? max(0.01, (q - freedom) / scale) : 0.01
        }
        // The per-state sums at the final weights, for leaving one pair out.
        var sums = zeros
        var totals = zeros
        for (k, cell) in used.enumerated() {
            let (a, b) = (Int(cell.first), Int(cell.second))
            let weight = 1 / (spread + noises[k])
            sums[a] += weight * (values[k] - intercept - effects[b])
            sums[b] += weight * (values[k] - intercept - effects[a])
            totals[a] += weight
            totals[b] += weight
        }
        for state in 0..<stateCount where !adjacency[state].isEmpty { effects[state] = sums[state] / (totals[state] + effectPrecision) }
        return ToneFit(intercept: intercept, effects: effects, spread: spread, sums: sums, weights: totals, noise: noise)
    }

    /// Each state's number of partners (pairs with events) in one period, by state index.
    static func partners(_ cells: [PeriodMatrix.Cell], stateCount: Int) -> [Int] {
        var partners = Array(repeating: 0, count: stateCount)
        for cell in cells where cell.events > 0 {
            partners[Int(cell.first)] += 1
            partners[Int(cell.second)] += 1
        }
        return partners
    }

    /// Each state's dealings with everyone in one period, counted by `count` (all events, or the conflictual).
    static func fitActivity(_ cells: [PeriodMatrix.Cell], stateCount: Int, count: (PeriodMatrix.Cell) -> Double) -> ActivityFit {
        var totals = Array(repeating: 0.0, count: stateCount)
        var squares = totals
        for cell in cells {
            let events = count(cell)
            totals[Int(cell.first)] += events
            totals[Int(cell.second)] += events
            squares[Int(cell.first)] += events * events
            squares[Int(cell.second)] += events * events
        }
        return ActivityFit(totals: totals, sum: totals.reduce(0, +), squares: squares)
    }

    // MARK: - Noise

    /// Fewest events in each of two consecutive periods for a pair's move to inform the noise estimate: below it
    /// an empirical log-odds or log-ratio is too coarse for the normal approximation its variance rests on, and
    /// the many small pairs would pull the estimate of the floor down (measured on synthetic data with a known
    /// floor: with 20, engagement's floor came out at half its true value).
    public static let minimumEventsForNoise = 20.0
    /// The same for one dyad's own floor (``Dispersion/forDyad(changes:countingVariances:)``), where the pooled
    /// factor is known: lower, so that a middling pair is read with its own noise and not only with the larger
    /// pairs' that dominate the pooled estimate.
    public static let minimumEventsForDyadNoise = 20.0

    /// Walks the pairs of two consecutive periods' cells (each sorted by pair), calling `body` with each pair's
    /// cells (nil where the pair has no events in that period).
    static func forEachPair(
        _ earlier: [PeriodMatrix.Cell], _ later: [PeriodMatrix.Cell],
        _ body: (_ first: Int, _ second: Int, _ earlier: PeriodMatrix.Cell?, _ later: PeriodMatrix.Cell?) -> Void
    ) {
        var i = 0
        var j = 0
        while i < earlier.count || j < later.count {
            let a = i < earlier.count ? (earlier[i].first, earlier[i].second) : (Int32.max, Int32.max)
            let b = j < later.count ? (later[j].first, later[j].second) : (Int32.max, Int32.max)
            if a == b {
                body(Int(a.0), Int(a.1), earlier[i], later[j])
                i += 1
                j += 1
            } else if a < b {
                body(Int(a.0), Int(a.1), earlier[i], nil)
                i += 1
            } else {
                body(Int(b.0), Int(b.1), nil, later[j])
                j += 1
            }
        }
    }

    /// The noise of a pair's own log-odds, from its moves between consecutive periods with events in both.
    static func toneDispersion(_ matrix: PeriodMatrix) -> Dispersion {
        var changes: [Dispersion.Change] = []
        for offset in matrix.periods.indices.dropFirst() {
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { _, _, earlier, later in
                guard let earlier, let later, earlier.events > 0, later.events > 0 else { return }
                let before = logOdds(events: earlier.events, cooperative: earlier.cooperative)
                let after = logOdds(events: later.events, cooperative: later.cooperative)
                changes.append(
                    Dispersion.Change(
                        value: after.value - before.value, countingVariance: after.variance + before.variance,
                        events: (earlier.events * later.events).squareRoot()))
            }
        }
        return Dispersion.estimate(changes, fitAbove: minimumEventsForNoise)
    }

    /// The noise of a pair's relative tone, from its moves between consecutive informative periods; nil when too
    /// few pairs can be related.
    static func relativeToneDispersion(_ matrix: PeriodMatrix, fits: [ToneFit], partners: [[Int]]) -> Dispersion? {
        func related(_ a: Int, _ b: Int, _ offset: Int) -> Bool {
            partners[offset][a] - 1 >= minimumOtherPartners && partners[offset][b] - 1 >= minimumOtherPartners
        }
        var changes: [Dispersion.Change] = []
        for offset in matrix.periods.indices.dropFirst() {
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { a, b, earlier, later in
                guard let earlier, let later, earlier.events > 0, later.events > 0, related(a, b, offset - 1), related(a, b, offset),
                    let before = fits[offset - 1].relative(a, b, events: earlier.events, cooperative: earlier.cooperative),
                    let after = fits[offset].relative(a, b, events: later.events, cooperative: later.cooperative)
                else { return }
                changes.append(
                    Dispersion.Change(
                        value: after.value - before.value, countingVariance: after.variance + before.variance,
                        events: (earlier.events * later.events).squareRoot()))
            }
        }
        let estimate = Dispersion.estimate(changes, fitAbove: minimumEventsForNoise)
        return estimate.isEstimated ? estimate : nil
    }

    /// The noise of a pair's log engagement (or hostility, with `count` the conflictual events), from its moves
    /// between consecutive periods with such events in both.
    static func activityDispersion(_ matrix: PeriodMatrix, activity: [ActivityFit], count: (PeriodMatrix.Cell) -> Double) -> Dispersion {
        var changes: [Dispersion.Change] = []
        for offset in matrix.periods.indices.dropFirst() {
            let before = activity[offset - 1]
            let after = activity[offset]
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { a, b, earlier, later in
                let (n1, n2) = (earlier.map(count) ?? 0, later.map(count) ?? 0)
                guard min(n1, n2) > 0, let first = before.relative(a, b, events: n1), let second = after.relative(a, b, events: n2)
                else { return }
                changes.append(
                    Dispersion.Change(
                        value: second.value - first.value, countingVariance: first.variance + second.variance,
                        wobble: first.wobble + second.wobble, events: (n1 * n2).squareRoot()))
            }
        }
        return Dispersion.estimate(changes, fitAbove: minimumEventsForNoise)
    }
}
