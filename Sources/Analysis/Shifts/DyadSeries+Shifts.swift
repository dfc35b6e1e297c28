import EntenteModel
import EntenteStore
import Foundation

extension DyadSeries {
    /// The shifts of every measure the series carries (tone always; relative tone and engagement when read against
    /// a baseline), each with no evidence yet, in the order of the periods they fall between.
    ///
    /// Each measure's change points are found by ``ChangePoints`` with the penalty of ``ChangePenalty`` and the
    /// variances of ``noise``, so that the wobbles real event data show from period to period do not read as shifts.
    /// - Complexity: O(n) expected per measure for n periods.
    public func shifts(measures: [Shift.Measure] = Shift.Measure.allCases) -> [Shift] {
        measures.flatMap { shifts(of: $0) }.sorted { ($0.to, $0.measure.rawValue) < ($1.to, $1.measure.rawValue) }
    }

    /// The periods a measure reads, with their value's parts.
    private struct Reading {
        var points: [Point] = []
        var values: [Double] = []
        var variances: [Double] = []
    }

    /// The shifts of one measure.
    public func shifts(of measure: Shift.Measure) -> [Shift] {
        var reading = Reading()
        let cost: ChangePoints.Cost
        switch measure {
        case .tone where noise.tone.isEstimated:
            // Real event data: the log-odds, normal with the variance the baseline estimated for such data.
            for point in points where point.events > 0 {
                let measure = Baseline.logOdds(events: point.events, cooperative: point.cooperative)
                reading.points.append(point)
                reading.values.append(measure.value)
                reading.variances.append(noise.tone.variance(measure.variance, events: point.events))
            }
            cost = .gaussian(values: reading.values, variances: reading.variances)
        case .tone:
            // Sparse data read by counting alone: binomial, exact for a handful of events.
            reading.points = points.filter { $0.events > 0 }
            cost = .quasiBinomial(
                events: reading.points.map(\.events), successes: reading.points.map(\.cooperative),
                dispersions: Array(repeating: 1, count: reading.points.count))
        case .relativeTone:
            for point in points {
                guard let tone = point.relative?.tone else { continue }
                reading.points.append(point)
                reading.values.append(tone.value)
                reading.variances.append(tone.standardError * tone.standardError)
            }
            cost = .gaussian(values: reading.values, variances: reading.variances)
        case .engagement:
            for point in points {
                guard let engagement = point.relative?.engagement else { continue }
                reading.points.append(point)
                reading.values.append(engagement.value)
                reading.variances.append(engagement.standardError * engagement.standardError)
            }
            cost = .gaussian(values: reading.values, variances: reading.variances)
        }
        let count = reading.points.count
        let minimumSegment = length == .year ? 1 : 2
        let detector = ChangePoints(minimumSegment: minimumSegment, penalty: ChangePenalty.penalty(count: count, minimumSegment: minimumSegment))
        let breaks = detector.locate(cost)
        guard !breaks.isEmpty else { return [] }
        let bounds = [0] + breaks + [count]
        let segments = (0..<(bounds.count - 1)).map { segment(measure, reading, bounds[$0]..<bounds[$0 + 1]) }
        return breaks.indices.map { offset in
            let before = segments[offset]
            let after = segments[offset + 1]
            let change = difference(measure, before, after)
            return Shift(
                measure: measure, kind: kind(measure, before: before, after: after, change: change.value),
                from: reading.points[breaks[offset] - 1].period, to: reading.points[breaks[offset]].period, before: before, after: after,
                change: change)
        }
    }

    private func kind(_ measure: Shift.Measure, before: Shift.Segment, after: Shift.Segment, change: Double) -> Shift.Kind {
        if measure == .engagement { return change > 0 ? .intensification : .disengagement }
        if change > 0 { return before.level.high < 0 ? .thaw : .rapprochement }
        return after.level.high < 0 && after.periods <= 2 ? .crisis : .estrangement
    }

    private func segment(_ measure: Shift.Measure, _ reading: Reading, _ range: Range<Int>) -> Shift.Segment {
        let slice = reading.points[range]
        var counts = [0.0, 0, 0, 0]
        for point in slice { for quad in 0..<4 { counts[quad] += point.counts[quad] } }
        let events = counts.reduce(0, +)
        let cooperative = counts[0] + counts[1]
        let level: Estimate
        switch measure {
        case .tone where noise.tone.isEstimated:
            let logOdds = pooled(reading, range)
            level = Estimate(value: events > 0 ? (2 * cooperative - events) / events : 0, low: Logit.index(logOdds.low), high: Logit.index(logOdds.high))
        case .tone:
            let share = (cooperative + 0.5) / (events + 1)
            let logOdds = Estimate(value: log(share / (1 - share)), standardError: (1 / ((events + 1) * share * (1 - share))).squareRoot())
            level = Estimate(value: events > 0 ? (2 * cooperative - events) / events : 0, low: Logit.index(logOdds.low), high: Logit.index(logOdds.high))
        case .relativeTone, .engagement:
            level = pooled(reading, range)
        }
        return Shift.Segment(
            first: slice.first!.period, last: slice.last!.period,
            periods: Period.covering(slice.first!.period.start, slice.last!.period.end, by: length).count, events: events,
            cooperative: cooperative, counts: counts, index: events > 0 ? (cooperative - (events - cooperative)) / events : 0, level: level)
    }

    /// The inverse-variance-weighted mean of a reading's values over `range`.
    private func pooled(_ reading: Reading, _ range: Range<Int>) -> Estimate {
        var weight = 0.0
        var weighted = 0.0
        for offset in range {
            weight += 1 / reading.variances[offset]
            weighted += reading.values[offset] / reading.variances[offset]
        }
        return Estimate(value: weighted / weight, standardError: (1 / weight).squareRoot())
    }

    private func difference(_ measure: Shift.Measure, _ before: Shift.Segment, _ after: Shift.Segment) -> Estimate {
        let value = after.level.value - before.level.value
        let error = (before.level.standardError * before.level.standardError + after.level.standardError * after.level.standardError)
            .squareRoot()
        return Estimate(value: value, standardError: error)
    }
}

extension Shift {
    /// How many of a shift's events it names by default; the rest are counted and listed by a command.
    public static let evidenceLimit = 5

}
