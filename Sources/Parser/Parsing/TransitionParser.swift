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
        var state = ArcEagerState(count: words.count)
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

    init(words: [WordHashes], tags: [UInt64], coarse: [UInt64]) {
        self.words = [Self.rootWord] + words
        self.tags = [Self.rootTag] + tags
        self.coarse = [0] + coarse
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
