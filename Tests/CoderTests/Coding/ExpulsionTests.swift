import EntenteCoder
import EntenteParser
import Testing

/// An expulsion coded by whom it expels, as CAMEO's codebook says under 174: diplomats reduce diplomatic relations
/// (161); peacekeepers, inspectors and aid agencies are 166's (1661, 1662, 1663); other individuals stay 174.
@Suite("Expulsions by whom they expel")
struct ExpulsionTests {
    static let dictionaries = try? DictionarySet.load(directory: SharedData.dictionaries)
    static let parser = try? EnglishParser.load()

    func triples(_ sentence: String) throws -> [String] {
        let coder = Coder(dictionaries: try #require(Self.dictionaries), parser: try #require(Self.parser))
        return coder.code(sentence: sentence).events.map { "\($0.source.code)→\($0.target.code) \($0.code)" }
    }

    @Test func expellingDiplomatsReducesRelations() throws {
        // In the passive, whom it expels is the subject.
        #expect(try triples("Two Russian diplomats were expelled by Britain on Wednesday, the Foreign Office said.") == ["GBR→RUSGOV 161"])
    }

    @Test(arguments: [
        ("North Korea expelled United Nations inspectors from its nuclear sites.", "PRK→IGOUNO 1662"),
        ("Eritrea expelled UN peacekeepers from the border zone.", "ERI→IGOUNO 1661"),
        // Phoenix's own code for an individual.
        ("Russia expelled a British journalist on Friday.", "RUS→GBRMED 174"),
    ])
    func expulsionsByWhomTheyExpel(sentence: String, expected: String) throws {
        #expect(try triples(sentence) == [expected])
    }
}
