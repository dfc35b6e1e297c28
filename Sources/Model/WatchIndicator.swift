/// Something an analyst keeps watch on: events of some kinds between some states, counted over a window,
/// against a threshold. Checked after every ingest; a crossing is an alert.
///
/// The value is the number of matching events whose dates fall in the window that ends at the check's day
/// (an event dated more coarsely than a day counts for the share of its days inside the window, as in the
/// series); for three states it is the smallest of the three pairs' values, so that a trilateral indicator
/// moves only when every side of the triangle does. What-if events never count.
public struct WatchIndicator: Hashable, Sendable, Codable {
    public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
        /// Fires when the value is greater than the threshold.
        case above
        /// Fires when the value is less than the threshold.
        case below
    }

    /// The last check of an indicator, as the store remembers it.
    public struct Check: Hashable, Sendable, Codable {
        public var day: Day
        public var value: Double
        public var fired: Bool

        public init(day: Day, value: Double, fired: Bool) {
            self.day = day
            self.value = value
            self.fired = fired
        }
    }

    /// Who added an indicator: a person, or the built-in case's watchlist.
    public enum Origin: String, Hashable, Sendable, Codable {
        case user, builtInCase = "case"
    }

    /// A short unique name: `rus-pak-arms`.
    public var name: String
    /// Two states (a dyad) or three (a triad); codes such as `RUS`.
    public var states: [String]
    /// For a dyad: only events from the first state to the second.
    public var directed: Bool
    /// CAMEO code prefixes (`16`, `1631`); empty for any code.
    public var codes: [String]
    public var quadClass: QuadClass?
    /// Issues an event must carry one of; empty for any.
    public var issues: [Issue]
    public var comparison: Comparison
    public var threshold: Double
    /// The window's length in days.
    public var windowDays: Int
    /// What the indicator watches, in words.
    public var note: String
    public var origin: Origin
    public var lastCheck: Check?

    public init(
        name: String, states: [String], directed: Bool = false, codes: [String] = [], quadClass: QuadClass? = nil,
        issues: [Issue] = [], comparison: Comparison = .above, threshold: Double = 0, windowDays: Int = 90,
        note: String = "", origin: Origin = .user, lastCheck: Check? = nil
    ) {
        self.name = name
        self.states = states
        self.directed = directed
        self.codes = codes
        self.quadClass = quadClass
        self.issues = issues
        self.comparison = comparison
        self.threshold = threshold
        self.windowDays = windowDays
        self.note = note
        self.origin = origin
        self.lastCheck = lastCheck
    }

    /// Whether `event` is of the kind this indicator counts (its states, codes, quad class and issues; not its date).
    public func matches(_ event: Event) -> Bool {
        guard !event.hypothetical else { return false }
        let source = event.source.country
        let target = event.target.country
        guard source != target, states.contains(source), states.contains(target) else { return false }
        if directed && states.count == 2 && (source != states[0] || target != states[1]) { return false }
        if !codes.isEmpty && !codes.contains(where: { event.cameo.isWithin($0) }) { return false }
        if let quadClass, event.quadClass != quadClass { return false }
        if !issues.isEmpty && !event.issues.contains(where: issues.contains) { return false }
        return true
    }

    /// The rule in words: "RUS–PAK, codes 062, 072, above 0 events in 365 days".
    public var rule: String {
        let joiner = directed ? "→" : "–"
        var parts = [states.joined(separator: joiner)]
        if !codes.isEmpty { parts.append("codes " + codes.joined(separator: ", ")) }
        if let quadClass { parts.append("quad class \(quadClass.rawValue) (\(quadClass))") }
        if !issues.isEmpty { parts.append("issues " + issues.map(\.rawValue).joined(separator: ", ")) }
        let threshold = threshold == threshold.rounded() ? Format.grouped(Int(threshold)) : Format.decimal(threshold)
        let measure = states.count == 3 ? "events on every side" : "events"
        return parts.joined(separator: ", ") + ": \(comparison.rawValue) \(threshold) \(measure) in \(windowDays) days"
    }
}
