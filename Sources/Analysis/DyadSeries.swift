import EntenteModel
import EntenteStore
import Foundation

/// How a dyad's relations move, period by period.
///
/// Each point counts events per quad class and sums their Goldstein weights. The cooperation index,
/// (cooperative − conflictual) / all, is normalised by volume so that more news coverage does not read as
/// warmer relations. Its interval allows for the extra-binomial noise of real event counts when the series is
/// read against a ``Baseline`` that could estimate it (``Dispersion``); otherwise it is Wilson's (95 %), which
/// widens when events are few.
///
/// Read against a baseline, an undirected series also carries each period's **relative tone** (the pair's
/// log-odds of cooperation against what its two states' relations with everyone lead one to expect) and its
/// **engagement** (its events against those expected from each state's total activity) and its **hostility** (its
/// conflictual events against those expected from each state's conflictual dealings), each with its interval.
///
/// An event dated more coarsely than the periods (a year in a monthly series, a decade in a yearly one)
/// is spread evenly over the periods its date spans, and that share is reported as `spread`:
/// the series never pins it to a day the source does not give.
public struct DyadSeries: Sendable, Codable, Hashable {
    public struct Point: Sendable, Codable, Hashable {
        public let period: Period
        /// Events per quad class (verbal cooperation, material cooperation, verbal conflict, material conflict);
        /// fractional where coarsely dated events are spread.
        public let counts: [Double]
        public let goldsteinSum: Double
        /// The events `goldsteinSum` is over: all of them unless some came as counts without a Goldstein sum.
        public let goldsteinEvents: Double
        /// The part of `events` that comes from events dated more coarsely than the period.
        public let spread: Double
        public let mentions: Int
        /// The cooperation index's 95 % interval; nil without events.
        public let interval: ClosedRange<Double>?
        /// The period read against the baseline; nil for a directed series, without a baseline, or where the two
        /// states' relations with others are too few to say what is expected.
        public let relative: Relative?

        public init(
            period: Period, counts: [Double], goldsteinSum: Double, spread: Double, mentions: Int,
            interval: ClosedRange<Double>? = nil, relative: Relative? = nil, goldsteinEvents: Double? = nil
        ) {
            let events = counts.reduce(0, +)
            self.period = period
            self.counts = counts
            self.goldsteinSum = goldsteinSum
            self.goldsteinEvents = goldsteinEvents ?? events
            self.spread = spread
            self.mentions = mentions
            self.interval = interval ?? (events > 0 ? Self.wilsonInterval(cooperative: counts[0] + counts[1], events: events) : nil)
            self.relative = relative
        }

        /// What a period means against what is expected of the pair.
        public struct Relative: Sendable, Codable, Hashable {
            /// Relative tone: the pair's log-odds of cooperation minus the expected log-odds; nil without events.
            public let tone: Estimate?
            /// The cooperation index expected of the pair from its states' tone with everyone.
            public let expectedIndex: Double
            /// Engagement: log of (events + ½) over (expected events + ½).
            public let engagement: Estimate
            /// The events expected of the pair from each state's total activity.
            public let expectedEvents: Double
            /// Hostility: log of (conflictual events + ½) over (expected conflictual events + ½); nil when either state
            /// has no other conflictual dealings that period.
            public let hostility: Estimate?
            /// The conflictual events expected of the pair from each state's conflictual dealings with everyone.
            public let expectedConflict: Double?

            public init(
                tone: Estimate?, expectedIndex: Double, engagement: Estimate, expectedEvents: Double, hostility: Estimate? = nil,
                expectedConflict: Double? = nil
            ) {
                self.tone = tone
                self.expectedIndex = expectedIndex
                self.engagement = engagement
                self.expectedEvents = expectedEvents
                self.hostility = hostility
                self.expectedConflict = expectedConflict
            }
        }

        public var events: Double { counts.reduce(0, +) }
        public var cooperative: Double { counts[0] + counts[1] }
        public var conflictual: Double { counts[2] + counts[3] }
        /// The mean Goldstein weight of the events that carry one; nil when none does (counts without Goldstein).
        public var goldsteinMean: Double? { goldsteinEvents > 0.5 ? goldsteinSum / goldsteinEvents : nil }

        /// Events over those expected of the pair (the "× expected" of the tables); nil without a baseline's reading.
        public var engagementRatio: Double? { relative.map { events / max($0.expectedEvents, 1e-9) } }

        /// Conflictual events over those expected of the pair; nil where hostility cannot be read.
        public var hostilityRatio: Double? { relative?.expectedConflict.map { conflictual / max($0, 1e-9) } }

        /// (cooperative − conflictual) / events, in −1…+1; nil without events.
        public var cooperationIndex: Double? { events > 0 ? (cooperative - conflictual) / events : nil }

        /// Wilson's 95 % interval for the index, from counting alone.
        static func wilsonInterval(cooperative: Double, events: Double) -> ClosedRange<Double> {
            let share = Wilson.interval(successes: cooperative, trials: events)
            return (2 * share.lowerBound - 1)...(2 * share.upperBound - 1)
        }
    }

    public let dyad: Dyad
    public let length: PeriodLength
    /// Every period of the range, with or without events.
    public let points: [Point]
    /// The noise the intervals and shifts allow for: counting alone unless a baseline estimated more.
    public let noise: Noise

    /// The noise of the series' four measures.
    public struct Noise: Sendable, Codable, Hashable {
        public let tone: Dispersion
        public let relativeTone: Dispersion
        public let engagement: Dispersion
        public let hostility: Dispersion

        public init(tone: Dispersion, relativeTone: Dispersion, engagement: Dispersion, hostility: Dispersion) {
            self.tone = tone
            self.relativeTone = relativeTone
            self.engagement = engagement
            self.hostility = hostility
        }

        public static let counting = Noise(tone: .counting, relativeTone: .counting, engagement: .counting, hostility: .counting)

        /// The noise of one measure.
        public func of(_ measure: Shift.Measure) -> Dispersion {
            switch measure {
            case .tone: tone
            case .relativeTone: relativeTone
            case .engagement: engagement
            case .hostility: hostility
            }
        }
    }

    public init(dyad: Dyad, length: PeriodLength, points: [Point], noise: Noise = .counting) {
        self.dyad = dyad
        self.length = length
        self.points = points
        self.noise = noise
    }

    /// Whether any period carries relative measures.
    public var isRelative: Bool { points.contains { $0.relative != nil } }

    /// The points that have events.
    public var observed: [Point] { points.filter { $0.events > 0 } }

    public var totalEvents: Double { points.reduce(0) { $0 + $1.events } }

    /// Bins a dyad's aggregates into periods.
    ///
    /// - Parameters:
    ///   - range: the days to cover; nil covers the aggregates' own span. Aggregates outside are ignored, and
    ///     a coarse one only partly inside contributes the share of its days that is inside.
    /// - Complexity: O(aggregates × periods each spans + periods).
    ///   - withoutGoldstein: datasets whose counts came without Goldstein sums (``DatasetMetadata``): their events
    ///     count toward no Goldstein mean.
    public static func make(
        dyad: Dyad, aggregates: [DyadAggregate], by length: PeriodLength, range: ClosedRange<Day>? = nil, baseline: Baseline? = nil,
        withoutGoldstein: Set<String> = []
    ) -> DyadSeries {
        let relevant = aggregates.filter { dyad.contains(source: $0.source, target: $0.target) }
        guard let first = range?.lowerBound ?? relevant.map(\.start).min(),
            let last = range?.upperBound ?? relevant.map(\.end).max(), first <= last
        else { return DyadSeries(dyad: dyad, length: length, points: []) }
        let periods = Period.covering(first, last, by: length)
        var slot: [Period: Int] = [:]
        for (index, period) in periods.enumerated() { slot[period] = index }

        var counts = Array(repeating: [0.0, 0, 0, 0], count: periods.count)
        var goldstein = Array(repeating: 0.0, count: periods.count)
        var unweighed = Array(repeating: 0.0, count: periods.count)
        var spread = Array(repeating: 0.0, count: periods.count)
        var mentions = Array(repeating: 0, count: periods.count)
        for aggregate in relevant {
            let startPeriod = Period(length, containing: aggregate.start)
            if startPeriod == Period(length, containing: aggregate.end) {
                guard let index = slot[startPeriod] else { continue }
                for quad in 0..<4 { counts[index][quad] += Double(aggregate.counts[quad]) }
                goldstein[index] += aggregate.goldsteinSum
                if withoutGoldstein.contains(aggregate.dataset) { unweighed[index] += Double(aggregate.total) }
                mentions[index] += aggregate.mentions
                continue
            }
            // Coarse dates are whole months, years or spans of years, so they cover whole periods: each
            // period gets an equal share.
            let covered = Period.covering(aggregate.start, aggregate.end, by: length)
            let share = 1 / Double(covered.count)
            for period in covered {
                guard let index = slot[period] else { continue }
                for quad in 0..<4 { counts[index][quad] += share * Double(aggregate.counts[quad]) }
                goldstein[index] += share * aggregate.goldsteinSum
                if withoutGoldstein.contains(aggregate.dataset) { unweighed[index] += share * Double(aggregate.total) }
                spread[index] += share * Double(aggregate.total)
            }
        }
        let reading = baseline.flatMap { $0.length == length ? $0 : nil }
        let events = counts.map { $0.reduce(0, +) }
        let cooperative = counts.map { $0[0] + $0[1] }
        let tone = periods.indices.map { Baseline.logOdds(events: events[$0], cooperative: cooperative[$0]) }
        let parts = periods.indices.map { offset in
            dyad.directed ? nil : reading?.relativeParts(dyad, period: periods[offset], events: events[offset], cooperative: cooperative[offset])
        }
        let noise = reading.map { Noise(baseline: $0, events: events, tone: tone, parts: parts) } ?? .counting
        let points = periods.indices.map { offset in
            var interval: ClosedRange<Double>?
            if noise.tone.isEstimated, events[offset] > 0 {
                let estimate = Estimate(
                    value: tone[offset].value, standardError: noise.tone.variance(tone[offset].variance, events: events[offset]).squareRoot())
                interval = Logit.index(estimate.low)...Logit.index(estimate.high)
            }
            return Point(
                period: periods[offset], counts: counts[offset], goldsteinSum: goldstein[offset], spread: spread[offset],
                mentions: mentions[offset], interval: interval, relative: parts[offset].map { $0.reading(noise) },
                goldsteinEvents: events[offset] - unweighed[offset])
        }
        return DyadSeries(dyad: dyad, length: length, points: points, noise: noise)
    }
}

extension DyadSeries.Noise {
    /// The pooled noise of `baseline`, with each floor made this dyad's own (``Dispersion/forDyad(changes:countingVariances:)``)
    /// from its consecutive periods that rest on enough events.
    init(baseline: Baseline, events: [Double], tone: [(value: Double, variance: Double)], parts: [Baseline.RelativeParts?]) {
        var toneChanges: [Dispersion.Change] = []
        var relativeChanges: [Dispersion.Change] = []
        var engagementChanges: [Dispersion.Change] = []
        var hostilityChanges: [Dispersion.Change] = []
        let enough = Baseline.minimumEventsForDyadNoise
        for offset in parts.indices.dropFirst() {
            guard let earlier = parts[offset - 1], let later = parts[offset], let before = earlier.hostility, let after = later.hostility,
                min(earlier.conflictual, later.conflictual) >= enough
            else { continue }
            hostilityChanges.append(
                Dispersion.Change(
                    value: after.value - before.value, countingVariance: after.variance + before.variance,
                    wobble: after.wobble + before.wobble, events: (earlier.conflictual * later.conflictual).squareRoot()))
        }
        for offset in events.indices.dropFirst() where min(events[offset], events[offset - 1]) >= enough {
            let size = (events[offset] * events[offset - 1]).squareRoot()
            toneChanges.append(
                Dispersion.Change(
                    value: tone[offset].value - tone[offset - 1].value, countingVariance: tone[offset].variance + tone[offset - 1].variance,
                    events: size))
            guard let earlier = parts[offset - 1], let later = parts[offset] else { continue }
            if let before = earlier.tone, let after = later.tone {
                relativeChanges.append(
                    Dispersion.Change(value: after.value - before.value, countingVariance: after.variance + before.variance, events: size))
            }
            engagementChanges.append(
                Dispersion.Change(
                    value: later.engagement.value - earlier.engagement.value,
                    countingVariance: later.engagement.variance + earlier.engagement.variance,
                    wobble: later.engagement.wobble + earlier.engagement.wobble, events: size))
        }
        self.init(
            tone: baseline.tone.forDyad(toneChanges), relativeTone: baseline.relativeTone.forDyad(relativeChanges),
            engagement: baseline.engagement.forDyad(engagementChanges), hostility: baseline.hostility.forDyad(hostilityChanges))
    }
}

/// Wilson's score interval for a binomial proportion, which stays inside 0…1 and widens with few trials.
public enum Wilson {
    public static func interval(successes: Double, trials: Double, z: Double = 1.959_963_984_540_054) -> ClosedRange<Double> {
        guard trials > 0 else { return 0...1 }
        let p = successes / trials
        let z2 = z * z
        let denominator = 1 + z2 / trials
        let centre = (p + z2 / (2 * trials)) / denominator
        let half = z * (p * (1 - p) / trials + z2 / (4 * trials * trials)).squareRoot() / denominator
        return max(0, centre - half)...min(1, centre + half)
    }
}

/// The logistic function and its inverse, between log-odds, shares and the cooperation index.
public enum Logit {
    public static func share(_ logOdds: Double) -> Double { 1 / (1 + exp(-logOdds)) }

    /// The cooperation index, 2 × share − 1, of a log-odds of cooperation.
    public static func index(_ logOdds: Double) -> Double { 2 * share(logOdds) - 1 }
}
