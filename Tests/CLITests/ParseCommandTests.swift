import Foundation
import Testing
import TestSupport

/// `entente parse` as a user meets it: text in, CoNLL-U out, with the model that ships.
struct ParseCommandTests {
    @Test func printsCoNLLU() throws {
        let result = try runEntente(["parse", "-"], input: Data("Pakistan was attacked by India. Russia didn't react.\n".utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("# text = ") } == ["# text = Pakistan was attacked by India.", "# text = Russia didn't react."])
        let words = lines.filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(words.allSatisfy { $0.count == 10 })
        #expect(words.contains { $0[1] == "Pakistan" && $0[7] == "nsubj:pass" })
        #expect(words.contains { $0[0] == "2-3" && $0[1] == "didn't" })
    }

    @Test func aboutNamesTheTreebankAndItsLicence() throws {
        let result = try runEntente(["parse", "--about"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("CC BY-SA 4.0"))
    }

    @Test func aMissingModelIsAClearError() throws {
        let result = try runEntente(["parse", "-"], environment: ["ENTENTE_PARSER_MODEL": "/nonexistent/model"], input: Data("Hello.".utf8))
        #expect(result.status != 0)
        #expect(result.standardError.contains("/nonexistent/model"))
    }
}
