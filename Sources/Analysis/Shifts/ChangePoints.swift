import Foundation

/// Finds change points in a series by PELT (Killick, Fearnhead & Eckley 2012): the segmentation that minimises
/// the segments' costs plus a penalty per change, in expected linear time.
///
/// Two costs, both read from prefix sums so that a segment's cost is O(1):
/// - ``Cost/gaussian(values:variances:)``: a change in mean of values with known variances (relative tone and
///   engagement on their log scales, whose variances come from a ``Dispersion``);
/// - ``Cost/quasiBinomial(events:successes:dispersions:)``: a change in a share, each period's binomial
///   likelihood divided by its own dispersion (a period's tone, which may rest on a handful of events).
///
/// The penalty is calibrated (``ChangePenalty``) so that a series without change shows a false one in at most
/// 5 % of cases, whatever its length.
public struct ChangePoints: Sendable {
    /// A segment cost: twice a negative log-likelihood, up to a constant that cancels between segmentations.
    public struct Cost: Sendable {
        let count: Int
        let segment: @Sendable (_ start: Int, _ end: Int) -> Double

        /// Normal values with known variances; the segment's mean is their inverse-variance-weighted mean.
        public static func gaussian(values: [Double], variances: [Double]) -> Cost {
            var weight = [0.0]
            var weighted = [0.0]
            var squared = [0.0]
            for (value, variance) in zip(values, variances) {
                let w = 1 / max(variance, 1e-12)
                weight.append(weight.last! + w)
                weighted.append(weighted.last! + w * value)
                squared.append(squared.last! + w * value * value)
            }
            return Cost(count: values.count) { [weight, weighted, squared] start, end in
                let w = weight[end] - weight[start]
                guard w > 0 else { return 0 }
                let sum = weighted[end] - weighted[start]
                return max(0, squared[end] - squared[start] - sum * sum / w)
            }
        }

        /// Binomial counts, each period's likelihood divided by its dispersion (1 for counting alone).
        public static func quasiBinomial(events: [Double], successes: [Double], dispersions: [Double]) -> Cost {
            var trials = [0.0]
            var hits = [0.0]
            // Σ of each period's own best log-likelihood, so that a segment's cost is its deviance (≥ 0).
            var saturated = [0.0]
            for index in events.indices {
                let d = max(dispersions[index], 1e-12)
                let n = events[index] / d
                let s = min(successes[index], events[index]) / d
                trials.append(trials.last! + n)
                hits.append(hits.last! + s)
                saturated.append(saturated.last! + logLikelihood(successes: s, trials: n))
            }
            return Cost(count: events.count) { [trials, hits, saturated] start, end in
                let n = trials[end] - trials[start]
                let s = hits[end] - hits[start]
                return max(0, 2 * (saturated[end] - saturated[start] - logLikelihood(successes: s, trials: n)))
            }
        }

        static func logLikelihood(successes s: Double, trials n: Double) -> Double {
            guard n > 0 else { return 0 }
            let p = s / n
            var value = 0.0
            if s > 0 { value += s * log(p) }
            if n - s > 0 { value += (n - s) * log(1 - p) }
            return value
        }
    }

    /// Fewest observations in a segment.
    public var minimumSegment: Int
    /// The cost of one more change point.
    public var penalty: Double

    public init(minimumSegment: Int = 1, penalty: Double) {
        self.minimumSegment = max(1, minimumSegment)
        self.penalty = penalty
    }

    /// The indices at which a new segment begins (never 0), in order.
    ///
    /// - Complexity: O(n) expected, O(n²) at worst, for n observations.
    public func locate(_ cost: Cost) -> [Int] {
        let n = cost.count
        let m = minimumSegment
        guard n >= 2 * m else { return [] }
        var best = Array(repeating: Double.infinity, count: n + 1)
        var previous = Array(repeating: 0, count: n + 1)
        best[0] = -penalty
        var candidates = [0]
        for end in stride(from: m, through: n, by: 1) {
            var bestValue = Double.infinity
            var bestStart = 0
            for start in candidates where end - start >= m {
                let value = best[start] + cost.segment(start, end) + penalty
                if value < bestValue {
                    bestValue = value
                    bestStart = start
                }
            }
            guard bestValue.isFinite else { continue }
            best[end] = bestValue
            previous[end] = bestStart
            candidates = candidates.filter { end - $0 < m || best[$0] + cost.segment($0, end) <= best[end] }
            let newStart = end - m + 1
            if newStart >= m { candidates.append(newStart) }
        }
        var points: [Int] = []
        var cursor = n
        while cursor > 0 {
            let start = previous[cursor]
            if start > 0 { points.append(start) }
            cursor = start
        }
        return points.reversed()
    }
}
