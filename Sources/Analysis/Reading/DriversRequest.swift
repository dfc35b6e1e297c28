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
    /// - Complexity: the pair's raw events in the range (their issues are what it reads), its series once.
    public static func read(_ request: DriversRequest, from reader: RelationsReader) throws -> DriversReading {
        let dyad = Dyad(request.first, request.second)
        let events = try reader.store.events(
            matching: EventQuery(actors: [request.first, request.second], range: request.range, datasets: reader.datasets.names)
        ).filter { dyad.contains(source: $0.source.country, target: $0.target.country) }
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
            request: request, drivers: Drivers(first: request.first, second: request.second, events: events, windows: windows),
            datasets: reader.datasets)
    }

    public static func read(_ request: DriversRequest, from store: any EventStore) throws -> DriversReading {
        try read(request, from: RelationsReader(store: store, datasets: request.datasets))
    }
}
