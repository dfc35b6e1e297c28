@testable import EntenteCoder
import Testing

/// Phoenix's verb file keeps, beside each pattern, the verb it was first written for (its header: "In the comments
/// section of the patterns, the verb[s] where the pattern was originally found is shown"). Its `BLAME` block holds
/// `ACCUSE [112]` and `CONDEMN [111]`, and patterns such as `- * SHOOTING [111]  # CONDEMN` that only restate
/// condemning's own code: read for every verb of the block, they made an accusation a condemnation. And its
/// `DEMAND` block holds the patterns of an `URGE` it lists nowhere: read for a demand, they made it an appeal.
@Suite("Patterns and the verb they were written for")
struct PatternOriginTests {
    func events(_ sentence: String, options: Coder.Options = Coder.Options()) throws -> [String] {
        try MainEventTests().triples(sentence, options: options)
    }

    @Test func aPatternRestatingAnotherVerbsCodeLeavesThisVerbsCode() throws {
        #expect(try events("Georgia blamed Russia for the shooting.") == ["GEO→RUS 112"])
        // An accusation, not a condemnation; of aggression by what it alleges (CAMEO's 1123: "questionable or
        // unjustifiable military actions").
        #expect(try events("Georgia accused Russia of massing troops on the border.") == ["GEO→RUS 1123"])
    }

    @Test func theVerbItWasWrittenForKeepsIt() throws {
        #expect(try events("Georgia condemned the shooting by Russian troops.") == ["GEO→RUSMIL 111"])
    }

    @Test func theRestrictionIsReadFromTheComment() throws {
        let dictionaries = try #require(MainEventTests.dictionaries)
        let blame = try #require(dictionaries.blocks.first { $0.name == "BLAME" })
        let shooting = try #require(blame.patterns.first { $0.text.hasPrefix("- * SHOOTING [111]") })
        #expect(shooting.onlyForCodes?.description == "[111]")
        // A pattern written for the block's own verb, or with a code of its own, stays for every verb.
        #expect(blame.patterns.contains { $0.onlyForCodes == nil && $0.codes.forward != "111" })
    }

    /// Phoenix's `DEMAND` block holds TABARI's `URGE` patterns (`- * WITHDRAW [025]  # URGE`), and no `URGE` verb:
    /// the verb is made a block of its own with them, and they are no longer a demand's. A demand that troops
    /// withdraw is the block's own demand of de-escalation (`- * WITHDRAWAL [1056]  # DEMAND`), not an appeal (025).
    @Test func aDemandIsNoAppealWrittenForAnotherVerb() throws {
        let demand = try events("France demanded that Syria withdraw its troops from Lebanon.")
        #expect(demand == ["FRA→SYR 1056"])
        // An appeal to yield (025), refined by the withdrawal it asks for (0256).
        #expect(try events("France urged Syria to withdraw its troops from Lebanon.") == ["FRA→SYR 0256"])
        // PETRARCH reads every pattern of a block for each of its verbs, and its records expect it: an appeal,
        // refined by the withdrawal asked for.
        let petrarch = try events("France demanded that Syria withdraw its troops from Lebanon.", options: .petrarch)
        #expect(petrarch == ["FRA→SYR 0256"])
    }

    /// A pattern of particles alone is an idiom of the verb it was written for: `PHYSICAL_CONFLICT`'s `- * (FOR)
    /// [111]  # ATTACK` is "attacked the government for …", a criticism; "vowed to retaliate … for the killing" is
    /// the block's own act vowed, a threat of force (CAMEO's 13: an intended act of force is a threat of it; 138, as a
    /// retaliation names no attack, not 1384).
    @Test func aPatternOfParticlesIsAnIdiomOfItsOwnVerb() throws {
        #expect(try events("Iran vowed to retaliate against Israel for the killing of its nuclear scientist.") == ["IRN→ISR 138"])
        // PETRARCH reads every pattern of a block for each of its verbs.
        let petrarch = try events("Iran vowed to retaliate against Israel for the killing of its nuclear scientist.", options: .petrarch)
        #expect(petrarch == ["IRN→ISR 111"])
    }
}
