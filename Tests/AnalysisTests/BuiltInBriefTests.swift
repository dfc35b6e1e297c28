import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteReport
import EntenteSQLite
import EntenteStore
import Foundation
import Testing
import TestSupport

/// The built-in brief, end to end from the case through the store: what a reader of the seed would expect.
struct BuiltInBriefTests {
    static func brief() throws -> Brief {
        let store = try TestStores.withCase()
        return try Brief.read(Brief.Request(first: "RUS", second: "PAK", focal: "IND"), from: store)
    }

    @Test func russiaAndPakistanMoveTowardCooperation() throws {
        let brief = try Self.brief()
        let rapprochements = brief.pair.shifts.filter { $0.kind == .rapprochement }
        let shift = try #require(rapprochements.last)
        #expect(shift.after.index > 0.5)
        #expect(shift.before.index < shift.after.index)
        // The turn comes at the thaw the brief dates to 2009, not before 2001 or after 2011.
        #expect((2001...2011).contains(shift.to.year))
        // Its evidence counts the cooperative events of 2009–2015 — the visits among them — and names the weightiest:
        // the agreements of 2014 and 2015.
        let cooperative = BuiltInCase.events.filter {
            Dyad("RUS", "PAK").contains(source: $0.source.country, target: $0.target.country) && $0.quadClass.isCooperation
                && $0.date.start >= shift.after.first.start && $0.date.end <= shift.after.last.end
        }
        #expect(shift.evidenceCount >= cooperative.count)
        #expect(shift.evidence.count == Shift.evidenceLimit)
        #expect((shift.rootCodes.first { $0.root == "04" }?.events ?? 0) >= 3)
        let byID = Dictionary(uniqueKeysWithValues: BuiltInCase.events.map { ($0.id, $0) })
        let agreements = shift.evidence.compactMap { byID[$0] }.filter { $0.cameo.isWithin("057") }
        #expect(agreements.contains { $0.date.year == 2014 })
        #expect(agreements.contains { $0.date.year == 2015 })
        #expect(brief.findings.first?.text.contains("rapprochement in tone between 2008 and 2009") == true)
    }

    @Test func theBriefCoversIndiasOwnDyadsWithThePair() throws {
        let brief = try Self.brief()
        #expect(brief.focalDyads.map(\.dyad) == [Dyad("IND", "RUS"), Dyad("IND", "PAK")])
        #expect(brief.focalDyads.allSatisfy { $0.series.totalEvents > 0 })
    }

    @Test func everyEventOfTheBriefIsTracedToItsSource() throws {
        let brief = try Self.brief()
        for event in brief.pair.events + brief.focalDyads.flatMap(\.events) {
            #expect(event.citation.contains("000_57111fbd01a09451.txt"))
            #expect(event.citation.contains("section"))
        }
    }

    @Test func theJSONDocumentHasItsStableShape() throws {
        let text = try JSONOutput.encode(BriefDocument(try Self.brief()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["pair", "focal", "events", "series", "shifts", "findings", "focalDyads", "sources"] {
            #expect(object[key] != nil, "top-level key \(key)")
        }
        #expect(object["pair"] as? [String] == ["RUS", "PAK"])
        #expect(object["focal"] as? String == "IND")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        let ids = Set(events.compactMap { $0["id"] as? String })
        for event in events {
            for key in ["id", "date", "precision", "source", "target", "cameo", "quadClass", "goldstein", "summary", "citation"] {
                #expect(event[key] != nil, "event key \(key)")
            }
            #expect(event["cameo"] is String)
        }
        let shifts = try #require(object["shifts"] as? [[String: Any]])
        #expect(!shifts.isEmpty)
        for shift in shifts {
            #expect(shift["from"] is String && shift["to"] is String)
            #expect(["rapprochement", "estrangement"].contains(shift["kind"] as? String))
            let evidence = try #require(shift["evidence"] as? [String])
            #expect(!evidence.isEmpty && evidence.allSatisfy(ids.contains))
        }
        let series = try #require(object["series"] as? [[String: Any]])
        #expect(series.allSatisfy { $0["period"] is String && $0["cooperationIndex"] != nil || $0["events"] as? Double == 0 })
    }

    @Test func aRangeNarrowsTheBrief() throws {
        let store = try TestStores.withCase()
        let brief = try Brief.read(Brief.Request(first: "RUS", second: "PAK", focal: "IND", from: 2009, to: 2015), from: store)
        #expect(brief.pair.series.points.first?.period.year == 2009)
        #expect(brief.pair.series.points.last?.period.year == 2015)
        #expect(brief.pair.events.allSatisfy { $0.date.overlaps(Day(year: 2009, month: 1, day: 1), Day(year: 2015, month: 12, day: 31)) })
    }

    @Test func theTextBriefReadsInAHundredColumns() throws {
        let text = BriefText.render(try Self.brief())
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
        #expect(text.contains("RAPPROCHEMENT"))
        #expect(text.contains("Sources"))
    }
}
