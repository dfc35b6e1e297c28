import EntenteModel
import EntenteStore

/// What each side of a pair does to the other about: the issues of its cooperative and of its conflictual
/// events, window by window, with the events behind each share — the data form of a brief's "motives".
///
/// An event about k issues counts 1/k to each, so the shares of a mix add up to 1; an event without issues
/// counts to ``untagged``. An event dated more coarsely than a window counts for the share of its days
/// inside it, as in the series.
public struct Drivers: Sendable, Hashable, Codable {
    /// Cooperative (quad classes 1–2) or conflictual (3–4).
    public enum Tone: String, Sendable, Hashable, Codable, CaseIterable {
        case cooperative, conflictual

        init(_ quadClass: QuadClass) { self = quadClass.isCooperation ? .cooperative : .conflictual }
    }

    /// One issue's part in a mix.
    public struct Share: Sendable, Hashable, Codable {
        public let issue: Issue
        /// The events' weight for this issue (1/k per event about k issues, times its share of the window).
        public let weight: Double
        /// `weight` over the mix's total.
        public let share: Double
        /// The weightiest events behind it: a few, however many there are.
        public let events: [String]
        /// How many events are behind it.
        public let eventCount: Int
    }

    /// One side's events of one tone in one window, by issue, largest share first.
    public struct Mix: Sendable, Hashable, Codable {
        /// The state acting.
        public let side: String
        /// The state acted upon.
        public let other: String
        public let tone: Tone
        public let window: Window
        /// The events' total weight in the window.
        public let total: Double
        public let shares: [Share]

        public func share(of issue: Issue) -> Double { shares.first { $0.issue == issue }?.share ?? 0 }
    }

    /// How one issue's share of a mix moved between two windows.
    public struct Movement: Sendable, Hashable, Codable {
        public let side: String
        public let tone: Tone
        public let issue: Issue
        public let from: Window
        public let to: Window
        public let before: Double
        public let after: Double
        /// The events behind the later share.
        public let events: [String]

        public var change: Double { after - before }
    }

    /// The weight of events without issues.
    public static let untagged: Issue = "untagged"

    public let first: String
    public let second: String
    public let windows: [Window]
    /// For each window, each side (first, then second) and each tone: the mixes that have events.
    public let mixes: [Mix]

    /// The mix of one side and tone in one window; nil when it has no events there.
    public func mix(side: String, tone: Tone, window: Window) -> Mix? {
        mixes.first { $0.side == side && $0.tone == tone && $0.window == window }
    }

    /// Reads the drivers of the pair `first`–`second` from `events` held in memory over `windows`.
    ///
    /// - Parameter events: any events; only those between the two states count.
    public init(first: String, second: String, events: [Event], windows: [Window]) {
        let pair = events.filter { Dyad(first, second).contains(source: $0.source.country, target: $0.target.country) }
        self.init(first: first, second: second, tallies: EventTally.tallies(of: pair), windows: windows) { side, other, tone, window in
            pair.filter { $0.source.country == side && $0.target.country == other && Tone($0.quadClass) == tone && window.share(of: $0.date) > 0 }
                .sorted(by: EventSummary.weightier)
        }
    }

    /// Reads the drivers of the pair `first`–`second` from its events' tallies over `windows`.
    ///
    /// - Parameters:
    ///   - tallies: the pair's events counted by direction, quad class, issues and dates (any others are passed over).
    ///   - evidence: the weightiest events of one side toward the other of one tone in a window, weightiest first:
    ///     each issue shows the first few of these that are about it.
    /// - Complexity: O(tallies × windows) and one call of `evidence` per mix.
    public init(
        first: String, second: String, tallies: [EventTally], windows: [Window],
        evidence: (_ side: String, _ other: String, _ tone: Tone, _ window: Window) throws -> [Event]
    ) rethrows {
        self.first = first
        self.second = second
        self.windows = windows
        let sides = [(first, second), (second, first)]
        var mixes: [Mix] = []
        for window in windows {
            for (side, other) in sides {
                for tone in Tone.allCases {
                    var weights: [Issue: Double] = [:]
                    var counts: [Issue: Int] = [:]
                    var total = 0.0
                    for tally in tallies where tally.source == side && tally.target == other && Tone(tally.quadClass) == tone {
                        let share = window.share(from: tally.start, to: tally.end)
                        guard share > 0 else { continue }
                        total += share * Double(tally.count)
                        let issues = tally.issues.isEmpty ? [Self.untagged] : tally.issues
                        for issue in issues {
                            weights[issue, default: 0] += share * Double(tally.count) / Double(issues.count)
                            counts[issue, default: 0] += tally.count
                        }
                    }
                    guard total > 0 else { continue }
                    var behind: [Issue: [String]] = [:]
                    for event in try evidence(side, other, tone, window) {
                        for issue in event.issues.isEmpty ? [Self.untagged] : event.issues where behind[issue, default: []].count < Shift.evidenceLimit {
                            if !behind[issue, default: []].contains(event.id) { behind[issue, default: []].append(event.id) }
                        }
                    }
                    let shares = weights.map { issue, weight in
                        Share(issue: issue, weight: weight, share: weight / total, events: behind[issue] ?? [], eventCount: counts[issue] ?? 0)
                    }.sorted { ($1.weight, $0.issue) < ($0.weight, $1.issue) }
                    mixes.append(Mix(side: side, other: other, tone: tone, window: window, total: total, shares: shares))
                }
            }
        }
        self.mixes = mixes
    }

    /// How many of a mix's weightiest events a store is asked for, to find each issue's few: all of them where a mix
    /// has fewer; beyond, an issue whose events are all lighter than these shows fewer than the few (its counts stay
    /// whole).
    public static let evidenceCandidates = 200

    /// The CAMEO root codes of a tone, for a query by code.
    public static func roots(of tone: Tone) -> [String] {
        tone == .cooperative ? QuadClass.cooperativeRoots : QuadClass.conflictualRoots
    }

    /// For each side and tone, how the issues' shares moved from the first window with events to the last:
    /// largest change first, issues that did not move left out.
    public var movements: [Movement] {
        var movements: [Movement] = []
        for side in [first, second] {
            for tone in Tone.allCases {
                let present = windows.compactMap { mix(side: side, tone: tone, window: $0) }
                guard let earliest = present.first, let latest = present.last, earliest.window != latest.window else { continue }
                let issues = Set(earliest.shares.map(\.issue)).union(latest.shares.map(\.issue))
                for issue in issues {
                    let before = earliest.share(of: issue)
                    let after = latest.share(of: issue)
                    guard abs(after - before) >= 0.005 else { continue }
                    movements.append(
                        Movement(
                            side: side, tone: tone, issue: issue, from: earliest.window, to: latest.window, before: before,
                            after: after, events: latest.shares.first { $0.issue == issue }?.events ?? []))
                }
            }
        }
        return movements.sorted { (abs($1.change), $0.issue) < (abs($0.change), $1.issue) }
    }

    /// Sentences on the mixes: each side's leading issues in the latest window and how they moved.
    public var findings: [Brief.Finding] {
        var findings: [Brief.Finding] = []
        let name = { (code: String) in CountryResolver.standard.name(of: code) }
        for side in [first, second] {
            let other = side == first ? second : first
            for tone in Tone.allCases {
                let present = windows.compactMap { mix(side: side, tone: tone, window: $0) }
                guard let latest = present.last else { continue }
                let earlier = present.count > 1 ? present[present.count - 2] : nil
                let leading = latest.shares.prefix(3)
                let parts = leading.map { share -> String in
                    var part = "\(share.issue) \(Self.percent(share.share))"
                    if let earlier { part += " (\(Self.percent(earlier.share(of: share.issue))) in \(earlier.window))" }
                    return part
                }
                let one = abs(latest.total - 1) < 1e-9
                let text = "\(name(side))'s \(tone.rawValue) \(one ? "event" : "events") toward \(name(other)) in \(latest.window) "
                    + "(\(Format.count(latest.total, "event"))) \(one ? "is" : "are") about " + parts.joined(separator: ", ") + "."
                findings.append(Brief.Finding(text, evidence: Array(Set(leading.flatMap(\.events))).sorted()))
            }
        }
        return findings
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
