import EntenteModel

/// A change point in one of a dyad's measures, named by what moved: relations turned warmer (rapprochement, or a
/// thaw out of hostility), colder (estrangement, or a crisis: a short plunge below what is usual), busier
/// (intensification) or quieter (disengagement), more hostile (escalation) or less (de-escalation). A spell is such a move for one period, after which the measure is
/// back where it was (``backBy``).
public struct Shift: Sendable, Codable, Hashable {
    /// Which measure moved.
    public enum Measure: String, Sendable, Codable, CaseIterable {
        /// The cooperation index, (cooperative − conflictual) / events.
        case tone
        /// The tone against what is expected of the two states from their relations with everyone.
        case relativeTone
        /// The volume against what is expected from each state's total activity.
        case engagement
        /// The conflictual volume against what is expected from each state's conflictual dealings.
        case hostility

        /// The measures read against a baseline: what is expected of the pair from each state's dealings with others.
        public static let relative: [Measure] = [.relativeTone, .engagement, .hostility]

        /// "tone", "relative tone", "engagement".
        public var name: String {
            switch self {
            case .tone: "tone"
            case .relativeTone: "relative tone"
            case .engagement: "engagement"
            case .hostility: "hostility"
            }
        }
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Tone rose.
        case rapprochement
        /// Tone rose out of a spell below 0 (below what is expected, for relative tone).
        case thaw
        /// Tone fell.
        case estrangement
        /// Tone fell into a short spell (two periods at most) below 0 (below what is expected, for relative tone).
        case crisis
        /// Engagement rose.
        case intensification
        /// Engagement fell.
        case disengagement
        /// Hostility rose: more conflict between the two than their dealings with others lead one to expect.
        case escalation
        /// Hostility fell.
        case deescalation = "de-escalation"

        /// Whether the measure went up.
        public var isRise: Bool { self == .rapprochement || self == .thaw || self == .intensification || self == .escalation }
    }

    /// A stretch of the series between change points.
    public struct Segment: Sendable, Codable, Hashable {
        public let first: Period
        public let last: Period
        /// How many periods it spans, first to last.
        public let periods: Int
        public let events: Double
        public let cooperative: Double
        /// Events per quad class over the segment.
        public let counts: [Double]
        /// The segment's cooperation index, (cooperative − conflictual) / events.
        public let index: Double
        /// The measure over the segment, on its own scale: the cooperation index for tone, log-odds against the
        /// expected for relative tone, the log of observed over expected events for engagement.
        public let level: Estimate

        public init(first: Period, last: Period, periods: Int, events: Double, cooperative: Double, counts: [Double], index: Double, level: Estimate) {
            self.first = first
            self.last = last
            self.periods = periods
            self.events = events
            self.cooperative = cooperative
            self.counts = counts
            self.index = index
            self.level = level
        }

        /// Its conflictual events (quad classes 3 and 4).
        public var conflictual: Double { counts[2] + counts[3] }

        /// What a measure counts over the segment, in words: "1,095 conflictual events" for hostility, "5,822 events"
        /// for the others.
        public func events(for measure: Shift.Measure) -> String {
            measure == .hostility ? Format.count(conflictual, "conflictual event") : Format.count(events, "event")
        }

        /// `2009–2015`, or `2015` for one period.
        public var label: String { first == last ? first.description : "\(first)–\(last)" }
    }

    /// Events of one CAMEO root code among those that carry a shift.
    public struct RootCount: Sendable, Codable, Hashable {
        public let root: String
        public let events: Int

        public init(root: String, events: Int) {
            self.root = root
            self.events = events
        }
    }

    public let measure: Measure
    public let kind: Kind
    /// The last period with data before the change.
    public let from: Period
    /// The first period with data after it.
    public let to: Period
    public let before: Segment
    public let after: Segment
    /// After minus before, on the measure's scale, with its interval.
    public let change: Estimate
    /// Ids of the weightiest events that carry the shift (largest Goldstein weight in its direction first), at
    /// most a few: the rest are listed by the command the renderers print.
    public let evidence: [String]
    /// How many stored events carry the shift: the after-segment's events in its direction (cooperative for a
    /// rise in tone, conflictual for a fall, all for engagement).
    public let evidenceCount: Int
    /// Those events by CAMEO root code, most first.
    public let rootCodes: [RootCount]
    /// For a spell — a departure of one period, `to`, after which the measure is back at its level — the period
    /// after it; nil for a lasting shift. `before` is then the rest of the stretch around the spell.
    public let backBy: Period?

    /// Whether the shift is a spell of one period rather than a lasting change.
    public var isSpell: Bool { backBy != nil }

    /// The first `limit` root codes of the events that carry it, in words: "Consult 13, Express intent to cooperate 8".
    public func rootCodeSummary(limit: Int) -> [String] {
        rootCodes.prefix(limit).map { "\(Codebook.standard.entry(for: $0.root)?.name ?? $0.root) \(Format.grouped($0.events))" }
    }

    /// Which of the pair's events carry the shift: the cooperative (true) for a warming — tone up, hostility down —
    /// the conflictual (false) for a cooling, all of them (nil) for a change in engagement.
    public var isCarriedByCooperation: Bool? {
        switch measure {
        case .tone, .relativeTone: kind.isRise
        case .hostility: !kind.isRise
        case .engagement: nil
        }
    }

    /// When it happened, in words: "between 2007 and 2008", or for a spell "in 2008 alone, back by 2009".
    public var when: String {
        guard let backBy else { return "between \(from) and \(to)" }
        return "in \(to) alone, back by \(backBy)"
    }

    public init(
        measure: Measure, kind: Kind, from: Period, to: Period, before: Segment, after: Segment, change: Estimate,
        evidence: [String] = [], evidenceCount: Int = 0, rootCodes: [RootCount] = [], backBy: Period? = nil
    ) {
        self.measure = measure
        self.kind = kind
        self.from = from
        self.to = to
        self.before = before
        self.after = after
        self.change = change
        self.evidence = evidence
        self.evidenceCount = evidenceCount
        self.rootCodes = rootCodes
        self.backBy = backBy
    }

    /// The same shift carrying the given evidence.
    public func with(evidence: [String], count: Int, rootCodes: [RootCount]) -> Shift {
        Shift(
            measure: measure, kind: kind, from: from, to: to, before: before, after: after, change: change, evidence: evidence,
            evidenceCount: count, rootCodes: rootCodes, backBy: backBy)
    }

}
