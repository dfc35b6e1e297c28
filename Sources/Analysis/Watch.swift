import EntenteModel
import EntenteStore

/// Evaluates watch indicators against events: pure, so that a check reads the same whatever store answers.
public enum Watch {
    /// The `days` days that end on `day`.
    public static func window(endingOn day: Day, days: Int) -> Window {
        let first = day.adding(days: -(max(1, days) - 1))
        return Window(first, day, label: "the \(days) days to \(day.iso)")
    }

    /// The indicator's value over the window ending on `day`, and whether it crosses the threshold.
    ///
    /// An event counts when its date lies wholly inside the window: a value is a whole number of events, never a
    /// share of one dated only to its month or year. Events whose dates straddle the window's edge are counted apart
    /// (``WatchReading/straddling``), so that the reading says what it could not place.
    /// - Parameter events: candidates; only those the indicator matches count.
    public static func evaluate(_ indicator: WatchIndicator, events: [Event], asOf day: Day) -> WatchReading {
        let window = window(endingOn: day, days: indicator.windowDays)
        let matching = events.filter { indicator.matches($0) && window.share(of: $0.date) > 0 }
        let inside = matching.filter { $0.date.start >= window.first && $0.date.end <= window.last }
        var sides: [String: Double] = [:]
        let value: Double
        if indicator.states.count == 3 {
            let states = indicator.states
            for (a, b) in [(states[0], states[1]), (states[0], states[2]), (states[1], states[2])] {
                let dyad = Dyad(a, b)
                sides["\(a)–\(b)"] = Double(inside.count { dyad.contains(source: $0.source.country, target: $0.target.country) })
            }
            value = sides.values.min() ?? 0
        } else {
            value = Double(inside.count)
        }
        let fired = indicator.comparison == .above ? value > indicator.threshold : value < indicator.threshold
        return WatchReading(
            indicator: indicator, asOf: day, window: window, value: value, sides: sides, fired: fired,
            standing: fired && indicator.lastCheck?.fired == true,
            events: inside.sorted(by: EventSummary.weightier).prefix(Shift.evidenceLimit).sorted { ($0.date.start, $0.id) < ($1.date.start, $1.id) },
            eventCount: inside.count, straddling: matching.count - inside.count)
    }
}

/// One indicator's value at a check.
public struct WatchReading: Sendable, Hashable, Codable {
    public let indicator: WatchIndicator
    public let asOf: Day
    public let window: Window
    public let value: Double
    /// For three states, each side's value ("CHN–RUS"); the indicator's value is the smallest.
    public let sides: [String: Double]
    public let fired: Bool
    /// True when the indicator had fired at its previous check too: an alert that stands, not a new one.
    public let standing: Bool
    /// The weightiest events behind the value (a few, however many), oldest first.
    public let events: [Event]
    /// How many events are behind the value.
    public let eventCount: Int
    /// Matching events whose dates (a month, a year) straddle the window's edge: not counted, since their day is not
    /// known.
    public let straddling: Int

    public init(
        indicator: WatchIndicator, asOf: Day, window: Window, value: Double, sides: [String: Double], fired: Bool, standing: Bool,
        events: [Event], eventCount: Int, straddling: Int
    ) {
        self.indicator = indicator
        self.asOf = asOf
        self.window = window
        self.value = value
        self.sides = sides
        self.fired = fired
        self.standing = standing
        self.events = events
        self.eventCount = eventCount
        self.straddling = straddling
    }

    /// The reading in one line: "rus-pak-arms-deals: 2.3 events in 2015-01-01–2015-12-31 (365 days), above 0".
    public var text: String {
        let threshold = Format.count(indicator.threshold)
        var text = "\(indicator.name): \(Format.count(value)) \(value == 1 ? "event" : "events")"
        text += indicator.states.count == 3 ? " on its thinnest side" : ""
        text += " in \(window.first.iso)–\(window.last.iso) (\(indicator.windowDays) days), "
        text += fired ? "\(indicator.comparison.rawValue) the threshold of \(threshold)" : "not \(indicator.comparison.rawValue) \(threshold)"
        if standing { text += " (standing since the previous check)" }
        if straddling > 0 { text += "; \(straddling) more dated too coarsely to place inside the window" }
        return text
    }
}
