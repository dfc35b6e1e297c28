/// Everything the English parser learned from its treebank: the tokeniser's multi-word tokens, the tagger, the
/// transition parser and the labeller, with where it came from and its licence.
///
/// Immutable; load it once and share it across threads.
public struct ParserModel: Sendable {
    /// Origin, licence and training figures, as written by the training script.
    public var about: String
    public var multiwordTokens: [String: [Int]]
    public var tagger: Tagger
    public var parser: TransitionParser

    public init(about: String, multiwordTokens: [String: [Int]], tagger: Tagger, parser: TransitionParser) {
        self.about = about
        self.multiwordTokens = multiwordTokens
        self.tagger = tagger
        self.parser = parser
    }
}

/// A model file that cannot be read: where, at which byte, and what was expected.
public struct ParserModelError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var offset: Int
    public var expected: String

    public var description: String {
        offset < 0 ? "\(path): \(expected)" : "\(path): byte \(offset): expected \(expected) (the model file is damaged or of another version)"
    }
}
