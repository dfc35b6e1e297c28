import EntenteParser
import Foundation
import Testing

@Suite("CoNLL-U")
struct CoNLLUTests {
    @Test func readsTheTreebankWithMultiwordTokens() throws {
        let path = SharedData.url("ud_english_ewt/en_ewt-ud-dev.conllu").path
        let sentences = try CoNLLUReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        #expect(sentences.count == 2001)
        // Every sentence has one root and heads inside it.
        for sentence in sentences {
            #expect(sentence.words.filter { $0.head == 0 }.count == 1)
            #expect(sentence.words.allSatisfy { $0.head <= sentence.words.count })
        }
        let contraction = try #require(sentences.flatMap(\.tokens).first { $0.words.count > 1 })
        #expect(contraction.words.count == 2)
    }

    @Test func writesWhatItReads() throws {
        let text = """
            # text = Russia didn't sign.
            1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
            2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
            4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_


            """
        let sentences = try CoNLLUReader.read(Array(text.utf8), path: "t.conllu")
        #expect(sentences.count == 1)
        let sentence = sentences[0]
        #expect(sentence.text == "Russia didn't sign.")
        #expect(sentence.tokens.count == 4)
        #expect(sentence.wordRanges()[1] == 7..<10)
        let again = try CoNLLUReader.read(Array(sentence.conllu().utf8), path: "again.conllu")
        #expect(again == sentences)
    }

    @Test(arguments: [
        ("1\tRussia\t_\tPROPN\t_\t_\t0\troot\t_\n", 1, 1, "10 tab-separated columns"),
        ("1\tRussia\t_\tNOUNISH\t_\t_\t0\troot\t_\t_\n", 1, 12, "a UPOS tag"),
        ("1\tRussia\t_\tPROPN\t_\t_\tx\troot\t_\t_\n", 1, 22, "a HEAD number"),
        ("1\tRussia\t_\tPROPN\t_\t_\t0\troot\t_\t_\n3\tsigned\t_\tVERB\t_\t_\t1\tdep\t_\t_\n", 2, 1, "word ID 2"),
        ("1\tRussia\t_\tPROPN\t_\t_\t7\troot\t_\t_\n\n", 1, 22, "a HEAD between 0 and 1"),
    ])
    func badLinesNamePathLineAndColumn(text: String, line: Int, column: Int, expected: String) {
        #expect {
            _ = try CoNLLUReader.read(Array(text.utf8), path: "bad.conllu")
        } throws: { error in
            guard let error = error as? CoNLLUError else { return false }
            return error.line == line && error.column == column && error.expected.contains(expected)
                && error.description.hasPrefix("bad.conllu:\(line):\(column): expected")
        }
    }

    @Test func anyBytesInNoCrash() {
        var random = SystemRandomNumberGenerator()
        let sample = Array("1\tRussia\t_\tPROPN\tNNP\t_\t0\troot\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n".utf8)
        for length in [0, 1, 5, 40, 300] {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in [UInt8(9), 10, 48, 49, 45, 95].randomElement(using: &random)! }
                _ = try? CoNLLUReader.read(bytes, path: "random")
                _ = try? CoNLLUReader.read(Array(sample.prefix(Int.random(in: 0...sample.count, using: &random))), path: "cut")
            }
        }
    }
}
