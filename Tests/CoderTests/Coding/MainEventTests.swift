@testable import EntenteCoder
import EntenteModel
import EntenteParser
import Testing

/// CAMEO codes the main event of a sentence, not every verb in it; and what is refused did not happen. Sentences in
/// the style of wire leads, coded with the Phoenix dictionaries and the shipped parser.
@Suite("Main events")
struct MainEventTests {
    static let dictionaries = Phoenix.dictionaries
    static let parser = Phoenix.parser

    /// The options `code evaluate --cameo-examples` codes with: PETRARCH's, a sentence with one actor coding too.
    static var exampleOptions: Coder.Options {
        var options = Coder.Options.petrarch
        options.requireDyad = false
        options.readsFutureAsIntent = true
        options.setsAsideAttributions = true
        return options
    }

    func events(_ sentence: String, options: Coder.Options = Coder.Options()) throws -> [CodedEvent] {
        let coder = Coder(dictionaries: try #require(Self.dictionaries), options: options, parser: try #require(Self.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events
    }

    func triples(_ sentence: String, options: Coder.Options = Coder.Options()) throws -> [String] {
        try events(sentence, options: options).map { "\($0.source.code)→\($0.target.code) \($0.code)" }
    }

    /// What a speech verb reports in a clause is the event; the speech verb's own pattern reaching into the clause
    /// (`ANNOUNCE * AID` 0331) is not another.
    @Test func aReportYieldsToWhatItReports() throws {
        #expect(try triples("The United States announced on Friday it would suspend military aid to Egypt.") == ["USA→EGY 1622"])
    }

    /// A purpose clause ("to demand the release of …") is what the protest is for, not a demand of its own.
    @Test func aPurposeIsNoEventOfItsOwn() throws {
        let codes = try events(
            "Syrian students began a hunger strike outside the Turkish embassy to demand the release of detained activists.",
            options: Self.exampleOptions
        ).map(\.code)
        #expect(codes.contains("142") && !codes.contains { $0.hasPrefix("10") }, "\(codes)")
    }

    /// What a refused request names did not happen: "inspect" is no investigation, with or without a target for the
    /// refusal.
    @Test func whatARefusedRequestNamesCodesNothing() throws {
        #expect(try triples("Iran rejected a European request to inspect its military sites.").isEmpty)
        #expect(try !events("Iran rejected a European request to inspect its military sites.", options: Self.exampleOptions)
            .contains { $0.code.hasPrefix("09") })
    }

    /// A condition did not happen ("if Egypt expelled its ambassador"), and a threat the parser hangs from its
    /// subject as a participle ("the parliament threatened") is still the sentence's event.
    @Test func aConditionCodesNothing() throws {
        let codes = try events("Israel threatened on Sunday to close its embassy in Cairo if Egypt expelled its ambassador.").map(\.code)
        #expect(codes == ["1313"], "\(codes)")
        #expect(try triples("The Iraqi parliament threatened on Monday to cut ties with Turkey unless Ankara withdrew its troops from the north.")
            == ["IRQLEG→TUR 1313"])
    }

    /// A pattern's words are not matched inside an actor's name: "Security Council" is no `&SECURITY` (0234, 0212);
    /// the meeting asked for is the event.
    @Test func aPatternWordIsNotAnActorsName() throws {
        #expect(try triples("Egypt requested a Security Council meeting on the crisis in Libya.") == ["EGY→IGOUNO 026"])
        // The parser takes "urgent" for the object and "meeting" for an oblique (`obl:unmarked`): an oblique of any
        // subtype is a noun, no meeting of its own with Libya.
        #expect(try triples("Egypt requested an urgent Security Council meeting on the crisis in Libya.") == ["EGY→IGOUNO 026"])
        #expect(try triples("Lebanon demanded a meeting of the Security Council to discuss the Israeli strikes.") == ["LBN→IGOUNO 106"])
    }

    /// "according to a report" is a preposition, whatever the parser tags it: no grant (`ACCORD`, 060).
    @Test func accordingToIsNoVerb() throws {
        let coded = try events("Russia supplied Syria with fighter jets, according to a report by Sweden.", options: Self.exampleOptions)
        #expect(!coded.contains { $0.evidence.verb.lowercased() == "according" }, "\(coded.map(\.evidence.verb))")
        #expect(coded.contains { $0.source.code == "RUS" && $0.target.code == "SYR" })
    }
}

/// A complement's words name what an appeal, demand, rejection, accusation, investigation, threat or gift is for
/// when no verb in it codes that (CAMEO's names for its sub-kinds).
@Suite("Complements named in words")
struct ComplementWordsTests {
    func triples(_ sentence: String, options: Coder.Options = Coder.Options()) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), options: options, parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events.map {
            "\($0.source.code)→\($0.target.code) \($0.code)"
        }
    }

    @Test func aRejectionByWhatWasAskedFor() throws {
        // The oblique "by Russia" holds what was asked for: economic aid.
        #expect(try triples("Ukraine rejected calls by Russia for immediate economic aid.") == ["UKR→RUS 1221"])
        // Extradition is judicial cooperation (CAMEO's 1213).
        #expect(try triples("Pakistan refused to extradite the suspects to India.") == ["PAK→IND 1213"])
    }

    @Test func anAppealForRights() throws {
        // "respect" (05) says only that cooperation is asked for; its object says which: rights.
        #expect(try triples("Nigeria called on Cameroon to respect human rights.") == ["NGA→CMR 0243"])
    }

    @Test func aThreatToCutAid() throws {
        #expect(try triples("Venezuela threatened on Sunday to cut off aid to Cuba.") == ["VEN→CUB 1311"])
    }

    @Test func anInvestigationByWhatItLooksInto() throws {
        #expect(try triples("Kenya opened a corruption investigation into two Somali officials on Thursday.") == ["KEN→SOM 091"])
    }

    @Test func aidGivenAndCutByItsKind() throws {
        #expect(try triples("Japan gave Vietnam 50 million dollars in economic aid on Tuesday.") == ["JPN→VNM 071"])
        #expect(try triples("Germany halted economic aid to Serbia on Monday.") == ["DEU→SRB 1621"])
    }

    /// Giving something up, asked for or demanded, is yielding, by what is given up: restrictions (x51), armed
    /// struggle (x56), anything else (x5) — the CAMEO manual's examples of 105, 1051 and 1056 (100 before).
    @Test func aDemandToGiveSomethingUpIsADemandToYield() throws {
        #expect(try triples("The United States and its allies demanded that Hamas renounce its armed struggle against Israel.")
            == ["USA→PSEREBHMS 1056"])
        #expect(try triples("The rights group Amnesty International demanded that the Egyptian government end restrictions on the press.")
            == ["NGOHRIAMN→EGYGOV 1051"])
        #expect(try triples("The European Union called on Belarus to end restrictions on the media.") == ["IGOEUREEC→BLR 0251"])
        // (Inside one state: written only when asked, as PETRARCH writes it.)
        #expect(try triples("Turkey urged the PKK to renounce its armed struggle.", options: Phoenix.everySide) == ["TUR→TURREB 0256"])
    }

    /// The words CAMEO's codebook gives beside its own: fraud and kickbacks are crimes (091), people "implicated" in
    /// or "involved" in a crime are suspects whose handing over is extradition (1213), a leader reinstated is a
    /// change of leadership (1441).
    @Test func moreWordsForWhatIsAlleged() throws {
        #expect(try triples("Kenya opened fraud investigations into three Somali officials on Thursday.") == ["KEN→SOM 091"])
        #expect(try triples("Germany rejected a Russian request to hand over two soldiers implicated in the shooting.") == ["DEU→RUS 1213"])
        #expect(
            try triples("Egyptian protesters blocked roads in Cairo demanding that Morsi be reinstated as president.", options: Phoenix.everySide)
                == ["EGYOPP→EGY 1441"])
    }

    /// Agreeing to act is an intent to act, also when the act's verb codes nothing: trade is economic cooperation.
    /// Two states agreeing with no other party act among themselves, as CAMEO's own 0311 example codes ("The
    /// United States and Jordan have agreed upon a new free-trade pact": two reciprocal events).
    @Test func agreeingToActIsAnIntent() throws {
        #expect(Set(try triples("Japan and Australia agreed on Tuesday to expand trade.", options: MainEventTests.exampleOptions))
            == ["JPN→AUS 0311", "AUS→JPN 0311"])
    }
}
