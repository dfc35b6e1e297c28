import EntenteModel
import EntenteStore

/// A pair's drivers as asked: two different states, windows by period or around the pair's latest shift.
public struct DriversRequest: Sendable, Hashable {
    public let first: String
    public let second: String
    public let range: ClosedRange<Day>?
    /// Windows of this length; nil for the two windows around the pair's latest shift (or its whole span).
    public let length: PeriodLength?
    public let datasets: [String]

    /// - Throws: ``RequestError`` naming what is wrong.
    public init(first: String, second: String, range: ClosedRange<Day>? = nil, length: PeriodLength? = nil, datasets: [String] = []) throws {
        guard first != second else { throw RequestError("states", "a pair needs two different states, got \(first) twice") }
        self.first = first
        self.second = second
        self.range = range
        self.length = length
        self.datasets = datasets
    }
}

/// A pair's drivers as read, with what was read.
public struct DriversReading: Sendable {
    public let request: DriversRequest
    public let drivers: Drivers
    public let datasets: DatasetSelection
}

extension Drivers {
    /// Reads what each side's events toward the other are about, window by window: what `entente drivers` prints.
    ///
    /// - Throws: ``RequestError`` for an unknown dataset; the store's errors.
    /// - Complexity: the pair's events in the range tallied by the store, a few of each mix's weightiest read whole, its
    ///   series once.
    public static func read(_ request: DriversRequest, from reader: RelationsReader) throws -> DriversReading {
        let dyad = Dyad(request.first, request.second)
        let windows: [Window]
        if let length = request.length {
            windows = try reader.series(dyad, by: length, range: request.range).observed.map { Window($0.period) }
        } else {
            let series = try reader.series(dyad, by: .year, range: request.range)
            if let shift = Brief.anchor(series) {
                windows = [Window(shift.before), Window(shift.after)]
            } else if let span = Brief.observedWindow(series) {
                windows = [span]
            } else {
                windows = []
            }
        }
        return DriversReading(
            request: request, drivers: try reader.drivers(request.first, request.second, range: request.range, windows: windows),
            datasets: reader.datasets)
    }

    public static func read(_ request: DriversRequest, from store: any EventStore) throws -> DriversReading {
        try read(request, from: RelationsReader(store: store, datasets: request.datasets))
    }
}

extension RelationsReader {
    /// The drivers of the pair `first`–`second` over `windows`: its events tallied by the store, and each mix's
    /// weightiest few read whole.
    public func drivers(_ first: String, _ second: String, range: ClosedRange<Day>?, windows: [Window]) throws -> Drivers {
        let names = datasets.names
        let disjoint = zip(windows, windows.dropFirst()).allSatisfy { $0.last < $1.first }
        let tallies = try store.eventTallies(
            matching: EventQuery(actors: [first, second], range: range, datasets: names), windows: disjoint ? windows.map(\.range) : [])
        return try Drivers(first: first, second: second, tallies: tallies, windows: windows) { side, other, tone, window in
            // The window's days within the range asked (a year's window may reach before a --from in June).
            let days = range.map { window.range.clamped(to: $0) } ?? window.range
            return try store.weightiestEvents(
                matching: EventQuery(actors: [side, other], range: days, codes: Drivers.roots(of: tone), datasets: names),
                directed: Dyad(side, other, directed: true), limit: Drivers.evidenceCandidates)
        }
    }
}
