@testable import EntenteCoder
import Testing

/// CAMEO's sub-codes of appeals, intents, demands, rejections, threats and protests, given by what they are for.
@Suite("Codes refined by their complement")
struct ComplementCodeTests {
    @Test(arguments: [
        ("020", "0831", "0241"),  // called on the minister to resign
        ("020", "073", "0233"),  // called on … to help save civilians (humanitarian aid)
        ("030", "072", "0332"),  // promised to continue military aid
        ("030", "036", nil),  // 036 is itself an intent: nothing to refine
        ("100", "084", "1053"),  // demanded the release of prisoners
        ("100", "0871", "1056"),  // demanded a withdrawal of forces
        ("020", "045", "028"),  // appealed for mediation
        ("030", "045", "039"),  // offered to mediate (CAMEO's 038 is accepting mediation)
        ("100", "045", "108"),  // demanded mediation
        ("100", "046", "106"),  // demanded talks
        ("120", "062", "1212"),  // rejected military cooperation
        ("120", "064", "121"),  // CAMEO has no 1214
        ("120", "063", "1213"),  // refused to extradite (judicial cooperation)
        ("130", "163", "1312"),  // threatened to impose sanctions
        ("130", "195", "1384"),  // threatened an attack
        ("130", "161", "1313"),  // threatened to break relations
        ("141", "0831", "1411"),  // demonstrated for a change of leadership
        ("023", "072", "0232"),  // a specific code is refined below itself
        ("0234", "071", nil),  // never coarsened or moved sideways
        ("190", "163", nil),  // an attack is no threat
    ] as [(String, String, String?)])
    func composed(governing: String, complement: String, expected: String?) {
        #expect(EventCodes.composed(governing: governing, complement: complement) == expected)
    }

    /// Kinds named by words, composed into the families whose sub-codes CAMEO gives by kind.
    @Test(arguments: [
        ("070", EventCodes.Complement.aid(1), "071"),  // gave dollars of aid
        ("070", .aid(0), nil),  // aid of no named kind stays 070
        ("162", .aid(2), "1622"),  // suspended military aid
        ("162", .aid(4), nil),  // CAMEO has no 1624: nothing to refine
        ("090", .allegation(1), "091"),  // opened a fraud investigation
        ("090", .allegation(5), nil),  // CAMEO has no 095
        ("112", .allegation(2), "1122"),  // accused of human rights abuses
        ("111", .allegation(2), nil),  // a criticism is not refined as an accusation
        ("142", .reform(0), "1422"),  // a hunger strike for reforms not otherwise named: policy change
        ("141", .reform(1), "1411"),
    ] as [(String, EventCodes.Complement, String?)])
    func composedByKind(governing: String, kind: EventCodes.Complement, expected: String?) {
        #expect(EventCodes.composed(governing: governing, kind: kind) == expected)
    }
}
