/// A greedy left-to-right part-of-speech tagger over an averaged perceptron's weights, with a tag dictionary for
/// frequent words that always carry one tag. Its classes are the treebank's pairs of a UPOS tag and a fine tag
/// (`VERB/VBN`, `ADP/IN`), so the parser reads the finer distinctions and the UPOS comes with them.
///
/// Immutable; share it across threads.
public struct Tagger: Sendable {
    public let weights: SparseWeights
    /// Lower-case word hash → tag index, for words that were frequent and unambiguous in training.
    public let tagDictionary: [UInt64: UInt8]
    /// Each class's UPOS tag and fine tag.
    public let classes: [(tag: PartOfSpeech, fineTag: String)]
    /// Lower-case word hash → its ambiguity class (a hash of the tags it was seen with), for words seen often
    /// enough in training.
    public let ambiguityClasses: [UInt64: UInt32]

    public init(
        weights: SparseWeights, tagDictionary: [UInt64: UInt8], classes: [(tag: PartOfSpeech, fineTag: String)],
        ambiguityClasses: [UInt64: UInt32]
    ) {
        self.weights = weights
        self.tagDictionary = tagDictionary
        self.classes = classes
        self.ambiguityClasses = ambiguityClasses
    }

    /// The ambiguity class of each word (0 for words not seen often enough).
    func ambiguity(_ words: [WordHashes]) -> [UInt64] { words.map { UInt64(ambiguityClasses[$0.lower] ?? 0) } }

    /// The classes (indexes of ``classes``) of a sentence's words.
    ///
    /// - Complexity: O(n × f) for n words and f features per word (about 30).
    public func tags(_ words: [WordHashes]) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var features: [UInt32] = []
        features.reserveCapacity(40)
        var scores = [Int32](repeating: 0, count: weights.classCount)
        let ambiguity = ambiguity(words)
        for index in words.indices {
            if let known = tagDictionary[words[index].lower] {
                tags.append(Int(known))
                continue
            }
            Self.features(words, ambiguity: ambiguity, at: index, previous: tags, into: &features)
            weights.score(features, into: &scores)
            var best = 0
            for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
            tags.append(best)
        }
        return tags
    }
}
