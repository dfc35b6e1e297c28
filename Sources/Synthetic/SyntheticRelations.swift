import EntenteAnalysis
import EntenteModel
import EntenteStore
import Foundation

/// Event counts between made-up states, drawn from a model whose shape was measured on real ICEWS counts, with
/// shifts planted where asked: the known answers for calibrating and benchmarking the analyses.
///
/// Per undirected pair (i, j) and period t the expected number of events is `scale × exp(aᵢ + aⱼ + mᵢⱼ + εᵢⱼₜ)`:
/// each state's activity a (normal, sd ``Profile/activitySpread``), the pair's affinity m (normal, sd
/// ``Profile/affinitySpread``: most pairs rarely meet, neighbours and rivals often) and a period's wobble ε (sd
/// ``Profile/engagementWobble``). Events arrive in stories (a Poisson number of them, each a geometric number of
/// events with mean ``Profile/storySize``), as one news story spawns many coded events — so counts vary far more than a
/// Poisson draw. Each event is cooperative with log-odds `μ + sᵢ + sⱼ + uᵢⱼ + δᵢⱼₜ` (states' tone s, the pair's
/// relative tone u, a period's wobble δ); quad classes and directions are split at fixed shares.
///
/// The profile's numbers are what ``Baseline`` estimates on the real ICEWS counts of 2002–2014 (docs/relations.md,
/// "Calibration"); nothing in it names a state or a year.
public struct SyntheticRelations: Sendable {
    /// The model's parameters.
    public struct Profile: Sendable, Hashable {
        public var states = 60
        public var periods = 30
        public var length: PeriodLength = .year
        public var firstYear = 1990
        /// Expected events per period over all pairs.
        public var eventsPerPeriod = 60_000.0
        /// sd of a state's log activity (real ICEWS, 2002–2014: 1.2).
        public var activitySpread = 1.2
        /// sd of a pair's log affinity.
        public var affinitySpread = 1.8
        /// sd of a pair's log volume from period to period (real engagement floor ≈ 0.11: sd 0.33).
        public var engagementWobble = 0.33
        /// Mean events per story (real engagement counting factor ≈ 13 = 2 × 7 − 1).
        public var storySize = 7.0
        /// Log-odds of cooperation of a pair of average states (real: 1.8–2.1).
        public var toneLevel = 1.9
        /// sd of a state's tone with everyone.
        public var stateToneSpread = 0.6
        /// sd of a pair's relative tone (real τ: ≈ 0.6).
        public var pairToneSpread = 0.6
        /// sd of a pair's log-odds from period to period (real tone floor ≈ 0.45: sd 0.67).
        public var toneWobble = 0.67

        public init() {}
    }

    /// A change planted in one pair from one period on, for good or for a number of periods.
    public struct PlantedShift: Sendable, Hashable {
        public enum Change: Sendable, Hashable {
            /// Volume multiplied by this factor (2: a doubling of engagement).
            case engagement(factor: Double)
            /// Log-odds of cooperation moved by this much.
            case tone(shift: Double)
        }

        public let first: Int
        public let second: Int
        /// The first period (0-based) that has changed.
        public let period: Int
        public let change: Change
        /// How many periods the change lasts; nil for good.
        public let periods: Int?

        public init(first: Int, second: Int, period: Int, change: Change, periods: Int? = nil) {
            self.first = first
            self.second = second
            self.period = period
            self.change = change
            self.periods = periods
        }

        /// Whether the change holds in `period`.
        func holds(in period: Int) -> Bool { period >= self.period && period < self.period + (periods ?? .max - self.period) }
    }

    public let profile: Profile
    public let seed: UInt64

    public init(profile: Profile = Profile(), seed: UInt64) {
        self.profile = profile
        self.seed = seed
    }

    /// The code of made-up state `index`: `S00`, `S01`, … (never a real state's code).
    public static func code(_ index: Int) -> String { index < 100 ? String(format: "S%02d", index) : "S\(index)" }

    /// How the states are named: `S00`… by default; a benchmark that reads them back through an ingest (which knows
    /// only real states' codes) lends them real codes, with no meaning.
    public var names: [String]?

    func code(_ index: Int) -> String { names.map { $0[index] } ?? Self.code(index) }

    /// The periods' days.
    public func span(of period: Int) -> ClosedRange<Day> {
        let perYear = switch profile.length {
        case .year: 1
        case .quarter: 4
        case .month: 12
        }
        // A year's index is 0; quarters' and months' count from 1.
        let found = Period(
            length: profile.length, year: profile.firstYear + period / perYear, index: perYear == 1 ? 0 : period % perYear + 1)
        return found.start...found.end
    }

    /// Every pair's counts in every period, as per-period aggregates in both directions (pairs without events left
    /// out), with `planted` applied.
    ///
    /// - Complexity: O(states² × periods + events / story size).
    public func aggregates(planted: [PlantedShift] = []) -> [DyadAggregate] {
        var rows: [DyadAggregate] = []
        generate(planted: planted) { rows.append($0) }
        return rows
    }

    /// The same counts streamed to `body`, one aggregate per direction and period — or, `byDay`, per direction and
    /// day: each story falls on a day of its period drawn evenly, with all its events (for a store of daily
    /// aggregates, as an ingest of events keeps them).
    public func generate(planted: [PlantedShift] = [], byDay: Bool = false, _ body: (DyadAggregate) -> Void) {
        var random = SeededGenerator(seed: seed)
        let n = profile.states
        let activity = (0..<n).map { _ in profile.activitySpread * random.gaussian() }
        let tone = (0..<n).map { _ in profile.stateToneSpread * random.gaussian() }
        var affinity = Array(repeating: 0.0, count: n * n)
        var relativeTone = Array(repeating: 0.0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                affinity[i * n + j] = profile.affinitySpread * random.gaussian()
                relativeTone[i * n + j] = profile.pairToneSpread * random.gaussian()
            }
        }
        // The scale that gives `eventsPerPeriod` in expectation.
        var unscaled = 0.0
        let wobble = exp(profile.engagementWobble * profile.engagementWobble / 2)
        for i in 0..<n { for j in (i + 1)..<n { unscaled += exp(activity[i] + activity[j] + affinity[i * n + j]) * wobble } }
        let scale = profile.eventsPerPeriod / unscaled
        var plantedByPair: [Int: [PlantedShift]] = [:]
        for shift in planted {
            let (i, j) = shift.first < shift.second ? (shift.first, shift.second) : (shift.second, shift.first)
            plantedByPair[i * n + j, default: []].append(shift)
        }

        for period in 0..<profile.periods {
            let span = span(of: period)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var logVolume = log(scale) + activity[i] + activity[j] + affinity[i * n + j] + profile.engagementWobble * random.gaussian()
                    var logOdds = profile.toneLevel + tone[i] + tone[j] + relativeTone[i * n + j] + profile.toneWobble * random.gaussian()
                    for shift in plantedByPair[i * n + j] ?? [] where shift.holds(in: period) {
                        switch shift.change {
                        case .engagement(let factor): logVolume += log(factor)
                        case .tone(let change): logOdds += change
                        }
                    }
                    let stories = random.poisson(exp(logVolume) / profile.storySize)
                    guard stories > 0 else { continue }
                    let cooperation = 1 / (1 + exp(-logOdds))
                    let days = span.upperBound.ordinal - span.lowerBound.ordinal + 1
                    // Per day (or the one period) and direction: counts and Goldstein sums.
                    var byDate: [Int: (counts: [[Int]], goldstein: [Double])] = [:]
                    for _ in 0..<stories {
                        let date = byDay ? Int(random.uniform() * Double(days)) : 0
                        var entry = byDate[date] ?? ([[0, 0, 0, 0], [0, 0, 0, 0]], [0, 0])
                        let size = random.geometric(mean: profile.storySize)
                        for _ in 0..<size {
                            let direction = random.uniform() < 0.5 ? 0 : 1
                            let cooperative = random.uniform() < cooperation
                            let material = random.uniform() < (cooperative ? 0.15 : 0.35)
                            let quad = cooperative ? (material ? 1 : 0) : (material ? 3 : 2)
                            entry.counts[direction][quad] += 1
                            entry.goldstein[direction] += [3.0, 6.5, -2.5, -8.0][quad]
                        }
                        byDate[date] = entry
                    }
                    for date in byDate.keys.sorted() {
                        let entry = byDate[date]!
                        let first = byDay ? Day(ordinal: span.lowerBound.ordinal + date) : span.lowerBound
                        let last = byDay ? first : span.upperBound
                        for direction in 0..<2 where entry.counts[direction].reduce(0, +) > 0 {
                            let (source, target) = direction == 0 ? (i, j) : (j, i)
                            body(
                                DyadAggregate(
                                    source: code(source), target: code(target), start: first, end: last, counts: entry.counts[direction],
                                    goldsteinSum: entry.goldstein[direction], dataset: "synthetic"))
                        }
                    }
                }
            }
        }
    }
}
