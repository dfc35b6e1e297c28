import EntenteModel
import Foundation
import Synchronization

/// The penalty per change point that keeps false shifts rare: the 95 % point of the largest likelihood-ratio
/// statistic for one change among `n` observations without any, by simulation.
///
/// Under no change, the statistic for a change after observation k is χ²₁; its maximum over all k grows with n
/// (about as 2 log log n), so a fixed penalty (BIC's log n, AIC's 2) finds more false shifts the longer the series.
/// Calibrating on the maximum keeps the false-shift rate at 5 % for a series of any length, given the right
/// variances — which is why the measures' variances allow for extra-binomial noise (``Dispersion``).
public enum ChangePenalty {
    /// The false-shift rate the penalty is calibrated to.
    public static let falseShiftRate = 0.05
    static let replicates = 4_000

    private static let cache = Mutex<[Int: Double]>([:])

    /// The penalty for a series of `count` observations with segments of at least `minimumSegment`.
    ///
    /// - Complexity: O(replicates × count) the first time for each pair of arguments (a few milliseconds for a
    ///   monthly series of 30 years), O(1) after.
    public static func penalty(count: Int, minimumSegment: Int) -> Double {
        let m = max(1, minimumSegment)
        guard count >= 2 * m else { return .infinity }
        let key = count << 8 | min(m, 255)
        if let known = cache.withLock({ $0[key] }) { return known }
        let value = simulate(count: count, minimumSegment: m)
        cache.withLock { $0[key] = value }
        return value
    }

    /// The false-spell rate the spell threshold is calibrated to: half the shifts', so that a series without change
    /// shows a shift or a spell in at most about 5 % of cases.
    public static let falseSpellRate = 0.025

    /// The threshold a one-period departure's χ² statistic must pass in a stretch of `count` observations: the
    /// point the largest such statistic over the stretch's inner periods passes with probability ``falseSpellRate``
    /// when nothing departs (each period against the mean of the rest; ``DyadSeries/shifts(of:)`` reads spells with
    /// it). The `count − 2` statistics are all but independent (any two share little beyond the rest's mean), so the
    /// point is Šidák's: each statistic's χ²₁ point at 1 − (1 − rate)^(1 / (count − 2)) — within 2 % of a simulation
    /// at 12, 30 and 360 periods (``simulatedSpellThreshold(count:replicates:)``, in the tests).
    ///
    /// - Complexity: O(1).
    public static func spellThreshold(count: Int) -> Double {
        guard count >= 3 else { return .infinity }
        let each = -expm1(log1p(-falseSpellRate) / Double(count - 2))
        let z = Normal.quantile(1 - each / 2)
        return z * z
    }

    /// The same threshold by simulation: `replicates` stretches of unit normals, the 1 − rate point of their largest
    /// statistic.
    static func simulatedSpellThreshold(count: Int, replicates: Int = replicates) -> Double {
        var generator = SeededGenerator(seed: 0x7370_656C_6C &+ UInt64(count) &* 1_000_003)
        var maxima: [Double] = []
        maxima.reserveCapacity(replicates)
        var values = Array(repeating: 0.0, count: count)
        let rest = Double(count - 1)
        for _ in 0..<replicates {
            var total = 0.0
            for k in 0..<count {
                values[k] = generator.gaussian()
                total += values[k]
            }
            var largest = 0.0
            for k in 1..<(count - 1) {
                let deviation = values[k] - (total - values[k]) / rest
                largest = max(largest, deviation * deviation / (1 + 1 / rest))
            }
            maxima.append(largest)
        }
        maxima.sort()
        return maxima[Int((1 - falseSpellRate) * Double(replicates))]
    }

    static func simulate(count n: Int, minimumSegment m: Int) -> Double {
        var generator = SeededGenerator(seed: 0x656E_7465_6E74_65 &+ UInt64(n) &* 1_000_003 &+ UInt64(m))
        var maxima: [Double] = []
        maxima.reserveCapacity(replicates)
        var prefix = Array(repeating: 0.0, count: n + 1)
        for _ in 0..<replicates {
            for k in 0..<n { prefix[k + 1] = prefix[k] + generator.gaussian() }
            let total = prefix[n]
            var largest = 0.0
            for k in m...(n - m) {
                let deviation = prefix[k] - Double(k) / Double(n) * total
                let statistic = deviation * deviation * Double(n) / (Double(k) * Double(n - k))
                largest = max(largest, statistic)
            }
            maxima.append(largest)
        }
        maxima.sort()
        return maxima[Int((1 - falseShiftRate) * Double(replicates))]
    }
}
