import EntenteAnalysis
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation

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

    /// Ten years of a pair read against a baseline, made by hand: colder than expected until 2014 and friendlier from
    /// 2015; three times the expected events until 2012 and half from 2013.
    static func relativeSeries() -> DyadSeries {
        let points = (2010...2019).map { year -> DyadSeries.Point in
            let warm = year >= 2015
            let busy = year <= 2012
            return DyadSeries.Point(
                period: Period(.year, containing: Day(year: year, month: 6, day: 1)), counts: warm ? [8, 1, 1, 0] : [4, 0, 3, 3],
                goldsteinSum: warm ? 20 : -15, spread: 0, mentions: 0,
                relative: .init(
                    tone: Estimate(value: warm ? 0.8 : -1, low: warm ? 0.3 : -1.5, high: warm ? 1.3 : -0.5), expectedIndex: 0.4,
                    engagement: Estimate(value: busy ? log(3) : log(0.5), low: (busy ? log(3) : log(0.5)) - 0.3, high: (busy ? log(3) : log(0.5)) + 0.3),
                    expectedEvents: busy ? 3.3 : 20))
        }
        return DyadSeries(dyad: Dyad("PAK", "RUS"), length: .year, points: points, noise: estimatedNoise)
    }

    /// Noise as a baseline of many pairs estimates it (the points' intervals above are then their own), so that the
    /// relative measures' moves are read as shifts.
    static let estimatedNoise = DyadSeries.Noise(
        tone: Dispersion(factor: 1, floor: 0, pairs: 100), relativeTone: Dispersion(factor: 1, floor: 0, pairs: 100),
        engagement: Dispersion(factor: 1, floor: 0, pairs: 100), hostility: Dispersion(factor: 1, floor: 0, pairs: 100))

    /// The shifts of ``relativeSeries()``: a thaw in relative tone and a rapprochement in tone in 2015, a disengagement in
    /// 2013.
    static func relativeShifts(_ series: DyadSeries) -> [Shift] {
        let points = series.points
        func segment(_ range: Range<Int>, level: Double) -> Shift.Segment {
            let slice = points[range]
            let events = slice.reduce(0) { $0 + $1.events }
            let cooperative = slice.reduce(0) { $0 + $1.cooperative }
            return Shift.Segment(
                first: slice.first!.period, last: slice.last!.period, periods: slice.count, events: events, cooperative: cooperative,
                counts: (0..<4).map { quad in slice.reduce(0) { $0 + $1.counts[quad] } }, index: (2 * cooperative - events) / events,
                level: Estimate(value: level, standardError: 0.2))
        }
        let before = segment(0..<5, level: -1), after = segment(5..<10, level: 0.8)
        return [
            Shift(measure: .engagement, kind: .disengagement, from: points[2].period, to: points[3].period,
                  before: segment(0..<3, level: log(3)), after: segment(3..<10, level: log(0.5)), change: Estimate(value: log(1.0 / 6), standardError: 0.3)),
            Shift(measure: .relativeTone, kind: .thaw, from: points[4].period, to: points[5].period, before: before, after: after,
                  change: Estimate(value: 1.8, standardError: 0.3)),
            Shift(measure: .tone, kind: .rapprochement, from: points[4].period, to: points[5].period,
                  before: segment(0..<5, level: -0.2), after: segment(5..<10, level: 0.8), change: Estimate(value: 1, standardError: 0.2)),
        ]
    }
}
