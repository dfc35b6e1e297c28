@testable import EntenteCoder
import EntenteModel
import Testing

/// CAMEO codes a demand or appeal made as the purpose of a protest under category 14 (its notes to 104x: "demands
/// that take the form of demonstrations, protests, etc."): the protest by its kind, refined by what is demanded.
@Suite("Demands made as protests")
struct ProtestTests {
    func codes(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), options: Phoenix.everySide,
            parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events.map(\.code)
    }

    /// A hunger strike to demand a resignation is 1421; roads blocked to demand democratic reforms 1444 (the
    /// blocking itself codes no exclusion beside it).
    @Test func aDemandAsTheProtestsPurpose() throws {
        #expect(try codes("Opposition activists in Lagos began a hunger strike on Monday to demand the resignation of Nigeria's President.") == ["1421"])
        #expect(try codes("Thousands of students blocked streets in Bangkok on Sunday to demand democratic reforms from the Thai government.") == ["1444"])
    }

    /// A demonstration calling for independence is 1414: the appeal's institutional change.
    @Test func anAppealWhileDemonstrating() throws {
        #expect(try codes("Thousands of Tibetans demonstrated in Kathmandu on Friday calling for independence from China.") == ["1414"])
    }

    /// A verb with no code of its own whose object names a protest conducts it ("continuing a hunger strike"),
    /// refined by what the protest is for; a naval blockade is no protest.
    @Test func aProtestNamedAsTheObject() throws {
        #expect(try codes("Tibetan monks are continuing a hunger strike in protest of the Chinese government's refusal to accept autonomy for Tibet.") == ["1424"])
        #expect(try codes("Kurdish students staged mass demonstrations in Ankara on Monday to demand independence from Turkey.") == ["1414"])
    }

    /// A riot after a rally calling for a leader's removal from office is for a change of leadership (1451).
    @Test func aRiotForALeadersRemoval() throws {
        #expect(try codes("Thousands of Thai protesters rioted in Bangkok on Sunday after a rally calling for the removal of the Thai prime minister from office.") == ["1451"])
    }

    /// A demand with no protest named stays a demand; an air strike is no strike.
    @Test func aDemandWithoutAProtest() throws {
        #expect(try codes("Pakistan demanded democratic reforms from the Afghan government on Monday.") == ["1044"])
    }

    /// People's protest at a party is a demonstration (141, not the residual 140 of `MARCH`), by people of the place
    /// where it is held; "thousands of protesters" are the protesters they count.
    @Test func peoplesProtestAtAPartyIsADemonstration() throws {
        let coder = Coder(dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let events = coder.code(sentence: "Thousands of protesters marched on the U.S. embassy in Cairo on Friday.").events
        #expect(events.map { "\($0.source.code)→\($0.target.code) \($0.code)" } == ["EGYOPP→USAGOV 141"])
        #expect(try codes("Hundreds of students protested against the government in Dhaka on Sunday.") == ["141"])
        // A state's protest to another stays an official complaint.
        #expect(try codes("Vietnam protested to China on Monday over the deployment of an oil rig in disputed waters.") == ["114"])
    }
}
