import EntenteModel
import EntenteStore

/// Three states' triangle as asked, checked: three different states, a span not too long.
public struct TriangleRequest: Sendable, Hashable {
    public let states: [String]
    public let length: PeriodLength
    public let range: ClosedRange<Day>?
    public let datasets: [String]
    /// How many events a tie needs before it can carry a sign at all.
    public let band: NeutralBand
    public let maximumPeriods: Int

    /// - Throws: ``RequestError`` naming what is wrong.
    public init(
        states: [String], length: PeriodLength = .year, range: ClosedRange<Day>? = nil, datasets: [String] = [],
        band: NeutralBand = .standard, maximumPeriods: Int = SeriesRequest.defaultMaximumPeriods
    ) throws {
        guard states.count == 3, Set(states).count == 3 else {
            throw RequestError("states", "a triangle needs three different states, got \(states.joined(separator: ", "))")
        }
        guard band.minimumEvents >= 0 else { throw RequestError("minimum-events", "the fewest events for a sign must be 0 or more") }
        self.states = states
        self.length = length
        self.range = range
        self.datasets = datasets
        self.band = band
        self.maximumPeriods = maximumPeriods
    }
}

/// A triangle period by period as read, with its transitions and what was read.
public struct TriangleReading: Sendable {
    public let request: TriangleRequest
    public let triangles: [Triangle]
    public let transitions: [TriangleTransition]
    public let datasets: DatasetSelection
    /// The three states that are in no event of the datasets read: their ties are not covered, not neutral.
    public let absentStates: [String]
}

extension Triangle {
    /// Reads three states' triangle in every period where any tie has events, and its transitions: what
    /// `entente triangle` prints and `/api/triangles` answers.
    ///
    /// - Throws: ``RequestError`` for a span too long or an unknown dataset; the store's errors.
    public static func read(_ request: TriangleRequest, from reader: RelationsReader) throws -> TriangleReading {
        let pairs = [(0, 1), (0, 2), (1, 2)]
        let series = try pairs.map { try reader.series(Dyad(request.states[$0.0], request.states[$0.1]), by: request.length, range: request.range) }
        let periods = series.flatMap { $0.points.map(\.period) }
        if let first = periods.min(), let last = periods.max() {
            try SeriesRequest.check(first.start...last.end, by: request.length, maximumPeriods: request.maximumPeriods)
        }
        let triangles = Triangle.series(states: request.states, series: series, band: request.band)
        let transitions = try Triangle.transitions(triangles) { ties, window in try reader.evidence(on: ties, window: window) }
        return TriangleReading(
            request: request, triangles: triangles, transitions: transitions, datasets: reader.datasets,
            absentStates: try reader.absentStates(request.states, length: request.length))
    }

    public static func read(_ request: TriangleRequest, from store: any EventStore) throws -> TriangleReading {
        try read(request, from: RelationsReader(store: store, datasets: request.datasets))
    }
}
