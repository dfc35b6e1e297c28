/// English text into dependency trees, in one process: tokens (``EnglishTokenizer``), sentences
/// (``SentenceSegmenter``), UPOS tags (``Tagger``), heads and relations (``TransitionParser``), as Universal
/// Dependencies write them.
///
/// Immutable; load it once (``load()``) and share it across threads.
public struct EnglishParser: Sendable {
    public let model: ParserModel
    public let tokenizer: EnglishTokenizer

    public init(model: ParserModel) {
        self.model = model
        tokenizer = EnglishTokenizer(multiwordTokens: model.multiwordTokens)
    }

    /// The parser with the model that ships with Entente (see ``ParserModel/shipped()``).
    ///
    /// - Throws: ``ParserModelError`` when the model file is missing or damaged.
    public static func load() throws -> EnglishParser { EnglishParser(model: try ParserModel.shipped()) }

    /// The sentences of a text, each tokenised, tagged and parsed.
    ///
    /// - Complexity: O(n) in the text's length; about 0.1–0.3 ms a sentence on one core (release build).
    public func parse(text: String) -> [ParsedSentence] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> [ParsedSentence] in
            let text = UnsafeBufferPointer(buffer)
            let tokens = tokenizer.tokens(in: text)
            return SentenceSegmenter.sentences(tokens, in: text).map { range in
                let first = tokens[range.lowerBound].start
                let last = tokens[range.upperBound - 1].end
                let sentenceTokens = tokens[range].map { token in
                    var shifted = token
                    shifted.start -= first
                    shifted.end -= first
                    shifted.splits = token.splits.map { $0 - first }
                    return shifted
                }
                let sentence = String(decoding: UnsafeBufferPointer(rebasing: text[first..<last]), as: UTF8.self)
                return parse(sentence: sentence, tokens: sentenceTokens)
            }
        }
    }

    /// One sentence, tokenised, tagged and parsed (no sentence splitting).
    public func parse(sentence: String) -> ParsedSentence {
        parse(sentence: sentence, tokens: tokenizer.tokens(in: sentence))
    }

    func parse(sentence: String, tokens: [EnglishTokenizer.Token]) -> ParsedSentence {
        let bytes = Array(sentence.utf8)
        var parsedTokens: [ParsedSentence.Token] = []
        var words: [ParsedSentence.Word] = []
        for (index, token) in tokens.enumerated() {
            let first = words.count
            for range in token.wordRanges {
                let form = String(decoding: bytes[range], as: UTF8.self)
                words.append(ParsedSentence.Word(form: form, tag: .other, head: 0, relation: "dep", token: index))
            }
            parsedTokens.append(ParsedSentence.Token(start: token.start, end: token.end, words: first..<words.count, spaceAfter: token.spaceAfter))
        }
        var result = ParsedSentence(text: sentence, tokens: parsedTokens, words: words)
        annotate(&result)
        return result
    }

    /// Tags and parses a sentence's words as they are (its tokens kept; tags, heads and relations replaced).
    public func annotate(_ sentence: inout ParsedSentence) {
        guard !sentence.words.isEmpty else { return }
        let hashes = sentence.words.map { WordHashes($0.form) }
        var classes = model.tagger.tags(hashes)
        model.tagger.finiteParticiples(hashes, &classes)
        let tags = classes.map { model.tagger.classes[$0].tag }
        let (heads, relations) = model.parser.parse(hashes, tags: classes, coarse: tags)
        for index in sentence.words.indices {
            sentence.words[index].tag = tags[index]
            sentence.words[index].fineTag = model.tagger.classes[classes[index]].fineTag
            sentence.words[index].head = heads[index]
            sentence.words[index].relation = relations[index]
        }
    }
}
