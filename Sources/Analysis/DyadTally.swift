import EntenteModel
import EntenteStore

/// A dyad's events pooled over one window: counts per quad class and the cooperation index with its interval.
///
/// Events dated more coarsely than a day count for the share of their days inside the window, as in
/// ``DyadSeries``; both directions count for an undirected dyad.
public struct DyadTally: Sendable, Hashable, Codable {
    public let dyad: Dyad
    public let window: Window
    /// Events per quad class (verbal cooperation, material cooperation, verbal conflict, material conflict).
    public let counts: [Double]
    public let goldsteinSum: Double

    public init(dyad: Dyad, window: Window, counts: [Double], goldsteinSum: Double) {
        self.dyad = dyad
        self.window = window
        self.counts = counts
        self.goldsteinSum = goldsteinSum
    }

    public var events: Double { counts.reduce(0, +) }
    public var cooperative: Double { counts[0] + counts[1] }
    public var conflictual: Double { counts[2] + counts[3] }

    /// (cooperative − conflictual) / events, in −1…+1; nil without events.
    public var index: Double? { events > 0 ? (cooperative - conflictual) / events : nil }

    /// Wilson's 95 % interval for the index.
    public var interval: ClosedRange<Double>? {
        guard events > 0 else { return nil }
        let share = Wilson.interval(successes: cooperative, trials: events)
        return (2 * share.lowerBound - 1)...(2 * share.upperBound - 1)
    }

    /// Pools a dyad's per-day aggregates over `window`.
    ///
    /// - Complexity: O(aggregates).
    public static func make(dyad: Dyad, aggregates: [DyadAggregate], window: Window) -> DyadTally {
        var counts = [0.0, 0, 0, 0]
        var goldstein = 0.0
        for aggregate in aggregates where dyad.contains(source: aggregate.source, target: aggregate.target) {
            let share = window.share(from: aggregate.start, to: aggregate.end)
            guard share > 0 else { continue }
            for quad in 0..<4 { counts[quad] += share * Double(aggregate.counts[quad]) }
            goldstein += share * aggregate.goldsteinSum
        }
        return DyadTally(dyad: dyad, window: window, counts: counts, goldsteinSum: goldstein)
    }

    /// Pools a dyad's events over `window` (what-if events included: they are what a scenario adds).
    public static func make(dyad: Dyad, events: [Event], window: Window) -> DyadTally {
        var counts = [0.0, 0, 0, 0]
        var goldstein = 0.0
        for event in events where event.source.country != event.target.country
            && dyad.contains(source: event.source.country, target: event.target.country)
        {
            let share = window.share(of: event.date)
            guard share > 0 else { continue }
            counts[event.quadClass.rawValue - 1] += share
            goldstein += share * event.goldstein
        }
        return DyadTally(dyad: dyad, window: window, counts: counts, goldsteinSum: goldstein)
    }
}
