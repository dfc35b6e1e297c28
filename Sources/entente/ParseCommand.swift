import ArgumentParser
import EntenteCoder
import EntenteParser
import Foundation

/// `entente parse`: English text into dependency trees, printed as CoNLL-U.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tokenise, tag and parse English text; print each sentence as CoNLL-U (Universal Dependencies).",
        discussion: """
            The model ships with Entente: trained on the Universal Dependencies English Web Treebank by \
            Scripts/train-parser (CC BY-SA 4.0). '-' reads standard input. See docs/parser.md.
            """)

    @Argument(help: "Text files to parse ('-' for standard input).")
    var files: [String] = []

    @Flag(help: "Print the model's origin and licence, and exit.")
    var about = false

    func run() async throws {
        let parser = try EnglishParser.load()
        var output = StandardOutput()
        if about {
            output.write(parser.model.about + "\n")
            return
        }
        if files.isEmpty { throw ValidationError("Give at least one file to parse, or '-' for standard input.") }
        for file in files {
            let bytes = try readFileBytes(file)
            let name = file == "-" ? "stdin" : (file as NSString).lastPathComponent
            for (index, sentence) in parser.parse(text: String(decoding: bytes, as: UTF8.self)).enumerated() {
                output.write(sentence.conllu(id: "\(name)-\(index + 1)"))
            }
        }
    }
}
