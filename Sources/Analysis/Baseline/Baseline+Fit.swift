import Foundation

extension Baseline {
    /// The tone model of one period: μ, each state's s, and τ².
    struct ToneFit {
        var intercept: Double
        var effects: [Double]
        var spread: Double
    }

    /// Prior precision of a state's tone effect (a unit normal prior): a state seen with one or two partners keeps
    /// an effect near 0 instead of taking its pair's whole tone.
    static let effectPrecision = 1.0

    /// Fits μ + sᵢ + sⱼ to the pairs' empirical log-odds by Gauss–Seidel sweeps, then τ² (DerSimonian–Laird),
    /// three times over (the weights depend on τ²).
    static func fitTone(_ cells: [PeriodMatrix.Cell], stateCount: Int, noise: Dispersion) -> ToneFit {
        let used = cells.filter { $0.events > 0 }
        var effects = Array(repeating: 0.0, count: stateCount)
        guard !used.isEmpty else { return ToneFit(intercept: 0, effects: effects, spread: 0) }
        var values: [Double] = []
        var noises: [Double] = []
        values.reserveCapacity(used.count)
        noises.reserveCapacity(used.count)
        var adjacency = Array(repeating: [Int32](), count: stateCount)
        for (k, cell) in used.enumerated() {
            let measure = logOdds(events: cell.events, cooperative: cell.cooperative)
            values.append(measure.value)
            noises.append(noise.variance(measure.variance))
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
        return ToneFit(intercept: intercept, effects: effects, spread: spread)
    }

    /// γ for the quasi-independence model: γᵢ (Γ − γᵢ) = nᵢ for every state, by fixed-point iteration.
    static func fitActivity(_ cells: [PeriodMatrix.Cell], stateCount: Int) -> [Double] {
        var totals = Array(repeating: 0.0, count: stateCount)
        for cell in cells {
            totals[Int(cell.first)] += cell.events
            totals[Int(cell.second)] += cell.events
        }
        let all = totals.reduce(0, +)
        guard all > 0 else { return totals }
        var activity = totals.map { $0 / all.squareRoot() }
        for _ in 0..<500 {
            let sum = activity.reduce(0, +)
            var largest = 0.0
            for state in activity.indices where totals[state] > 0 {
                let updated = totals[state] / max(sum - activity[state], 1e-12)
                largest = max(largest, abs(updated - activity[state]) / max(updated, 1e-12))
                activity[state] = updated
            }
            if largest < 1e-10 { break }
        }
        return activity
    }

    // MARK: - Noise

    /// Fewest events in each of two consecutive periods for a pair's move to inform the noise estimate: below it
    /// an empirical log-odds or log-ratio is too coarse for the normal approximation its variance rests on, and
    /// the many small pairs would pull the estimate of the floor down (measured on synthetic data with a known
    /// floor: with 20, engagement's floor came out at half its true value).
    public static let minimumEventsForNoise = 50.0
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
        var changes: [Double] = []
        var variances: [Double] = []
        for offset in matrix.periods.indices.dropFirst() {
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { _, _, earlier, later in
                guard let earlier, let later, earlier.events >= minimumEventsForNoise, later.events >= minimumEventsForNoise else { return }
                let before = logOdds(events: earlier.events, cooperative: earlier.cooperative)
                let after = logOdds(events: later.events, cooperative: later.cooperative)
                changes.append(after.value - before.value)
                variances.append(after.variance + before.variance)
            }
        }
        return Dispersion.estimate(changes: changes, countingVariances: variances)
    }

    /// The noise of a pair's relative tone, from its moves between consecutive informative periods; nil when too
    /// few pairs can be related.
    static func relativeToneDispersion(_ matrix: PeriodMatrix, fits: [ToneFit]) -> Dispersion? {
        let partners = matrix.cells.map { cells in
            var counts = Array(repeating: 0, count: matrix.states.count)
            for cell in cells where cell.events > 0 {
                counts[Int(cell.first)] += 1
                counts[Int(cell.second)] += 1
            }
            return counts
        }
        func related(_ a: Int, _ b: Int, _ offset: Int) -> Bool {
            partners[offset][a] - 1 >= minimumOtherPartners && partners[offset][b] - 1 >= minimumOtherPartners
        }
        var changes: [Double] = []
        var variances: [Double] = []
        for offset in matrix.periods.indices.dropFirst() {
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { a, b, earlier, later in
                guard let earlier, let later, earlier.events >= minimumEventsForNoise, later.events >= minimumEventsForNoise,
                    related(a, b, offset - 1), related(a, b, offset)
                else { return }
                let before = logOdds(events: earlier.events, cooperative: earlier.cooperative)
                let after = logOdds(events: later.events, cooperative: later.cooperative)
                let expectedBefore = fits[offset - 1].intercept + fits[offset - 1].effects[a] + fits[offset - 1].effects[b]
                let expectedAfter = fits[offset].intercept + fits[offset].effects[a] + fits[offset].effects[b]
                changes.append((after.value - expectedAfter) - (before.value - expectedBefore))
                variances.append(after.variance + before.variance)
            }
        }
        let estimate = Dispersion.estimate(changes: changes, countingVariances: variances)
        return estimate.isEstimated ? estimate : nil
    }

    /// The noise of a pair's log engagement, from its moves between consecutive periods (a pair with events in
    /// either; both periods' γ known for both states).
    static func engagementDispersion(_ matrix: PeriodMatrix, activity: [[Double]]) -> Dispersion {
        var changes: [Double] = []
        var variances: [Double] = []
        for offset in matrix.periods.indices.dropFirst() {
            let before = activity[offset - 1]
            let after = activity[offset]
            forEachPair(matrix.cells[offset - 1], matrix.cells[offset]) { a, b, earlier, later in
                guard before[a] > 0, before[b] > 0, after[a] > 0, after[b] > 0,
                    min(earlier?.events ?? 0, later?.events ?? 0) >= minimumEventsForNoise else { return }
                let first = logEngagement(events: earlier?.events ?? 0, expected: before[a] * before[b])
                let second = logEngagement(events: later?.events ?? 0, expected: after[a] * after[b])
                changes.append(second.value - first.value)
                variances.append(first.variance + second.variance)
            }
        }
        return Dispersion.estimate(changes: changes, countingVariances: variances)
    }
}
