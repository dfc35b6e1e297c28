import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("PETRARCH options")
struct OptionTests {
    static let coder: Coder = CodingTests.coder

    @Test func commaClausesAreDroppedByLength() {
        var coder = Self.coder
        let sentence = "Arnor is about to restore full diplomatic ties with Gondor, a senior Bree official said on Saturday."
        coder.options = .petrarch
        coder.options.requireDyad = false
        let dropped = coder.code(sentence: sentence, day: Day(year: 1995, month: 1, day: 1))
        coder.options.commaEMax = 0
        let kept = coder.code(sentence: sentence, day: Day(year: 1995, month: 1, day: 1))
        #expect(Set(dropped.events.map(\.source.code)) == ["ARN"])
        #expect(kept.events.contains { $0.source.code == "BREGOV" })
    }

    @Test func newActorsFromUncodedNounPhrases() {
        var coder = Self.coder
        coder.options.newActorLength = 4
        let sentence = "Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday."
        let codes = Set(coder.code(sentence: sentence, day: Day(year: 1995, month: 1, day: 3)).events.map { "\($0.source.code)→\($0.target.code)" })
        #expect(codes.contains("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"→\"THE MINISTRY OF MAGIC\""))
        coder.options.newActorLength = 3
        #expect(coder.code(sentence: sentence, day: Day(year: 1995, month: 1, day: 3)).events.isEmpty)
    }
}
