import EntenteModel

/// A change point in a dyad's series: relations turned warmer (rapprochement) or colder (estrangement).
public struct Shift: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case rapprochement, estrangement
    }

    /// A stretch of the series between change points.
    public struct Segment: Sendable, Codable, Hashable {
        public let first: Period
        public let last: Period
        public let events: Double
        public let cooperative: Double
        /// The segment's cooperation index, (cooperative − conflictual) / events.
        public let index: Double
        public let low: Double
        public let high: Double
    }

    public let kind: Kind
    /// The last period with events before the change.
    public let from: Period
    /// The first period with events after it.
    public let to: Period
    public let before: Segment
    public let after: Segment
    /// Ids of the events that carry the shift: the after-segment's events in the shift's direction, in list order
    /// (first day, last day, id); all of them unless ``limitingEvidence(to:)`` kept the first few.
    public let evidence: [String]
    /// How many events carry the shift: `evidence.count` unless the list was limited.
    public let evidenceCount: Int

    init(kind: Kind, from: Period, to: Period, before: Segment, after: Segment, evidence: [String], evidenceCount: Int? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.before = before
        self.after = after
        self.evidence = evidence
        self.evidenceCount = evidenceCount ?? evidence.count
    }

    /// The change in the cooperation index.
    public var change: Double { after.index - before.index }

    /// This shift naming at most the first `limit` of its events (a bounded answer); `evidenceCount` keeps the
    /// whole count.
    public func limitingEvidence(to limit: Int) -> Shift {
        guard evidence.count > limit else { return self }
        return Shift(
            kind: kind, from: from, to: to, before: before, after: after, evidence: Array(evidence.prefix(max(0, limit))),
            evidenceCount: evidenceCount)
    }
}

extension Shift {
    private enum CodingKeys: String, CodingKey {
        case kind, from, to, before, after, evidence, evidenceCount
    }

    /// Reads a shift written before `evidenceCount` was: the count is then the list's.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind), from: try container.decode(Period.self, forKey: .from),
            to: try container.decode(Period.self, forKey: .to), before: try container.decode(Segment.self, forKey: .before),
            after: try container.decode(Segment.self, forKey: .after), evidence: try container.decode([String].self, forKey: .evidence),
            evidenceCount: try container.decodeIfPresent(Int.self, forKey: .evidenceCount))
    }
}

extension DyadSeries {
    /// The shifts of this series, found by ``ShiftDetector``, with the events in `events` that carry each.
    ///
    /// - Parameter events: the dyad's stored events (may be empty when only aggregates are kept).
    public func shifts(events: [Event], detector: ShiftDetector = ShiftDetector()) -> [Shift] {
        withEvidence(shifts(detector: detector), from: events.map(\.outline))
    }

    /// The shifts of this series, each with no evidence yet: where they are says which events can carry them.
    public func shifts(detector: ShiftDetector = ShiftDetector()) -> [Shift] {
        let observed = self.observed
        let observations = observed.map { ShiftDetector.Observation(events: $0.events, cooperative: $0.cooperative) }
        let points = detector.changePoints(observations)
        guard !points.isEmpty else { return [] }
        let bounds = [0] + points + [observed.count]
        let segments = (0..<(bounds.count - 1)).map { segment(observed[bounds[$0]..<bounds[$0 + 1]]) }
        return points.enumerated().map { offset, point in
            let before = segments[offset]
            let after = segments[offset + 1]
            return Shift(
                kind: after.index > before.index ? .rapprochement : .estrangement, from: observed[point - 1].period,
                to: observed[point].period, before: before, after: after, evidence: [])
        }
    }

    /// `shifts` with the events of `outlines` that carry each: the after-segment's events of this dyad in the
    /// shift's direction (cooperative for a rapprochement, conflictual for an estrangement).
    public func withEvidence(_ shifts: [Shift], from outlines: [EventOutline]) -> [Shift] {
        shifts.map { shift in
            let first = shift.after.first.start
            let last = shift.after.last.end
            let evidence = outlines.filter { event in
                dyad.contains(source: event.source, target: event.target)
                    && event.date.overlaps(first, last) && event.date.start >= first
                    && event.quadClass.isCooperation == (shift.kind == .rapprochement)
            }
            return Shift(
                kind: shift.kind, from: shift.from, to: shift.to, before: shift.before, after: shift.after,
                evidence: evidence.map(\.id))
        }
    }

    private func segment(_ points: ArraySlice<Point>) -> Shift.Segment {
        let events = points.reduce(0) { $0 + $1.events }
        let cooperative = points.reduce(0) { $0 + $1.cooperative }
        let share = Wilson.interval(successes: cooperative, trials: events)
        return Shift.Segment(
            first: points.first!.period, last: points.last!.period, events: events, cooperative: cooperative,
            index: events > 0 ? (2 * cooperative - events) / events : 0,
            low: 2 * share.lowerBound - 1, high: 2 * share.upperBound - 1)
    }
}
