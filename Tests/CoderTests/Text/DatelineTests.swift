@testable import EntenteCoder
import EntenteModel
import Testing

/// Wire stories open with a dateline (where and by whom the story was filed); coded as words, its city was read as
/// the acting state and its agency as an actor. The sentences are written in the wire services' style about events
/// the services reported (the NATO strike on Pakistani border posts of 26 November 2011, the shelling of Yeonpyeong
/// of 23 November 2010, the war in Georgia of August 2008).
@Suite("Datelines")
struct DatelineTests {
    func dateline(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let length = bytes.withUnsafeBufferPointer { Dateline.length(of: $0) }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    @Test func theWireServicesForms() {
        #expect(dateline("ISLAMABAD, Nov 26 (Reuters) - Pakistan closed the border.") == "ISLAMABAD, Nov 26 (Reuters) - ")
        #expect(dateline("SEOUL (AP) -- North Korea fired shells.") == "SEOUL (AP) -- ")
        #expect(dateline("MOSCOW, Aug. 8, 2008 — Russian troops entered Georgia.") == "MOSCOW, Aug. 8, 2008 — ")
        #expect(dateline("SEOUL, South Korea (AP) — North Korea fired shells.") == "SEOUL, South Korea (AP) — ")
        #expect(dateline("NEW DELHI: India and Pakistan agreed to talks.") == "NEW DELHI: ")
        #expect(dateline("Islamabad, Nov 26 (Reuters) - Pakistan closed the border.") == "Islamabad, Nov 26 (Reuters) - ")
        #expect(dateline("(Reuters) - Pakistan closed the border.") == "(Reuters) - ")
    }

    @Test func aSentenceIsNotADateline() {
        #expect(dateline("Pakistan and India - two nuclear rivals - agreed to talks.") == "")
        #expect(dateline("Russia said on Monday: we will not accept it.") == "")
        #expect(dateline("The talks (held in Geneva) - the first in years - failed.") == "")
        #expect(dateline("Islamabad - the capital - was quiet.") == "")
        #expect(dateline("UN: talks resume.") == "")
        #expect(dateline("MOSCOW -") == "")
    }

    @Test func theCityAndAgencyAreNotActors() throws {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        func triples(_ sentence: String) -> [String] {
            coder.code(sentence: sentence).events.map { "\($0.source.code)>\($0.target.code)" }
        }
        #expect(
            triples("SEOUL (AP) -- North Korea fired dozens of artillery shells at a South Korean island on Tuesday.").first
                == "PRK>KOR")
        #expect(
            triples("MOSCOW, Aug 8 (Reuters) - Georgia accused Russia of launching a full-scale invasion on Friday.")
                == ["GEO>RUS"])
        let explained = coder.explain(sentence: "SEOUL (AP) -- North Korea fired artillery shells at a South Korean island.")
        #expect(explained.contains("dateline: \"SEOUL (AP) -- \""))
    }
}
