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
    ///
    /// - Parameter properNouns: byte ranges of the sentence known to be names (a caller's gazetteer: "Germany",
    ///   "South Korea"); their words are tagged proper nouns whatever the tagger would say ("Germany sent aid",
    ///   sentence-initial, read like "many" as an adjective), and the words after them are tagged knowing it.
    public func parse(sentence: String, properNouns: [Range<Int>] = []) -> ParsedSentence {
        parse(sentence: sentence, tokens: tokenizer.tokens(in: sentence), properNouns: properNouns)
    }

    func parse(sentence: String, tokens: [EnglishTokenizer.Token], properNouns: [Range<Int>] = []) -> ParsedSentence {
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
        var names = Set<Int>()
        if !properNouns.isEmpty {
            for (index, word) in result.words.enumerated() {
                let token = parsedTokens[word.token]
                if properNouns.contains(where: { $0.lowerBound <= token.start && token.end <= $0.upperBound }) { names.insert(index) }
            }
        }
        annotate(&result, properNouns: names)
        return result
    }

    /// Tags and parses a sentence's words as they are (its tokens kept; tags, heads and relations replaced).
    ///
    /// - Parameter properNouns: indexes of words known to be names, tagged proper nouns.
    public func annotate(_ sentence: inout ParsedSentence, properNouns: Set<Int> = []) {
        guard !sentence.words.isEmpty else { return }
        let hashes = sentence.words.map { WordHashes($0.form) }
        var fixed: [Int: Int] = [:]
        if let name = model.tagger.properNounClass { for index in properNouns { fixed[index] = name } }
        var classes = model.tagger.tags(hashes, fixed: fixed)
        model.tagger.finiteParticiples(hashes, &classes)
        model.tagger.clauseOpeningPrepositions(hashes, &classes)
        model.tagger.openingNames(hashes, &classes)
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
