import EntenteModel
import Foundation
import Testing

struct EventFormTests {
    static let event = Event(
        id: "case:example", date: try! EventDate(year: 2015, month: 10), source: Actor("RUS", sector: "BUS", name: "RT Global Resources"),
        target: Actor("PAK"), cameo: "0831", magnitude: Magnitude(2e9, "USD"), summary: "A pipeline, \"agreed\", with a comma",
        provenance: Provenance(dataset: "entente-case", document: "A brief", locator: "section \"Introduction\""),
        issues: [.energy, .trade], reported: true)

    @Test func jsonRoundTripsAndCarriesTheDocumentFields() throws {
        let data = try JSONEncoder().encode(Self.event)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "date", "precision", "source", "target", "cameo", "quadClass", "goldstein", "summary", "citation"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["cameo"] as? String == "0831")
        #expect(object["precision"] as? String == "month")
        #expect(try JSONDecoder().decode(Event.self, from: data) == Self.event)
    }

    @Test func fieldsRoundTrip() throws {
        let fields = Dictionary(uniqueKeysWithValues: zip(Event.fieldNames, Self.event.fieldValues))
        #expect(try Event(fields: fields) == Self.event)
    }

    @Test func inconsistentFieldsAreNamed() throws {
        var fields = Dictionary(uniqueKeysWithValues: zip(Event.fieldNames, Self.event.fieldValues))
        fields["quadClass"] = "4"
        #expect(throws: EventFieldError(field: "quadClass", expected: "2 for code 0831, got '4'")) { try Event(fields: fields) }
        fields["quadClass"] = nil
        fields["cameo"] = "831"
        #expect(throws: EventFieldError.self) { try Event(fields: fields) }
        fields["cameo"] = "0831"
        fields["date"] = "2015-10-32"
        #expect(throws: EventFieldError.self) { try Event(fields: fields) }
    }

    @Test func magnitudesReadAsPeopleWriteThem() {
        #expect(Magnitude(2e9, "USD").description == "$2 billion")
        #expect(Magnitude(1100, "km").description == "1,100 km")
        #expect(Magnitude(4, "helicopters").description == "4 helicopters")
    }

    @Test func contentIDsAreStable() {
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(Event.contentID(prefix: "x", parts: ["a", "b"]) == Event.contentID(prefix: "x", parts: ["a", "b"]))
        #expect(Event.contentID(prefix: "x", parts: ["a", "b"]) != Event.contentID(prefix: "x", parts: ["ab"]))
    }

    @Test func formatWritesNumbersWithoutALocale() {
        #expect(Format.signed(0.854) == "+0.85")
        #expect(Format.signed(-0.4) == "−0.40")
        #expect(Format.signed(0.001) == "0.00")
        #expect(Format.count(12.25) == "12.3")
        #expect(Format.count(1100) == "1,100")
    }
}
