@testable import EntenteCoder
import EntenteModel
import Testing

/// CAMEO's yielding by its kind, in the codebook's names: a release of property (0842) or of people (0841), a
/// surrender by an armed group (0874).
@Suite("Yielding, legal action, bans, alerts, blockades and destruction by their kinds")
struct YieldingTests {
    func codes(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), options: Phoenix.everySide,
            parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events.map(\.code)
    }

    /// A passive whose subject is a thing acts on whom the thing goes "to", its agent read where the parse hung it
    /// ("to Cameroon by Nigeria", the agent below Cameroon).
    @Test func landHandedOverInThePassive() throws {
        #expect(try TreeCodingTests().triples("The Bakassi peninsula was formally handed over to Cameroon by Nigeria on Thursday.") == ["NGA→CMR 0842"])
    }

    /// A person named, handed over to another state, is judicial cooperation (063); fishermen handed over are
    /// people released (0841) (twentieth round).
    @Test func aPersonNamedHandedOverIsJudicialCooperation() throws {
        #expect(try TreeCodingTests().states("Zimbabwe has handed British mercenary Simon Mann over to Equatorial Guinea, where he is expected to stand trial.") == ["ZWE→GNQ 063"])
        #expect(try TreeCodingTests().states("Bangladesh handed over Anup Chetia to India on Wednesday, officials in Dhaka said.") == ["BGD→IND 063"])
        #expect(try TreeCodingTests().states("Pakistan handed over 50 Indian fishermen to India on Monday.") == ["PAK→IND 0841"])
    }

    /// Arms and ships of war handed over are military aid (072: "extend military assistance, including arms"), not
    /// property returned.
    @Test func armsHandedOverAreMilitaryAid() throws {
        #expect(try TreeCodingTests().triples("The United States handed over a decommissioned Coast Guard cutter to the Philippine navy on Tuesday.") == ["USA→PHLMIL 072"])
        #expect(try TreeCodingTests().triples("Nigeria formally handed over the Bakassi peninsula to Cameroon on Thursday.") == ["NGA→CMR 0842"])
        // Each of several things handed over, "over" wherever the parse hangs it.
        #expect(try TreeCodingTests().states("Washington handed over two patrol boats and a frigate to the Sri Lankan navy on Monday.") == ["USA→LKA 072"])
    }

    @Test func aReleaseByWhatIsReleased() throws {
        #expect(try codes("Iranian authorities on Monday released a British oil tanker seized in the Gulf last month.") == ["0842"])
    }

    /// Letting people act is granting a right (0833; CAMEO: "allowing repatriation of refugees should also be coded
    /// here"), promised 0343 — also where the verbs' patterns matched in the object's relative clause (`* DEAL
    /// [051]`), and where the parser reads "Afghan refugees to stay" as a clause.
    @Test func lettingPeopleActIsGrantingARight() throws {
        #expect(try codes("Greece will allow as many as 9,000 Albanian refugees who have lived in Italy for more than five years to return home as part of a UN-brokered deal.") == ["0343"])
        #expect(try codes("Pakistan will allow Afghan refugees to stay in the country until the end of the year.") == ["0343"])
        #expect(try codes("Turkey will allow thousands of Syrian refugees to return home.") == ["0343"])
        #expect(try codes("Israel allowed Palestinian workers to enter the country on Monday.") == ["0833"])
    }

    /// Letting an international body or those it sends act is allowing international involvement (086), by CAMEO's
    /// kinds of it (inspectors 0862), refused 1245 — also through a parse that reads "planes to land" as a clause.
    @Test func lettingInspectorsInIsAllowingInternationalInvolvement() throws {
        #expect(try codes("Iran allowed UN inspectors to visit the site on Monday.") == ["0862"])
        #expect(try codes("The rebel army refused to allow United Nations planes to land and fly out 12 of its observers who were being held hostage.").contains("1245"))
        // Things let in are no one let act.
        #expect(try codes("Turkey allowed the sale of arms to Syria.") != ["0833"])
    }

    /// Whom an actor's or agent's name heads is a person released (0841), not only prisoners and hostages: the CAMEO
    /// manual's example ("released the correspondent of the American news agency …", 084 before).
    @Test func aPersonReleased() throws {
        #expect(try codes("Syria released a Turkish journalist on Monday.") == ["0841"])
    }

    @Test func anArmedGroupsSurrender() throws {
        #expect(try codes("Five hundred Somali militants surrendered to Kenyan troops near the border on Sunday.") == ["0874"])
    }

    /// Legal action by its kind: a lawsuit 115, a conviction of a state 116; a person convicted stays 173.
    @Test func legalActionByItsKind() throws {
        #expect(try codes("A Lebanese businessman is suing the United States over the bombing of his factory, his lawyer said.") == ["115"])
        #expect(try codes("A UN tribunal convicted Serbia on Monday for failing to prevent the massacre at Srebrenica.") == ["116"])
        #expect(try codes("A Turkish court convicted a Kurdish journalist of spreading propaganda on Thursday.") == ["173"])
    }

    /// A ban on parties or politicians is 1722; forces put on alert 152 (Phoenix's 150).
    @Test func bansAndAlertsByTheirKind() throws {
        #expect(try codes("The Egyptian government banned opposition parties from taking part in the parliamentary vote.") == ["1722"])
        #expect(try codes("Syrian troops remained on high alert along the Turkish border on Friday.") == ["152"])
    }

    /// A blockade imposed is 191; blowing up what names no actor and no weapon destroys property (1712); tanks or a
    /// police checkpoint blown up are an attack.
    @Test func blockadesAndPropertyDestroyed() throws {
        #expect(try codes("Israel reimposed a blockade on the Gaza Strip on Friday after rocket attacks on its southern towns.") == ["191"])
        #expect(try codes("Taliban militants blew up a bridge on the main highway near Kandahar on Tuesday.") == ["1712"])
        #expect(try codes("Taliban militants blew up a police checkpoint in Helmand on Tuesday.") == ["190"])
        #expect(try codes("Syrian rebels destroyed three army tanks near Aleppo on Sunday.") == ["194"])
    }

    /// Killing a leader is an assassination (186); killing policemen stays an attack (190).
    @Test func aLeaderKilledIsAssassinated() throws {
        #expect(try codes("Sudanese rebels killed the deputy governor of South Darfur state on Sunday.") == ["186"])
        #expect(try codes("Sudanese rebels killed two policemen in South Darfur on Sunday.") == ["190"])
    }
}
