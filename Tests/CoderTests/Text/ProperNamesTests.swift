@testable import EntenteCoder
import EntenteParser
import Testing

/// The names of states and capitals, from Entente's own country table, tagged as names before parsing.
@Suite("Proper names")
struct ProperNamesTests {
    @Test func namesAreFoundAsWholeCapitalisedWords() {
        let sentence = "South Korea and Germany met in New Delhi; germany, Germanys and Southern Korea are none."
        let bytes = Array(sentence.utf8)
        let found = ProperNames.states.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(found == ["South Korea", "Germany", "New Delhi"])
    }

    @Test func byteOffsetsCountMultiByteCharacters() {
        let sentence = "Café owners in Paris protested."
        // "Café" takes five bytes: "Paris" starts at byte 16.
        #expect(ProperNames.states.ranges(in: Array(sentence.utf8)) == [16..<21])
    }

    @Test func theParserTagsThemAsNames() throws {
        let parser = try #require(MainEventTests.parser)
        let sentence = "Germany sent humanitarian aid to Syria on Wednesday."
        let parsed = parser.parse(sentence: sentence, properNouns: ProperNames.states.ranges(in: Array(sentence.utf8)))
        #expect(parsed.words[0].tag == .properNoun)
        #expect(parsed.words[1].form == "sent" && parsed.words[1].tag == .verb && parsed.words[1].head == 0)
    }

    @Test func theCoderCodesTheSentence() throws {
        let coder = Coder(dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let events = coder.code(sentence: "Germany sent humanitarian aid to Syria on Wednesday.").events
        #expect(events.map { "\($0.source.code)>\($0.target.code) \($0.code)" } == ["DEU>SYR 073"])
    }
}
