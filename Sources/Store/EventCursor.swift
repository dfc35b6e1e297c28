import EntenteModel
import Foundation

/// A place in the order events are listed (first day, last day, id): the last event of a page, from which the
/// next page goes on.
public struct EventCursor: Sendable, Hashable {
    public var startDay: Day
    public var endDay: Day
    public var id: String

    public init(startDay: Day, endDay: Day, id: String) {
        self.startDay = startDay
        self.endDay = endDay
        self.id = id
    }

    /// The cursor just after `event`.
    public init(after event: Event) {
        self.init(startDay: event.date.start, endDay: event.date.end, id: event.id)
    }

    /// An opaque token for a URL: `YYYYMMDD.YYYYMMDD.` and the id in base64url (ids may hold any character).
    public var token: String {
        let id = Data(id.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "\(startDay.key).\(endDay.key).\(id)"
    }

    /// Reads a ``token``; nil when it is not one.
    public init?(token: String) {
        let parts = token.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 8, parts[1].count == 8, let start = Int(parts[0]), let end = Int(parts[1]),
            parts[2].count <= 1_024
        else { return nil }
        var base64 = parts[2].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let id = String(data: data, encoding: .utf8) else { return nil }
        let valid = { (day: Day) in (1...12).contains(day.month) && (1...Day.daysIn(month: day.month, year: day.year)).contains(day.day) }
        let startDay = Day(key: start)
        let endDay = Day(key: end)
        guard valid(startDay), valid(endDay), startDay <= endDay else { return nil }
        self.init(startDay: startDay, endDay: endDay, id: id)
    }
}
