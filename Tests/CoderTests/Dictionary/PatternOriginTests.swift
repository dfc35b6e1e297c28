@testable import EntenteCoder
import Testing

/// Phoenix's verb file keeps, beside each pattern, the verb it was first written for (its header: "In the comments
/// section of the patterns, the verb[s] where the pattern was originally found is shown"). Its `BLAME` block holds
/// `ACCUSE [112]` and `CONDEMN [111]`, and patterns such as `- * SHOOTING [111]  # CONDEMN` that only restate
/// condemning's own code: read for every verb of the block, they made an accusation a condemnation.
@Suite("Patterns and the verb they were written for")
struct PatternOriginTests {
    func events(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence).events.map { "\($0.source.code)>\($0.target.code) \($0.code)" }
    }

    @Test func aPatternRestatingAnotherVerbsCodeLeavesThisVerbsCode() throws {
        #expect(try events("Georgia blamed Russia for the shooting.") == ["GEO>RUS 112"])
        #expect(try events("Georgia accused Russia of massing troops on the border.") == ["GEO>RUS 112"])
    }

    @Test func theVerbItWasWrittenForKeepsIt() throws {
        #expect(try events("Georgia condemned the shooting by Russian troops.") == ["GEO>RUSMIL 111"])
    }

    @Test func theRestrictionIsReadFromTheComment() throws {
        let dictionaries = try #require(MainEventTests.dictionaries)
        let blame = try #require(dictionaries.blocks.first { $0.name == "BLAME" })
        let shooting = try #require(blame.patterns.first { $0.text.hasPrefix("- * SHOOTING [111]") })
        #expect(shooting.onlyForCodes?.description == "[111]")
        // A pattern written for the block's own verb, or with a code of its own, stays for every verb.
        #expect(blame.patterns.contains { $0.onlyForCodes == nil && $0.codes.forward != "111" })
    }
}
