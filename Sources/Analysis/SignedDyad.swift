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

/// When a tie counts as signed: over at least `minimumEvents` events, its relative tone's 95 % interval lies wholly
/// above or below what is expected of the two states (``Baseline``) — or, where no baseline can be read (sparse
/// data: a handful of states), its cooperation index's interval lies wholly on one side of 0. Anything else is
/// neutral: the data do not decide.
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
///
/// In real event data nearly every pair's cooperation index is positive (meetings and statements are most of what
/// is coded), so a tie signed against 0 says nothing; a tie is signed by its **relative tone** wherever the
/// series carries it: friends are friendlier than their two states' relations with everyone lead one to expect,
/// rivals less.
public struct SignedDyad: Sendable, Hashable, Codable {
    /// What the sign was read from.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// The relative tone, pooled over the window's periods: + above what is expected, − below.
        case relativeTone
        /// The cooperation index against 0: for sparse data without a baseline.
        case tone
    }

    /// Why a tie has the sign it has.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The interval lies wholly above or below 0.
        case clear
        /// Fewer events than the band's minimum.
        case fewEvents
        /// The interval straddles 0: too few or too mixed events to tell.
        case straddles
        /// Relative tone whose noise the data could not estimate (too few pairs with enough events in consecutive
        /// periods): its interval counts events alone, far too narrow to sign a tie by.
        case noiseUnknown
        /// The period's own interval straddles what is expected; that of its stretch — the periods around it with no
        /// shift in relative tone between them (``SignedDyad/stretch``) — lies wholly on one side.
        case stretch
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
    public let basis: Basis
    /// The relative tone pooled over the window (log-odds against the expected); nil on the tone basis.
    public let relative: Estimate?
    /// The cooperation index expected of the pair over the window, weighted as `relative`; nil on the tone basis.
    public let expectedIndex: Double?
    /// The stretch the sign was read over when its window's own reading straddles (``Reason/stretch``): its window
    /// and pooled relative tone.
    public let stretch: Stretch?

    /// The periods around a tie's window read at one level, and their pooled relative tone.
    public struct Stretch: Sendable, Hashable, Codable {
        public let window: Window
        public let relative: Estimate
        public let events: Double
    }

    public init(tally: DyadTally, band: NeutralBand = .standard) {
        self.init(dyad: tally.dyad, window: tally.window, events: tally.events, cooperative: tally.cooperative, band: band)
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
        basis = .tone
        relative = nil
        expectedIndex = nil
        stretch = nil
    }

    /// The tie over `window` from a series: its relative tone pooled over the periods inside the window (inverse-
    /// variance weights) where the series carries it, else its events pooled on the tone basis.
    ///
    /// A period counts when it lies inside the window; when none does (a window shorter than the periods), the
    /// periods it overlaps count.
    public init(series: DyadSeries, window: Window, band: NeutralBand = .standard) {
        var inside = series.points.filter { $0.period.start >= window.first && $0.period.end <= window.last }
        if inside.isEmpty { inside = series.points.filter { $0.period.start <= window.last && $0.period.end >= window.first } }
        self.init(dyad: series.dyad, points: inside, window: window, band: band, noiseKnown: series.noise.relativeTone.isEstimated)
    }

    /// The tie read from the points of a series that lie in `window`; with `noiseKnown` false, a relative tie is left
    /// unsigned (``Reason/noiseUnknown``).
    init(dyad: Dyad, points inside: [DyadSeries.Point], window: Window, band: NeutralBand, noiseKnown: Bool = true) {
        let dyad = Dyad(dyad.first, dyad.second)
        let related = inside.filter { $0.relative?.tone != nil }
        guard !related.isEmpty else {
            self.init(
                dyad: dyad, window: window, events: inside.reduce(0) { $0 + $1.events },
                cooperative: inside.reduce(0) { $0 + $1.cooperative }, band: band)
            return
        }
        var weight = 0.0
        var weighted = 0.0
        var expected = 0.0
        for point in related {
            let tone = point.relative!.tone!
            let w = 1 / (tone.standardError * tone.standardError)
            weight += w
            weighted += w * tone.value
            expected += w * point.relative!.expectedIndex
        }
        let pooled = Estimate(value: weighted / weight, standardError: (1 / weight).squareRoot())
        let events = related.reduce(0) { $0 + $1.events }
        let cooperative = related.reduce(0) { $0 + $1.cooperative }
        let (sign, reason): (Sign, Reason) =
            events < band.minimumEvents
            ? (.neutral, .fewEvents) : !noiseKnown ? (.neutral, .noiseUnknown)
            : pooled.side == 1 ? (.positive, .clear) : pooled.side == -1 ? (.negative, .clear) : (.neutral, .straddles)
        self.init(
            dyad: dyad, window: window, events: events, cooperative: cooperative,
            index: events > 0 ? (2 * cooperative - events) / events : nil, low: nil, high: nil, sign: sign, reason: reason,
            basis: .relativeTone, relative: pooled, expectedIndex: expected / weight)
    }

    private init(
        dyad: Dyad, window: Window, events: Double, cooperative: Double, index: Double?, low: Double?, high: Double?, sign: Sign,
        reason: Reason, basis: Basis, relative: Estimate?, expectedIndex: Double?, stretch: Stretch? = nil
    ) {
        self.dyad = dyad
        self.window = window
        self.events = events
        self.cooperative = cooperative
        self.index = index
        self.low = low
        self.high = high
        self.sign = sign
        self.reason = reason
        self.basis = basis
        self.relative = relative
        self.expectedIndex = expectedIndex
        self.stretch = stretch
    }

    /// This tie signed as its stretch is.
    func signed(by stretch: SignedDyad) -> SignedDyad {
        SignedDyad(
            dyad: dyad, window: window, events: events, cooperative: cooperative, index: index, low: low, high: high, sign: stretch.sign,
            reason: .stretch, basis: basis, relative: relative, expectedIndex: expectedIndex,
            stretch: stretch.relative.map { Stretch(window: stretch.window, relative: $0, events: stretch.events) })
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
        basis = .tone
        relative = nil
        expectedIndex = nil
        stretch = nil
    }

    /// The signed ties of a series, one per period, each read from its period alone.
    public static func series(_ series: DyadSeries, band: NeutralBand = .standard) -> [SignedDyad] {
        series.points.map { SignedDyad(series: series, window: Window($0.period), band: band) }
    }

    /// The tie of each period of a series with events, read from the period alone when that is clear; else, when its
    /// interval straddles what is expected, from its **stretch** when that is clear: the periods around it with no
    /// shift in relative tone between them (``DyadSeries/shifts(of:)``), its spells aside. Within a stretch the data
    /// show no change, so its pooled level is the best reading of each of its periods; a period alone carries the
    /// year-to-year wobble of real event data, too wide to sign most ties by (the two Koreas' relative tone is
    /// −0.26 to −1.14 in each year of 2002–2007, every interval across 0, and −0.80 [−1.34, −0.26] over the six).
    /// A spell is read alone, as is every period on the tone basis. A tie signed by its stretch keeps its period's own
    /// window, events and relative tone, and names the stretch (``stretch``, ``Reason/stretch``).
    public static func byPeriod(_ series: DyadSeries, band: NeutralBand = .standard) -> [Period: SignedDyad] {
        let noiseKnown = series.noise.relativeTone.isEstimated
        let stretches = series.stretches(of: .relativeTone)
        var ties: [Period: SignedDyad] = [:]
        // Each stretch pooled once, by its first period, however many of its periods straddle.
        var pooledStretches: [Period: SignedDyad] = [:]
        for point in series.points where point.events > 0 {
            let alone = SignedDyad(dyad: series.dyad, points: [point], window: Window(point.period), band: band, noiseKnown: noiseKnown)
            ties[point.period] = alone
            guard alone.basis == .relativeTone, alone.reason == .straddles, let stretch = stretches[point.period], stretch.count > 1,
                let first = stretch.first, let last = stretch.last
            else { continue }
            let pooled = pooledStretches[first.period] ?? SignedDyad(
                dyad: series.dyad, points: stretch, window: Window(first.period.start, last.period.end), band: band, noiseKnown: noiseKnown)
            pooledStretches[first.period] = pooled
            if pooled.reason == .clear { ties[point.period] = alone.signed(by: pooled) }
        }
        return ties
    }

    /// The tie in words: `+0.85 [+0.60, +0.95] over 12 events`, `2 events: too few to tell`.
    public var explanation: String {
        let count = Format.count(events)
        let noun = events == 1 ? "event" : "events"
        switch reason {
        case .fewEvents:
            return events == 0 ? "no events" : "\(count) \(noun): too few to tell"
        case .straddles, .clear, .noiseUnknown, .stretch:
            if let relative, let expectedIndex {
                let measured = "relative tone \(relative.signedText) (index \(Format.signed(index ?? 0)) against "
                    + "\(Format.signed(expectedIndex)) expected) over \(count) \(noun)"
                switch reason {
                case .clear: return measured
                case .stretch:
                    guard let stretch else { return measured }
                    return measured + ": the interval straddles what is expected, but over \(stretch.window) (no shift in relative tone) "
                        + "\(stretch.relative.signedText) "
                        + "over \(Format.count(stretch.events)) events"
                case .noiseUnknown:
                    return measured + ": too few busy pairs in the data to estimate how relative tone wobbles, so this interval "
                        + "counts events alone — too narrow to sign by"
                default: return measured + ": the interval straddles what is expected"
                }
            }
            let interval = "[\(Format.signed(low ?? 0)), \(Format.signed(high ?? 0))]"
            let measured = "\(Format.signed(index ?? 0)) \(interval) over \(count) \(noun)"
            return reason == .clear ? measured : measured + ": the interval straddles 0"
        }
    }
}
