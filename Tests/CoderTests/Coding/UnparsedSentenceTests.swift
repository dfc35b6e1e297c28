@testable import EntenteCoder
import EntenteModel
import EntenteParser
import Foundation
import Testing

/// A sentence that names no actor, agent or person and points to none is not parsed: no tree could make it code an
/// event between states. Checked against coding the same sentences with their parse given.
@Suite("Sentences left unparsed")
struct UnparsedSentenceTests {
    static let coder: Coder? = Phoenix.dictionaries.map { Coder(dictionaries: $0, parser: Phoenix.parser) }

    /// Whether the sentence may name an actor, read after `previous` (its context).
    func analysis(_ sentence: String, after previous: String? = nil) throws -> Bool {
        let coder = try #require(Self.coder)
        var context = DiscourseContext()
        if let previous { context.update(with: coder.code(sentence: previous)) }
        let bytes = Array(sentence.utf8)
        return bytes.withUnsafeBufferPointer {
            var analysis = SentenceAnalysis(bytes: $0, dictionaries: coder.dictionaries, day: nil, options: coder.options)
            analysis.context = context
            return analysis.mayNameActors
        }
    }

    @Test(arguments: [
        "Oil prices rose sharply on Monday.",
        "The weather in the region was mild for the season.",
    ])
    func aSentenceNamingNoOneNamesNoActor(_ sentence: String) throws {
        #expect(try !analysis(sentence))
    }

    @Test(arguments: [
        "Russia and Pakistan signed a military cooperation agreement.",
        // Only an agent, the two states of the sentence before, a person's title: each may be read as a state with
        // the tree or the story's context.
        "Police arrested dozens of protesters.",
        "The two countries signed an agreement.",
        "President Obama met him on Monday.",
    ])
    func aSentenceNamingOrPointingToAnActorMayNameOne(_ sentence: String) throws {
        #expect(try analysis(sentence, after: "Russia and Pakistan held talks in Moscow on Friday."))
    }

    @Test func aPronounWithNothingBeforeItPointsToNoOne() throws {
        #expect(try !analysis("It said the talks would resume."))
    }

    /// Every sentence of the seed brief and of the CAMEO manual's examples that the coder leaves unparsed codes no
    /// event when its parse is given; and some are left (else the check says nothing).
    @Test func unparsedSentencesCodeNothingWithTheirParse() throws {
        let coder = try #require(Self.coder)
        let parser = try #require(Phoenix.parser)
        var sentences = try String(contentsOfFile: SharedData.seed, encoding: .utf8).split(separator: "\n").map(String.init)
        sentences += try CAMEOExample.read(bytes: Array(Data(contentsOf: URL(fileURLWithPath: SharedData.cameoCodes))), path: SharedData.cameoCodes)
            .map(\.sentence)
        var unparsed = 0
        for sentence in sentences where try !analysis(sentence) {
            unparsed += 1
            #expect(coder.code(sentence: sentence).events.isEmpty, "\(sentence)")
            #expect(coder.code(parsed: parser.parse(sentence: sentence)).events.isEmpty, "\(sentence)")
        }
        print("sentences left unparsed: \(unparsed) of \(sentences.count)")
        #expect(unparsed >= 10)
    }
}
