@testable import EntenteCoder
import EntenteParser
import Testing

/// Who did what to whom read from the dependency tree, on sentences in the style of wire news, with the Phoenix
/// dictionaries as published and the shipped parser; each rule beside what word order alone makes of it.
@Suite("Coding from the parse")
struct TreeCodingTests {
    static let dictionaries = Phoenix.dictionaries
    static let parser = Phoenix.parser

    func triples(_ sentence: String, parse: Bool = true) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(Self.dictionaries), options: Phoenix.everySide, parser: parse ? try #require(Self.parser) : nil)
        return coder.code(sentence: sentence).events.map { "\($0.source.code)→\($0.target.code) \($0.code)" }
    }

    /// The triples by states alone (`RUSGOV→IND 042` is `RUS→IND 042`): what a person's code is on a day not given
    /// is not what the tests that read them are about.
    func states(_ sentence: String) throws -> [String] {
        try triples(sentence).map { triple in
            let parts = triple.split(separator: " ")
            let sides = parts[0].split(separator: "→").map { $0.prefix(3) }
            return "\(sides[0])→\(sides[1]) \(parts[1])"
        }
    }

    @Test func conjoinedSubjectsActOnEachOtherNotOnAModifier() throws {
        let sentence = "Russia and Pakistan signed a military cooperation agreement in Islamabad on Friday."
        // (057, the signing, as the CAMEO manual's note to 057 codes an agreement signed whatever it is about; the
        // dictionaries' `SIGN * {&MILITARY &TREATY} [0312:0312]` gave 0312 before the twelfth round.)
        #expect(try triples(sentence) == ["RUS→PAK 057", "PAK→RUS 057"])
        #expect(try triples("Russia and India signed a series of defence and energy agreements on Friday.").sorted() == ["IND→RUS 057", "RUS→IND 057"])
        // A promise to sign is the promise: the note excludes it.
        #expect(try triples("China agreed to sign a trade agreement with Pakistan.") == ["CHN→PAK 0311"])
        // Word order takes "military" for the target: four events, none of them right.
        #expect(try triples(sentence, parse: false).contains("RUS→---MIL 0312"))
    }

    /// Subjects the parse joins by "and", each named by its own title or adjective with a name between that no
    /// dictionary knows, act together as "Vietnam and China signed" does (fifteenth round): not one of them alone,
    /// nor on the city they met in. Word order alone sees two actors apart and codes none of it.
    @Test func subjectsJoinedInTheParseActTogether() throws {
        #expect(
            try triples("Vietnamese Foreign Minister Nguyen Dy Nien and his Chinese counterpart Li Zhaoxing signed a treaty on Tuesday.").sorted()
                == ["CHN→VNMGOV 057", "VNMGOV→CHN 057"])
        #expect(
            try triples("Congolese President Joseph Kabila and Rwandan President Paul Kagame signed a peace deal in Pretoria on Tuesday.").sorted()
                == ["CODGOV→RWAGOV 057", "RWAGOV→CODGOV 057"])
        // A list whose first two the words join, its last joined by the parse.
        #expect(
            try states("Egyptian President Abdel Fattah al-Sisi, Sudan's Omar Hassan al-Bashir and Ethiopian Prime Minister Hailemariam Desalegn signed a declaration in Khartoum.")
                .sorted()
                == ["EGY→ETH 057", "EGY→SDN 057", "ETH→EGY 057", "ETH→SDN 057", "SDN→EGY 057", "SDN→ETH 057"])
        // A title's capitalised word between the state's adjective and the office ("Russian Defence Minister").
        #expect(
            try states("Russian Defence Minister Sergei Shoigu and his Pakistani counterpart Khawaja Muhammad Asif signed a military cooperation agreement in Rawalpindi on Thursday.")
                .sorted() == ["PAK→RUS 057", "RUS→PAK 057"])
        // An "and" inside one actor's own phrase joins no second actor.
        #expect(try triples("Vietnamese Foreign Minister Nguyen Dy Nien and his Chinese counterpart Li Zhaoxing signed a treaty on Tuesday.", parse: false).isEmpty)
    }

    /// A verb the parse hangs as an adjective of the noun after it is still a verb where it has a subject of its own
    /// ("the two countries signed energy and trade agreements", fifteenth round), and what it signed the nouns it
    /// modifies: an agreement signed, 057.
    @Test func aVerbWithASubjectIsNoAdjective() throws {
        let coded = try triples(
            "Kazakh President Nursultan Nazarbayev hosted Chinese President Xi Jinping in Astana on Saturday, and the two countries signed energy and trade agreements worth about $30 billion.")
        #expect(coded.contains { $0.hasPrefix("KAZ") && $0.contains("→CHN") && $0.hasSuffix(" 057") }, "\(coded)")
    }

    /// A place's name after "Sheikh" is a person's given name (fifteenth round): Kuwait's emir Sheikh Sabah is no
    /// visit by Malaysia's state of Sabah.
    @Test func aNameAfterSheikhIsAPersons() throws {
        let coded = try triples("Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, arrived in Tehran on Sunday on his first visit to the Islamic Republic.")
        #expect(!coded.contains { $0.contains("MYS") }, "\(coded)")
        #expect(coded.contains { $0.hasPrefix("KWT") && $0.hasSuffix("IRN 042") }, "\(coded)")
    }

    /// "American" after the name of a part of the Americas is of the continent, not of the United States (fifteenth
    /// round).
    @Test func aSouthAmericanIsNoAmerican() throws {
        #expect(try triples("Latin American leaders met in Lima on Tuesday.").isEmpty)
        #expect(!(try triples("Brazil and Argentina signed a treaty on Tuesday to create a South American common market.").contains { $0.contains("USA") }))
        #expect(try triples("American officials met Peruvian leaders in Lima on Tuesday.").contains("USA→PER 040"))
    }

    /// Of a block's equally long patterns, the first that reads the verb's own object goes before an earlier one that
    /// reads words outside it (fifteenth round): talks held on the sidelines of a summit are talks (`HOLD * TALKS
    /// [046:046]`), not the summit (`* SUMMIT [040:040]`, first in the block); a summit held is still one. (Where the
    /// parse hangs the summit inside the object's phrase — "talks with Noda on the sidelines of a summit", no day
    /// between — both patterns read the object and the block's order stands.)
    @Test func aPatternOfTheVerbsObjectGoesFirst() throws {
        #expect(
            try triples("Chinese President Hu Jintao held talks with Japanese Prime Minister Yoshihiko Noda on Sunday on the sidelines of an Asia-Pacific summit.")
                .map { $0.suffix(3) } == ["046", "046"])
        #expect(try triples("China and Japan held a summit on Monday.").sorted() == ["CHN→JPN 040", "JPN→CHN 040"])
    }

    /// A parenthetical attribution ("…, U.N. observers said, …") is no party to the act it reports (fifteenth
    /// round): not its target, and a participle after it adjoins the clause attributed, whose subject it has.
    @Test func aParentheticalSpeakerIsNoParty() throws {
        let coded = try triples(
            "Libyan troops have completed their withdrawal from the disputed strip, U.N. observers said, handing the territory back to Chad.")
        #expect(!coded.contains { $0.contains("IGO") }, "\(coded)")
        #expect(coded.contains { $0.hasPrefix("LBY") && $0.contains("→TCD") }, "\(coded)")
    }

    @Test func patternsReadTheVerbsComplementPastItsVerb() throws {
        // `ASK * &INFORMATION [0214]`: the information is asked for in the complement, past "provide", which word
        // order does not cross.
        let sentence = "Turkey asked Iran to provide information about the attack."
        #expect(try triples(sentence) == ["TUR→IRN 0214"])
        #expect(try triples(sentence, parse: false) == ["TUR→IRN 020"])
    }

    /// Issue 12's fourth round, one rule a row, each on sentences in the style of wire news.
    @Test(arguments: [
        // "Urge" is in no block of Phoenix's verbs; its patterns, in the `DEMAND` block, say it was their verb: an
        // appeal (02) refined as they refine it, also in the passive and under a report.
        ("Serbia was urged by the European Union on Monday to resume talks with Kosovo.", ["IGOEUREEC→SRB 026"]),
        ("Germany urged Russia to withdraw its troops from the border, officials said.", ["DEU→RUS 0256"]),
        // A pattern of prepositions alone (`CAMPAIGN * (AGAINST) [110]`) reads the verb's own phrases, not a clause
        // below them: the struggle "against Israel" is Hamas's, not the demand's.
        // (Renouncing an armed struggle demanded is a demand for de-escalation, 1056, since the ninth round.)
        ("The United States demanded that Hamas renounce its armed struggle against Israel.", ["USA→PSEREBHMS 1056"]),
        ("Pakistan campaigned against India at the United Nations, diplomats said.", ["PAK→IND 110"]),
        // A protest's participle says what the protest is for (141x) and codes nothing of its own; independence
        // changes the institutions (CAMEO's 1414). (Without "that", the shipped model makes "resign" the root and
        // the rally its parataxis: a parse error, docs/parser.md.)
        ("Opposition supporters staged rallies across Bangladesh on Friday, saying that the prime minister must resign.", ["---OPP→BGD 1411"]),
        ("Tibetan exiles demonstrated outside the Chinese embassy in New Delhi, demanding independence for Tibet.", ["---OPP→CHNGOV 1414"]),
        // An appeal or a demand named by the object of a verb coding nothing is the event, refined by what it asks for.
        ("Britain renewed an appeal to Russia to extradite two suspects in the murder.", ["GBR→RUS 0213"]),
        ("Japan repeated its demand that China release the detained fishermen.", ["JPN→CHN 1053"]),
        // A sum of money (the verb dictionary's `&CURRENCY`) names economic aid (071, "monetary aid"); aid of no
        // named kind stays 070.
        ("Japan gave Vietnam 50 million dollars of aid on Tuesday, officials said.", ["JPN→VNM 071"]),
        ("Japan gave Vietnam aid on Tuesday, officials said.", ["JPN→VNM 070"]),
        // A threat to stop or cut what is no aid, relations or talks is a non-force threat (131), also in the passive.
        ("Turkey threatened on Tuesday to cut off water to Syria, Syrian officials said.", ["TUR→SYR 131"]),
        ("Syria was threatened by Turkey with a cut in water supplies.", ["TUR→SYR 131"]),
    ])
    func fourthRoundRules(sentence: String, expected: [String]) throws {
        #expect(try triples(sentence) == expected)
    }

    /// "on Monday" says when: a pattern of prepositions alone (`PRESS * ON [190]`) does not read it.
    @Test func aPhraseOfTimeIsNoPatternsPreposition() throws {
        #expect(try triples("Kosovo Albanians demanded independence from Serbia on Monday.").allSatisfy { $0.hasPrefix("KSV→SRB 10") })
    }

    @Test func passiveAgentIsTheSource() throws {
        let events = try triples("Indian troops were attacked by Pakistani militants near the border on Monday.")
        #expect(events.contains { $0.hasPrefix("PAK") && $0.contains("→IND") && $0.hasSuffix(" 190") })
        #expect(!events.contains { $0.hasPrefix("IND") })
    }

    /// A side the dictionaries code apart from states and bodies (Al Jazeera, `MED`) joins no pair of states; an
    /// unknown name after a title and before "and" is the titled person, whose list goes on (eighteenth round).
    @Test func onlyStatesAndBodiesArePartiesToRelations() throws {
        let sentence = "Egyptian police arrested Australian journalist Peter Greste and an Al Jazeera colleague in Cairo on Sunday."
        let events = try MainEventTests().triples(sentence)
        #expect(events.contains { $0.hasPrefix("EGYCOP→AUSMED 17") })
        #expect(!events.contains { $0.contains("→MED ") })
        // Every side, as PETRARCH writes them, keeps it.
        #expect(try triples(sentence).contains { $0.contains("→MED ") })
    }

    @Test func passiveWithoutAgentNamesNoSource() throws {
        #expect(try triples("Pakistan was attacked on Monday near Kashmir.").isEmpty)
    }

    @Test func reportedSpeechCodesTheSpeakersAct() throws {
        let events = try triples("Iran's foreign minister accused Israel of attacking Syria.")
        // The accusation, of aggression by what it alleges (CAMEO's 1123: "blame for initiating hostilities"), not
        // the attack.
        #expect(events == ["IRNGOV→ISR 1123"])
        // Word order also codes the accusation's content as an attack that happened.
        #expect(try triples("Iran's foreign minister accused Israel of attacking Syria.", parse: false).contains("ISR→SYR 190"))
    }

    /// "said on Monday that …": the parser may hang the reported clause on the day as a relative clause; it is the
    /// speech verb's complement, so a "must" in it makes the report a demand (release: 1053), not a release.
    @Test func aClauseAfterTheDayIsTheReportsComplement() throws {
        #expect(try triples("Japan said on Monday that North Korea must release the abducted Japanese citizens.") == ["JPN→PRK 1053"])
        #expect(try triples("Egypt announced on Sunday that Israel must withdraw its troops from Gaza.") == ["EGY→ISR 1056"])
    }

    /// "Saudi-led forces": the state that leads them is the actor.
    @Test func theLeaderOfLedForcesActs() throws {
        #expect(try triples("Saudi-led forces shelled Houthi positions near the Yemeni border on Tuesday.") == ["SAU→YEM 194"])
    }

    /// "British-flagged", "Chinese-owned": the state owns what the word modifies.
    @Test func theOwnerOfAFlaggedShipIsItsState() throws {
        // (A tanker seized is property confiscated, 1711, since the eleventh round; 171 before.)
        #expect(try triples("Iranian forces seized a British-flagged oil tanker in the Strait of Hormuz on Friday.") == ["IRN→GBRBUS 1711"])
    }

    /// "the Pakistani Taliban": a group Phoenix files under Afghanistan (`TALIBAN [AFGREB]`) after another state's
    /// adjective is that state's branch; after its own state's adjective it stays as filed, and a state's name used
    /// as a noun beside it ("U.S. Taliban") is no adjective of it.
    @Test func aStatesAdjectiveMakesAGroupItsBranch() throws {
        #expect(try triples("The Pakistani Taliban claimed responsibility for the attack on a police station in Peshawar.") == ["PAKREB→PAK 015"])
        #expect(try triples("The Afghan Taliban claimed responsibility for the attack on a police station in Kabul.") == ["AFGREB→AFG 015"])
    }

    /// A preposition of a pattern opens a phrase of the verb or of the pattern's words, not one inside another:
    /// `LODGE * PROTEST (OF) [140]` does not read the "of" of "over the killing of two soldiers" (and the protest, a
    /// state's lodged with another, is an official complaint: 114, not the pattern's 110).
    @Test func aPatternsPrepositionHangsFromThePattern() throws {
        #expect(try triples("India lodged a strong protest with Pakistan over the killing of two soldiers.") == ["IND→PAK 114"])
    }

    /// Where no pattern fits the words as written, a pattern's object matches its regular plural (or singular): "ambassadors" fits
    /// `- * AMBASSADOR [161]`, "exercises" the block's `EXERCISE`; PETRARCH's options read the words as written.
    @Test func aPatternsObjectMatchesItsPlural() throws {
        #expect(try triples("Saudi Arabia and Bahrain recalled their ambassadors from Qatar.") == ["SAU→QATGOV 161", "BHR→QATGOV 161"])
        #expect(try triples("Saudi Arabia and Bahrain recalled their ambassador from Qatar.") == ["SAU→QATGOV 161", "BHR→QATGOV 161"])
        #expect(try triples("Chinese and Russian warships began joint naval exercises in the Sea of Japan on Thursday.")
            == ["CHNMIL→RUSMIL 062", "RUSMIL→CHNMIL 062"])
        // And a pattern's plural its singular: `RECEIVE`'s `- * MINISTERS [043:042]`, a host and a visit.
        #expect(try triples("Moroccan King Mohammed VI received the Spanish prime minister in Rabat on Thursday.")
            == ["MARGOV→ESPGOV 043", "ESPGOV→MARGOV 042"])
        let petrarch = Coder(dictionaries: try #require(Self.dictionaries), options: .petrarch, parser: try #require(Self.parser))
        #expect(petrarch.code(sentence: "Saudi Arabia and Bahrain recalled their ambassadors from Qatar.").events.isEmpty)
    }

    /// A passive's agent may stand in the act it happened in: "were wounded in an attack by Kurdish militants", "were
    /// killed in a suicide bombing by the Taliban"; with no such act the passive has no source.
    @Test func aPassivesAgentInTheActItHappenedIn() throws {
        #expect(try triples("Three Turkish soldiers were wounded in an attack by Kurdish militants, the army said in a statement.")
            == ["---UAF→TURMIL 190"])
        #expect(try triples("Two Afghan policemen were killed in a suicide bombing by the Taliban.") == ["AFGREB→AFGCOP 1831"])
        #expect(try triples("Two Afghan policemen were killed in a suicide bombing in Kabul.").allSatisfy { !$0.hasPrefix("AFGREB") })
    }

    /// Denying having done something is denying responsibility (016), not refusing an act (12); refusing one stays a
    /// rejection.
    @Test func denyingAnActIsDenyingResponsibility() throws {
        #expect(try triples("Russia denied sending troops into eastern Ukraine.") == ["RUS→UKR 016"])
        #expect(try triples("Turkey refused to extradite the suspects to Iraq.") == ["TUR→IRQ 1213"])
    }

    /// A state's protest addressed to another is an official complaint (CAMEO 114; the codebook's example: "Yugoslavia
    /// lodged an official protest with Albania"), not a demonstration (140) nor a bare disapproval (110); people's
    /// protests stay demonstrations, and a protest against something a state did is the pattern's.
    @Test func aStatesProtestToAnotherIsAnOfficialComplaint() throws {
        #expect(try triples("Vietnam protested to China on Monday over the deployment of an oil rig in disputed waters.") == ["VNM→CHN 114"])
        #expect(try triples("Japan lodged a protest with China after a Chinese fishing boat collided with Japanese coast guard vessels.")
            == ["JPN→CHN 114"])
        #expect(try triples("The Philippines filed a diplomatic protest against China over the construction of artificial islands.")
            == ["PHL→CHN 114"])
        // People's protest at a party is a demonstration (141), by people of the place (ninth round).
        #expect(try triples("Students protested against the government in Caracas on Monday.") == ["VENEDU→VENGOV 141"])
        // People counted are people, though their name is also their state's (tenth round; 140 before).
        #expect(try triples("Thousands of Egyptians protested outside the Israeli embassy in Cairo.") == ["EGY→ISRGOV 141"])
        #expect(try triples("China protested against the visit of the Dalai Lama to India.") == ["CHN→IND 111"])
        // A summons over something is a protest of it (tenth round); one for talks stays a meeting.
        #expect(try triples("The German government summoned Russia's ambassador on Friday over the killing of a Georgian man in Berlin.")
            == ["DEUGOV→RUSGOV 114"])
        #expect(try triples("The German government summoned the British ambassador for talks.") == ["DEUGOV→GBRGOV 040"])
        // So is one after or following something (eleventh round).
        #expect(try triples("China summoned the Japanese ambassador after the Japanese prime minister visited the Yasukuni shrine.")
            == ["CHN→JPNGOV 114"])
        #expect(try triples("Pakistan summoned the Indian envoy following the killing of two civilians in Kashmir.") == ["PAK→INDGOV 114"])
        // Protesters' force is a riot (145), by people of the place where they riot (eleventh round).
        #expect(try triples("Demonstrators stormed the British embassy in Tehran on Tuesday.") == ["IRNOPP→GBRGOV 145"])
        #expect(try triples("Hundreds of Iraqi protesters stormed the Kuwaiti embassy in Baghdad.") == ["IRQOPP→KWTGOV 145"])
        // The infinitive of protest may hang on the envoy summoned (thirteenth round).
        #expect(try triples("Vietnam summoned the Chinese ambassador on Monday to protest against the seizure of its fishermen.")
            == ["VNM→CHNGOV 114"])
        // A meeting a state called to protest is the protest; a protest in its own form keeps it.
        #expect(try triples("Pakistan's foreign ministry summoned the U.S. ambassador to protest a drone strike.") == ["PAKGOV→USAGOV 114"])
        // And one called to lodge a protest (thirteenth round of the blind batches).
        #expect(try triples("Beijing summoned Tokyo's ambassador to lodge a protest.") == ["CHN→JPNGOV 114"])
    }

    /// A phrase of time inside the object's phrase is no pattern's: "suspended peace talks … after the attacks" is
    /// talks called off (`* TALKS [160]`), not a halt to attacks (`* ATTACKS [0871]`).
    @Test func aPhraseOfTimeInsideTheObjectIsNoPatterns() throws {
        #expect(try triples("India suspended peace talks with Pakistan after the attacks in Mumbai.") == ["IND→PAK 160"])
    }

    /// "halted its aid to Madagascar": the actor's own thing in the object's phrase is not whom the act is done to.
    @Test func theSourcesOwnThingIsNoTarget() throws {
        #expect(try triples("The European Union suspended its aid to Madagascar.") == ["IGOEUREEC→MDG 162"])
    }

    /// Two states that together make what the pattern names ("reached a deal", `* DEAL [030]`) make it with each
    /// other; a thing they judge together ("condemned the attack") is not each other's.
    @Test func aCompoundMakesAPatternsDealWithEachOther() throws {
        #expect(try triples("Ukraine and Russia reached a deal on gas prices.") == ["UKR→RUS 030", "RUS→UKR 030"])
        #expect(try triples("India and Pakistan condemned the attack on the hotel.").isEmpty)
    }

    /// A speaker who reports what its own state will do names no target by it: "Japan's defence minister said Tokyo
    /// would …" is no statement to Japan.
    @Test func aSpeakersOwnStateIsNoTargetOfItsReport() throws {
        #expect(try !triples("Japan's defence minister said Tokyo would strengthen its alliance with Washington.").contains("JPNGOV→JPN 010"))
        #expect(try triples("Georgia said Russia had violated its airspace.").contains { $0.hasPrefix("GEO→RUS") })
    }

    /// What a verb of intention governs has not happened: force vowed is a threat of force (13), cooperation pledged
    /// an intent (03) — also where the verb of intention has no target of its own.
    @Test func anIntendedActIsAThreatOrAnIntent() throws {
        #expect(try triples("Israel vowed to attack Hamas.") == ["ISR→PSEREBHMS 1384"])
        #expect(try triples("China pledged to invest in Pakistan.") == ["CHN→PAK 0311"])
        #expect(try triples("Israel attacked Hamas.") == ["ISR→PSEREBHMS 190"])
        #expect(try triples("Israel will attack Hamas.") == ["ISR→PSEREBHMS 1384"])
    }

    /// A verb noun whose own phrase names who took part codes where it is what its clause is about: "clashes between"
    /// two states' troops (each against the other), "Putin's visit to New Delhi"; not where it is suspended ("its aid
    /// to Madagascar"), and not beside what its verb says became of it ("talks … collapsed" are broken off, 164).
    @Test func aVerbNounsOwnPhraseNamesWhoTookPart() throws {
        #expect(try triples("Clashes between Thai and Cambodian troops killed two soldiers.") == ["THA→KHMMIL 190", "KHMMIL→THA 190"])
        #expect(try triples("Putin's visit to New Delhi was aimed at boosting defence ties.") == ["RUSGOV→IND 042", "IND→RUSGOV 043"])
        #expect(try !triples("Talks between India and Pakistan collapsed on Friday.").contains("IND→PAK 046"))
    }

    /// A pattern of another verb of the block that fits only through the source actor's own agent ("Israeli troops", `&MILITARY *
    /// [192] # SEIZE`) says nothing of this verb: the arrest is 173. A noun modifying another ("tear gas") is no verb.
    @Test func anAgentOnlyPatternOfAnotherVerbIsNotThisVerbs() throws {
        #expect(try triples("Israeli troops arrested 12 Palestinians in raids across the West Bank.") == ["ISRMIL→PSE 173"])
        #expect(try triples("Police fired tear gas at protesters outside the parliament in Athens.") == ["---COP→---OPP 175"])
    }

    /// What a verb of causing makes its object do, the object does ("prompting Baku to lodge a protest with Tehran"),
    /// as an event of its own clause beside the act that caused it; what a verb of asking asks for did not happen.
    @Test func theObjectOfAVerbOfCausingActs() throws {
        let sentence = "An Iranian gunboat forced two Azerbaijani survey ships to leave a disputed oilfield in the Caspian Sea on Monday, prompting Baku to lodge a formal protest with Tehran."
        #expect(try triples(sentence) == ["IRN→AZE 170", "AZE→IRN 114"])
        #expect(try triples("The raid prompted Khartoum to accuse Juba of aggression.") == ["SDN→SSD 1123"])
        #expect(try triples("The United States urged India to resume talks with Pakistan.") == ["USA→IND 026"])
    }

    /// A compound whose object is "each other" or "one another" acts among itself, whatever else the words name.
    @Test func aCompoundActingOnEachOther() throws {
        #expect(Set(try triples("Rwandan and Ugandan troops pounded each other with artillery and mortars in Kisangani.")) == ["RWAMIL→UGAMIL 194", "UGAMIL→RWAMIL 194"])
    }

    /// A relative pronoun subject stands for the noun before it, also where the parse read its clause as one of its
    /// own; the last word of a name stands for the name.
    @Test func aRelativePronounStandsForTheNounBeforeIt() throws {
        #expect(Set(try triples("The Saudi interior minister, who is visiting Tehran, praised Iran.")).isSuperset(of: ["SAUGOV→IRN 042", "IRN→SAUGOV 043"]))
        #expect(Set(try triples("Saudi Interior Minister Prince Nayef bin Abdul-Aziz, who is visiting Tehran, signed a security agreement with his Iranian counterpart."))
            == ["SAUGOV→IRN 042", "IRN→SAUGOV 043", "SAUGOV→IRN 057", "IRN→SAUGOV 057"])
    }

    /// What would have happened did not: "a resolution that would have imposed sanctions" imposes none.
    @Test func aCounterfactualIsNoEvent() throws {
        #expect(try triples("Russia and China vetoed a U.N. Security Council resolution that would have imposed sanctions on Syria.").allSatisfy { !$0.hasSuffix(" 163") })
    }

    /// Money lent is economic aid (071), and agreeing to lend an intent to give it (0331); an agent of no state named
    /// is of the state its place is in ("the government in Kabul"); a compound recalling its own envoys acts on itself.
    @Test func lendingTheGovernmentInAPlaceAndTheirOwnEnvoys() throws {
        #expect(try triples("China lent Venezuela $4 billion.") == ["CHN→VEN 071"])
        #expect(try triples("Russia has agreed to lend Kyrgyzstan $2 billion.") == ["RUS→KGZ 0331"])
        #expect(try triples("Pakistan urged the government in Kabul to act against militants.").first?.hasPrefix("PAK→AFG") == true)
        #expect(Set(try triples("India and Pakistan recalled their ambassadors on Thursday.")) == ["IND→PAK 161", "PAK→IND 161"])
    }

    /// A compound that acts "by" doing something acts as that says, not on itself; one with no object and no means
    /// acts on itself ("clashed").
    @Test func aCompoundActingByMeansActsOnTheirObject() throws {
        #expect(Set(try triples("Australia and New Zealand retaliated on Wednesday by ordering Fiji's top diplomats in Canberra and Wellington to leave."))
            == ["AUS→FJIGOV 161", "NZL→FJIGOV 161"])
        #expect(Set(try triples("India and Pakistan clashed in Kashmir.")) == ["IND→PAK 190", "PAK→IND 190"])
    }

    /// Mediation between the parties is the mediator's, to each: the subject of the verb a purpose infinitive says
    /// what for ("shuttled … to mediate between the two neighbours"), not the parties among themselves.
    @Test func mediationIsTheMediatorsToEachParty() throws {
        let sentence = "Indonesian Foreign Minister Marty Natalegawa shuttled between Phnom Penh and Bangkok this week to mediate between the two neighbours after several days of border fighting."
        #expect(Set(try triples(sentence)) == ["IDNGOV→KHM 045", "IDNGOV→THA 045"])
    }

    /// An event with a side that names no state belongs to no pair of states: Entente's coder leaves it out, and
    /// PETRARCH's options (and ``Coder/Options/requiresStates`` off) keep it.
    @Test func aSideNamingNoStateIsLeftOut() throws {
        let sentence = "Police fired tear gas at protesters outside the parliament in Athens."
        let entente = Coder(dictionaries: try #require(Self.dictionaries), parser: try #require(Self.parser))
        #expect(entente.code(sentence: sentence).events.isEmpty)
        #expect(try triples(sentence) == ["---COP→---OPP 175"])
        let petrarch = Coder(dictionaries: try #require(Self.dictionaries), options: .petrarch, parser: try #require(Self.parser))
        #expect(petrarch.code(sentence: sentence).events.map(\.code) == ["175"])
    }

    /// "It" points back to the subject with its agent: "Nigeria's army said it had killed" is the army's killing.
    @Test func itPointsBackToTheSubjectWithItsAgent() throws {
        #expect(try triples("Nigeria's army said it had killed 20 Boko Haram fighters in Borno state.") == ["NGAMIL→NGAREBUAF 190"])
    }

    /// A pattern's last word that only qualifies an actor after it names no thing: releasing "an aid worker" is a
    /// release (084; a person released, 0841, since the ninth round), not aid (`* AID [070]`).
    @Test func aPatternWordQualifyingAnActorIsNotThePatterns() throws {
        #expect(try triples("Iran has released a British-Iranian aid worker, the Foreign Office said.") == ["IRN→---LAB 0841"])
        #expect(try triples("The United Nations has sent food aid to Somalia.") == ["IGOUNO→SOM 073"])
    }

    /// A subject beside "has" is the one who acts: the United Nations sends the aid, not the aid the United Nations.
    @Test func aSubjectBesideHasActs() throws {
        #expect(try triples("The United Nations has sent food aid to Somalia.") == ["IGOUNO→SOM 073"])
    }

    /// "Its" before an agent that is a clause's subject names the state's own: "its troops" are Pakistan's, so a
    /// denial that they crossed is no event against troops of no state; an agent as object stays a pattern's word.
    @Test func itsBeforeASubjectAgentIsTheStatesOwn() throws {
        #expect(try triples("Pakistan denied that its troops had crossed into Afghanistan.") == [])
        #expect(try triples("India said its troops had killed three militants.") == ["INDMIL→---UAF 190"])
        #expect(try triples("Iraq withdrew its ambassador from Kuwait on Monday.") == ["IRQ→KWTGOV 161"])
    }

    /// Several actors' complement is made with each other, its "on" phrase its topic: intelligence on North Korea is
    /// shared between Japan and South Korea, not with North Korea. An act against someone is done on its target,
    /// one actor's or several's. (Military intelligence is intelligence, CAMEO's narrower x4: 0314 since the eleventh
    /// round, 0312 before.)
    @Test func aCompoundsComplementsTopicIsNoTarget() throws {
        #expect(try triples("Japan and South Korea agreed to share military intelligence on North Korea.") == ["JPN→KOR 0314", "KOR→JPN 0314"])
        #expect(try triples("Russia agreed to impose sanctions on North Korea.") == ["RUS→PRK 1312"])
        #expect(try triples("Russia and China agreed to impose sanctions on North Korea.") == ["RUS→PRK 1312", "CHN→PRK 1312"])
        #expect(try triples("Russia and China will impose sanctions on North Korea.") == ["RUS→PRK 163", "CHN→PRK 163"])
    }

    /// Only agreeing commits to act: praise with an infinitive the parser hangs on it ("welcomed a decision … to lift
    /// an arms embargo") is the praise's pattern (`- * DECISION [052]`), no intent to ease sanctions (0354).
    @Test func praiseIsNoCommitmentToAct() throws {
        #expect(try triples("Vietnam welcomed a decision by the United States to lift an arms embargo.") == ["VNM→USA 052"])
    }

    /// Agreeing or deciding to act against someone is a threat of the act (CAMEO's 13, as "threatened to impose
    /// sanctions" is 1312), not an intent to cooperate (03): not an intent to ease sanctions (0354), nor one to
    /// cooperate with the state attacked (030). Agreeing to a cooperative act stays an intent (03).
    @Test func agreeingToActAgainstSomeoneIsAThreat() throws {
        #expect(try triples("The United States and the European Union agreed on Monday to impose new sanctions on Iran.")
            == ["USA→IRN 1312", "IGOEUREEC→IRN 1312"])
        #expect(try triples("Britain and France agreed to launch air strikes against Libya.") == ["GBR→LBY 1384", "FRA→LBY 1384"])
        #expect(try triples("Russia and China decided to impose sanctions on North Korea.") == ["RUS→PRK 1312", "CHN→PRK 1312"])
        #expect(try triples("Britain and France agreed to send troops to Mali.") == ["GBR→MLI 0312", "FRA→MLI 0312"])
    }

    /// A noun the tree makes a passive's agent (`obl:agent`) is the agent, not a verb: "forces" in "by Iranian naval
    /// forces" is no `IMPEL` [170].
    @Test func aPassivesAgentIsNoVerb() throws {
        #expect(try triples("A Greek oil tanker was seized by Iranian naval forces in the Gulf of Oman.") == ["IRN→GRCBUS 1711"])
    }

    /// A state's people by the plural of its adjective ("Thousands of Egyptians"): Phoenix names `+EGYPTIAN`, a stem to
    /// TABARI, a whole word to PETRARCH; and `+PAKISTANI_`, the same with TABARI's mark of a whole word, as it writes
    /// 613 of its adjectives. A place named before the people places them ("Kosovo Albanians" are Kosovo's).
    @Test func aStatesPeopleByThePluralOfItsAdjective() throws {
        #expect(try triples("Thousands of Egyptians protested outside the Israeli embassy in Cairo on Friday.") == ["EGY→ISRGOV 141"])
        #expect(try triples("Hundreds of Pakistanis protested outside the U.S. consulate in Lahore on Friday.") == ["PAK→USAGOV 141"])
        #expect(try triples("Kosovo Albanians demanded independence from Serbia on Monday.").allSatisfy { $0.hasPrefix("KSV→SRB") })
        #expect(ActorDictionary.pluralOfDemonym("PAKISTANI_ ") == "PAKISTANIS")
        #expect(ActorDictionary.pluralOfDemonym("NORTH_KOREAN_") == nil)
    }

    /// Tenth round, from the fourth batch of long wire sentences (``LongProbeTests``).
    /// A phrase of time inside the object is when, not to whom, wherever the parse hangs it; several actors' talks
    /// "over" something are about it; what a quantity's object counts may be the pattern's word ("a series of
    /// agreements"), so they act among themselves.
    @Test func aPhraseOfTimeNamesNoTarget() throws {
        // (The visit by its "by" phrase, to its "to" phrase: fifteenth round.)
        #expect(try Set(triples("Russia and India signed a series of energy agreements on Friday during a visit to New Delhi by President Vladimir Putin."))
            == ["IND→RUS 057", "IND→RUSGOV 043", "RUS→IND 057", "RUSGOV→IND 042"])
        #expect(try triples("The United States and Pakistan resumed talks on Thursday after months of tension over a NATO air strike.").sorted()
            == ["PAK→USA 046", "USA→PAK 046"])
    }

    /// A passive with no agent happened by the actor its clause of when names: "three Afghan policemen were killed when
    /// Taliban fighters attacked their checkpoint"; with no such clause it has no source.
    @Test func aPassivesAgentInItsClauseOfWhen() throws {
        #expect(try triples("Three Afghan policemen were killed when Taliban fighters attacked their checkpoint.") == ["AFGREBUAF→AFGCOP 190"])
        #expect(try triples("Three Afghan policemen were killed on Sunday.") == [])
    }

    /// A passive with no agent that happened in a fight happened by whom the fight was "with", each side fighting the
    /// other (`KILL`'s `* (IN GUNBATTLE) [193:193]`): "were killed in a gunbattle with Bangladeshi border guards".
    @Test func aPassivesAgentWhomTheFightWasWith() throws {
        #expect(try triples("Sixteen Indian border guards were killed in a gunbattle with Bangladeshi troops on Friday.").sorted()
            == ["BGDMIL→INDMIL 193", "INDMIL→BGDMIL 193"])
        #expect(try triples("Sixteen Indian border guards were killed in a gunbattle on Friday.") == [])
    }

    /// What a complement's object is helped, allowed or asked to do is the object's act: "offered to help Mexico fight
    /// drug cartels" is an offer of aid to Mexico, no threat to attack it (1384 before).
    @Test func theObjectsActIsNotTheSubjects() throws {
        #expect(try triples("The United States has offered to help Mexico fight drug cartels.") == ["USA→MEX 033"])
    }

    /// A participle with a predicate of its own says what came of the clause it adjoins ("…, leaving 20 Indian soldiers
    /// dead" is no departure, 040); what the subject's own pronoun possesses is no one it acts on ("clashed along their
    /// border": each with the other).
    @Test func aResultAndTheSubjectsOwn() throws {
        #expect(try triples("Indian and Chinese troops clashed along their disputed Himalayan border on Monday, leaving 20 Indian soldiers dead.").sorted()
            == ["CHNMIL→INDMIL 190", "INDMIL→CHNMIL 190"])
    }

    /// A name written on several lines has the codes of all of them, as PETRARCH reads it: Phoenix writes `U.N._` with
    /// no code, and `U.N.  [IGOUNO]` further down; the first read made "U.N." no actor at all.
    @Test func aNameOnSeveralLinesHasTheirCodes() throws {
        #expect(try triples("The U.N. condemned Syria on Monday.") == ["IGOUNO→SYR 111"])
        #expect(try triples("Thousands of Filipinos marched to the Chinese embassy in Manila on Friday.") == ["PHL→CHNGOV 141"])
    }

    /// A future act made an intent keeps its own act, and its object's domain says which: "will supply Iran with an
    /// air defence system" is an intent to cooperate militarily (0312, not 031); "will give Vietnam a loan" stays 0331.
    @Test func aFutureActsDomain() throws {
        #expect(try triples("Russia will supply Iran with an advanced air defence system.") == ["RUS→IRN 0312"])
        #expect(try triples("Japan will give Vietnam a loan of 100 million dollars.") == ["JPN→VNM 0331"])
    }

    /// Each complement joined to the one composed is an event of its own: "called on Syria to end the violence and to
    /// release political prisoners" asks for both (0256, 0253); money pledged is aid (0331).
    @Test func joinedComplementsAndMoney() throws {
        #expect(try triples("The Arab League called on Syria on Saturday to end the violence against protesters and to release political prisoners.").sorted()
            == ["IGOMEAARL→SYR 0253", "IGOMEAARL→SYR 0256"])
        #expect(try triples("Qatar has pledged $400 million to rebuild the Gaza Strip.") == ["QAT→PSEGZA 0331"])
    }

    /// A participle before its noun describes it: "released five detained Americans" is a release (0841), not a
    /// hostage-taking read off "detained Americans" (`* &HOSTAGE [181]`); the parse had made "detained" a clause with
    /// "five" its number, and a participle that takes a number or a determiner is an adjective.
    @Test func aCountedParticipleIsAnAdjective() throws {
        #expect(try triples("The Venezuelan government released five detained Americans on Saturday in a prisoner swap with the United States.")
            == ["VENGOV→USA 0841"])
    }

    /// A participle of violence adjoined to a clause of violence tells the attack's toll; it is no attack of its own
    /// ("…, killing two marines" coded a bombing, 183, of the marines alone).
    @Test func anAttacksTollIsNoOtherAttack() throws {
        #expect(try triples("North Korean artillery shelled a South Korean island near the disputed sea border, killing two marines.")
            == ["PRKMIL→KOR 194"])
    }

    /// A noun with a determiner of its own is no verb wherever the tree hangs it: "…, the first visit by a Russian
    /// leader to China" (an apposition the parse made a conjunct) coded a visit of Russia to itself. A past form with
    /// one stays the tree's slip ("the quadrilateral held three summit meetings").
    @Test func aNounWithItsDeterminerIsNoVerb() throws {
        let events = try triples("Russian President Vladimir Putin arrived in Beijing on Monday, the first visit by a Russian leader to China in two years.")
        #expect(!events.contains { $0.hasPrefix("RUSGOV→RUS") || $0.hasPrefix("RUS→RUS") }, "\(events)")
    }

    /// Ninth batch's rules. An actor the verb takes as its own object is its target, whatever a pattern binds later
    /// ("blamed India for a bomb attack on a bus carrying Chinese engineers", `* ATTACK ON + [112]`, written for
    /// "blamed the attack on X"); an actor inside a relative clause of the object is the clause's, no target of the
    /// verb by word order ("signed a law … that Israel said …"); a refusal of an infinitive the parse hangs as a
    /// purpose is a refusal ("refused on Thursday to attend the summit" 125, not the summit's 044); restraint
    /// called for is de-escalation (0256).
    @Test func ownObjectsRelativeClausesRefusalsRestraint() throws {
        #expect(try triples("Pakistan blamed India on Sunday for a bomb attack on a bus carrying Chinese engineers in Balochistan.") == ["PAK→IND 1123"])
        #expect(try triples("Pakistan blamed the attack on India.") == ["PAK→IND 1123"])
        #expect(try triples("Poland's president signed a law on Friday that Israel said would restrict the restitution of Jewish property.") == [])
        #expect(try triples("Brazil's president refused on Thursday to attend the summit in Washington, citing the spying scandal.") == ["BRAGOV→USA 125"])
        #expect(try triples("The European Union called on Israel to show restraint.") == ["IGOEUREEC→ISR 0256"])
    }

    /// A state named as the actor dictionaries do not write it is read from Entente's country table, written with a
    /// capital: Phoenix has `SLOVENE` but not "Slovenian", and predates "North Macedonia" and "Türkiye".
    @Test func aStateTheDictionariesDoNotName() throws {
        #expect(try triples("Slovenian police arrested two Croatian fishermen on Monday.") == ["SVNCOP→HRVAGR 173"])
        #expect(try triples("North Macedonia joined NATO on Friday.").allSatisfy { $0.hasPrefix("MKD→IGOWSTNAT") })
        #expect(try triples("Türkiye criticized Sweden on Monday.") == ["TUR→SWE 111"])
        // Lower case is no name.
        #expect(try triples("The slovenian police arrested two Croatian fishermen.").allSatisfy { !$0.hasPrefix("SVN") })
    }

    /// Tenth batch's rules. A gerund after "for" says why the verb acted on its object, no act of its own (nor one
    /// of the subject: "imposed sanctions on two Chinese companies for supplying drone parts to Iran" coded the
    /// United States supplying Iran, 0332); a gerund after "after" has its governor's object for "him"
    /// ("expelled the United Nations envoy after accusing him of bias" is also 112).
    @Test func reasonsAndGerunds() throws {
        #expect(try triples("The United States imposed sanctions on two Chinese companies on Tuesday for supplying drone parts to Iran.")
            == ["USA→CHNBUS 163"])
        #expect(try triples("Sudan expelled the United Nations envoy on Thursday after accusing him of bias.").sorted()
            == ["SDN→IGOUNOGOV 112", "SDN→IGOUNOGOV 161"])
    }

    /// A state's adjective and its agent may have a word or two of what the agent is for between them, nouns or
    /// adjectives by the tree: "the Russian defence ministry" is Russia's ("defence", a verb noun of the dictionaries,
    /// had split it: ---GOV); a verb between is no such word, nor is an agent after a possessive pronoun Russia's.
    @Test func aStatesAgentWithWordsBetween() throws {
        #expect(try triples("The Russian defence ministry criticized Ukraine on Monday.") == ["RUSGOV→UKR 111"])
        #expect(try triples("Russia attacked soldiers in the east.").allSatisfy { !$0.hasPrefix("RUSMIL") })
    }

    /// A verb with no code whose object is exercises held together is military cooperation, each with the other (062);
    /// one state's drills are no cooperation.
    @Test func jointExercises() throws {
        #expect(try triples("South Korea and the United States began annual military exercises on Monday.").sorted()
            == ["KOR→USA 062", "USA→KOR 062"])
        #expect(try triples("China held joint naval drills with Russia in the Sea of Japan.").sorted() == ["CHN→RUS 062", "RUS→CHN 062"])
        #expect(try triples("China held military drills near Taiwan on Saturday.") == [])
        // Over a pattern of the verb's block that fits a word describing the exercises (`* &WEAPON [194]`, written for
        // "opened fire"), where the verb has no code of its own.
        #expect(try triples("Russian and Chinese forces began joint military exercises involving troops and long-range bombers.").sorted()
            == ["CHN→RUS 062", "RUS→CHN 062"])
    }

    /// A verb with no code whose object is a telephone call holds it, each with the other (041); a call for something
    /// is no telephone call.
    @Test func aPhoneCallHeld() throws {
        #expect(try triples("The leaders of France and Germany held a phone call with Russian President Vladimir Putin on Tuesday.").sorted()
            == ["DEU→RUSGOV 041", "FRA→RUSGOV 041", "RUSGOV→DEU 041", "RUSGOV→FRA 041"])
        #expect(try triples("Iran's president renewed his call for dialogue with Saudi Arabia.").allSatisfy { !$0.hasSuffix(" 041") })
    }

    /// "between" in the object's own phrase is read as the verb's, by a pattern of particles alone: "mediated talks
    /// between Israel and Hamas" is `MEDIATE`'s `* (BETWEEN) [045]` (nothing before).
    @Test func mediatingTalksBetween() throws {
        #expect(try triples("Egypt mediated talks between Israel and Hamas.").sorted() == ["EGY→ISR 045", "EGY→PSEREBHMS 045"])
    }

    /// A body's vote to act is the act ("voted to impose new sanctions" is 163, not the threat 1312 an intent to
    /// impose them would be).
    @Test func aVoteIsTheAct() throws {
        #expect(try triples("The United Nations Security Council voted on Thursday to impose new sanctions on Iran.") == ["IGOUNO→IRN 163"])
        #expect(try triples("Iran threatened on Tuesday to impose sanctions on Britain.") == ["IRN→GBR 1312"])
    }

    /// A participle adjoined to a clause has the clause's subject, and its object pronoun is the clause's object:
    /// "expelled the U.S. ambassador, accusing him of conspiring" is also an accusation of the United States.
    @Test func anAdjoinedParticipleActsOnTheClausesObject() throws {
        #expect(try triples("Venezuela expelled the U.S. ambassador on Thursday, accusing him of conspiring with the opposition.").sorted()
            == ["VEN→USAGOV 112", "VEN→USAGOV 161"])
        #expect(try triples("Russia expelled two British diplomats on Monday, accusing them of spying.").sorted() == ["RUS→GBRGOV 1125", "RUS→GBRGOV 161"])
        // A participle saying what was said codes nothing of its own.
        #expect(try triples("Pakistan's prime minister urged the United States to stop drone strikes, saying they were counterproductive.").allSatisfy {
            $0.hasPrefix("PAKGOV→USA 02")
        })
    }

    /// What several actors make together is about what its "on" phrase names, made with each other: "held talks on
    /// Syria" are Russia's and the United States' talks, not talks with Syria.
    @Test func aCompoundsTalksOnAThirdStateAreWithEachOther() throws {
        #expect(try triples("Russia and the United States held talks on Syria.") == ["RUS→USA 046", "USA→RUS 046"])
        #expect(try triples("Japan and South Korea signed an agreement on North Korea.") == ["JPN→KOR 057", "KOR→JPN 057"])
    }

    /// What is sent goes where its "to" phrase says, also where the parse hangs the phrase from what is sent.
    @Test func theDestinationOfWhatIsSentIsTheTarget() throws {
        #expect(try triples("Colombia extradited a drug lord to the United States.") == ["COL→USA 063"])
    }

    /// What a verb does to its own object names the act before what it is done for: "halted economic aid … to end
    /// the fighting" is aid halted (`* AID`, 1621), not `* &FIGHT` (0871) matched in the purpose clause.
    @Test func patternsReadTheObjectBeforeThePurpose() throws {
        #expect(try triples("Germany said on Monday it had halted economic aid to Sudan in line with European efforts to end the fighting in Darfur.") == ["DEU→SDN 1621"])
    }

    @Test func negatedVerbsCodeNothing() throws {
        let sentence = "Russia did not criticise India over the arms deal."
        #expect(try triples(sentence).isEmpty)
        #expect(try triples(sentence, parse: false).contains("RUS→IND 111"))
    }

    @Test func theAgentHoldingThePhraseHeadSpeaksForIt() throws {
        let events = try triples("The US Deputy Secretary of Energy met Japanese officials in Tokyo on Tuesday.")
        #expect(events.first?.hasPrefix("USAGOV→JPN") == true)
        #expect(try triples("The US Deputy Secretary of Energy met Japanese officials in Tokyo on Tuesday.", parse: false).first?.hasPrefix("USACOPGOV") == true)
    }

    @Test func threatsAreCodedByWhatTheyThreaten() throws {
        // The complement names what is threatened, and its object is the threat's target; it did not happen, so
        // neither the cut nor the aid is coded.
        let aid = try triples("The United States threatened on Monday to cut aid to Egypt.")
        #expect(aid == ["USA→EGY 1311"])
        #expect(try triples("Iran threatened to close its embassy in Britain.") == ["IRN→GBRGOV 1313"])
        // Word order codes the threat's words one by one.
        #expect(try triples("The United States threatened on Monday to cut aid to Egypt.", parse: false) != ["USA→EGY 1311"])
    }

    @Test func sentencesThatArriveParsed() throws {
        let conllu = """
            # text = Pakistan was attacked by India.
            1\tPakistan\t_\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_
            2\twas\t_\tAUX\tVBD\t_\t3\taux:pass\t_\t_
            3\tattacked\t_\tVERB\tVBN\t_\t0\troot\t_\t_
            4\tby\t_\tADP\tIN\t_\t5\tcase\t_\t_
            5\tIndia\t_\tPROPN\tNNP\t_\t3\tobl:agent\t_\tSpaceAfter=No
            6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_


            """
        let sentence = try #require(try CoNLLUReader.read(Array(conllu.utf8), path: "given.conllu").first)
        let coder = Coder(dictionaries: try #require(Self.dictionaries))
        let events = coder.code(parsed: sentence).events
        #expect(events.map { "\($0.source.code)→\($0.target.code)" } == ["IND→PAK"])
        #expect(events.first?.evidence.sourceRule == "tree: passive")
    }

    /// A "deal" signed is an agreement: where no pattern fits the words as written, `&TREATY` (treaty, pact, accord,
    /// agreement) stands for the word English also uses for its head, when it heads the verb's object
    /// (`SIGN`'s `- * &TREATY [057:057]`). PETRARCH reads a synset's words alone, and codes nothing.
    @Test func aDealSignedIsAnAgreement() throws {
        #expect(try triples("Russia and Pakistan signed a deal on Friday.") == ["RUS→PAK 057", "PAK→RUS 057"])
        #expect(try triples("Iran and Russia signed a deal to build two nuclear power plants.") == ["IRN→RUS 057", "RUS→IRN 057"])
        var coder = Coder(dictionaries: try #require(Self.dictionaries), parser: try #require(Self.parser))
        coder.options.readsNearSynonyms = false
        #expect(coder.code(sentence: "Russia and Pakistan signed a deal on Friday.").events.isEmpty)
    }

    /// A short acronym of the dictionaries written in title case after a capitalised word that names no actor ends a
    /// person's name: "Kim Jong Un" is no `UN_ [IGOUNO]` (the meeting had been coded with the United Nations).
    @Test func aNameEndingInAnAcronymIsNoActor() throws {
        #expect(try triples("US President Donald Trump met North Korean leader Kim Jong Un in Singapore on Tuesday.") == ["USAGOV→PRK 040"])
        // The acronym itself, at the start of a sentence too, is still the United Nations.
        #expect(try triples("UN envoys met North Korean officials in Geneva on Tuesday.") == ["IGOUNOGOV→PRK 040"])
        #expect(try triples("The UN condemned North Korea on Tuesday.") == ["IGOUNO→PRK 111"])
    }

    /// An embargo or a boycott is a sanction: every CAMEO code of sanctions names "embargo, boycott, or sanctions"
    /// together, where a block lists only `SANCTIONS` (`IMPOSE`'s `- * SANCTIONS [163]`; the block's own code is 170,
    /// coercion in general).
    @Test func anEmbargoIsASanction() throws {
        #expect(try triples("Russia imposed an embargo on Georgian wine.") == ["RUS→GEO 163"])
        #expect(try triples("The European Union imposed an arms embargo on Zimbabwe on Monday.").map { $0.suffix(4) } == [" 163"])
        #expect(try triples("The EU lifted its embargo on China.").map { $0.suffix(4) } == [" 085"])
        var coder = Coder(dictionaries: try #require(Self.dictionaries), parser: try #require(Self.parser))
        coder.options.readsNearSynonyms = false
        #expect(coder.code(sentence: "Russia imposed an embargo on Georgian wine.").events.map(\.code) == ["170"])
    }

    /// A ban put on trade is an embargo (163); a state recognised as one is granted diplomatic recognition (054), not
    /// praised (`RECOGNIZE` is in `ACCLAIM [051]`); recognising a thing is neither.
    @Test func aTradeBanIsASanctionAndRecognitionIsRecognition() throws {
        #expect(try triples("Kosovo's government imposed a ban on imports from Serbia earlier this week.") == ["KSVGOV→SRB 163"])
        #expect(try triples("The United States recognised Kosovo as an independent state on Monday.") == ["USA→KSV 054"])
        #expect(try triples("Russia recognized the independence of Abkhazia on Tuesday.").map { $0.suffix(4) } == [" 054"])
        #expect(try triples("The minister recognised the importance of trade with Japan.").allSatisfy { !$0.hasSuffix(" 054") })
    }

    /// A word joined by a hyphen before a name modifies the name ("war-torn Mozambique"): the parser, which never saw
    /// "torn", made it a noun heading the destination and hung "Mozambique" from the verb; the promise had no target.
    @Test func aHyphenatedModifierBeforeANameModifiesIt() throws {
        #expect(try triples("Britain has promised to continue military aid to war-torn Mozambique.") == ["GBR→MOZ 0332"])
    }

    /// A name the dictionaries read as an agent alone ("King", `---GOV`) is the person its title names where the title
    /// names a state's office: the CAMEO manual's example of 0332.
    @Test func aTitleBeforeANameNamesThePerson() throws {
        #expect(try triples("Australian Foreign Minister Julie Bishop has promised to continue military aid to war-torn Iraq.")
            == ["AUSGOV→IRQ 0332"])
    }

    /// A possessive pronoun whose noun is a clause's subject names who acts, whatever the noun: "air defences" is no
    /// agent of the dictionaries, and the downing had no source (eleventh round).
    @Test func aPronounsPossessionThatActsIsItsReferent() throws {
        #expect(try triples("Russia said its air defences had destroyed 10 Ukrainian drones overnight.") == ["RUS→UKR 195"])
    }

    /// A clause with a subject of its own inside the object's phrase is no part of whom the act is done to, however
    /// the parser labels it (here `acl`, not `acl:relcl`): the pact is revived between India and Russia, not with China.
    @Test func aClauseInsideTheObjectNamesNoTarget() throws {
        let found = try triples("India and Russia agreed to revive a defence pact that China had criticised.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { !$0.contains("CHN") })
        // The narrower domain wins where two are named: intelligence over military (0314, CAMEO's x4).
        #expect(try triples("South Korea and Japan agreed to resume a military intelligence-sharing pact.") == ["KOR→JPN 0314", "JPN→KOR 0314"])
    }

    /// "the two leaders", "both ministers" stand for the two states last named, as "the two countries" does; after a
    /// comma and "and" they open a clause of their own rather than join the place before them. "Two ministers" without
    /// "the" are two people (eleventh round).
    @Test func theTwoLeadersAreTheTwoStates() throws {
        #expect(try triples("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow, and the two leaders signed an agreement on a gas pipeline.")
            == ["RUSGOV→TURGOV 040", "TUR→RUS 057", "RUS→TUR 057"])
        #expect(try triples("After Russia criticised Georgia, two ministers resigned.") == ["RUS→GEO 111"])
    }

    /// What a thing is for is no act the sentence reports: "a visit aimed at boosting trade between the two neighbours"
    /// codes the visit, not trade (eleventh round).
    @Test func aThingsPurposeIsNoAct() throws {
        #expect(try triples("Russia and India signed agreements aimed at boosting trade between the two countries.")
            == ["RUS→IND 057", "IND→RUS 057"])
        #expect(try triples("Iranian President Hassan Rouhani arrived in Ankara for an official visit aimed at boosting trade between the two neighbours.")
            .filter { $0.hasSuffix(" 060") }.isEmpty)
    }

    /// A place named by its quarter ("northern Iraq") still gives an agent of no state its state (thirteenth round).
    @Test func aQuarterOfAPlaceIsThePlace() throws {
        #expect(try triples("Turkish warplanes bombed a Kurdish camp in northern Iraq on Sunday.") == ["TURMIL→IRQ 195"])
    }

    /// A verb noun's "by" phrase names who acts and its "of" phrase whom, also where the parse hangs "by" on the "of"
    /// phrase (thirteenth round).
    @Test func aVerbNounsAgentIsItsByPhrase() throws {
        #expect(try triples("The arrest of three Iranian sailors by British forces angered Tehran.") == ["GBR→IRN 173"])
    }

    /// What is discussed is a topic, not whom a meeting is with (thirteenth round).
    @Test func whatIsDiscussedIsNoTarget() throws {
        #expect(try triples("The foreign ministers of India and China met in Moscow to discuss the situation in Afghanistan.")
            == ["INDGOV→CHNGOV 040", "CHNGOV→INDGOV 040"])
    }

    /// Troops sent to the sender's own border with a state are a show of force against it (154), not cooperation;
    /// troops sent to a state stay the dictionary's 062 (thirteenth round).
    @Test func forcesSentToOnesOwnBorderAreAShowOfForce() throws {
        #expect(try triples("China sent thousands of troops to its border with Vietnam.") == ["CHN→VNM 154"])
        #expect(try triples("India deployed troops to its border with China.") == ["IND→CHN 154"])
        #expect(try triples("Britain sent troops to Sierra Leone.") == ["GBR→SLE 062"])
    }

    /// "his Sudanese counterpart" is Sudan's, not the pronoun's referent's; one of several targets that is the source's
    /// own state is the source itself (sixteenth round).
    @Test func aCounterpartIsOfTheStateNamedWithIt() throws {
        #expect(try triples("Egypt's president and his Sudanese counterpart agreed on Sunday to expand trade between the two countries.")
            == ["EGYGOV→SDN 0311", "SDN→EGY 0311"])
    }

    /// People freed with no agent named were freed by whoever held them: the state of their jails or custody, not
    /// the place where someone else held them; freeing people is releasing them, 0841 (sixteenth round).
    @Test func thoseFreedAreFreedByWhoHeldThem() throws {
        #expect(try triples("Two Iranian diplomats were freed from Iraqi custody on Sunday.") == ["IRQ→IRNGOV 0841"])
        #expect(try triples("Hundreds of Indian fishermen held in Pakistani jails were freed on Monday.") == ["PAK→INDAGR 0841"])
        #expect(try triples("Seven Turkish truck drivers held in Iraq by militants were freed on Friday.").filter { $0.hasPrefix("IRQ") }.isEmpty)
        #expect(try triples("Pakistan freed 20 Indian fishermen on Monday.") == ["PAK→INDAGR 0841"])
    }

    /// A state's letters written onto a currency sign name the currency, not the state: "US$4.5 billion" is no
    /// American party to the offer (found reading the English Web Treebank's weblog sentences).
    @Test func aCurrencysLettersAreNoState() throws {
        #expect(try triples("Japan offered an aid package of US$4.5 billion to Sri Lanka.").allSatisfy { !$0.contains("USA") })
        #expect(try triples("The US pledged $4 billion to Pakistan.") == ["USA→PAK 0331"])
    }

    /// A person the dictionaries know by one name ("ABDULLAH_", Saudi Arabia's king) followed by more of a name is
    /// someone else: "Shaikh Abdullah al-Ani" is no Saudi official (a weblog sentence of the English Web Treebank).
    /// A title before the name, a day or a reign's number after it, keep it.
    @Test func onePersonsNameInsideAnothersIsNoOne() throws {
        #expect(try triples("American forces killed Shaikh Abdullah al-Ani, the preacher at the mosque.").allSatisfy { !$0.contains("SAU") })
        #expect(try triples("Putin Monday met Abdullah.") == ["RUSGOV→SAUGOV 040"])
        #expect(try triples("King Abdullah II met Obama.") == ["JORGOV→USAGOV 040"])
    }

    /// The adjective of a state that neither the Phoenix dictionaries nor CountryInfo's first form name ("Swedish")
    /// names it from Entente's country table (eighteenth round).
    @Test func swedishIsSweden() throws {
        #expect(try triples("Swedish troops attacked Iraq.") == ["SWEMIL→IRQ 190"])
        #expect(try triples("Kazakh troops attacked Iraq.").first?.hasPrefix("KAZ") == true)
    }

    /// Several actors meeting "on the sidelines of a summit in" a place meet each other; the place, however deep in the
    /// phrase, is no party (written after a held-out miss of the nineteenth batch).
    @Test func aPlaceDeepInACompoundsPhraseIsNoParty() throws {
        #expect(try triples("Greek and Turkish leaders met on the sidelines of a NATO summit in Brussels on Monday.")
            == ["GRC→TUR 040", "TUR→GRC 040"])
    }

    /// A verb noun a coding verb acts on is that verb's object, no act of its own: "help mediate the conflict" is no
    /// threat of conflict (1384 before; written after a held-out miss of the seventeenth batch).
    @Test func aVerbNounActedOnIsNoActOfItsOwn() throws {
        #expect(try triples("Turkey said it was ready to mediate the conflict between Armenia and Azerbaijan.") == ["TUR→ARM 039", "TUR→AZE 039"])
    }

    /// A state's protest verb addressed to another is an official complaint (114), however the dictionary codes the
    /// verb or its topic (`PROTEST [110]`, `* (OVER SHOOTING) [111]`); written after held-out misses of the
    /// fourteenth and seventeenth batches.
    @Test func aProtestToAStateIsAComplaintWhateverItsTopic() throws {
        #expect(try triples("Canada protested to Washington on Friday over the shooting of a Canadian citizen.") == ["CAN→USA 114"])
        // A protest lodged "with" a state, whatever the pattern of its verb (`LODGE * PROTEST (OF) [140]`; twelfth
        // round, from a miss of the twenty-fifth batch, once its clean score was recorded).
        #expect(try triples("China lodged a strong protest with the United States on Saturday over the bombing.") == ["CHN→USA 114"])
        #expect(try triples("Seoul protested to Tokyo over a new school textbook.") == ["KOR→JPN 114"])
    }

    /// A seizure of property is its confiscation (1711), of people their detention (173); written after a held-out
    /// miss of the nineteenth batch.
    @Test func aSeizureByWhatIsSeized() throws {
        #expect(try triples("Iran seized two Greek tankers in the Gulf.") == ["IRN→GRCBUS 1711"])
        #expect(try triples("Israeli forces seized three Palestinian activists.") == ["ISR→PSEOPP 173"])
        // The object's own head a person: held (173), whatever property its phrase names (`APPREHEND * BOAT [1711]`)
        // or the verb's pattern says (twelfth round, from misses of the development batches).
        #expect(try triples("Japan's coast guard arrested the captain of a Chinese fishing boat on Tuesday.") == ["JPNMIL→CHNMIL 173"])
        #expect(try triples("Syrian rebels captured two Lebanese soldiers near the border.").allSatisfy { $0.hasSuffix(" 173") })
    }

    /// "North and South Korea": a word joined by "and" to a two-word name, sharing its last word, names that actor
    /// (twelfth round, from a miss of the twenty-sixth batch, once its clean score was recorded).
    @Test func twoNamesThatShareTheirLastWord() throws {
        #expect(try triples("North and South Korea signed a peace agreement on Monday.").sorted() == ["KOR→PRK 057", "PRK→KOR 057"])
        // Not when the joined word makes no name with it: "Mexico and South Africa" are two names written whole.
        #expect(try triples("Mexico and South Africa signed a trade agreement on Monday.").sorted() == ["MEX→ZAF 057", "ZAF→MEX 057"])
    }

    /// A passive's agent is its source, not what a pattern reads as the verb's object: "attacked by American
    /// aircraft" is no `* &AIRCRAFT [---]` (written for "fight aircraft"), while a pattern's own "by" still reads it
    /// (twelfth round, from a miss of the twenty-eighth batch, for development).
    @Test func aPassivesAgentIsNoPatternsObject() throws {
        #expect(try triples("Pakistani posts were attacked by American aircraft on Saturday.") == ["USA→PAK 195"])
        #expect(try triples("Pakistani posts were attacked by American troops on Saturday.") == ["USAMIL→PAK 190"])
    }

    /// A verb the parse gave two subjects before it, "and" between them, has the nearer: "Shells fired by Muammar
    /// Gaddafi's forces crashed into …, and Tunis lodged a formal protest with the Libyan authorities" is Tunisia's
    /// protest (twentieth round).
    @Test func theNearerOfTwoSubjects() throws {
        #expect(try states("Shells fired by Muammar Gaddafi's forces crashed into the Tunisian border town of Dehiba, and Tunis lodged a formal protest with the Libyan authorities over the violation of its territory.")
            == ["TUN→LBY 114"])
    }

    /// A reaction an act draws "from" someone is theirs, on the act's doers, by its noun: criticism 111, an official
    /// protest 114, threats 130 (twentieth round).
    @Test func aReactionTheActDrew() throws {
        #expect(try states("South Korea and the United States began annual military exercises on Monday, drawing a sharp rebuke from North Korea.").sorted()
            == ["KOR→USA 062", "PRK→KOR 111", "PRK→USA 111", "USA→KOR 062"])
        #expect(try states("Iran fired missiles at what it said were militant bases in Pakistan on Tuesday, drawing a sharp protest from Islamabad.") == ["PAK→IRN 114"])
        #expect(try states("Lithuania banned the transit of Russian goods to Kaliningrad on Saturday, drawing threats of retaliation from Moscow.").contains("RUS→LTU 130"))
    }

    /// A reaction named after the act it answers: ", a move the United Nations refugee agency condemned" (111, on
    /// whoever made the move); ", a charge Islamabad dismissed as baseless" (a claim rejected is denied, 016). From
    /// misses of the twenty-fifth to twenty-eighth batches, once the held-out ones' clean scores were recorded.
    @Test func aReactionNamedAfterTheAct() throws {
        #expect(try triples("Thailand has deported 109 Uighur Muslims to China, a government spokesman said on Thursday, a move the United Nations refugee agency condemned as a flagrant violation of international law.").contains("IGOUNOREF→THA 111"))
        #expect(try triples("Indian officials accused Pakistan's spy agency of helping to plan the bombing of India's embassy in Kabul, a charge Islamabad dismissed as baseless.").contains("PAK→IND 016"))
        // Several reactors, "both" before them (nineteenth round).
        #expect(try triples("Russia has banned imports of Georgian and Moldovan wine, citing health concerns, a move that both Tbilisi and Chisinau have denounced as politically motivated.").sorted()
            == ["GEO→RUS 111", "MDA→RUS 111", "RUS→GEO 163", "RUS→MDA 163"])
    }

    /// Forces sent to another state's border are a show of force against it (154), the state named by the border's
    /// adjective or by the verb it is coordinated with; an apology to no one named is made to the state it is for
    /// (twelfth round, from misses of the twenty-ninth batch, for development).
    @Test func forcesToABorderAndAnApologyForSomething() throws {
        #expect(try triples("Venezuelan President Hugo Chavez ordered ten army battalions to the Colombian border on Sunday.") == ["VENGOV→COL 154"])
        #expect(try triples("Ecuador expelled Colombia's ambassador and ordered troops to the border.").contains("ECU→COL 154"))
        #expect(try triples("Turkey moved tanks toward the border with Syria on Monday.") == ["TUR→SYR 154"])
        #expect(try triples("Italian Prime Minister Silvio Berlusconi apologised on Saturday for the damage inflicted on Libya during colonial rule.") == ["ITAGOV→LBY 055"])
    }

    /// Handing back, by what is handed: people (0841), with their boat; property and land (0842); suspects, judicial
    /// cooperation (063). "Hand" is one of Entente's own verbs, which no published dictionary lists; "called X a
    /// 'diplomatic dwarf'" names, it does not telephone; a high commissioner expelled is a diplomat (161). From misses
    /// of the thirtieth and thirty-first batches, once their clean scores were recorded.
    @Test func handingBackNamingAndHighCommissioners() throws {
        #expect(try triples("Pakistan on Tuesday handed over to India a fisherman who had strayed into its waters.") == ["PAK→IND 0841"])
        #expect(try triples("Nigeria formally handed over the Bakassi peninsula to Cameroon on Thursday.") == ["NGA→CMR 0842"])
        #expect(try triples("North Korea on Saturday sent back a South Korean fishing boat and its four crew members.").contains("PRK→KOR 0841"))
        #expect(try triples("Israel's foreign ministry spokesman, Yigal Palmor, called Brazil a 'diplomatic dwarf' after Brasilia recalled its ambassador.").allSatisfy { !$0.hasSuffix(" 041") })
        #expect(try triples("Fiji expelled the Australian high commissioner on Tuesday.") == ["FJI→AUS 161"])
    }

    /// Acts done by their object: an ultimatum given (139), a state taken to a court (115), a loan or credit
    /// approved or extended (071, aid given); sanctions approved in the future are imposed as "will impose" is. From
    /// misses of the thirtieth and thirty-first batches, once their clean scores were recorded, and of development ones.
    @Test func actsDoneByTheirObject() throws {
        #expect(try triples("Cambodian Prime Minister Hun Sen gave Thailand an ultimatum to pull its troops back from a disputed area.").contains("KHMGOV→THA 139"))
        #expect(try triples("Argentina has taken Uruguay to the International Court of Justice in The Hague.") == ["ARG→URY 115"])
        #expect(try triples("The International Monetary Fund's executive board on Wednesday approved a three-year loan of about $6.6 billion for Pakistan.") == ["IGOBUSIMF→PAK 071"])
        #expect(try triples("India on Friday extended a $500 million line of credit to Sri Lanka to help it buy fuel.") == ["IND→LKA 071"])
        #expect(try triples("The EU will approve new sanctions against Iran.") == ["IGOEUREEC→IRN 163"])
    }

    /// Acts of stopping and of law done by their object (seventeenth round, from misses of its development batches):
    /// aid stopped is 162, economic 1621, military 1622; relations cut are 161; proceedings brought against a state
    /// are a lawsuit, 115; accusations rejected are responsibility denied, 016; a note of protest handed to a state is
    /// a protest, 114.
    @Test(arguments: [
        ("The World Bank on Friday cancelled a $1.2 billion credit for Bangladesh's Padma bridge.", ["IGOUNODEVWBK→BGD 1621"]),
        ("The United States suspended $3.5 million in military assistance to Thailand after the army seized power.", ["USA→THA 1622"]),
        ("Armenia suspended diplomatic relations with Hungary on Friday.", ["ARM→HUN 161"]),
        ("Pakistan has initiated arbitration proceedings against India under the Indus Waters Treaty.", ["PAK→IND 115"]),
        ("Pakistan rejected as baseless allegations by Indian police that its intelligence agency had planned the train bombings.", ["PAK→INDCOP 016"]),
        ("Ukraine has handed Russia a formal note of protest over the construction of a dam.", ["UKR→RUS 114"]),
    ])
    func actsOfStoppingAndOfLawByTheirObject(sentence: String, expected: [String]) throws {
        #expect(try triples(sentence) == expected)
    }

    /// Aid pledged by several givers goes to the state their words send it "to", however deep in the object the parse
    /// hangs it; a currency's sign is its name ("$12 billion" is `&CURRENCY`); a participle between an article and
    /// its noun ("a combined $12 billion") describes the noun; nouns joined to a noun are nouns ("grants, loans and
    /// fuel"); givers that "each" give act apart (seventeenth round, from misses of its development batches).
    @Test func aidPledgedBySeveralGivers() throws {
        #expect(try states("Saudi Arabia, the United Arab Emirates and Kuwait have pledged a combined $12 billion in grants, loans and fuel to Egypt.").sorted()
            == ["ARE→EGY 0331", "KWT→EGY 0331", "SAU→EGY 0331"])
        let apart = try states("Japan and the United States each pledged about $1 billion at a donors' conference in Tokyo on Friday.")
        #expect(!apart.contains("JPN→USA 0331") && !apart.contains("USA→JPN 0331"), "\(apart)")
        #expect(try states("The European Union pledged €500 million to Ukraine.") == ["IGO→UKR 0331"])
    }

    /// Several actors signing together act among themselves, though their complement names one of them ("… to resume
    /// Russian gas supplies to Ukraine"), as they do without it (seventeenth round).
    @Test func actorsActingTogetherOnOneOfThemActAmongThemselves() throws {
        #expect(try states("Russia and Ukraine signed a deal on Thursday to resume Russian gas supplies to Ukraine through the winter.").sorted()
            == ["RUS→UKR 057", "UKR→RUS 057"])
    }

    /// A retaliation told by a participle beside the act it retaliates with is that act (seventeenth round): "…,
    /// retaliating against Western sanctions over Ukraine" is no fight with Ukraine.
    @Test func aRetaliationBesideItsActIsThatAct() throws {
        #expect(try states("Russia on Thursday banned imports of meat and dairy products from Australia and Canada for a year, retaliating against Western sanctions over Ukraine.").sorted()
            == ["RUS→AUS 163", "RUS→CAN 163"])
        #expect(try states("Kosovo's government imposed a ban on imports from Serbia, retaliating against a Serbian blockade of Kosovo goods.") == ["KSV→SRB 163"])
    }

    /// A reaction to an act just told, its object a pronoun or the act's noun, is on whoever did it; force used
    /// together on targets in a state is used on the state; a preposition before a date stays one ("held in Iran
    /// since March 23 were freed"). From misses of the twenty-fifth to thirty-first batches, once the held-out ones'
    /// clean scores were recorded.
    @Test func reactionsToTheActJustTold() throws {
        let raids = try triples("American and British warplanes struck targets across Iraq on Thursday, and Baghdad denounced the raids.")
        #expect(raids.sorted() == ["GBRMIL→IRQ 195", "IRQ→GBRMIL 111", "IRQ→USAMIL 111", "USAMIL→IRQ 195"], "\(raids)")
        #expect(try triples("India tested a nuclear-capable missile on Monday, and Pakistan condemned the test.") == ["PAK→IND 111"])
        #expect(try triples("The 15 British sailors and marines held in Iran since March 23 were freed on Wednesday by the Iranian president, Mahmoud Ahmadinejad.").contains("IRNGOV→GBR 0841"))
    }

    /// An aircraft's designation names aerial weapons (195), split at its hyphen or not; a state's own adjective on
    /// the thing it gives or imposes is no target of aid or sanctions ("announced broader American penalties").
    @Test func aircraftDesignationsAndOwnAdjectives() throws {
        #expect(try triples("Turkish F-16s shot down a Russian warplane near the Syrian border on Tuesday.").contains { $0.hasSuffix(" 195") })
        #expect(SentenceAnalysis.isAircraftDesignation("su-24") && SentenceAnalysis.isAircraftDesignation("f-16s") && !SentenceAnalysis.isAircraftDesignation("g-20"[...].isEmpty ? "" : "cease-fire"))
        #expect(try triples("President Barack Obama announced broader American penalties on Tuesday.").isEmpty)
    }

    /// A clause of time after the main clause keeps the main clause's event ("after" a clause is a subordinating
    /// conjunction, not a preposition of "Moscow"; twelfth round, from a miss of the twenty-fifth batch, once its
    /// clean score was recorded).
    @Test func theMainClauseBeforeAClauseOfTime() throws {
        #expect(try triples("Britain expelled four Russian diplomats on Monday after Moscow refused to extradite a suspect.").contains("GBR→RUSGOV 161"))
    }

    /// "released six jailed Americans": a number the parse made the subject of a participle it read as a past tense
    /// counts the noun after it (written after a miss of the twentieth batch, once its clean score was recorded).
    @Test func aNumberBeforeAParticipleCountsTheNoun() throws {
        #expect(try triples("Cuba released four jailed Americans on Friday.") == ["CUB→USA 0841"])
    }

    /// "Called" whose object is no one to telephone names it: a criticism when what it is called condemns it, else
    /// nothing; calling a person stays the block's telephone call. A person sentenced is detained (173, CAMEO's note
    /// on 116). "Turks" are Turkey's people. Written after misses of the twenty-first batch, once its clean score was
    /// recorded.
    @Test func namingCallsSentencesAndPeoplesNouns() throws {
        #expect(try triples("Moscow called the American decision to expel its diplomats a provocation.") == ["RUS→USA 111"])
        #expect(try triples("The group released what they call proof of the plan.").isEmpty)
        #expect(try triples("Obama called Putin on Monday.") == ["USAGOV→RUSGOV 041", "RUSGOV→USAGOV 041"])
        #expect(try triples("An Iranian court sentenced a British journalist to prison on Monday.") == ["IRNJUD→GBRMED 173"])
        #expect(try triples("Hundreds of Turks protested outside the Swedish embassy in Ankara.") == ["TUR→SWEGOV 141"])
    }

    /// Tariffs are sanctions (163), imposed or retaliated with; a hijacking is 181 whatever is hijacked; joint patrols
    /// are military cooperation (062), also under a verb of material cooperation in general, never under a verb that
    /// calls them off. Written after misses of the twenty-second batch, once its clean score was recorded.
    @Test func tariffsHijackingsAndPatrols() throws {
        #expect(try triples("The European Union imposed tariffs on Chinese electric cars.") == ["IGOEUREEC→CHN 163"])
        #expect(try triples("Canada retaliated with tariffs on American steel.") == ["CAN→USA 163"])
        #expect(try triples("Pirates hijacked a Turkish cargo ship.").allSatisfy { $0.hasSuffix(" 181") })
        #expect(try triples("Indian and French warships conducted joint patrols in the Indian Ocean.") == ["INDMIL→FRAMIL 062", "FRAMIL→INDMIL 062"])
        #expect(try triples("India cancelled joint exercises with Pakistan.").allSatisfy { !$0.hasSuffix(" 062") })
    }

    /// A call made to protest is a call (041 both ways) and the caller's protest (114) beside it, whatever pattern of
    /// another verb of its block the words far off fit (`CALL * {AIR STRIKE} [138]`, written for "called for air
    /// strikes"); the means of an attack are read in a subject the tagger left as a compound ("Israeli aircraft
    /// struck", "struck" a noun). Written after misses of the twenty-fourth batch, once its clean score was recorded;
    /// the call kept in the sixteenth round, as the blind writers of both such sentences code it.
    @Test func aCallToProtestAndMeansInACompound() throws {
        #expect(try triples("Syria's president telephoned the Turkish president on Monday to protest against a Turkish air strike near Aleppo.")
            == ["SYRGOV→TURGOV 041", "TURGOV→SYRGOV 041", "SYRGOV→TURGOV 114"])
        #expect(try triples("Israeli aircraft struck Hamas positions in Gaza on Sunday in response to rocket fire.") == ["ISR→PSEREBHMS 195"])
    }

    /// Subjects joined by "and", the second named by an adjective and a name the dictionaries both know ("his
    /// Croatian counterpart Jadranka Kosor": two slots of one state), act together; and a verb the parse made the
    /// modifier of a root noun with a subject ("Lebanon and Syria formally established diplomatic relations", rooted in
    /// "relations") is the sentence's verb. Sixteenth round.
    @Test func namesOfOneStateSideBySideAndAVerbTakenForAModifier() throws {
        #expect(try states("Slovenian Prime Minister Borut Pahor and his Croatian counterpart Jadranka Kosor signed an agreement on Wednesday to submit their border dispute to international arbitration.").sorted()
            == ["HRV→SVN 057", "SVN→HRV 057"])
        #expect(try states("Lebanon and Syria formally established diplomatic relations on Wednesday.").sorted() == ["LBN→SYR 054", "SYR→LBN 054"])
    }


    /// An accusation in a participle set off by a comma after an order's infinitive is the one who ordered's ("ordered
    /// US Ambassador Philip Goldberg to leave the country, accusing him of conspiring"), not part of what is ordered;
    /// what a text says, its author says, and is the event ("approved a resolution urging Nicaragua and Costa Rica to
    /// pull … out": the OAS's appeal, not the approval). Sixteenth round.
    @Test func accusationsAfterAnOrderAndWhatATextSays() throws {
        #expect(try states("Bolivian President Evo Morales ordered US Ambassador Philip Goldberg to leave the country, accusing him of conspiring with opposition governors.").sorted()
            == ["BOL→USA 112", "BOL→USA 161"])
        let resolution = try states("The Organization of American States approved a resolution urging Nicaragua and Costa Rica to pull their forces out of a disputed river island.")
        #expect(!resolution.isEmpty && resolution.allSatisfy { $0.hasPrefix("IGO→") && $0.split(separator: " ")[1].hasPrefix("02") }, "\(resolution)")
    }

}

