/// A greedy arc-eager dependency parser over an averaged perceptron's weights (Zhang and Nivre 2011's features
/// without labels), then a labeller that names each arc from the finished tree.
///
/// Immutable; share it across threads.
public struct TransitionParser: Sendable {
    public let transitions: SparseWeights
    public let labeller: Labeller

    public init(transitions: SparseWeights, labeller: Labeller) {
        self.transitions = transitions
        self.labeller = labeller
    }

    /// Heads (CoNLL-U numbering: 0 is the root) and relations for a tagged sentence.
    ///
    /// - Complexity: O(n × f): 2n transitions, each scoring about 70 features.
    ///
    /// - Parameters:
    ///   - tags: the tagger's classes; `coarse`: their UPOS tags.
    public func parse(_ words: [WordHashes], tags: [Int], coarse: [PartOfSpeech]) -> (heads: [Int], relations: [String]) {
        guard !words.isEmpty else { return ([], []) }
        let context = ParseContext(words: words, tags: tags.map { UInt64($0) + 1 }, coarse: coarse.map { UInt64($0.index) + 1 })
        var state = ArcEagerState(count: words.count, isMark: context.isMark)
        var features: [UInt32] = []
        features.reserveCapacity(96)
        var scores = [Int32](repeating: 0, count: 4)
        while !state.isFinal {
            context.features(of: state, into: &features)
            transitions.score(features, into: &scores)
            var best: ArcEagerState.Transition?
            for transition in ArcEagerState.Transition.allCases where state.isValid(transition) {
                if best == nil || scores[transition.rawValue] > scores[best!.rawValue] { best = transition }
            }
            guard let best else { break }
            state.apply(best)
        }
        let heads = Array(state.finishedHeads().dropFirst())
        return (heads, labeller.labels(context: context, heads: heads))
    }
}

/// What the features of a sentence read: each word's hashes and tag (index + 1), with the root at position 0.
struct ParseContext {
    let words: [WordHashes]
    /// Fine classes (the tagger's), index + 1.
    let tags: [UInt64]
    /// UPOS tags, index + 1.
    let coarse: [UInt64]

    /// How many punctuation marks and verbs (or auxiliaries) come before each position (index 0 the root), so
    /// a feature can count those between two words.
    let punctuationBefore: [Int32]
    /// Whether each position (index 0 the root) is punctuation, for ``ArcEagerState/isMark``.
    var isMark: [Bool] {
        let punctuation = UInt64(PartOfSpeech.punctuation.index) + 1
        return coarse.map { $0 == punctuation }
    }
    let verbsBefore: [Int32]

    init(words: [WordHashes], tags: [UInt64], coarse: [UInt64]) {
        self.words = [Self.rootWord] + words
        self.tags = [Self.rootTag] + tags
        self.coarse = [0] + coarse
        let punctuation = UInt64(PartOfSpeech.punctuation.index) + 1
        let verb = UInt64(PartOfSpeech.verb.index) + 1, auxiliary = UInt64(PartOfSpeech.auxiliary.index) + 1
        var punctuationBefore = [Int32](repeating: 0, count: coarse.count + 2)
        var verbsBefore = [Int32](repeating: 0, count: coarse.count + 2)
        for (offset, tag) in coarse.enumerated() {
            punctuationBefore[offset + 2] = punctuationBefore[offset + 1] + (tag == punctuation ? 1 : 0)
            verbsBefore[offset + 2] = verbsBefore[offset + 1] + (tag == verb || tag == auxiliary ? 1 : 0)
        }
        self.punctuationBefore = punctuationBefore
        self.verbsBefore = verbsBefore
    }

    static let rootWord = WordHashes(
        lower: 2, prefix1: 2, prefix2: 2, prefix3: 2, suffix1: 2, suffix2: 2, suffix3: 2, suffix4: 2, shape: 2, flags: 1 << 9)
    static let rootTag: UInt64 = 1000
    /// For a position with no word (an empty stack, a missing child).
    static let none: UInt64 = 1001

    @inline(__always) func word(_ index: Int) -> UInt64 { index < 0 ? Self.none : words[index].lower }
    @inline(__always) func tag(_ index: Int) -> UInt64 { index < 0 ? Self.none : tags[index] }
    @inline(__always) func coarseTag(_ index: Int) -> UInt64 { index < 0 ? 0 : coarse[index] }
}
