import EntenteModel

/// Where the watchlist lives: indicators by name, each with its last check.
public protocol WatchStore: Sendable {
    /// Adds an indicator, or replaces the one of the same name when `replacing`.
    ///
    /// - Throws: ``StoreError`` when the name is taken and `replacing` is false.
    func add(indicator: WatchIndicator, replacing: Bool) throws

    /// Every indicator, by name.
    func indicators() throws -> [WatchIndicator]

    /// Removes the indicator named `name`; false when there was none.
    @discardableResult
    func removeIndicator(named name: String) throws -> Bool

    /// Remembers an indicator's latest check, so the next check can tell a new alert from a standing one.
    func record(check: WatchIndicator.Check, forIndicatorNamed name: String) throws

    /// The last day any stored, real (not what-if) event can fall on: the data's "today".
    func latestEventDay() throws -> Day?
}
