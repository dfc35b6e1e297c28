import EntenteModel

/// The pairs of states one transaction changed (events or aggregates), and over which days: what a store logs as
/// one generation of its change log when the transaction commits (``ChangeTracking``), so that readers learn what
/// went stale.
///
/// A pair is unordered (RUS–PAK and PAK–RUS are one); a domestic event is the pair of its state with itself. Changes
/// are per pair, whatever the dataset: a reader of one dataset may drop an answer another dataset's commit left valid,
/// never keep one it made stale.
public struct ChangeSet: Sendable {
    public struct Pair: Hashable, Sendable {
        public let first: String
        public let second: String

        public init(_ source: String, _ target: String) {
            if source <= target {
                first = source
                second = target
            } else {
                first = target
                second = source
            }
        }
    }

    /// The first and last day (YYYYMMDD keys) each pair changed over.
    public private(set) var days: [Pair: (first: Int, last: Int)] = [:]

    public init() {}

    public var isEmpty: Bool { days.isEmpty }

    /// Notes that the pair changed on the days `startDay...endDay` (YYYYMMDD keys).
    public mutating func note(_ source: String, _ target: String, startDay: Int, endDay: Int) {
        let pair = Pair(source, target)
        if let known = days[pair] {
            days[pair] = (min(known.first, startDay), max(known.last, endDay))
        } else {
            days[pair] = (startDay, endDay)
        }
    }

    /// Notes the pair and days of an event.
    public mutating func note(_ event: Event) {
        note(event.source.country, event.target.country, startDay: event.date.start.key, endDay: event.date.end.key)
    }

    /// How many generations a change log keeps: a reader further behind than that must take everything as changed.
    public static let kept: Int64 = 512
}
