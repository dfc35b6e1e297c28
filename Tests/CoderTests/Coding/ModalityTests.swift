import EntenteCoder
import EntenteParser
import Testing

/// The verb's mood read from the tree (`Coder.Options.readsModality`), on sentences in the style of wire news with
/// the Phoenix dictionaries as published: what is promised, refused or demanded is coded as CAMEO codes it, not as
/// an act that happened; each beside what the coder makes of it without the rules.
@Suite("Moods: intents, refusals and demands")
struct ModalityTests {
    static let dictionaries = Phoenix.dictionaries
    static let parser = Phoenix.parser

    func triples(_ sentence: String, readsModality: Bool = true) throws -> [String] {
        var coder = Coder(dictionaries: try #require(Self.dictionaries), options: Phoenix.everySide, parser: try #require(Self.parser))
        coder.options.readsModality = readsModality
        return coder.code(sentence: sentence).events.map { "\($0.source.code)→\($0.target.code) \($0.code)" }
    }

    @Test func aFutureActIsAnIntent() throws {
        #expect(try triples("Japan will give Vietnam a loan to build a port.") == ["JPN→VNM 0331"])
        #expect(try triples("Japan will give Vietnam a loan to build a port.", readsModality: false) == ["JPN→VNM 071"])
        // The past tense is the act itself.
        #expect(try triples("Japan gave Vietnam a loan to build a port.") == ["JPN→VNM 071"])
    }

    /// A threat of an attack is a threat of a conventional attack (1384); a threat to retaliate or respond names no
    /// attack, a threat of force (138), as the blind writers of five such sentences code it (sixteenth round).
    @Test func aThreatToRetaliateNamesNoAttack() throws {
        #expect(try triples("North Korea threatened on Tuesday to attack South Korea.") == ["PRK→KOR 1384"])
        #expect(try triples("North Korea threatened on Tuesday to retaliate against South Korea for the loudspeaker broadcasts.") == ["PRK→KOR 138"])
    }

    /// An act against someone said to come on a condition ("unless", "if") is a threat of it (seventeenth round):
    /// sanctions 1312, forces sent 138; without the condition, the act as the dictionaries code it.
    @Test func anActOnAConditionIsAThreat() throws {
        #expect(try triples("Washington would slap 100 percent tariffs on Japanese luxury cars unless Tokyo opened its market to American cars.") == ["USA→JPN 1312"])
        let threat = try triples("Tehran could send forces into Pakistani territory to free its border guards if Islamabad did not act.")
        #expect(threat.contains("IRN→PAK 138") && !threat.contains("IRN→PAK 154"), "\(threat)")
        #expect(!(try triples("Tehran sent forces into Pakistani territory to free its border guards.")).contains("IRN→PAK 138"))
    }

    /// Being willing or ready to act is an intent to act ("willing to mediate" is 039); being willing to forgive is
    /// the forgiving, as the CAMEO manual's example of 056 reads it. An intention's infinitive the parser hangs as a
    /// purpose ("pledged on Tuesday to send") is still intended (eleventh round).
    @Test func readinessAndPledgesAreIntents() throws {
        #expect(try triples("Turkey said it was willing to mediate between Israel and Syria.") == ["TUR→ISR 039", "TUR→SYR 039"])
        #expect(try triples("Japan pledged on Tuesday to send food aid to North Korea.") == ["JPN→PRK 0333"])
        #expect(try triples("Japan sent humanitarian aid to North Korea on Tuesday.") == ["JPN→PRK 073"])
        // Weapons given, promised, are military aid (0332); thirteenth round.
        #expect(try triples("The Netherlands agreed to supply howitzers to Ukraine.") == ["NLD→UKR 0332"])
        // Development aid is economic aid (sixteenth round).
        #expect(try triples("Japan suspended development aid to Myanmar after the coup.") == ["JPN→MMR 1621"])
    }

    @Test func aNegatedFutureCooperationIsARejection() throws {
        #expect(try triples("Germany would not meet Turkish officials.") == ["DEU→TUR 125"])
        #expect(try triples("Germany would not meet Turkish officials.", readsModality: false).isEmpty)
        // A negated past act is nothing.
        #expect(try triples("Germany did not meet Turkish officials.").isEmpty)
    }

    /// A pattern names a negation by a word of its own (NOT, NEVER, a negated-auxiliary synset), not by "NEG" inside
    /// &NEGOTIATION: a negated act matched by such a pattern is no act.
    /// An intent the dictionary names (`ACCEPT * &REFUGEE [0333]`) negated in the future is a rejection of what it
    /// names (1223: "refusals to provide shelter or refuge"), also under a report; affirmed, it stays an intent.
    @Test func aNegatedFutureIntentIsARejection() throws {
        #expect(try triples("Jordan said on Monday it would not accept any more Syrian refugees.") == ["JOR→SYRREF 1223"])
        #expect(try triples("Lebanon will not accept more Syrian refugees, its prime minister said.") == ["LBN→SYRREF 1223"])
        #expect(try triples("Jordan will accept more Syrian refugees, its prime minister said.") == ["JOR→SYRREF 0333"])
    }

    @Test func negotiationIsNoNegation() throws {
        let first = try triples("Iran did not enter negotiations with Britain.")
        #expect(!first.contains { $0.hasSuffix(" 036") }, "\(first)")
    }

    @Test func agreeingToActIsAnIntent() throws {
        #expect(try triples("Indonesia agreed to meet Australia.") == ["IDN→AUS 036"])
    }

    /// Agreeing on something, or that something should be done, commits to it (03, refined by what it names);
    /// agreeing that something is so commits to nothing (CAMEO's 019, express accord), each both ways for a compound.
    /// A ceasefire agreed is declared (CAMEO's 0871: "agreements to commence a cease-fire … are still coded here");
    /// one still to be agreed is an intent to de-escalate (0356).
    @Test func agreeingOnOrThatIsAnIntentOrAnAccord() throws {
        #expect(try triples("Russia and Ukraine agreed on a ceasefire in the east, officials said.") == ["RUS→UKR 0871", "UKR→RUS 0871"])
        #expect(try triples("Russia and Ukraine will agree to a ceasefire next week.") == ["RUS→UKR 0356", "UKR→RUS 0356"])
        #expect(try triples("Israel and Syria agreed to withdraw their troops from the border.") == ["ISR→SYR 0356", "SYR→ISR 0356"])
        #expect(try triples("Pakistan and China agreed upon a free trade agreement.") == ["PAK→CHN 0311", "CHN→PAK 0311"])
        #expect(try triples("Iran and Iraq agreed on Monday that their navies should hold joint exercises.").allSatisfy { $0.hasSuffix(" 0312") })
        // "on Tuesday" is when, not what: the clause says only that the talks were useful.
        #expect(try triples("India and Japan agreed on Tuesday that the talks had been useful.") == ["IND→JPN 019", "JPN→IND 019"])
        #expect(try triples("India and Japan agreed on Tuesday that the talks had been useful.", readsModality: false) == ["IND→JPN 050", "JPN→IND 050"])
    }

    @Test func whatIsRefusedDidNotHappen() throws {
        #expect(try triples("Syria refused to cooperate with Lebanon.") == ["SYR→LBN 120"])
        #expect(try triples("Syria refused to cooperate with Lebanon.", readsModality: false) == ["SYR→LBN 050"])
    }

    /// What is warned against or kept from has not happened: the warning is the event, not the arming; a gerund a
    /// verb of keeping from governs is no deed. "Benefited from buying" is a purchase.
    @Test func whatIsWarnedAgainstOrKeptFromDidNotHappen() throws {
        #expect(try triples("Russia warned the United States on Tuesday against arming Ukraine.") == ["RUS→USA 130"])
        #expect(try triples("Russia warned the United States on Tuesday against arming Ukraine.", readsModality: false).contains("USA→UKR 062"))
        #expect(try triples("Israel refrained from attacking Iran.") == [])
        #expect(try triples("India benefited from buying Russian arms.") == ["IND→RUS 061"])
    }

    /// A statement that someone must act is a demand also where the speech verb's pattern reaches into the clause
    /// (`* AGREE`), and what it demands codes nothing of its own; agreeing to something names it ("agree to
    /// constitutional changes" 1044, "to a ceasefire" 1056).
    @Test func aStatementThatSomeoneMustAgreeIsADemand() throws {
        #expect(try triples("Britain declared that Zimbabwe must agree to constitutional changes.") == ["GBR→ZWE 1044"])
        #expect(try triples("The Kenyan opposition announced that the government must agree to constitutional reforms before the election.") == ["KEN→---GOV 1044"])
        #expect(try triples("Ethiopia declared that Eritrea must agree to a ceasefire before talks can begin.") == ["ETH→ERI 1056"])
    }

    /// What a word of suspicion or accusation alleges did not happen by the speaker's word, also where that word is a
    /// participle coding no event of its own ("nationals suspected … of blowing up"): it is no act offered (not
    /// `EXPLOSIVE_DESTRUCTION`'s 190, composed into a threat), no part of the offer's patterns (not `OFFER`'s `* &AIRCRAFT
    /// [033]`), and no event of its own. Offering to hand over suspects is an intent of judicial cooperation (0313,
    /// the CAMEO manual's own example: "Libya has offered to hand over …").
    @Test func whatIsAllegedIsNoActOffered() throws {
        let sentence = "Libya has offered to hand over to Britain two of its nationals suspected by the United States of blowing up an airliner."
        #expect(try triples(sentence) == ["LBY→GBR 0313"])
        #expect(try triples("Libya offered to hand over to Britain two men suspected of blowing up a Pan Am plane.") == ["LBY→GBR 0313"])
    }

    /// Forces asked to withdraw or to pull back are asked to de-escalate (CAMEO's 0256; its 0356: "appeals for
    /// ceasefires, military withdrawals"); withdrawing anything else is yielding in general (eighteenth round).
    @Test func anAppealToWithdrawForcesIsForDeescalation() throws {
        let appeal = try triples("The Organization of American States called on Honduras and Nicaragua to withdraw their security forces from a disputed area.")
        #expect(appeal.count == 2 && appeal.allSatisfy { $0.hasPrefix("IGO") && $0.hasSuffix(" 0256") })
        #expect(try triples("The Secretary-General urged Eritrea to pull back from the brink of war.").allSatisfy { $0.hasSuffix(" 0256") })
        #expect(try triples("Russia urged Georgia to withdraw its application to NATO.").allSatisfy { !$0.hasSuffix(" 0256") })
    }
}
