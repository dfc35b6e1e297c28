@testable import EntenteCoder
import EntenteModel
import Testing

/// CAMEO's yielding by its kind, in the codebook's names: a release of property (0842) or of people (0841), a
/// surrender by an armed group (0874).
@Suite("Yielding by its kind")
struct YieldingTests {
    func codes(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events.map(\.code)
    }

    @Test func aReleaseByWhatIsReleased() throws {
        #expect(try codes("Iranian authorities on Monday released a British oil tanker seized in the Gulf last month.") == ["0842"])
    }

    @Test func anArmedGroupsSurrender() throws {
        #expect(try codes("Five hundred Somali militants surrendered to Kenyan troops near the border on Sunday.") == ["0874"])
    }
}
