import EntenteModel

/// A value with its 95 % interval.
public struct Estimate: Sendable, Hashable, Codable {
    public let value: Double
    public let low: Double
    public let high: Double

    public init(value: Double, low: Double, high: Double) {
        self.value = value
        self.low = low
        self.high = high
    }

    /// `value ± 1.96 × standardError`.
    public init(value: Double, standardError: Double) {
        self.init(value: value, low: value - Self.z * standardError, high: value + Self.z * standardError)
    }

    /// The normal quantile of a two-sided 95 % interval.
    public static let z = 1.959_963_984_540_054

    /// The standard error a symmetric interval implies.
    public var standardError: Double { (high - low) / (2 * Self.z) }

    /// Whether the interval lies wholly above 0 (+1), wholly below (−1), or straddles it (0).
    public var side: Int { low > 0 ? 1 : high < 0 ? -1 : 0 }

    /// The value signed, with its interval: `−0.80 [−1.34, −0.26]` (``Format/signed(_:)``).
    public var signedText: String { "\(Format.signed(value)) [\(Format.signed(low)), \(Format.signed(high))]" }

    /// A ratio given by its natural log, with its interval: `×10.8 [4.1, 28]` (``Format/ratio(_:)``).
    public var ratioText: String { "×\(Format.ratio(log: value)) [\(Format.ratio(log: low)), \(Format.ratio(log: high))]" }

    /// The same estimate through an increasing function (a log-odds into an index, a log into a ratio).
    public func map(_ transform: (Double) -> Double) -> Estimate {
        Estimate(value: transform(value), low: transform(low), high: transform(high))
    }
}
