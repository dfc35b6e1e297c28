import EntenteAnalysis
import EntenteModel

/// Small hand-built events and stores for the relations tests.
enum HandBuilt {
    static func event(
        _ id: String, _ date: EventDate, _ source: String, _ target: String, _ code: CAMEOCode, issues: [Issue] = [],
        hypothetical: Bool = false
    ) -> Event {
        Event(
            id: id, date: date, source: Actor(source), target: Actor(target), cameo: code, summary: id,
            provenance: Provenance(dataset: "test"), issues: issues, hypothetical: hypothetical)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> EventDate { try! EventDate(year: year, month: month, day: day) }
    static func month(_ year: Int, _ month: Int) -> EventDate { try! EventDate(year: year, month: month) }

    /// `count` events from `source` to `target` in `year`, one a month from January: cooperative (057, a signed
    /// agreement) or conflictual (111, criticism).
    static func events(_ prefix: String, _ source: String, _ target: String, year: Int, cooperative: Int, conflictual: Int) -> [Event] {
        (0..<cooperative).map { event("\(prefix)-c\($0)", day(year, $0 % 12 + 1, 1), source, target, "057") }
            + (0..<conflictual).map { event("\(prefix)-k\($0)", day(year, $0 % 12 + 1, 2), source, target, "111") }
    }

    static func window(_ year: Int) -> Window { Window(years: year...year) }
}
