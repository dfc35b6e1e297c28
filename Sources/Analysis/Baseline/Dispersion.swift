import Foundation

/// How much a measure of one dyad varies from one period to the next beyond what counting alone explains.
///
/// Event counts vary more than a binomial or Poisson draw allows: one story spawns many events, and relations
/// wobble from year to year. A measure taken over `n` events (a log-odds, a log-ratio) is modelled with variance
/// `scale × correction(n) × (factor × v + floor × w)`:
/// - `v` is the variance counting alone would give (for a log-odds, `1 / (n p (1 − p))`; for a log-ratio,
///   `1 / n`), and `factor` (≥ 0) scales it for clustered reporting;
/// - `floor` is what remains with any number of events, per unit of wobble `w` (1 for a pair's own measure, more
///   when what is expected of it wobbles too);
/// - `correction(n)` is what the data say that model misses for pairs of about `n` events (few stories make a
///   small pair's measure more variable than its counts suggest), by powers of two;
/// - `scale` (≥ 1) is one dyad's own variability beyond the pooled model (``forDyad(_:)``).
///
/// All of it is estimated from the data: from the squared change of every dyad's measure between consecutive
/// periods, whose expectation is the sum of the two periods' variances when the relation does not move — so real
/// moves make the estimate larger, never smaller: intervals err wide.
public struct Dispersion: Sendable, Hashable, Codable {
    /// Multiplies counting's own variance.
    public var factor: Double
    /// Variance per unit of wobble that a measure keeps however many events it rests on.
    public var floor: Double
    /// How many consecutive pairs of periods the estimate rests on; 0 when it is the binomial default.
    public var pairs: Int
    /// The model's misfit by size: entry k for pairs of 2ᵏ to 2ᵏ⁺¹ events (1 where the data are too few to say).
    public var corrections: [Double]
    /// One dyad's variability over the pooled model's (1 for the pooled model itself).
    public var scale: Double

    public init(factor: Double, floor: Double, pairs: Int, corrections: [Double] = [], scale: Double = 1) {
        self.factor = factor
        self.floor = floor
        self.pairs = pairs
        self.corrections = corrections
        self.scale = scale
    }

    /// Counting alone: what sparse data are read with (too few dyads to estimate more).
    public static let counting = Dispersion(factor: 1, floor: 0, pairs: 0)

    /// True when estimated from the data rather than assumed.
    public var isEstimated: Bool { pairs > 0 }

    /// The variance of a measure over `events` events whose counting variance is `countingVariance` and which rests
    /// on `wobble` units of period-to-period wobble.
    @inlinable
    public func variance(_ countingVariance: Double, wobble: Double = 1, events: Double) -> Double {
        scale * correction(events) * (factor * countingVariance + floor * wobble)
    }

    /// The size class of `events`: ⌊log₂ n⌋, 0 below 2.
    @inlinable
    static func sizeClass(_ events: Double) -> Int { events < 2 ? 0 : min(40, Int(log2(events))) }

    @inlinable
    func correction(_ events: Double) -> Double {
        let size = Self.sizeClass(events)
        return size < corrections.count ? corrections[size] : 1
    }

    /// Fewest pairs of consecutive measures for an estimate; with fewer, ``counting`` is used.
    public static let minimumPairs = 40
    /// Fewest changes in a size class for its own correction.
    static let minimumPerClass = 30
    /// χ²₁'s 99.5 % point: changes beyond it under the fit are set aside as real moves.
    static let outlier = 7.879_438_576_622_42
    /// The mean of χ²₁ below that point, over the whole's: what setting the rest aside shrinks an estimate by.
    static let truncation = 0.956_4

    /// One consecutive change of a dyad's measure.
    public struct Change: Sendable {
        /// The later period's measure minus the earlier's.
        public var value: Double
        /// The two periods' counting variances, summed.
        public var countingVariance: Double
        /// The two periods' wobble units, summed (2 for a pair's own measure).
        public var wobble: Double
        /// The pair's events: the geometric mean of the two periods'.
        public var events: Double

        public init(value: Double, countingVariance: Double, wobble: Double = 2, events: Double) {
            self.value = value
            self.countingVariance = countingVariance
            self.wobble = wobble
            self.events = events
        }
    }

    /// Estimates the dispersion from consecutive changes.
    ///
    /// `factor` and `floor` come from a gamma regression with identity link (the squared change of a normal measure
    /// is its variance times χ²₁) fitted by iteratively reweighted least squares on the changes of pairs with at
    /// least `fitAbove` events (below it a log-odds or log-ratio is too coarse for the normal approximation its
    /// counting variance rests on); changes beyond χ²₁'s 99.5 % point are set aside and the fit repeated, so that a
    /// few real shifts do not widen every interval. The corrections by size then come from every change: the mean
    /// squared change over the model's variance in each size class.
    /// - Complexity: O(changes × iterations).
    public static func estimate(_ changes: [Change], fitAbove: Double) -> Dispersion {
        let fitted = changes.filter { $0.events >= fitAbove }
        guard fitted.count >= minimumPairs else { return .counting }
        let squares = fitted.map { $0.value * $0.value }
        var keep = Array(repeating: true, count: squares.count)
        var (factor, floor) = (1.0, 0.05)
        for round in 0..<2 {
            for _ in 0..<30 {
                // Weighted least squares of d² on (v, w) with weights 1 / fitted².
                var (svv, svw, sww, svy, swy) = (0.0, 0.0, 0.0, 0.0, 0.0)
                for (k, change) in fitted.enumerated() where keep[k] {
                    let mean = max(factor * change.countingVariance + floor * change.wobble, 1e-6)
                    let weight = 1 / (mean * mean)
                    let (v, w) = (change.countingVariance, change.wobble)
                    svv += weight * v * v
                    svw += weight * v * w
                    sww += weight * w * w
                    svy += weight * v * squares[k]
                    swy += weight * w * squares[k]
                }
                let determinant = svv * sww - svw * svw
                guard determinant > 0 else { break }
                var newFactor = (svy * sww - svw * swy) / determinant
                var newFloor = (svv * swy - svw * svy) / determinant
                if newFloor < 0 {
                    newFloor = 0
                    newFactor = svy / svv
                }
                if newFactor < 0 {
                    newFactor = 0
                    newFloor = swy / sww
                }
                let settled = abs(newFactor - factor) < 1e-9 * (1 + factor) && abs(newFloor - floor) < 1e-9 * (1 + floor)
                (factor, floor) = (newFactor, newFloor)
                if settled { break }
            }
            guard round == 0 else { break }
            for (k, change) in fitted.enumerated() {
                keep[k] = squares[k] / max(factor * change.countingVariance + floor * change.wobble, 1e-6) <= outlier
            }
        }
        var model = Dispersion(factor: factor / truncation, floor: floor / truncation, pairs: keep.count(where: { $0 }))
        model.corrections = model.sizeCorrections(changes)
        return model
    }

    /// The mean squared standardised change in each size class (outliers set aside as in the fit); 1 for a class
    /// with too few changes, and never below what the class above needs (the misfit shrinks as pairs grow).
    func sizeCorrections(_ changes: [Change]) -> [Double] {
        var sums: [Double] = []
        var counts: [Int] = []
        for change in changes {
            let size = Self.sizeClass(change.events)
            while sums.count <= size {
                sums.append(0)
                counts.append(0)
            }
            let z = change.value * change.value / max(factor * change.countingVariance + floor * change.wobble, 1e-9)
            // Set aside what lies beyond the outlier point of a class whose misfit is up to 4 times the model.
            guard z <= 4 * Self.outlier else { continue }
            sums[size] += z
            counts[size] += 1
        }
        var corrections = zip(sums, counts).map { $1 >= Self.minimumPerClass ? max(1, $0 / Double($1) / Self.truncation) : 1 }
        // Small classes with too few changes borrow from the next larger class that has them.
        for size in corrections.indices.reversed().dropFirst() where counts[size] < Self.minimumPerClass {
            corrections[size] = corrections[size + 1]
        }
        return corrections
    }

    /// Weight, in pairs of periods, of the pooled model when one dyad's own variability is estimated.
    public static let priorPairs = 8.0

    /// This dispersion scaled for one dyad: its own consecutive changes' mean squared standardised size, against the
    /// pooled model's 1, weighted as ``priorPairs`` changes — never below 1.
    ///
    /// Dyads differ: some relations are steady, some volatile. Reading each dyad with the pooled model alone made
    /// false shifts on synthetic data with a known answer three times too common for the largest pairs. A dyad's own
    /// breaks are not its noise, though: as in the pooled fit, changes beyond χ²₁'s 99.5 % point at the dyad's scale,
    /// where there are any, are set aside and the scale re-estimated from the rest (twice at most), or a crisis would
    /// widen its own interval until it could not be seen.
    public func forDyad(_ changes: [Change]) -> Dispersion {
        guard isEstimated, !changes.isEmpty else { return self }
        let standardised = changes.map { change in
            change.value * change.value / max(correction(change.events) * (factor * change.countingVariance + floor * change.wobble), 1e-9)
        }
        func estimate(_ kept: [Double], truncated: Bool) -> Double {
            max(1, (Self.priorPairs + kept.reduce(0, +) / (truncated ? Self.truncation : 1)) / (Self.priorPairs + Double(kept.count)))
        }
        var scale = estimate(standardised, truncated: false)
        for _ in 0..<2 {
            let kept = standardised.filter { $0 <= Self.outlier * scale }
            guard kept.count < standardised.count else { break }
            scale = estimate(kept, truncated: true)
        }
        var scaled = self
        scaled.scale = scale
        return scaled
    }
}
