import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("Documents")
struct DocumentTests {
    static let coder = Coder(dictionaries: BuiltInDictionary.set)

    func code(_ text: String, date: EventDate? = nil) -> [DocumentEvent] {
        DocumentCoder(coder: Self.coder).code(bytes: Array(text.utf8), name: "t", documentDate: date).events
    }

    @Test func theTwoCountriesAreTheMostSalient() {
        let events = code(
            "Russia sold helicopters to Pakistan in 2014. Russia supplied Pakistan engines in 2015, overriding India's objections. "
                + "The two countries signed an agreement in 2015.")
        let agreement = events.filter { $0.coded.code == "057" }
        #expect(Set(agreement.map { $0.coded.source.code }) == ["RUS", "PAK"])
        // "overriding India's objections": India objects to the subject of the clause before.
        #expect(events.contains { $0.coded.code == "111" && $0.coded.source.code == "IND" && $0.coded.target.code == "RUS" })
    }

    @Test func pronounsPointBack() {
        let events = code("Pakistan is unlikely to break with the US. After all, it continues to receive military aid from the US.")
        #expect(events.contains { $0.coded.code == "072" && $0.coded.source.code == "USA" && $0.coded.target.code == "PAK" })
        let person = code("Prime Minister Nawaz Sharif went to Beijing in 2014. He praised China.", date: EventDate(year: 2015))
        #expect(person.contains { $0.coded.code == "051" && $0.coded.source.code == "PAKGOV" && $0.coded.target.code == "CHN" })
        // "it seems", "it was only in 2014 that": no one.
        #expect(code("Russia met Pakistan in 2014. It seems it was a success.").allSatisfy { $0.coded.code == "040" })
    }

    @Test func hyphenatedStatesAndNamedGroups() {
        let split = code("After the Sino-Soviet split, China and Pakistan grew close.", date: EventDate(year: 1970))
        #expect(split.contains { $0.coded.code == "160" && $0.coded.source.code == "CHN" && $0.coded.target.code == "SUN" })
        #expect(split.contains { $0.coded.code == "160" && $0.coded.source.code == "SUN" && $0.coded.target.code == "CHN" })
        let group = code(
            "In 2009 the idea of a quadrilateral of Russia, Afghanistan and Pakistan was floated. The quadrilateral held three summit meetings.")
        #expect(group.filter { $0.coded.code == "040" }.count == 6)
        #expect(group.allSatisfy { $0.date?.text == "2009" })
    }

    @Test func eachVerbHasItsOwnDate() {
        let events = code(
            "Russia has also helped to refurbish the Pakistan Steel Mills, the country's only steel plant built by Russia in the 1970s.",
            date: EventDate(year: 2015))
        let dates = Set(events.filter { $0.coded.code == "061" }.compactMap { $0.date?.text })
        #expect(dates == ["1970s", "2015"])
    }

    @Test func theTextKeepsItsTimeUntilAHeading() {
        let text = "Russia signed an agreement with Pakistan in 2002. Russia later held talks with Pakistan.\n\nMOTIVES\n\nRussia held talks with India."
        let events = code(text, date: EventDate(year: 2015))
        #expect(events.first { $0.coded.code == "040" && $0.coded.target.code == "PAK" }?.date?.text == "2002")
        #expect(events.first { $0.coded.code == "040" && $0.coded.target.code == "IND" }?.date?.text == "2015")
        // "now" is the document's date.
        #expect(code("In 2002 Russia met Pakistan. The two countries are now discussing trade.", date: EventDate(year: 2015))
            .first { $0.coded.code == "040" && $0.sentenceNumber == 2 }?.date?.text == "2015")
    }

    @Test func aReportedFutureIsAnIntent() {
        let events = code("There are reports that Russia will help modernise the Pakistan Steel Mills.", date: EventDate(year: 2015))
        #expect(events.map(\.coded.code) == ["0311"])
        // Said as a fact, the future stays a deed.
        #expect(code("Russia will build the pipeline for Pakistan.", date: EventDate(year: 2015)).map(\.coded.code) == ["061"])
    }
}
