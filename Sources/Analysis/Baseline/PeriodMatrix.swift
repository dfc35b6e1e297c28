import EntenteModel
import EntenteStore

/// Every pair of states' events in each period of one length: what a ``Baseline`` is fitted on.
///
/// Cells are undirected (the pair's two directions summed), keyed by the states' indices with the smaller first.
/// An aggregate dated more coarsely than the periods (a year of counts in a monthly matrix) is spread evenly over
/// the periods its dates cover, as ``DyadSeries`` spreads it, so that no count is pinned to a period its source
/// does not give.
public struct PeriodMatrix: Sendable {
    /// One pair of states in one period.
    public struct Cell: Sendable, Hashable {
        /// Index of the first state (the smaller index) and of the second, in ``PeriodMatrix/states``.
        public var first: Int32
        public var second: Int32
        /// Events in the period, both directions.
        public var events: Double
        /// Of them, verbal or material cooperation (quad classes 1 and 2).
        public var cooperative: Double

        /// Of them, verbal or material conflict (quad classes 3 and 4).
        public var conflictual: Double { events - cooperative }
    }

    public let length: PeriodLength
    /// State codes, in the order their indices refer to.
    public let states: [String]
    /// Every period from the first with events to the last, with or without events.
    public let periods: [Period]
    /// The cells of each period (same order as `periods`), each pair once, sorted by (first, second).
    public let cells: [[Cell]]

    /// Bins aggregates (any datasets, any directions) into periods of `length`.
    ///
    /// - Parameter range: the days to cover; nil covers the aggregates' own span. An aggregate only partly inside
    ///   contributes the share of its periods that is inside.
    /// - Complexity: O(aggregates × periods each spans + cells log cells).
    public init(aggregates: [DyadAggregate], by length: PeriodLength, range: ClosedRange<Day>? = nil) {
        // States numbered in the order of their codes, and the rows summed in one order, so that the fit sees the same
        // matrix whatever order a store returns its rows in (a sharded store's differs from run to run).
        let states = Set(aggregates.lazy.flatMap { [$0.source, $0.target] }).sorted()
        let stateIndex = Dictionary(uniqueKeysWithValues: states.enumerated().map { ($1, $0) })
        func index(_ code: String) -> Int32 { Int32(stateIndex[code]!) }
        let aggregates = aggregates.sorted {
            ($0.source, $0.target, $0.start, $0.end) < ($1.source, $1.target, $1.start, $1.end)
        }
        let first = range?.lowerBound ?? aggregates.lazy.map(\.start).min()
        let last = range?.upperBound ?? aggregates.lazy.map(\.end).max()
        guard let first, let last, first <= last else {
            self.init(length: length, states: [], periods: [], cells: [])
            return
        }
        let periods = Period.covering(first, last, by: length)
        var slot: [Period: Int] = [:]
        for (offset, period) in periods.enumerated() { slot[period] = offset }
        var tables = Array(repeating: [UInt64: Cell](), count: periods.count)

        for aggregate in aggregates where aggregate.source != aggregate.target {
            let a = index(aggregate.source)
            let b = index(aggregate.target)
            let (low, high) = a < b ? (a, b) : (b, a)
            let key = UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
            let startPeriod = Period(length, containing: aggregate.start)
            let covered =
                startPeriod == Period(length, containing: aggregate.end)
                ? [startPeriod] : Period.covering(aggregate.start, aggregate.end, by: length)
            let share = 1 / Double(covered.count)
            let events = Double(aggregate.total) * share
            let cooperative = Double(aggregate.counts[0] + aggregate.counts[1]) * share
            for period in covered {
                guard let offset = slot[period] else { continue }
                tables[offset][key, default: Cell(first: low, second: high, events: 0, cooperative: 0)]
                    .add(events: events, cooperative: cooperative)
            }
        }
        let cells = tables.map { table in table.values.sorted { ($0.first, $0.second) < ($1.first, $1.second) } }
        self.init(length: length, states: states, periods: periods, cells: cells)
    }

    init(length: PeriodLength, states: [String], periods: [Period], cells: [[Cell]]) {
        self.length = length
        self.states = states
        self.periods = periods
        self.cells = cells
    }
}

extension PeriodMatrix.Cell {
    mutating func add(events: Double, cooperative: Double) {
        self.events += events
        self.cooperative += cooperative
    }
}
