/// One sentence read by the parser: its text, its tokens as written, and its syntactic words with their tags and
/// dependency tree (Universal Dependencies, as CoNLL-U writes them).
///
/// A token is what the text shows between spaces and punctuation ("don't"); a word is a unit of syntax ("do",
/// "n't"). Most tokens are one word; a contraction or a possessive is a multi-word token.
public struct ParsedSentence: Sendable, Hashable {
    /// A token as written: its byte range in ``text`` and the words it holds.
    public struct Token: Sendable, Hashable {
        /// UTF-8 offsets in ``ParsedSentence/text``.
        public var start: Int
        public var end: Int
        /// The indexes (0-based) of its words in ``ParsedSentence/words``.
        public var words: Range<Int>
        /// Whether a space follows it in the text.
        public var spaceAfter: Bool

        public init(start: Int, end: Int, words: Range<Int>, spaceAfter: Bool) {
            self.start = start
            self.end = end
            self.words = words
            self.spaceAfter = spaceAfter
        }
    }

    /// A syntactic word with its tag and its place in the tree.
    public struct Word: Sendable, Hashable {
        public var form: String
        public var tag: PartOfSpeech
        /// The head's index in ``ParsedSentence/words`` plus one, as CoNLL-U counts: 0 for the root.
        public var head: Int
        /// The dependency relation to the head, with its subtype (`nsubj:pass`, `obl:agent`), or `root`.
        public var relation: String
        /// The index of the token it belongs to.
        public var token: Int
        /// A lemma when one is known (read from CoNLL-U); the parser leaves it empty.
        public var lemma: String
        /// The language-specific tag (for English the Penn Treebank's: `VBN`, `NNS`…), or empty.
        public var fineTag: String

        public init(form: String, tag: PartOfSpeech, head: Int, relation: String, token: Int, lemma: String = "", fineTag: String = "") {
            self.form = form
            self.tag = tag
            self.fineTag = fineTag
            self.head = head
            self.relation = relation
            self.token = token
            self.lemma = lemma
        }
    }

    /// The sentence as it was given.
    public var text: String
    public var tokens: [Token]
    public var words: [Word]

    public init(text: String, tokens: [Token], words: [Word]) {
        self.text = text
        self.tokens = tokens
        self.words = words
    }

    /// The 0-based indexes of the words whose head is the word at `index` (0-based), in order.
    ///
    /// - Complexity: O(n) in the number of words.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index + 1 }
    }

    /// The 0-based index of the word's head, or nil for the root.
    public func head(of index: Int) -> Int? {
        let head = words[index].head
        return head > 0 && head <= words.count ? head - 1 : nil
    }

    /// The 0-based index of the root word, if the sentence has one.
    public var root: Int? { words.firstIndex { $0.head == 0 } }

    /// The byte range of a word's token in ``text`` (the whole token for a word of a multi-word token).
    public func range(of index: Int) -> Range<Int> {
        let token = tokens[words[index].token]
        return token.start..<token.end
    }
}

extension ParsedSentence {
    /// Each word's byte range in ``text``: a word of a multi-word token gets its own part of the token when the
    /// words spell the token ("don't" → `do`, `n't`), else the whole token.
    ///
    /// - Complexity: O(n) in the words.
    public func wordRanges() -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(words.count)
        let bytes = Array(text.utf8)
        for token in tokens {
            let whole = token.start..<token.end
            guard token.words.count > 1 else {
                for _ in token.words { result.append(whole) }
                continue
            }
            let forms = token.words.map { Array(words[$0].form.utf8) }
            if whole.upperBound <= bytes.count, Array(forms.joined()) == Array(bytes[whole]) {
                var start = token.start
                for form in forms {
                    result.append(start..<start + form.count)
                    start += form.count
                }
            } else {
                for _ in token.words { result.append(whole) }
            }
        }
        return result
    }
}
