@testable import EntenteCoder
import Testing

/// What a verb's phrases are to its event: an object that is only an agent ("troops") is what is sent, the phrase of
/// destination names the target; a phrase of time ("during his visit") says when, and no pattern reads it; nor do a
/// statement's patterns read the clause it reports; a promise to help acts on what the help is for.
@Suite("What a verb's phrases are to its event")
struct PhraseRoleTests {
    func events(_ sentence: String, options: Coder.Options = Coder.Options()) throws -> [String] {
        try MainEventTests().triples(sentence, options: options)
    }

    @Test func troopsSentGoToTheStateTheyAreSentTo() throws {
        // Without the rule: KEN>---MIL, the troops as target.
        #expect(try events("Kenya deployed troops to Somalia.").map { $0.prefix(7) } == ["KEN→SOM"])
        #expect(try events("Chad sent soldiers into the Central African Republic on Sunday.").map { $0.prefix(7) } == ["TCD→CAF"])
    }

    @Test func anObjectNamingAStateStaysTheTarget() throws {
        #expect(try events("Egypt praised Israel amid talks on a ceasefire.") == ["EGY→ISR 051"])
    }

    @Test func aPhraseOfTimeIsNoPatternsWord() throws {
        // Without the rule: `ACCLAIM * VISIT [043:042]` read "during his visit", the praise a hosting. The visit is
        // the visitor's, 042 with the host's 043 (the twelfth round's rule of acts done during a visit).
        #expect(try events("The Indian prime minister praised Russia during his visit to Moscow.") == ["INDGOV→RUS 051", "INDGOV→RUS 042", "RUS→INDGOV 043"])
        // Without it: `CANCEL * ATTACK [0871]`, a ceasefire declared.
        #expect(try events("Israel suspended peace talks with the Palestinians after the attack.").first?.hasSuffix(" 0871") == false)
    }

    @Test func aStatementsPatternsDoNotReadTheClauseItReports() throws {
        // Without the rule: `SAY * AID`-style patterns of the speech verb coded Pakistan's 0331 to the United States.
        #expect(try events("Pakistan said the United States had agreed to resume military aid.") == ["PAK→USA 010"])
        // A statement that someone must act is a demand (1053), not the speech verb's `* RELEASE` 0841.
        #expect(try events("Iran said that Britain must release the sailors.") == ["IRN→GBR 1053"])
        // PETRARCH's options read as PETRARCH does.
        #expect(try events("Pakistan said the United States had agreed to resume military aid.", options: .petrarch) == ["PAK→USA 0331"])
    }

    @Test func aPromiseToHelpActsOnWhatTheHelpIsFor() throws {
        // Without the rule the pledge had no target and "help" coded aid given (070): the aid is only promised.
        #expect(try events("Japan pledged 200 million dollars to help rebuild Haiti.") == ["JPN→HTI 0331"])
        #expect(try events("Qatar promised to help rebuild Lebanon.") == ["QAT→LBN 033"])
    }
}
