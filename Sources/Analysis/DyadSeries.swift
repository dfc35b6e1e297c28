import EntenteModel
import EntenteStore
import Foundation

/// How a dyad's relations move, period by period.
///
/// Each point counts events per quad class and sums their Goldstein weights. The cooperation index,
/// (cooperative − conflictual) / all, is normalised by volume so that more news coverage does not read as
/// warmer relations; its interval (Wilson's, 95 %) widens when events are few.
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
        /// The part of `events` that comes from events dated more coarsely than the period.
        public let spread: Double
        public let mentions: Int

        public init(period: Period, counts: [Double], goldsteinSum: Double, spread: Double, mentions: Int) {
            self.period = period
            self.counts = counts
            self.goldsteinSum = goldsteinSum
            self.spread = spread
            self.mentions = mentions
        }

        public var events: Double { counts.reduce(0, +) }
        public var cooperative: Double { counts[0] + counts[1] }
        public var conflictual: Double { counts[2] + counts[3] }
        public var goldsteinMean: Double? { events > 0 ? goldsteinSum / events : nil }

        /// (cooperative − conflictual) / events, in −1…+1; nil without events.
        public var cooperationIndex: Double? { events > 0 ? (cooperative - conflictual) / events : nil }

        /// Wilson's 95 % interval for the index: wide with few events, narrow with many.
        public var interval: ClosedRange<Double>? {
            guard events > 0 else { return nil }
            let share = Wilson.interval(successes: cooperative, trials: events)
            return (2 * share.lowerBound - 1)...(2 * share.upperBound - 1)
        }
    }

    public let dyad: Dyad
    public let length: PeriodLength
    /// Every period of the range, with or without events.
    public let points: [Point]

    public init(dyad: Dyad, length: PeriodLength, points: [Point]) {
        self.dyad = dyad
        self.length = length
        self.points = points
    }

    /// The points that have events.
    public var observed: [Point] { points.filter { $0.events > 0 } }

    public var totalEvents: Double { points.reduce(0) { $0 + $1.events } }

    /// Bins a dyad's aggregates into periods.
    ///
    /// - Parameters:
    ///   - range: the days to cover; nil covers the aggregates' own span. Aggregates outside are ignored, and
    ///     a coarse one only partly inside contributes the share of its days that is inside.
    /// - Complexity: O(aggregates × periods each spans + periods).
    public static func make(
        dyad: Dyad, aggregates: [DyadAggregate], by length: PeriodLength, range: ClosedRange<Day>? = nil
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
        var spread = Array(repeating: 0.0, count: periods.count)
        var mentions = Array(repeating: 0, count: periods.count)
        for aggregate in relevant {
            let startPeriod = Period(length, containing: aggregate.start)
            if startPeriod == Period(length, containing: aggregate.end) {
                guard let index = slot[startPeriod] else { continue }
                for quad in 0..<4 { counts[index][quad] += Double(aggregate.counts[quad]) }
                goldstein[index] += aggregate.goldsteinSum
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
                spread[index] += share * Double(aggregate.total)
            }
        }
        let points = periods.indices.map {
            Point(period: periods[$0], counts: counts[$0], goldsteinSum: goldstein[$0], spread: spread[$0], mentions: mentions[$0])
        }
        return DyadSeries(dyad: dyad, length: length, points: points)
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
