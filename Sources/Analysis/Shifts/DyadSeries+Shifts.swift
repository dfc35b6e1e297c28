import EntenteModel
import EntenteStore
import Foundation

extension DyadSeries {
    /// The shifts of every measure the series carries (tone always; relative tone, engagement and hostility when read against
    /// a baseline), each with no evidence yet, in the order of the periods they fall between.
    ///
    /// Each measure's change points are found by ``ChangePoints`` with the penalty of ``ChangePenalty`` and the
    /// variances of ``noise``, so that the wobbles real event data show from period to period do not read as shifts.
    /// - Complexity: O(n) expected per measure for n periods.
    public func shifts(measures: [Shift.Measure] = Shift.Measure.allCases) -> [Shift] {
        measures.flatMap { shifts(of: $0) }.sorted { ($0.to, $0.measure.rawValue) < ($1.to, $1.measure.rawValue) }
    }

    /// The measures whose moves can be read as shifts: tone always; a relative measure where the series carries it
    /// and its noise was estimated from the data.
    public var measuresReadForShifts: [Shift.Measure] {
        Shift.Measure.allCases.filter { $0 == .tone || (isRelative && noise.of($0).isEstimated) }
    }

    /// Each period's stretch in a measure: the points read at one level with it — those between the lasting shifts
    /// around it, the stretch's spells aside — or the period alone when it is a spell. Periods where the measure is
    /// not read have none.
    public func stretches(of measure: Shift.Measure) -> [Period: [Point]] {
        let shifts = shifts(of: measure)
        let breaks = shifts.filter { !$0.isSpell }.map(\.to)
        let spells = Set(shifts.filter(\.isSpell).map(\.to))
        let read = points.filter { $0.relative?.estimate(of: measure) != nil || (measure == .tone && $0.events > 0) }
        var groups: [[Point]] = [[]]
        for point in read {
            if breaks.contains(point.period), !groups[groups.count - 1].isEmpty { groups.append([]) }
            if !spells.contains(point.period) { groups[groups.count - 1].append(point) }
        }
        var stretches: [Period: [Point]] = [:]
        for group in groups { for point in group { stretches[point.period] = group } }
        for point in read where spells.contains(point.period) { stretches[point.period] = [point] }
        return stretches
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
        case .relativeTone, .engagement, .hostility:
            // A relative measure rests on thousands of events across many pairs; its counting variance alone is far
            // too narrow for real event data (a pair's five events becoming eighteen read as "×10.9"). Without a
            // noise estimated from the data, its changes are shown but not called shifts.
            guard noise.of(measure).isEstimated else { return [] }
            for point in points {
                guard let estimate = point.relative?.estimate(of: measure) else { continue }
                reading.points.append(point)
                reading.values.append(estimate.value)
                reading.variances.append(estimate.standardError * estimate.standardError)
            }
            cost = .gaussian(values: reading.values, variances: reading.variances)
        }
        let count = reading.points.count
        let minimumSegment = length == .year ? 1 : 2
        let detector = ChangePoints(minimumSegment: minimumSegment, penalty: ChangePenalty.penalty(count: count, minimumSegment: minimumSegment))
        let breaks = detector.locate(cost)
        let bounds = [0] + breaks + [count]
        // Stretches of the series at one level, and spells: single periods that depart from their stretch and come
        // back. A one-period segment between two at the same level is a spell that PELT priced as two changes.
        var stretches = (0..<(bounds.count - 1)).map { Array(bounds[$0]..<bounds[$0 + 1]) }
        var spells: [Int] = []
        if !reading.values.isEmpty {
            var index = 1
            while index < stretches.count - 1 {
                guard stretches[index].count == 1, sameLevel(reading, stretches[index - 1], stretches[index + 1]) else {
                    index += 1
                    continue
                }
                spells.append(stretches[index][0])
                stretches[index - 1] += stretches[index + 1]
                stretches.removeSubrange(index...(index + 1))
            }
            for stretch in stretches {
                let found = self.spells(in: stretch, besides: spells, reading)
                spells += found
            }
            // A stretch's level, before and after a lasting shift and around a spell, is read without its spells.
            stretches = stretches.map { $0.filter { !spells.contains($0) } }
        }
        var shifts = (1..<stretches.count).map { index in
            shift(measure, reading, before: stretches[index - 1], after: stretches[index], at: stretches[index][0])
        }
        for spell in spells {
            let stretch = stretches.first { $0.first! < spell && spell < $0.last! }!
            shifts.append(shift(measure, reading, before: stretch, after: [spell], at: spell, backBy: reading.points[spell + 1].period))
        }
        return shifts.sorted { $0.to < $1.to }
    }

    /// Whether two stretches' pooled levels are within χ²₁'s 95 % point of each other.
    private func sameLevel(_ reading: Reading, _ first: [Int], _ second: [Int]) -> Bool {
        let (a, b) = (pooled(reading, first), pooled(reading, second))
        let difference = a.value - b.value
        return difference * difference / (a.standardError * a.standardError + b.standardError * b.standardError) < 3.841_458_820_694_124
    }

    /// The shift from the periods at offsets `before` to those at `after`, the first of which is `at`.
    private func shift(_ measure: Shift.Measure, _ reading: Reading, before: [Int], after: [Int], at: Int, backBy: Period? = nil) -> Shift {
        let before = segment(measure, reading, before)
        let after = segment(measure, reading, after)
        let change = difference(measure, before, after)
        return Shift(
            measure: measure, kind: kind(measure, before: before, after: after, change: change.value),
            from: reading.points[at - 1].period, to: reading.points[at].period, before: before, after: after, change: change, backBy: backBy)
    }

    /// The offsets in `stretch` of periods whose measure departs from the rest of the stretch for that period alone:
    /// each against the inverse-variance-weighted mean of the others, its χ² statistic past
    /// ``ChangePenalty/spellThreshold(count:)``, the largest first and then the next largest among the rest. A
    /// stretch's first and last periods are never spells (nothing shows the measure came back, or where it came
    /// from), nor a period beside another spell (`besides`, or one found here).
    private func spells(in stretch: [Int], besides known: [Int], _ reading: Reading) -> [Int] {
        guard stretch.count >= 3 else { return [] }
        let threshold = ChangePenalty.spellThreshold(count: stretch.count)
        var weight = 0.0
        var weighted = 0.0
        for offset in stretch {
            weight += 1 / reading.variances[offset]
            weighted += reading.values[offset] / reading.variances[offset]
        }
        var spells: [Int] = []
        while true {
            var best: (offset: Int, statistic: Double)?
            for offset in stretch.dropFirst().dropLast() where !(known + spells).contains(where: { abs($0 - offset) <= 1 }) {
                let variance = reading.variances[offset]
                let restWeight = weight - 1 / variance
                guard restWeight > 0 else { continue }
                let deviation = reading.values[offset] - (weighted - reading.values[offset] / variance) / restWeight
                let statistic = deviation * deviation / (variance + 1 / restWeight)
                if statistic > best?.statistic ?? threshold { best = (offset, statistic) }
            }
            guard let best else { return spells }
            spells.append(best.offset)
            weight -= 1 / reading.variances[best.offset]
            weighted -= reading.values[best.offset] / reading.variances[best.offset]
        }
    }

    private func kind(_ measure: Shift.Measure, before: Shift.Segment, after: Shift.Segment, change: Double) -> Shift.Kind {
        if measure == .engagement { return change > 0 ? .intensification : .disengagement }
        if measure == .hostility { return change > 0 ? .escalation : .deescalation }
        if change > 0 { return before.level.high < 0 ? .thaw : .rapprochement }
        return after.level.high < 0 && after.periods <= 2 ? .crisis : .estrangement
    }

    /// The segment of the periods at `offsets` (in order); a period missing between its first and last (a spell
    /// set aside) does not count among its periods.
    private func segment(_ measure: Shift.Measure, _ reading: Reading, _ offsets: [Int]) -> Shift.Segment {
        let slice = offsets.map { reading.points[$0] }
        let missing = offsets.last! - offsets.first! + 1 - offsets.count
        var counts = [0.0, 0, 0, 0]
        for point in slice { for quad in 0..<4 { counts[quad] += point.counts[quad] } }
        let events = counts.reduce(0, +)
        let cooperative = counts[0] + counts[1]
        let level: Estimate
        switch measure {
        case .tone where noise.tone.isEstimated:
            let logOdds = pooled(reading, offsets)
            level = Estimate(value: events > 0 ? (2 * cooperative - events) / events : 0, low: Logit.index(logOdds.low), high: Logit.index(logOdds.high))
        case .tone:
            let share = (cooperative + 0.5) / (events + 1)
            let logOdds = Estimate(value: log(share / (1 - share)), standardError: (1 / ((events + 1) * share * (1 - share))).squareRoot())
            level = Estimate(value: events > 0 ? (2 * cooperative - events) / events : 0, low: Logit.index(logOdds.low), high: Logit.index(logOdds.high))
        case .relativeTone, .engagement, .hostility:
            level = pooled(reading, offsets)
        }
        return Shift.Segment(
            first: slice.first!.period, last: slice.last!.period,
            periods: Period.covering(slice.first!.period.start, slice.last!.period.end, by: length).count - missing, events: events,
            cooperative: cooperative, counts: counts, index: events > 0 ? (cooperative - (events - cooperative)) / events : 0, level: level)
    }

    /// The inverse-variance-weighted mean of a reading's values at `offsets`.
    private func pooled(_ reading: Reading, _ offsets: [Int]) -> Estimate {
        var weight = 0.0
        var weighted = 0.0
        for offset in offsets {
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

extension DyadSeries.Point.Relative {
    /// The period's value of a relative measure; nil for tone, which is not relative, and where the measure cannot be
    /// read that period.
    public func estimate(of measure: Shift.Measure) -> Estimate? {
        switch measure {
        case .tone: nil
        case .relativeTone: tone
        case .engagement: engagement
        case .hostility: hostility
        }
    }
}

extension Shift {
    /// How many of a shift's events it names by default; the rest are counted and listed by a command.
    public static let evidenceLimit = 5

}
