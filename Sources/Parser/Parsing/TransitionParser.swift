/// A greedy arc-eager dependency parser over an averaged perceptron's weights (Zhang and Nivre 2011's features
/// without labels), then a labeller that names each arc from the finished tree. With a ``ParserCombination``, more
/// parsers (one reading right to left) parse the sentence too and the tree is their weighted vote.
///
/// Immutable; share it across threads.
public struct TransitionParser: Sendable {
    public let transitions: SparseWeights
    public let labeller: Labeller
    /// The other parsers and their votes; nil for one parser alone.
    public let combination: ParserCombination?
    /// How many partial parses the search keeps (``BeamSearch``); 1 parses greedily. Weights trained globally
    /// for a beam are read with the beam they were trained with; greedy weights with 1 (a beam over them loses
    /// accuracy: their scores are not comparable across paths). A combination's parsers parse greedily.
    public let beamWidth: Int
    /// Whether the weights read the extended features (``ParseContext/extendedFeatures``) besides Zhang and Nivre's.
    public let extendedFeatures: Bool

    public init(
        transitions: SparseWeights, labeller: Labeller, combination: ParserCombination? = nil, beamWidth: Int = 1, extendedFeatures: Bool = false
    ) {
        self.transitions = transitions
        self.labeller = labeller
        self.combination = combination
        self.beamWidth = max(1, beamWidth)
        self.extendedFeatures = extendedFeatures
    }

    /// Heads (CoNLL-U numbering: 0 is the root) and relations for a tagged sentence.
    ///
    /// - Complexity: O(n × f) for each parser: 2n transitions, each scoring about 90 features; times the beam's
    ///   width with a beam; with a combination, a maximum spanning tree over the arcs they disagree on.
    ///
    /// - Parameters:
    ///   - tags: the tagger's classes; `coarse`: their UPOS tags.
    public func parse(_ words: [WordHashes], tags: [Int], coarse: [PartOfSpeech]) -> (heads: [Int], relations: [String]) {
        guard !words.isEmpty else { return ([], []) }
        let context = ParseContext(
            words: words, tags: tags.map { UInt64($0) + 1 }, coarse: coarse.map { UInt64($0.index) + 1 }, extendedFeatures: extendedFeatures)
        let heads = Array(combinedHeads(context).dropFirst())
        return (heads, labeller.labels(context: context, heads: heads))
    }

    /// Each word's head (index 0 unused): the one parser's, or the combination's of all.
    func combinedHeads(_ context: ParseContext) -> [Int] {
        guard let combination, !combination.members.isEmpty else {
            guard beamWidth > 1 else { return Self.heads(context, transitions: transitions, margins: false).heads }
            let transitions = self.transitions
            return BeamSearch.heads(context, width: beamWidth) { transitions.transitionScores($0) }
        }
        var trees = [Self.heads(context, transitions: transitions)]
        var reversed: ParseContext?
        for member in combination.members {
            if member.readsRightToLeft {
                if reversed == nil { reversed = context.reversed() }
                let tree = Self.heads(reversed!, transitions: member.transitions)
                trees.append((Self.reversedHeads(tree.heads), Self.reversedMargins(tree.margins)))
            } else {
                trees.append(Self.heads(context, transitions: member.transitions))
            }
        }
        return combination.combine(trees, coarse: context.coarse)
    }

    /// The greedy parse of one set of weights (index 0 unused), with how far the transition that gave each word
    /// its head scored above the next valid one (0 for words given a head at the end; none unless `margins`).
    static func heads(_ context: ParseContext, transitions: SparseWeights, margins recording: Bool = true) -> (heads: [Int], margins: [Float]) {
        var state = ArcEagerState(count: context.words.count - 1, isMark: context.isMark)
        var features: [UInt32] = []
        features.reserveCapacity(96)
        var scores = [Int32](repeating: 0, count: 4)
        var margins = recording ? [Float](repeating: 0, count: context.words.count) : []
        while !state.isFinal {
            context.features(of: state, into: &features)
            transitions.score(features, into: &scores)
            var best: ArcEagerState.Transition?
            var second: Int32?
            for transition in ArcEagerState.Transition.allCases where state.isValid(transition) {
                let score = scores[transition.rawValue]
                if best == nil || score > scores[best!.rawValue] {
                    if let best { second = scores[best.rawValue] }
                    best = transition
                } else if second == nil || score > second! {
                    second = score
                }
            }
            guard let best else { break }
            if recording, best == .left || best == .right {
                let margin = Float(scores[best.rawValue] - (second ?? scores[best.rawValue])) * transitions.scale
                margins[best == .left ? state.top! : state.next] = margin
            }
            state.apply(best)
        }
        return (state.finishedHeads(), margins)
    }

    /// Margins found over the reversed words, in the sentence's own order.
    static func reversedMargins(_ margins: [Float]) -> [Float] {
        guard margins.count > 1 else { return margins }
        return [margins[0]] + margins.dropFirst().reversed()
    }

    /// Heads found over the reversed words, in the sentence's own order (word i is word n + 1 − i reversed; the
    /// same for heads, 0 staying the root). Its own inverse.
    static func reversedHeads(_ heads: [Int]) -> [Int] {
        let count = heads.count - 1
        var result = heads
        guard count > 0 else { return result }
        for word in 1...count {
            let head = heads[count + 1 - word]
            result[word] = head <= 0 ? head : count + 1 - head
        }
        return result
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
    /// Whether the parser's features include the extended ones: the third word on the stack, the top's word with its
    /// children's, the top with the buffer's second, the buffer's first with its left child's word, more word
    /// n-grams of the buffer. A model says whether its weights read them.
    let extendedFeatures: Bool

    init(words: [WordHashes], tags: [UInt64], coarse: [UInt64], extendedFeatures: Bool = false) {
        self.extendedFeatures = extendedFeatures
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

    /// The same sentence with its words in reverse order, for a parser that reads right to left.
    func reversed() -> ParseContext {
        ParseContext(
            words: words.dropFirst().reversed(), tags: tags.dropFirst().reversed(), coarse: coarse.dropFirst().reversed(),
            extendedFeatures: extendedFeatures)
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
