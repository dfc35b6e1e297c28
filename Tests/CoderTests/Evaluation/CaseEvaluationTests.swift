import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("The seed brief against the built-in case")
struct CaseEvaluationTests {
    static let document: CodedDocument = DocumentCoder(coder: Coder(dictionaries: BuiltInDictionary.set)).code(
        bytes: (try? readFileBytes(SharedData.seed)) ?? [], name: "seed", documentDate: BuiltInCase.documentDate)
    /// Key events found (directed) when this floor was set; a regression below it fails.
    static let foundFloor = 95

    @Test func findsTheBuiltInCase() {
        let coded = Self.document.events.compactMap(\.event)
        let directed = Evaluation.recall(of: coded, against: BuiltInCase.events, directed: true)
        let undirected = Evaluation.recall(of: coded, against: BuiltInCase.events, directed: false)
        #expect(directed.keyCount == 113)
        #expect(directed.recall >= 0.80, "missed: \(directed.missed.map(\.id))")
        #expect(directed.found.count >= Self.foundFloor, "found \(directed.found.count), missed: \(directed.missed.map(\.id))")
        #expect(undirected.found.count >= directed.found.count)
        #expect(directed.foundOneToOne <= directed.found.count)
        #expect(directed.foundOneToOne >= 85)
    }

    @Test func keyEventsWithTheirEvidence() throws {
        let events = Self.document.events
        let pipeline = try #require(events.first { $0.coded.code == "057" && $0.date?.text == "2015-10" })
        #expect(pipeline.issues.contains("ENERGY"))
        #expect(pipeline.coded.evidence.verb == "signed")
        // "the November visit to Islamabad by Russian Defence Minister Sergei Shoigu": the month takes the
        // sentence's year, the actor keeps his office.
        let shoigu = try #require(events.first { $0.coded.code == "042" && $0.coded.source.code == "RUSGOVMIL" })
        #expect(shoigu.date?.text == "2014-11")
        // "the country's only steel plant built by Russia in the 1970s": a reduced passive, dated by its own clause.
        #expect(events.contains { $0.coded.code == "061" && $0.coded.source.code == "RUS" && $0.date?.text == "1970s" })
        // "Though the quadrilateral held three summit meetings": the group named two sentences before.
        #expect(events.contains { $0.coded.code == "040" && $0.coded.source.code == "PAK" && $0.coded.target.code == "TJK" })
        // "He chose to visit the US": the prime minister of the sentence before, in 1947.
        let visit = try #require(events.first { $0.coded.code == "042" && $0.coded.target.code == "USA" })
        #expect(visit.coded.source.code == "PAKGOV")
        #expect(visit.date?.text == "1947")
    }

    @Test(arguments: [
        ("2014", "2011/2015", true),
        ("2014-11", "2014", true),
        ("2014", "2014-11", true),
        ("1970s", "1947/1990", true),
        ("1970s", "1975", false),
        ("2015", "1980s", false),
        ("1947/1990", "1970s", false),
        ("2010", "2011/2015", false),
    ])
    func codedYearsLieWithinTheKeySpan(coded: String, key: String, matches: Bool) throws {
        func event(_ date: String, _ source: String = "RUS", _ target: String = "PAK", _ code: CAMEOCode = "057") throws -> Event {
            Event(
                id: "t:\(date)", date: try EventDate(parsing: date), source: Actor(source), target: Actor(target), cameo: code,
                summary: "", provenance: Provenance(dataset: "test"))
        }
        #expect(Evaluation.matches(try event(coded), try event(key)) == matches)
        // The root code decides, not the full code; the direction only when asked.
        #expect(Evaluation.matches(try event(coded, "RUS", "PAK", "0311"), try event(key, "RUS", "PAK", "036")) == matches)
        #expect(!Evaluation.matches(try event(coded, "PAK", "RUS"), try event(key)))
        #expect(Evaluation.matches(try event(coded, "PAK", "RUS"), try event(key), directed: false) == matches)
    }
}
