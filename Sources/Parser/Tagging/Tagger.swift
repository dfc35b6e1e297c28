/// A greedy left-to-right part-of-speech tagger (UPOS) over an averaged perceptron's weights, with a tag
/// dictionary for frequent words that always carry one tag.
///
/// Immutable; share it across threads.
public struct Tagger: Sendable {
    public let weights: SparseWeights
    /// Lower-case word hash → tag index, for words that were frequent and unambiguous in training.
    public let tagDictionary: [UInt64: UInt8]

    public init(weights: SparseWeights, tagDictionary: [UInt64: UInt8]) {
        self.weights = weights
        self.tagDictionary = tagDictionary
    }

    /// The tags of a sentence's words.
    ///
    /// - Complexity: O(n × f) for n words and f features per word (about 30).
    public func tags(_ words: [WordHashes]) -> [PartOfSpeech] {
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var features: [UInt32] = []
        features.reserveCapacity(40)
        var scores = [Int32](repeating: 0, count: weights.classCount)
        for index in words.indices {
            if let known = tagDictionary[words[index].lower] {
                tags.append(Int(known))
                continue
            }
            Self.features(words, at: index, previous: tags, into: &features)
            weights.score(features, into: &scores)
            var best = 0
            for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
            tags.append(best)
        }
        return tags.map { PartOfSpeech(index: $0) }
    }
}
