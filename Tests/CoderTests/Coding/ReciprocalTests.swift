import EntenteCoder
import EntenteParser
import Testing

/// Compound actors and reciprocal verbs in news leads (issue 12): a compound subject of a verb with no other
/// target acts among itself, an agent after conjoined adjectives of states belongs to each, and a pattern word that
/// is only the source's own agent does not outrank a two-way pattern. Phoenix dictionaries, shipped parser.
@Suite("Compounds and reciprocal verbs")
struct ReciprocalTests {
    static let dictionaries = Phoenix.dictionaries
    static let parser = Phoenix.parser

    func triples(_ sentence: String) throws -> [String] {
        let coder = Coder(dictionaries: try #require(Self.dictionaries), parser: try #require(Self.parser))
        return coder.code(sentence: sentence).events.map { "\($0.source.code)→\($0.target.code) \($0.code)" }.sorted()
    }

    @Test(arguments: [
        // Where they met is no party: the capital names one of them, yet both met each other.
        ("Ethiopia and Eritrea met in Addis Ababa on Thursday.", ["ERI→ETH 040", "ETH→ERI 040"]),
        ("Egypt and Sudan met in Khartoum on Wednesday.", ["EGY→SDN 040", "SDN→EGY 040"]),
    ])
    func aCompoundsPlaceIsNoParty(sentence: String, expected: [String]) throws {
        #expect(try triples(sentence) == expected)
    }

    @Test func aCompoundActsAmongItselfWithAOneWayCode() throws {
        // CLASH is `[190]`, one way; with no other target the two clashed with each other.
        #expect(try triples("Thailand and Cambodia clashed near the disputed temple on Friday.") == ["KHM→THA 190", "THA→KHM 190"])
        // An object that names no actor is what they acted on: they warned their citizens, not each other.
        #expect(try triples("Egypt and Jordan warned their citizens about the fighting.").isEmpty)
    }

    @Test(arguments: [
        ("Thai and Cambodian troops clashed near the border on Sunday.", ["KHMMIL→THAMIL 190", "THAMIL→KHMMIL 190"]),
        ("Kenyan and Somali soldiers clashed in Mandera.", ["KENMIL→SOMMIL 190", "SOMMIL→KENMIL 190"]),
    ])
    func anAgentAfterConjoinedAdjectivesBelongsToEach(sentence: String, expected: [String]) throws {
        #expect(try triples(sentence) == expected)
    }

    @Test func aPluralSubjectTheTreeCallsANounIsNoVerb() throws {
        // "forces" is no `FORCE` (IMPEL) here, and no agent in Phoenix: the states alone.
        #expect(try triples("Sudanese and Chadian forces clashed along the frontier.") == ["SDN→TCD 190", "TCD→SDN 190"])
    }

    @Test func theSourcesOwnAgentDoesNotOutrankATwoWayPattern() throws {
        // `&MILITARY * [190]` matched "troops" inside "Ethiopian troops"; `* WITH [190:190]` is as long and names
        // the other side.
        let events = try triples("Ethiopian troops clashed with Eritrean soldiers near Badme on Monday.")
        #expect(events == ["ERIMIL→ETHMIL 190", "ETHMIL→ERIMIL 190"])
    }
}
