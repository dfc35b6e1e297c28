import EntenteModel

/// The sign of a tie between two states in a window: friends, foes, or not known.
public enum Sign: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case negative = -1
    /// The data cannot tell: too few events, or an interval that straddles 0.
    case neutral = 0
    case positive = 1

    /// `+`, `−`, `0`.
    public var symbol: String {
        switch self {
        case .positive: "+"
        case .negative: "−"
        case .neutral: "0"
        }
    }

    public var description: String {
        switch self {
        case .positive: "positive"
        case .negative: "negative"
        case .neutral: "neutral"
        }
    }

    public static func < (lhs: Sign, rhs: Sign) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// When a tie counts as signed: its cooperation index's 95 % interval lies wholly on one side of 0, over at
/// least `minimumEvents` events. Anything else is neutral: the data do not decide.
public struct NeutralBand: Sendable, Hashable, Codable {
    /// Fewest events (fractional where coarse dates are spread) for a tie to carry a sign at all.
    public var minimumEvents: Double

    public init(minimumEvents: Double = 3) {
        self.minimumEvents = minimumEvents
    }

    public static let standard = NeutralBand()

    /// The sign of `cooperative` cooperative events out of `events`, and why.
    public func sign(events: Double, cooperative: Double) -> (sign: Sign, reason: SignedDyad.Reason) {
        guard events > 0, events >= minimumEvents else { return (.neutral, .fewEvents) }
        let share = Wilson.interval(successes: cooperative, trials: events)
        let low = 2 * share.lowerBound - 1
        let high = 2 * share.upperBound - 1
        if low > 0 { return (.positive, .clear) }
        if high < 0 { return (.negative, .clear) }
        return (.neutral, .straddles)
    }
}

/// A dyad's tie in one window, signed through the neutral band.
public struct SignedDyad: Sendable, Hashable, Codable {
    /// Why a tie has the sign it has.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The interval lies wholly above or below 0.
        case clear
        /// Fewer events than the band's minimum.
        case fewEvents
        /// The interval straddles 0: too few or too mixed events to tell.
        case straddles
    }

    public let dyad: Dyad
    public let window: Window
    public let events: Double
    public let cooperative: Double
    public let index: Double?
    public let low: Double?
    public let high: Double?
    public let sign: Sign
    public let reason: Reason

    public init(tally: DyadTally, band: NeutralBand = .standard) {
        self.init(dyad: tally.dyad, window: tally.window, events: tally.events, cooperative: tally.cooperative, band: band)
    }

    /// One period of a series.
    public init(point: DyadSeries.Point, dyad: Dyad, band: NeutralBand = .standard) {
        self.init(dyad: dyad, window: Window(point.period), events: point.events, cooperative: point.cooperative, band: band)
    }

    public init(dyad: Dyad, window: Window, events: Double, cooperative: Double, band: NeutralBand = .standard) {
        self.dyad = dyad
        self.window = window
        self.events = events
        self.cooperative = cooperative
        if events > 0 {
            let share = Wilson.interval(successes: cooperative, trials: events)
            index = (2 * cooperative - events) / events
            low = 2 * share.lowerBound - 1
            high = 2 * share.upperBound - 1
        } else {
            index = nil
            low = nil
            high = nil
        }
        (sign, reason) = band.sign(events: events, cooperative: cooperative)
    }

    /// A tie whose sign is given, not measured: for hand-built graphs.
    public init(dyad: Dyad, window: Window, sign: Sign) {
        self.dyad = dyad
        self.window = window
        self.sign = sign
        self.reason = sign == .neutral ? .fewEvents : .clear
        events = 0
        cooperative = 0
        index = nil
        low = nil
        high = nil
    }

    /// The signed ties of a series, one per period.
    public static func series(_ series: DyadSeries, band: NeutralBand = .standard) -> [SignedDyad] {
        series.points.map { SignedDyad(point: $0, dyad: series.dyad, band: band) }
    }

    /// The tie in words: `+0.85 [+0.60, +0.95] over 12 events`, `2 events: too few to tell`.
    public var explanation: String {
        let count = Format.count(events)
        let noun = events == 1 ? "event" : "events"
        switch reason {
        case .fewEvents:
            return events == 0 ? "no events" : "\(count) \(noun): too few to tell"
        case .straddles, .clear:
            let interval = "[\(Format.signed(low ?? 0)), \(Format.signed(high ?? 0))]"
            let measured = "\(Format.signed(index ?? 0)) \(interval) over \(count) \(noun)"
            return reason == .clear ? measured : measured + ": the interval straddles 0"
        }
    }
}
