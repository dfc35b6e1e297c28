import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("Text")
struct TextTests {
    @Test(arguments: [
        ("Mr. Putin met Gen. Kayani. Then they left.", 2),
        ("A. K. Antony visited the U.S. Army base. It was 11.8 km away.", 2),
        ("The deal cost $2.5 billion. No. 5 was signed.", 2),
        ("He said \"No.\" Then he left!", 2),
        ("INTRODUCTION\n\nIn yet another sign, Russia met Pakistan.", 2),
        ("Talks ended in Jan. 2015 without a deal.", 1),
    ])
    func sentenceSplitting(text: String, expected: Int) {
        let normalised = TextNormaliser.normalise(Array(text.utf8))
        #expect(SentenceSplitter.sentences(in: normalised.bytes).count == expected)
    }

    @Test func repairsPDFText() {
        var bytes = Array("The re-\nengagement of 2015\u{FFFD}President Zardari went on to\n\nfulfil it.\n6patronage of terror\n41970s and\n12001.  Russia".utf8)
        bytes.append(0xFF)  // not UTF-8
        let text = TextNormaliser.normalise(bytes).text
        #expect(text.contains("re-engagement"))
        #expect(text.contains("2015 -- President"))
        #expect(text.contains("to fulfil"))
        #expect(text.contains("patronage of terror 1970s and 2001."))
    }

    @Test func tokens() {
        #expect(Tokenizer.words(of: "Gondor's U.S.-backed army didn't fire 50,000 shells at Barad-dur.")
            == ["GONDOR", "'S", "U.S.", "-", "BACKED", "ARMY", "DID", "N'T", "FIRE", "50,000", "SHELLS", "AT", "BARAD-DUR", "."])
    }

    @Test func anyBytesInNoCrash() {
        var generator = SystemRandomNumberGenerator()
        let coder = Coder(dictionaries: BuiltInDictionary.set)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = DocumentCoder(coder: coder).code(bytes: bytes, name: "random", date: nil)
        }
    }
}
