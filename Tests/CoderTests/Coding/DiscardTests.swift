@testable import EntenteCoder
import EntenteModel
import Testing

/// Phoenix's discards as published (`Phoenix.discards.txt`): a phrase drops its sentence, a `+` phrase its story, and
/// a bare year (Phoenix lists 1914–2013, the years before its own news) drops a sentence only in a story dated after
/// that year, and only where it dates the sentence's own verb; in a story of that year, or one not dated, the year
/// dates the event.
@Suite("Discards")
struct DiscardTests {
    func document(_ text: String, date: Day?) throws -> CodedDocument {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        return DocumentCoder(coder: coder).code(bytes: Array(text.utf8), name: "t", date: date)
    }

    /// The phrases the tests lean on are in the published file, as written there.
    @Test func thePublishedListHoldsThem() throws {
        let dictionaries = try #require(MainEventTests.dictionaries)
        let entries = dictionaries.discardEntries
        #expect(entries.contains { $0.text == "YEARS AGO" && !$0.discardsStory && $0.year == nil })
        #expect(entries.contains { $0.text == "2010" && $0.year == 2010 })
        #expect(entries.contains { $0.text == "World Golf Championships" && $0.discardsStory })
        #expect(!entries.contains { $0.year == 2014 })
    }

    @Test func aYearDatesTheEventInAStoryOfThatYearOrUndated() throws {
        let sentence = "North Korean artillery shelled a South Korean island on November 23, 2010."
        for date in [nil, Day(year: 2010, month: 11, day: 24)] {
            let coded = try document(sentence, date: date)
            #expect(coded.discarded.isEmpty)
            let event = try #require(coded.events.first)
            #expect(event.coded.source.code.hasPrefix("PRK") && event.coded.target.code.hasPrefix("KOR"))
            #expect(event.date?.start == Day(year: 2010, month: 11, day: 23))
        }
    }

    @Test func aYearBeforeTheStoryIsHistoryRetold() throws {
        let coded = try document(
            "North Korean artillery shelled a South Korean island on November 23, 2010.", date: Day(year: 2013, month: 3, day: 5))
        #expect(coded.events.isEmpty)
        #expect(coded.discarded.map(\.phrase) == ["2010"])
    }

    /// A year before the story's that does not date the sentence's own verb is history named in passing (fifteenth
    /// round): the sentence stays ("the first visit … since the 1979 revolution"); one that dates a verb of another
    /// clause leaves that verb's events out ("the islands, which Chinese forces seized in 1974").
    @Test func aYearNamedInPassingKeepsTheSentence() throws {
        let day = Day(year: 2012, month: 6, day: 1)
        let passing = try document(
            "Iranian President Mahmoud Ahmadinejad arrived in Baghdad on Sunday on the first visit by an Iranian leader since the 1979 revolution.",
            date: day)
        #expect(passing.discarded.isEmpty)
        #expect(passing.events.map { "\($0.coded.source.code.prefix(3))→\($0.coded.target.code.prefix(3)) \($0.coded.code)" } == ["IRN→IRQ 042", "IRQ→IRN 043"])
        let clause = try document("Vietnam protested to China on Monday over the islands, which Chinese forces seized in 1974.", date: day)
        #expect(clause.discarded.isEmpty)
        #expect(clause.events.map { "\($0.coded.source.code)→\($0.coded.target.code) \($0.coded.code)" } == ["VNM→CHN 114"])
        // The same seizure as the sentence's own verb is history retold.
        let retold = try document("Chinese forces seized the islands from Vietnam in 1974.", date: day)
        #expect(retold.events.isEmpty)
        #expect(retold.discarded.map(\.phrase) == ["1974"])
    }

    /// A discard phrase in a clause beneath the main one is named in passing (seventeenth round): the sentence's news
    /// stands. In the main clause, or in what it reports, it drops the sentence as before; words of a phrase the tree
    /// does not join are no phrase.
    @Test(arguments: [
        ("Australia on Wednesday pledged 1 billion Australian dollars in grants and concessional loans to help Indonesia rebuild after the Indian Ocean tsunami, the largest aid package in the country's history.", ["AUS→IDN 0331"]),
        ("Japanese Foreign Minister Fumio Kishida held talks with his Russian counterpart on a territorial dispute that has kept the two countries from signing a peace treaty formally ending World War Two.", ["JPN→RUS 046", "RUS→JPN 046"]),
        ("Beijing lodged a formal protest with Tokyo over a history textbook that critics say glosses over atrocities committed during World War Two.", ["CHN→JPN 114"]),
        ("North and South Korea will hold their first summit in seven years later this month.", ["KOR→PRK 036", "PRK→KOR 036"]),
    ])
    func aPhraseNamedInPassingKeepsTheSentence(sentence: String, expected: [String]) throws {
        let coded = try document(sentence, date: Day(year: 2012, month: 6, day: 1))
        #expect(coded.discarded.isEmpty)
        #expect(coded.events.map { "\($0.coded.source.code.prefix(3))→\($0.coded.target.code.prefix(3)) \($0.coded.code)" }.sorted() == expected)
    }

    @Test(arguments: [
        ("Analysts in Islamabad said Narendra Modi's landslide election victory was unlikely to bring a thaw with India's neighbour Pakistan.", "LANDSLIDE"),
        ("A tsunami struck the coasts of Indonesia and Thailand on Sunday.", "TSUNAMI"),
        ("Pakistan's cricket team beat India in the final match of the series in Karachi.", "CRICKET"),
    ])
    func aPhraseInTheMainClauseDropsIt(sentence: String, phrase: String) throws {
        let coded = try document(sentence, date: Day(year: 2012, month: 6, day: 1))
        #expect(coded.events.isEmpty)
        #expect(coded.discarded.map(\.phrase) == [phrase])
    }

    @Test func aPhraseDropsItsSentenceAndAPlusPhraseItsStory() throws {
        let story = "Ten years ago Indian troops fired at Pakistani posts. Pakistani troops fired at Indian posts on Monday."
        let coded = try document(story, date: Day(year: 2012, month: 6, day: 1))
        #expect(coded.discarded.map(\.sentence) == [1])
        #expect(coded.events.map(\.coded.source.code).allSatisfy { $0.hasPrefix("PAK") } && !coded.events.isEmpty)

        let golf = try document(
            "India beat Pakistan at the World Golf Championships. India condemned Pakistan on Monday.",
            date: Day(year: 2012, month: 6, day: 1))
        #expect(golf.events.isEmpty)
        #expect(golf.discarded.map(\.phrase) == ["World Golf Championships"])
    }
}
