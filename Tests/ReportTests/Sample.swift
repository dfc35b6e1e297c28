import EntenteAnalysis
import EntenteModel
import EntenteSQLite
import EntenteStore

/// Hand-made events with a clear story: Russia–Pakistan in conflict 2001–2008, cooperating from 2009; India
/// steady with Russia and at odds with Pakistan; one year-dated event, one reported, one hypothetical.
enum Sample {
    static func event(
        _ id: String, _ date: String, _ source: String, _ target: String, _ code: String, _ summary: String,
        hypothetical: Bool = false, reported: Bool = false, url: String? = nil
    ) -> Event {
        Event(
            id: "test:" + id, date: try! EventDate(parsing: date), source: Actor(source), target: Actor(target),
            cameo: CAMEOCode(code)!, summary: summary,
            provenance: Provenance(dataset: "test", document: "Report test fixture", locator: "event \(id)", url: url),
            reported: reported, hypothetical: hypothetical)
    }

    static var events: [Event] {
        var events: [Event] = []
        for year in 2001...2015 {
            let cooperative = year < 2009 ? 2 : 9
            for index in 0..<10 {
                let month = String(format2(index + 1))
                let code = index < cooperative ? (index % 2 == 0 ? "042" : "057") : (index % 2 == 0 ? "111" : "190")
                events.append(
                    event("rp-\(year)-\(index)", "\(year)-\(month)-15", index % 3 == 0 ? "PAK" : "RUS", index % 3 == 0 ? "RUS" : "PAK",
                          code, "Russia–Pakistan event \(index) of \(year) <b>&</b>", url: "https://example.org/rp/\(year)/\(index)"))
            }
            events.append(event("ir-\(year)", "\(year)-03-01", "IND", "RUS", "061", "India and Russia cooperate in \(year)"))
            events.append(event("ip-\(year)", "\(year)-05-01", "IND", "PAK", "112", "India accuses Pakistan in \(year)"))
        }
        events.append(event("rp-year", "2012", "RUS", "PAK", "036", "Talks on a pipeline, dated only to the year"))
        events.append(event("rp-reported", "2014-11-20", "RUS", "PAK", "057", "Reported helicopter deal", reported: true))
        return events
    }

    static var hypothetical: Event {
        event("rp-whatif", "2015-12-01", "RUS", "PAK", "190", "What if Russia struck Pakistan", hypothetical: true)
    }

    static func store(_ events: [Event] = events) throws -> SQLiteStore {
        let store = try SQLiteStore()
        try store.write(events: events)
        return store
    }

    static func brief(_ events: [Event] = events, length: PeriodLength = .year) throws -> Brief {
        try Brief.read(Brief.Request(first: "RUS", second: "PAK", focal: "IND", length: length), from: try store(events))
    }

    static func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
