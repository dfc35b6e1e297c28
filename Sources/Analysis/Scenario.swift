import EntenteModel
import EntenteStore

/// A what-if: the store's events plus hypothetical ones, read through the same interface as the store itself,
/// so that every analysis runs on it unchanged.
///
/// The hypothetical events are marked `hypothetical` (and show as what-if wherever they appear); the store
/// underneath is never written to.
public struct ScenarioStore: EventStore, ArmsTransferStore {
    public let base: any EventStore
    public let hypothetical: [Event]

    public init(base: any EventStore, hypothetical: [Event]) {
        self.base = base
        self.hypothetical = hypothetical.map { event in
            var event = event
            event.hypothetical = true
            return event
        }
    }

    /// - Throws: always: a scenario is read-only.
    public func write(events: [Event]) throws -> Int {
        throw StoreError(path: nil, reason: "a what-if scenario is read-only; its events are never stored")
    }

    /// - Throws: always: a scenario is read-only.
    public func replaceEvents(ofDataset dataset: String, with events: [Event]) throws -> Int {
        throw StoreError(path: nil, reason: "a what-if scenario is read-only; its events are never stored")
    }

    public func events(matching query: EventQuery) throws -> [Event] {
        // Paged after the merge: the cursor, offset and limit apply to the stored and the hypothetical events alike.
        var merged = (try base.events(matching: query.unpaged) + hypothetical.filter(query.anyDataset.matches))
            .sorted { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
        if let after = query.after {
            merged.removeAll { ($0.date.start, $0.date.end, $0.id) <= (after.startDay, after.endDay, after.id) }
        }
        let start = min(max(0, query.offset), merged.count)
        let end = query.limit.map { min(merged.count, start + max(0, $0)) } ?? merged.count
        return Array(merged[start..<end])
    }

    public func events(ids: [String]) throws -> [Event] {
        let wanted = Set(ids)
        return (try base.events(ids: ids) + hypothetical.filter { wanted.contains($0.id) })
            .sorted { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
    }

    public func count(matching query: EventQuery) throws -> Int {
        try base.count(matching: query) + hypothetical.count(where: query.anyDataset.matches)
    }

    /// The store's aggregates and the hypothetical events' own, each under its dataset.
    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        try base.aggregates(of: dyad, within: range, datasets: datasets)
            + hypotheticalAggregates(within: range) { dyad.contains(source: $0, target: $1) }
    }

    /// The hypothetical events as aggregates, one each (per day: they are few), summed into no period: a baseline
    /// bins them itself.
    public func periodAggregates(by length: PeriodLength, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        try base.periodAggregates(by: length, within: range, datasets: datasets)
            + hypotheticalAggregates(within: range) { _, _ in true }
    }

    /// The hypothetical events between two states, within `range`, that `pair` accepts, as aggregates of one event
    /// each, whatever datasets are read: they are what the scenario adds.
    private func hypotheticalAggregates(
        within range: ClosedRange<Day>?, pair: (String, String) -> Bool
    ) -> [DyadAggregate] {
        hypothetical.compactMap { event -> DyadAggregate? in
            guard event.source.country != event.target.country, pair(event.source.country, event.target.country),
                range.map({ event.date.start <= $0.upperBound && event.date.end >= $0.lowerBound }) ?? true
            else { return nil }
            var counts = [0, 0, 0, 0]
            counts[event.quadClass.rawValue - 1] = 1
            return DyadAggregate(
                source: event.source.country, target: event.target.country, start: event.date.start, end: event.date.end,
                counts: counts, goldsteinSum: event.goldstein, mentions: event.mentions ?? 0, sources: event.sources ?? 0,
                articles: event.articles ?? 0, dataset: event.provenance.dataset)
        }
    }

    /// The store's datasets: the what-if events are an overlay on whichever datasets are read, not a dataset of
    /// their own, so that a selection never leaves them out.
    public func datasets() throws -> [DatasetSummary] {
        try base.datasets()
    }

    public func write(armsTransfers: [ArmsTransfer]) throws -> (added: Int, replaced: Int) {
        throw StoreError(path: nil, reason: "a what-if scenario is read-only")
    }

    public func armsTransfers(matching query: ArmsTransferQuery) throws -> [ArmsTransfer] {
        try (base as? any ArmsTransferStore)?.armsTransfers(matching: query) ?? []
    }

    public func armsTransferCoverage() throws -> [String: ClosedRange<Int>] {
        try (base as? any ArmsTransferStore)?.armsTransferCoverage() ?? [:]
    }
}

/// A brief with and without hypothetical events, and what changes between them: series, shifts, triangle
/// types, balance and findings, side by side.
public struct ScenarioComparison: Sendable, Hashable {
    /// One measure before and after the hypothetical events.
    public struct Change: Sendable, Hashable, Codable {
        /// What is compared: "series 2015", "shifts", "India–Russia–Pakistan after the shift", "findings".
        public let measure: String
        public let baseline: String
        public let scenario: String
    }

    public let hypothetical: [Event]
    public let baseline: Brief
    public let scenario: Brief

    /// Reads the brief from `store` as it is and with `hypothetical` added.
    public static func assemble(_ request: Brief.Request, from store: any EventStore, hypothetical: [Event]) throws -> ScenarioComparison {
        let overlay = ScenarioStore(base: store, hypothetical: hypothetical)
        return ScenarioComparison(
            hypothetical: overlay.hypothetical, baseline: try Brief.read(request, from: store),
            scenario: try Brief.read(request, from: overlay))
    }

    public init(hypothetical: [Event], baseline: Brief, scenario: Brief) {
        self.hypothetical = hypothetical
        self.baseline = baseline
        self.scenario = scenario
    }

    /// Every measure that differs, in the brief's order; empty when the hypothetical events change nothing.
    public var changes: [Change] {
        var changes: [Change] = []
        // The pair's series, period by period.
        let before = Dictionary(baseline.pair.series.points.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        for point in scenario.pair.series.points {
            let old = before[point.period]
            guard old?.counts != point.counts else { continue }
            changes.append(Change(measure: "series \(point.period)", baseline: old.map(Self.point) ?? "no events", scenario: Self.point(point)))
        }
        // Shifts.
        let oldShifts = Self.shifts(baseline.pair.shifts)
        let newShifts = Self.shifts(scenario.pair.shifts)
        if oldShifts != newShifts { changes.append(Change(measure: "shifts", baseline: oldShifts, scenario: newShifts)) }
        // Triangles and balance.
        let oldTriads = baseline.implications?.triads ?? []
        for triad in scenario.implications?.triads ?? [] {
            let old = oldTriads.first { $0.states == triad.states }
            for (label, earlier, later) in [
                ("before the shift", old?.before, triad.before), ("after the shift", old?.after, Optional(triad.after)),
            ] {
                let oldText = earlier.map(Self.triangle) ?? "—"
                let newText = later.map(Self.triangle) ?? "—"
                if oldText != newText {
                    changes.append(Change(measure: "\(triad.after.label) \(label)", baseline: oldText, scenario: newText))
                }
            }
        }
        let oldBalance = (baseline.implications?.balance ?? []).map(Self.balance).joined(separator: "; ")
        let newBalance = (scenario.implications?.balance ?? []).map(Self.balance).joined(separator: "; ")
        if oldBalance != newBalance { changes.append(Change(measure: "structural balance", baseline: oldBalance, scenario: newBalance)) }
        // Findings that appear or disappear.
        let oldFindings = Set(Self.allFindings(baseline).map(\.text))
        let newFindings = Set(Self.allFindings(scenario).map(\.text))
        for text in Self.allFindings(baseline).map(\.text) where !newFindings.contains(text) {
            changes.append(Change(measure: "finding", baseline: text, scenario: "—"))
        }
        for text in Self.allFindings(scenario).map(\.text) where !oldFindings.contains(text) {
            changes.append(Change(measure: "finding", baseline: "—", scenario: text))
        }
        return changes
    }

    static func allFindings(_ brief: Brief) -> [Brief.Finding] {
        brief.findings + brief.drivers.findings + (brief.implications?.findings ?? [])
    }

    static func point(_ point: DyadSeries.Point) -> String {
        "index \(point.cooperationIndex.map { Format.signed($0) } ?? "–") over \(Format.count(point.events)) events"
    }

    static func shifts(_ shifts: [Shift]) -> String {
        guard !shifts.isEmpty else { return "none" }
        return shifts.map { "\($0.kind.rawValue) \($0.from)→\($0.to)\($0.backBy.map { "→\($0)" } ?? "") (\(Format.signed($0.before.index)) → \(Format.signed($0.after.index)))" }
            .joined(separator: "; ")
    }

    static func triangle(_ triangle: Triangle) -> String {
        let balance = triangle.balance == .undetermined ? "" : ", \(triangle.balance.rawValue)"
        return "\(triangle.type.name) in \(triangle.window) [\(triangle.edges.map(\.sign.symbol).joined())]\(balance)"
    }

    static func balance(_ measure: StructuralBalance) -> String {
        "\(measure.window): \(measure.balanced) balanced, \(measure.unbalanced) unbalanced, \(measure.undetermined) undetermined"
    }
}

extension EventQuery {
    /// The same query over every dataset: what-if events count whatever datasets are read.
    var anyDataset: EventQuery {
        var query = self
        query.datasets = []
        return query
    }
}
