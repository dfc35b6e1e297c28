import Foundation

/// Finds the change points of a cooperation series by PELT (Killick, Fearnhead & Eckley 2012) with a
/// binomial cost and a BIC penalty — no hand-tuned threshold.
///
/// Each observed period is a number of events of which some are cooperative. A segment's cost is −2 times
/// its binomial log-likelihood at the segment's own cooperative share; each change point costs
/// `2 ln N` (BIC: a new share and a location, N events in all). News events are not independent draws —
/// one story spawns many — so the cost is divided by a dispersion factor φ ≥ 1 estimated robustly from
/// consecutive periods (quasi-likelihood); with sparse curated data φ is 1, with millions of GDELT rows it
/// keeps small wobbles from counting as shifts.
public struct ShiftDetector: Sendable {
    public struct Observation: Sendable, Hashable {
        public let events: Double
        public let cooperative: Double

        public init(events: Double, cooperative: Double) {
            self.events = events
            self.cooperative = cooperative
        }
    }

    /// Fewest observations in a segment.
    public var minimumSegment: Int

    public init(minimumSegment: Int = 1) {
        self.minimumSegment = max(1, minimumSegment)
    }

    /// The indices at which a new segment begins (never 0), in order.
    ///
    /// - Complexity: O(n) expected and O(n²) at worst, for n observations.
    public func changePoints(_ observations: [Observation]) -> [Int] {
        let n = observations.count
        guard n >= 2 * minimumSegment else { return [] }
        var weights = [0.0]
        var successes = [0.0]
        for observation in observations {
            weights.append(weights.last! + observation.events)
            successes.append(successes.last! + min(observation.cooperative, observation.events))
        }
        let total = weights[n]
        guard total > 0 else { return [] }
        let dispersion = Self.dispersion(observations)
        let penalty = 2 * log(max(total, 2))

        func cost(_ start: Int, _ end: Int) -> Double {
            let w = weights[end] - weights[start]
            let s = successes[end] - successes[start]
            guard w > 0 else { return 0 }
            let p = s / w
            var logLikelihood = 0.0
            if s > 0 { logLikelihood += s * log(p) }
            if w - s > 0 { logLikelihood += (w - s) * log(1 - p) }
            return -2 * logLikelihood / dispersion
        }

        var best = Array(repeating: Double.infinity, count: n + 1)
        var previous = Array(repeating: 0, count: n + 1)
        best[0] = -penalty
        var candidates = [0]
        for end in stride(from: minimumSegment, through: n, by: 1) {
            var bestValue = Double.infinity
            var bestStart = 0
            for start in candidates where end - start >= minimumSegment {
                let value = best[start] + cost(start, end) + penalty
                if value < bestValue {
                    bestValue = value
                    bestStart = start
                }
            }
            guard bestValue.isFinite else { continue }
            best[end] = bestValue
            previous[end] = bestStart
            candidates = candidates.filter { end - $0 < minimumSegment || best[$0] + cost($0, end) <= best[end] }
            // A segment may start here and end `minimumSegment` observations later.
            let newStart = end - minimumSegment + 1
            if newStart >= minimumSegment { candidates.append(newStart) }
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

    /// A robust overdispersion factor: the median squared standardised difference of consecutive shares,
    /// over the median of χ²₁ (0.455); at least 1.
    static func dispersion(_ observations: [Observation]) -> Double {
        let used = observations.filter { $0.events > 0 }
        guard used.count >= 3 else { return 1 }
        let total = used.reduce(0) { $0 + $1.events }
        let share = used.reduce(0) { $0 + $1.cooperative } / total
        let variance = share * (1 - share)
        guard variance > 0 else { return 1 }
        var squares: [Double] = []
        for index in 1..<used.count {
            let a = used[index - 1]
            let b = used[index]
            let difference = b.cooperative / b.events - a.cooperative / a.events
            squares.append(difference * difference / (variance * (1 / a.events + 1 / b.events)))
        }
        squares.sort()
        let middle = squares.count / 2
        let median = squares.count % 2 == 1 ? squares[middle] : (squares[middle - 1] + squares[middle]) / 2
        return max(1, median / 0.454_936_423_119_572_8)
    }
}
