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
    /// Ids of the events that carry the shift: the after-segment's events in the shift's direction.
    public let evidence: [String]

    /// The change in the cooperation index.
    public var change: Double { after.index - before.index }
}

extension DyadSeries {
    /// The shifts of this series, found by ``ShiftDetector``, with the events in `events` that carry each.
    ///
    /// - Parameter events: the dyad's stored events (may be empty when only aggregates are kept).
    public func shifts(events: [Event], detector: ShiftDetector = ShiftDetector()) -> [Shift] {
        let observed = self.observed
        let observations = observed.map { ShiftDetector.Observation(events: $0.events, cooperative: $0.cooperative) }
        let points = detector.changePoints(observations)
        guard !points.isEmpty else { return [] }
        let bounds = [0] + points + [observed.count]
        let segments = (0..<(bounds.count - 1)).map { segment(observed[bounds[$0]..<bounds[$0 + 1]]) }
        var shifts: [Shift] = []
        for (offset, point) in points.enumerated() {
            let before = segments[offset]
            let after = segments[offset + 1]
            let kind: Shift.Kind = after.index > before.index ? .rapprochement : .estrangement
            let first = after.first.start
            let last = after.last.end
            let evidence = events.filter { event in
                dyad.contains(source: event.source.country, target: event.target.country)
                    && event.date.overlaps(first, last) && event.date.start >= first
                    && event.quadClass.isCooperation == (kind == .rapprochement)
            }
            shifts.append(
                Shift(
                    kind: kind, from: observed[point - 1].period, to: observed[point].period, before: before, after: after,
                    evidence: evidence.map(\.id)))
        }
        return shifts
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
