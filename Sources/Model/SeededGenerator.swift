import Foundation

/// A small, fast, seedable random number generator (Steele, Lea & Flood's SplitMix64) with the draws the
/// calibrations and the synthetic data need: the same seed gives the same numbers on every machine and run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A standard normal draw (Box–Muller).
    public mutating func gaussian() -> Double {
        let u = max(uniform(), 1e-300)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// A Poisson draw: Knuth's method below a mean of 30, a rounded normal above.
    public mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var product = uniform()
            var count = 0
            while product > limit {
                product *= uniform()
                count += 1
            }
            return count
        }
        return max(0, Int((mean + mean.squareRoot() * gaussian()).rounded()))
    }

    /// A geometric number ≥ 1 with the given mean.
    public mutating func geometric(mean: Double) -> Int {
        guard mean > 1 else { return 1 }
        return 1 + Int(log(max(uniform(), 1e-300)) / log(1 - 1 / mean))
    }
}
