import EntenteParser
import Foundation
import Testing

@Suite("Tokens and sentences")
struct TokenizerTests {
    func words(_ text: String, _ tokenizer: EnglishTokenizer = EnglishTokenizer()) -> [String] {
        let bytes = Array(text.utf8)
        return tokenizer.tokens(in: text).flatMap { token in
            token.wordRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    @Test func splitsPunctuationContractionsAndHyphens() {
        #expect(words("Al-Zaman: American forces didn't kill him.") == ["Al", "-", "Zaman", ":", "American", "forces", "did", "n't", "kill", "him", "."])
        #expect(words("The U.S. and Mr. Putin's e-mail (1,000.5 dollars)") == ["The", "U.S.", "and", "Mr.", "Putin", "'s", "e-mail", "(", "1,000.5", "dollars", ")"])
        #expect(words("I'm sure they've gone... ***** :) http://example.com/a.html.") == ["I", "'m", "sure", "they", "'ve", "gone", "...", "*****", ":)", "http://example.com/a.html", "."])
    }

    /// Dashes, ellipses and a character lost in decoding split the words they join; a hyphen between digits or a
    /// single period does not.
    @Test func marksInsideAWordSplitIt() {
        #expect(words("visits between 2011 and 2015\u{FFFD}President Zardari") == ["visits", "between", "2011", "and", "2015", "\u{FFFD}", "President", "Zardari"])
        #expect(words("past...and 2011\u{2013}2015\u{2014}a war") == ["past", "...", "and", "2011", "\u{2013}", "2015", "\u{2014}", "a", "war"])
        #expect(words("U.S. 713-853-3989") == ["U.S.", "713-853-3989"])
    }

    /// As the treebank writes them: hyphens next to digits split unless the number is a telephone number, an
    /// extension or a postal code; the prefixes it keeps; a slash between single letters; a run of final marks; the
    /// sign before a number; an address inside its brackets.
    @Test func theTreebanksWaysWithNumbersMarksAndAddresses() {
        #expect(words("won 5-3 in a 15-year series with F-16s") == ["won", "5", "-", "3", "in", "a", "15", "-", "year", "series", "with", "F", "-", "16s"])
        #expect(words("call 3-5213 or 713-853-3989, Houston 77002-1234") == ["call", "3-5213", "or", "713-853-3989", ",", "Houston", "77002-1234"])
        #expect(words("counter-terrorism over-eater b/c Really?! #1") == ["counter-terrorism", "over-eater", "b/c", "Really", "?!", "#", "1"])
        #expect(words("write <spahnn@hnks.com>") == ["write", "<", "spahnn@hnks.com", ">"])
        // An abbreviation ending the text gives its period to the sentence; inside, it keeps it.
        #expect(words("sanctions imposed by the U.S.") == ["sanctions", "imposed", "by", "the", "U.S", "."])
        #expect(words("the U.S. imposed them") == ["the", "U.S.", "imposed", "them"])
    }

    @Test func multiwordTokensLearnedFromTheTreebank() {
        let tokenizer = EnglishTokenizer(multiwordTokens: ["cannot": [3], "gonna": [3]])
        #expect(words("We cannot say, gonna wait.", tokenizer) == ["We", "can", "not", "say", ",", "gon", "na", "wait", "."])
    }

    @Test func sentencesEndAtFinalMarksNotAtAbbreviations() {
        let text = "Mr. Lavrov met Mr. Sharif in Moscow. They signed a deal (on arms). \"It is done,\" he said!\n\nA new paragraph"
        var bytes = Array(text.utf8)
        let sentences = bytes.withUnsafeMutableBufferPointer { buffer -> [String] in
            let pointer = UnsafeBufferPointer(buffer)
            let tokens = EnglishTokenizer().tokens(in: pointer)
            return SentenceSegmenter.sentences(tokens, in: pointer).map { range in
                String(decoding: pointer[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
            }
        }
        #expect(sentences == [
            "Mr. Lavrov met Mr. Sharif in Moscow.", "They signed a deal (on arms).", "\"It is done,\" he said!", "A new paragraph",
        ])
    }

    /// On the treebank's own test text, the tokens match the treebank's almost everywhere (the official scorer
    /// gives 98.9 % token F1; here: the share of sentences tokenised exactly as the treebank does).
    @Test func tokensMatchTheTreebank() throws {
        let path = SharedData.url("ud_english_ewt/en_ewt-ud-test.conllu").path
        let sentences = try CoNLLUReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        let tokenizer = EnglishTokenizer()
        var exact = 0
        for sentence in sentences {
            let bytes = Array(sentence.text.utf8)
            let ours = tokenizer.tokens(in: sentence.text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            let theirs = sentence.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            if ours == theirs { exact += 1 }
        }
        #expect(Double(exact) / Double(sentences.count) > 0.90)
    }

    @Test func anyBytesInNoCrash() {
        var random = SystemRandomNumberGenerator()
        let tokenizer = EnglishTokenizer(multiwordTokens: ["cannot": [3]])
        for length in [0, 1, 2, 3, 7, 64, 500] {
            for _ in 0..<50 {
                var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                bytes.withUnsafeMutableBufferPointer { buffer in
                    let pointer = UnsafeBufferPointer(buffer)
                    let tokens = tokenizer.tokens(in: pointer)
                    for token in tokens {
                        #expect(token.start < token.end && token.end <= length)
                        #expect(token.wordRanges.allSatisfy { !$0.isEmpty })
                    }
                    _ = SentenceSegmenter.sentences(tokens, in: pointer)
                }
            }
        }
    }
}
