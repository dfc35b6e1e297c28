import EntenteParser
import Testing

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return EnglishTokenizer().tokens(in: text).flatMap { token in
            token.wordRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    @Test func splitsPunctuationContractionsAndHyphens() {
        #expect(words("Al-Zaman: American forces didn't kill him.") == ["Al", "-", "Zaman", ":", "American", "forces", "did", "n't", "kill", "him", "."])
        #expect(words("The U.S. and Mr. Putin's e-mail (1,000.5 dollars)") == ["The", "U.S.", "and", "Mr.", "Putin", "'s", "e-mail", "(", "1,000.5", "dollars", ")"])
    }
}
