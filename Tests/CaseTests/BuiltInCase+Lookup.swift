import EntenteCase
import EntenteModel

/// Lookups the case tests share.
extension BuiltInCase {
    /// The case's event with this slug (its id without the `case:` prefix); nil when there is none.
    static func event(_ slug: String) -> Event? {
        events.first { $0.id == "case:" + slug }
    }

    /// The case's events between two states in either direction.
    static func events(between first: String, and second: String) -> [Event] {
        let dyad = Dyad(first, second)
        return events.filter { dyad.contains(source: $0.source.country, target: $0.target.country) }
    }
}

extension Event {
    /// Whether the event runs from `source` to `target` (country codes).
    func runs(from source: String, to target: String) -> Bool {
        self.source.country == source && self.target.country == target
    }
}
