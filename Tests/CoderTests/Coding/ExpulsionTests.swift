@testable import EntenteCoder
import Testing

/// An expulsion coded by whom it expels, as CAMEO's codebook says under 174: diplomats reduce diplomatic relations
/// (161); peacekeepers, inspectors and aid agencies are 166's (1661, 1662, 1663); other individuals stay 174.
@Suite("Expulsions by whom they expel")
struct ExpulsionTests {
    /// A passive's subject stands as the object its verb's patterns name (`RECALL`'s `* AMBASSADOR [161]`), and a
    /// state's own envoy recalled reduces relations with the state the envoy is accredited to.
    @Test func anEnvoyRecalledInThePassive() throws {
        #expect(try TreeCodingTests().triples("Egypt's ambassador to Israel was recalled by Cairo on Tuesday.") == ["EGY→ISR 161"])
        #expect(try TreeCodingTests().triples("Cairo recalled Egypt's ambassador to Israel on Tuesday.") == ["EGY→ISR 161"])
    }

    /// An envoy recalled by a verb whose patterns name only an ambassador or a diplomat (`RECALL`) is still an envoy
    /// recalled, 161, and a state prompted to recall one recalls it; a clause's subject the parse hung on the day of
    /// the clause before ("…on Monday, and Damascus retaliated by declaring …") is its own, and persona non grata the
    /// parse made a verb is still said of the diplomat (sixteenth round).
    @Test func envoysRecalledAndDeclaredByOtherWords() throws {
        #expect(try TreeCodingTests().states("Moscow recalled its envoy from Tbilisi on Thursday.") == ["RUS→GEO 161"])
        #expect(try TreeCodingTests().states(
            "Iraq recalled its ambassador from Damascus on Tuesday, prompting Syria to recall its own envoy from Baghdad.").sorted()
            == ["IRQ→SYR 161", "SYR→IRQ 161"])
        #expect(try TreeCodingTests().states("Damascus retaliated by declaring Jordan's charge d'affaires persona non grata.") == ["SYR→JOR 161"])
        #expect(try TreeCodingTests().states("Jordan expelled the Syrian ambassador on Monday, and Damascus retaliated by protesting.").contains("JOR→SYR 161"))
    }

    /// A state's forces going out of a state withdraw militarily (0874), where Phoenix's `PULL OUT` codes going
    /// somewhere (040); sanctions suspended by a verb with no code of its own are sanctions eased (085); an accusation
    /// of stealing is of a crime (1121). Sixteenth round.
    @Test func forcesPulledOutSanctionsSuspendedAndTheftAlleged() throws {
        #expect(try TreeCodingTests().states("The last Syrian soldiers pulled out of Lebanon on Tuesday.") == ["SYR→LBN 0874"])
        #expect(try TreeCodingTests().states("The United Nations suspended its sanctions against Libya on Monday.") == ["IGO→LBY 085"])
        #expect(try TreeCodingTests().states("Iraq's foreign minister accused Kuwait of stealing oil from the Rumaila field.") == ["IRQ→KWT 1121"])
    }

    /// Sanctions are on others: in the passive, on whom the "on" phrase names ("an arms embargo was imposed on
    /// Uzbekistan"), and inside what is lifted or tightened the source's own state is its owner ("the U.S. trade embargo
    /// against Vietnam was lifted by President Bill Clinton"); a bill signed that tightens them imposes them (163), and so
    /// do duties on a state's goods and a travel ban on its leader.
    /// Nineteenth round.
    @Test func sanctionsAreOnOthers() throws {
        #expect(try TreeCodingTests().states("An arms embargo was imposed on Uzbekistan by European Union foreign ministers on Monday.") == ["IGO→UZB 163"])
        #expect(try TreeCodingTests().states("The U.S. trade embargo against Vietnam was lifted by President Bill Clinton on Thursday.") == ["USA→VNM 085"])
        #expect(try TreeCodingTests().states("President Bill Clinton signed into law on Tuesday a bill tightening the U.S. embargo against Cuba.") == ["USA→CUB 163"])
        // Trade taxed and a travel ban on a state's leader are sanctions (not `IMPOSE`'s 170, a ban on people).
        #expect(try TreeCodingTests().states("The European Union began imposing punitive duties on a range of U.S. goods on Monday.") == ["IGO→USA 163"])
        #expect(try TreeCodingTests().states("European Union foreign ministers imposed a travel ban on Belarusian President Alexander Lukashenko.") == ["IGO→BLR 163"])
    }

    /// Relations downgraded are reduced, CAMEO's 161 ("reduce or break diplomatic relations"); `downgrade` is a verb
    /// the published dictionaries do not list, read by Entente's rule of cutting (nineteenth round).
    @Test func relationsDowngraded() throws {
        #expect(try TreeCodingTests().states("The United Arab Emirates downgraded its relations with Tehran to the level of charge d'affaires.") == ["ARE→IRN 161"])
    }

    /// The staff of a state's mission are its diplomats: expelling them reduces relations (161), not 174; so does
    /// an order to leave told of a pronoun standing for a diplomat; and a visit cancelled or put off is diplomatic
    /// exchange cut, 161 (CAMEO: "cancellation of meetings"), where `POSTPONE * VISIT` gives the residual 160
    /// (twentieth round).
    @Test func missionStaffExpelledAndVisitsPutOff() throws {
        #expect(try TreeCodingTests().states("India expelled a staff member of Pakistan's High Commission on Thursday.") == ["IND→PAK 161"])
        #expect(try TreeCodingTests().states("Islamabad declared an Indian diplomat persona non grata and ordered him to leave within 48 hours.") == ["PAK→IND 161"])
        #expect(try TreeCodingTests().states("Moscow expelled two embassy employees of Estonia on Friday.") == ["RUS→EST 161"])
        #expect(try TreeCodingTests().states("Brazilian President Dilma Rousseff postponed a state visit to Washington on Tuesday.") == ["BRA→USA 161"])
        // The evidence names the pattern read and says a rule coded over it, so 161 is not traced to `[160]` alone.
        let coder = Coder(dictionaries: try #require(TreeCodingTests.dictionaries), options: Phoenix.everySide, parser: try #require(TreeCodingTests.parser))
        let visit = try #require(coder.code(sentence: "Peru's foreign minister postponed a visit to Chile on Monday.").events.first)
        #expect(visit.code == "161" && visit.evidence.pattern?.contains("[160]") == true)
        #expect(visit.evidence.sourceRule.hasSuffix("coded by Entente's rule over the pattern"), "\(visit.evidence.sourceRule)")
        // Expelling others stays an expulsion.
        #expect(try TreeCodingTests().states("Malaysia deported hundreds of Indonesian workers on Monday.") == ["MYS→IDN 174"])
    }

    /// Someone extradited "from" a state, no one named as the agent, is handed over by that state (twentieth round).
    @Test func extraditedFromAState() throws {
        #expect(try TreeCodingTests().states("Former Peruvian President Alberto Fujimori was extradited from Chile on Saturday to face charges in Lima.") == ["CHL→PER 063"])
        #expect(try TreeCodingTests().states("Two Russian hackers were extradited from Spain to the United States on Friday.") == ["ESP→USA 063"])
    }

    /// Assets frozen are a sanction, 163 (twentieth round).
    @Test func assetsFrozenAreASanction() throws {
        #expect(try TreeCodingTests().states("The Swiss government froze Russian assets worth 7.5 billion francs on Thursday.") == ["CHE→RUS 163"])
    }

    /// Troops pulling back (Phoenix's `RETREAT`, 080) retreat militarily (0874), and so does a state withdrawing its
    /// troops from a state however deep the parse hangs them ("the last of its combat troops from Estonia"); fighting
    /// halted is a ceasefire, 0871 (seventeenth round).
    @Test func troopsPulledBackAndFightingHalted() throws {
        #expect(try TreeCodingTests().states("On Sunday, Chinese and Indian troops pulled back from a three-week stand-off on a remote Himalayan plateau.").sorted()
            == ["CHN→IND 0874", "IND→CHN 0874"])
        #expect(try TreeCodingTests().states("Russia withdrew the last of its combat troops from Estonia and Latvia on Wednesday.").sorted()
            == ["RUS→EST 0874", "RUS→LVA 0874"])
        #expect(try TreeCodingTests().states("Azerbaijan said on Sunday it was halting military operations against Armenian forces.") == ["AZE→ARM 0871"])
    }

    /// An order to leave in the passive is an expulsion by the state left, each state of a list (seventeenth round,
    /// after the round's measured batches were scored); a body suspending a state reduces relations with it (161).
    @Test func passiveOrdersToLeaveAndSuspensions() throws {
        #expect(try TreeCodingTests().states("Nine Russian diplomats were ordered to leave Poland on suspicion of spying.") == ["POL→RUS 161"])
        #expect(try TreeCodingTests().states("Syrian diplomats were ordered out of Britain, France and Canada on Tuesday.").sorted()
            == ["CAN→SYR 161", "FRA→SYR 161", "GBR→SYR 161"])
        #expect(try TreeCodingTests().states("The Organization of American States suspended Honduras late on Saturday.") == ["IGO→HND 161"])
        // Its membership suspended, as the body itself; the African Union, which Phoenix's actor files do not name, is
        // Entente's own entry (eighteenth round).
        #expect(try TreeCodingTests().states("The Commonwealth of Nations suspended Fiji's membership on Monday.") == ["IGO→FJI 161"])
        #expect(try TreeCodingTests().triples("The African Union suspended Mali on Thursday.") == ["IGOAFRAU→MLI 161"])
    }

    /// Declaring a diplomat persona non grata expels the diplomat (fifteenth round): 161, in the active and in the
    /// passive, whose "by" phrase the parse may hang on the declaration's own words.
    @Test func personaNonGrataIsAnExpulsion() throws {
        #expect(try TreeCodingTests().triples("Venezuela declared the U.S. ambassador persona non grata on Thursday.") == ["VEN→USAGOV 161"])
        #expect(
            try TreeCodingTests().states("Romania's ambassador to Moldova was declared persona non grata by the Moldovan government on Wednesday.")
                == ["MDA→ROU 161"])
    }

    @Test(arguments: [
        // In the passive, whom it expels is the subject.
        ("Two Russian diplomats were expelled by Britain on Wednesday, the Foreign Office said.", "GBR→RUSGOV 161"),
        ("North Korea expelled United Nations inspectors from its nuclear sites.", "PRK→IGOUNO 1662"),
        ("Eritrea expelled UN peacekeepers from the border zone.", "ERI→IGOUNO 1661"),
        // Phoenix's own code for an individual.
        ("Russia expelled a British journalist on Friday.", "RUS→GBRMED 174"),
    ])
    func expulsionsByWhomTheyExpel(sentence: String, expected: String) throws {
        #expect(try TreeCodingTests().triples(sentence) == [expected])
    }

    /// A guest's own withdrawal of peacekeepers, inspectors or aid workers is 166 too ("withdrawals by guest groups or
    /// organizations"), not a retreat (080); said of the future, a threat to halt the involvement (136), or for
    /// peacekeepers to stop aid (1311) — the CAMEO manual's examples of 136 and 1311 (0356 before). Troops withdrawn
    /// stay a de-escalation.
    @Test(arguments: [
        ("The United Nations withdrew its peacekeepers from Lebanon on Monday.", "IGOUNO→LBN 1661"),
        ("The IAEA will withdraw its inspectors from Iran.", "IGOUNOIAE→IRN 136"),
        ("The Red Cross withdrew its aid workers from Darfur.", "NGOHLHIRC→SDNLAB 1663"),
        ("Sudan said it would pull its troops out of Abyei.", "SDN→---MIL 0356"),
    ])
    func withdrawalsByWhomTheyWithdraw(sentence: String, expected: String) throws {
        #expect(try TreeCodingTests().triples(sentence) == [expected])
    }

    /// An order to leave is an expulsion, by whom it expels (161 for diplomats, 174 for others), wherever the parse
    /// hangs "to leave"; the expelled do not act back (thirteenth round).
    @Test func anOrderToLeaveIsAnExpulsion() throws {
        #expect(try TreeCodingTests().triples("Ecuador ordered the Venezuelan ambassador to leave the country within 72 hours.") == ["ECU→VENGOV 161"])
        #expect(try TreeCodingTests().triples("Sudan gave the Norwegian ambassador 72 hours to leave the country.") == ["SDN→NORGOV 161"])
        #expect(try TreeCodingTests().triples("Russia ordered two British journalists to leave the country.") == ["RUS→GBRMED 174"])
    }

    /// People "deported from" a state with no agent named were deported by that state (thirteenth round).
    @Test func deportedFromAStateIsByIt() throws {
        #expect(try TreeCodingTests().triples("Hundreds of Pakistani workers were deported from Saudi Arabia last month.") == ["SAU→PAKLAB 174"])
    }

    /// People arrested in a state with no agent named were arrested by that state (eighteenth round).
    @Test func arrestedInAStateIsByIt() throws {
        #expect(try TreeCodingTests().triples("Three British tourists were arrested in Egypt on Tuesday.") == ["EGY→GBRCVL 173"])
    }

    /// A person extradited goes to the state named with "to": judicial cooperation (063) is with that state, not the
    /// one the person is a national of (eighteenth round).
    @Test func anExtraditionIsWithTheStateHandedTo() throws {
        #expect(try TreeCodingTests().states("Spain extradited a Russian businessman to the United States on Friday.") == ["ESP→USA 063"])
    }
}
