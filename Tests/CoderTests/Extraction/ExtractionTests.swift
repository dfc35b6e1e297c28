import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("Dates and magnitudes")
struct ExtractionTests {
    @Test(arguments: [
        ("signed in October 2015", "2015-10", "month"),
        ("supplied in 2002", "2002", "year"),
        ("in early 2015", "2015", "year"),
        ("on 12 June 2015", "2015-06-12", "day"),
        ("on June 12, 2015", "2015-06-12", "day"),
        ("built in the 1970s", "1970s", "years"),
        ("visits between 2011 and 2015", "2011/2015", "years"),
        ("dated 2015-06-12", "2015-06-12", "day"),
    ])
    func explicitDates(text: String, date: String, precision: String) {
        let found = DateExtractor.dates(in: text).first
        #expect(found?.date.text == date)
        #expect(found?.date.precision.rawValue == precision)
    }

    @Test func monthsPresentAndDocumentDatesOfAnyPrecision() {
        #expect(DateExtractor.dates(in: "only in 2014 came the November visit", document: nil, referenceYear: nil).map(\.date.text) == ["2014", "2014-11"])
        #expect(DateExtractor.dates(in: "the November visit", document: nil, referenceYear: 2012).first?.date.text == "2012-11")
        let year = EventDate(year: 2015)
        #expect(DateExtractor.dates(in: "they are now discussing", document: year, referenceYear: nil).first?.date.text == "2015")
        #expect(DateExtractor.dates(in: "in the last couple of years", document: try! EventDate(year: 2015, month: 11), referenceYear: nil).first?.date.text == "2015")
        #expect(DateExtractor.dates(in: "the recent tensions", document: year, referenceYear: nil).first?.isRelative == true)
        // A year alone does not say which day "yesterday" was.
        #expect(DateExtractor.dates(in: "met yesterday", document: year, referenceYear: nil).isEmpty)
        #expect(DateExtractor.dates(in: "met last year", document: year, referenceYear: nil).first?.date.text == "2014")
    }

    /// "Since 1990" says where a span began: no event of the sentence happened then, and the sentences after it are
    /// not dated by it (before, the next sentences of a news story were dated 1990, and "Belarus" coded as the
    /// Byelorussian SSR of that year).
    @Test func aSpansStartDatesNothing() throws {
        #expect(DateExtractor.dates(in: "the first visit by a Saudi foreign minister since 1990", document: nil, referenceYear: nil).isEmpty)
        #expect(DateExtractor.dates(in: "tensions since 2014 eased in March 2016", document: nil, referenceYear: nil).map(\.date.text) == ["2016-03"])
        let text = "The Saudi foreign minister arrived in Baghdad on the first visit by a Saudi foreign minister since 1990. "
            + "Germany's foreign minister condemned the arrest of opposition leaders in Belarus."
        let coder = Coder(dictionaries: try #require(Phoenix.dictionaries), parser: try #require(Phoenix.parser))
        let document = DocumentCoder(coder: coder).code(bytes: Array(text.utf8), name: "t.txt", date: nil)
        #expect(document.events.map(\.coded.target.code).contains("BLROPP"))
        #expect(document.events.allSatisfy { $0.date == nil })
    }

    /// A year between a determiner and its noun names the thing ("the 1979 revolution", "a 1995 accord"), not when the
    /// sentence's act happened: the visit is of the Sunday before the story, not of 1979 (fifteenth round, where such
    /// a sentence in a dated story stopped being discarded whole). A year that dates a verb still dates it.
    @Test func aYearModifyingANounDatesNothing() throws {
        #expect(DateExtractor.dates(in: "since the 1979 revolution", document: nil, referenceYear: nil).isEmpty)
        #expect(DateExtractor.dates(in: "breached a 1995 interim accord", document: nil, referenceYear: nil).isEmpty)
        #expect(DateExtractor.dates(in: "the war ended in 1995", document: nil, referenceYear: nil).map(\.date.text) == ["1995"])
        let text = "Iranian President Mohammad Khatami arrived in Riyadh on Sunday on the first visit by an Iranian president since the 1979 revolution."
        let coder = Coder(dictionaries: try #require(Phoenix.dictionaries), parser: try #require(Phoenix.parser))
        let document = DocumentCoder(coder: coder).code(bytes: Array(text.utf8), name: "t.txt", date: Day(year: 1999, month: 5, day: 17))
        #expect(!document.events.isEmpty)
        #expect(document.events.allSatisfy { $0.date?.start == Day(year: 1999, month: 5, day: 16) })
    }

    @Test func relativeDates() {
        let day = Day(year: 2015, month: 11, day: 19)  // a Thursday
        #expect(DateExtractor.dates(in: "met yesterday", documentDate: day).first?.date.text == "2015-11-18")
        #expect(DateExtractor.dates(in: "met last year", documentDate: day).first?.date.text == "2014")
        #expect(DateExtractor.dates(in: "met on Monday", documentDate: day).first?.date.text == "2015-11-16")
        #expect(DateExtractor.dates(in: "met next month", documentDate: day).first?.date.text == "2015-12")
        #expect(DateExtractor.dates(in: "the CASA-1000 project").isEmpty)
    }

    @Test(arguments: [
        ("is expected to cost $2 billion", 2e9, "USD"),
        ("to sell four MI-35 attack helicopters to Pakistan", 4, "helicopters"),
        ("The 1,100-km long pipeline", 1100, "km"),
        ("use it for 25 years", 25, "years"),
        ("some 50,000 tonnes of wheat", 50_000, "tonnes"),
        ("killed two dozen soldiers", 24, "soldiers"),
    ])
    func magnitudes(text: String, amount: Double, unit: String) {
        let found = MagnitudeExtractor.magnitudes(in: text).first
        #expect(found?.magnitude == Magnitude(amount, unit))
    }
}
