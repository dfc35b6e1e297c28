@testable import EntenteCoder
import EntenteModel
import Testing

/// An agent's word used as an adjective names a kind of thing, not who acts: "military aid", "military exercises".
/// Read as an actor (`---MIL`), it took the target's place from the state the aid went to. The sentences are in the
/// wire services' style about what they reported (the United States' suspension of military aid to Pakistan, July 2011).
@Suite("Attributive agent words")
struct AttributiveAgentTests {
    func triples(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence).events.map { "\($0.source.code)>\($0.target.code)" }
    }

    @Test func anAdjectiveOfAThingIsNoActor() throws {
        #expect(try triples("Washington suspended $800 million in military aid to Pakistan.") == ["USA>PAK"])
    }

    @Test func theAgentStillActsWhereItNamesOne() throws {
        // "the military" as a noun, and "military" before an agent word, are actors.
        #expect(try triples("The Pakistani military attacked Taliban fighters on Monday.").first?.hasPrefix("PAKMIL>") == true)
        #expect(try triples("Indian military officials met Chinese commanders on Monday.").first?.hasPrefix("IND") == true)
    }
}
