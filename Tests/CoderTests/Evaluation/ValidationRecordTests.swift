import EntenteCase
import EntenteCoder
import EntenteModel
import EntenteParser
import Foundation
import Testing

@Suite("Coding")
struct CodingTests {
    static let records: ValidationFile = ValidationFile(bytes: (try? readFileBytes(SharedData.validation + "/PETR.UnitTest.records.xml")) ?? [])
    static let coder: Coder = Coder(dictionaries: try! DictionarySet.load(for: records, directory: SharedData.validation))
    /// Records coded exactly right when this floor was set; a regression below it fails.
    static let passFloor = 219

    @Test func unitRecordsReadLeniently() {
        #expect(Self.records.records.count == 284)
        #expect(Self.records.environment["Verbfile"] == "PETR.Validate.verbs.txt")
        #expect(Self.records.records.contains { $0.expected.contains { $0.source == "\"INJURY TOLL\"" } })
        #expect(Self.records.records.filter { !$0.evaluate }.count == 6)
    }

    @Test(arguments: records.records.filter(\.evaluate).map(\.id))
    func unitRecordCodes(id: String) {
        let record = Self.records.records.first { $0.id == id }!
        var coder = Self.coder
        coder.options = record.options
        let result = coder.code(sentence: record.text, day: record.date)
        // Every record codes without a crash; the exact matches are held by the floor below.
        #expect(result.events.allSatisfy { !$0.code.isEmpty })
    }

    @Test func unitRecordsPassFloorAndTripleF1() {
        let report = Evaluation.run(Self.records, coder: Self.coder)
        #expect(report.passed >= Self.passFloor, "exact passes fell to \(report.passed)")
        #expect(report.triple.f1 >= 0.83)
        #expect(report.categories["ACTOR"]?.passed == report.categories["ACTOR"]?.records)
        #expect(report.categories["VERB"]?.passed == report.categories["VERB"]?.records)
    }

    /// With the shipped parser (the default coder) the records score above the target (0.84): triple F1
    /// 0.862 when measured (P 0.888, R 0.837; word order alone 0.838), held a little under.
    @Test func unitRecordsFromTheParse() throws {
        let parsing = Coder(dictionaries: Self.coder.dictionaries, parser: try EnglishParser.load())
        let report = Evaluation.run(Self.records, coder: parsing)
        #expect(report.triple.f1 >= 0.85, "triple F1 \(report.triple.f1)")
    }

    @Test func evidenceAndJSONLines() throws {
        let coder = Coder(dictionaries: BuiltInDictionary.set)
        let text = "In June 2015, Russia agreed to sell four MI-35 attack helicopters to Pakistan."
        let document = DocumentCoder(coder: coder).code(bytes: Array(text.utf8), name: "t.txt", date: nil)
        let sale = try #require(document.events.first { $0.coded.code == "062" })
        #expect(sale.coded.source.code == "RUS" && sale.coded.target.code == "PAK")
        #expect(sale.magnitude == Magnitude(4, "helicopters"))
        #expect(sale.coded.evidence.pattern?.contains("&ARMS") == true)
        let data = try JSONEncoder().encode(try #require(sale.jsonRecord()))
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(object["cameo"] as? String == "062")
        #expect(object["date"] as? String == "2015-06")
        #expect(object["verb"] as? String == "sell")
        #expect(object["locator"] as? String == "sentence 1, characters 0–78")
    }
}
