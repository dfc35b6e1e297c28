extension Tagger {
    /// The features of word `index` given the tags chosen before it (Ratnaparkhi's templates as Collins and
    /// Honnibal use them: the word, its affixes and shape, two words each side, the two tags before), and the
    /// ambiguity classes of the word and its neighbours (the tags each was seen with in training; 0 unseen).
    @inline(__always)
    static func features(
        _ words: [WordHashes], ambiguity: [UInt64], at index: Int, previous tags: [Int], into features: inout [UInt32]
    ) {
        features.removeAll(keepingCapacity: true)
        func word(_ offset: Int) -> WordHashes {
            let position = index + offset
            return position >= 0 && position < words.count ? words[position] : .padding
        }
        func tag(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 ? UInt64(tags[position]) + 1 : 0
        }
        let current = word(0)
        let before = word(-1)
        let after = word(1)
        let tag1 = tag(-1)
        let tag2 = tag(-2)
        features.append(FeatureKey.key(1, 0))
        features.append(FeatureKey.key(2, current.lower))
        features.append(FeatureKey.key(3, current.suffix1))
        features.append(FeatureKey.key(4, current.suffix2))
        features.append(FeatureKey.key(5, current.suffix3))
        features.append(FeatureKey.key(6, current.suffix4))
        features.append(FeatureKey.key(7, current.prefix1))
        features.append(FeatureKey.key(8, current.prefix2))
        features.append(FeatureKey.key(9, current.prefix3))
        features.append(FeatureKey.key(10, current.shape))
        features.append(FeatureKey.key(11, current.flags, index == 0 ? 1 : 0))
        features.append(FeatureKey.key(12, tag1))
        features.append(FeatureKey.key(13, tag1, tag2))
        features.append(FeatureKey.key(14, tag1, current.lower))
        features.append(FeatureKey.key(15, before.lower))
        features.append(FeatureKey.key(16, before.suffix3))
        features.append(FeatureKey.key(17, word(-2).lower))
        features.append(FeatureKey.key(18, after.lower))
        features.append(FeatureKey.key(19, after.suffix3))
        features.append(FeatureKey.key(20, word(2).lower))
        features.append(FeatureKey.key(21, after.shape))
        features.append(FeatureKey.key(22, before.lower, current.lower))
        features.append(FeatureKey.key(23, current.lower, after.lower))
        features.append(FeatureKey.key(24, tag1, current.suffix3))
        features.append(FeatureKey.key(25, tag2))
        features.append(FeatureKey.key(26, before.shape))
        features.append(FeatureKey.key(27, after.suffix2, current.suffix3))
        features.append(FeatureKey.key(28, tag1, after.lower))
        features.append(FeatureKey.key(29, word(2).suffix3))
        features.append(FeatureKey.key(30, current.lower, word(2).lower))
        // The tags each word was seen with in training (its ambiguity class), here and around, when the model has them.
        guard !ambiguity.isEmpty else { return }
        func classOf(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 && position < ambiguity.count ? ambiguity[position] : 1
        }
        let here = classOf(0), next = classOf(1)
        features.append(FeatureKey.key(31, here))
        features.append(FeatureKey.key(32, next))
        features.append(FeatureKey.key(33, classOf(2)))
        features.append(FeatureKey.key(34, classOf(-1)))
        features.append(FeatureKey.key(35, tag1, here))
        features.append(FeatureKey.key(36, here, next))
        features.append(FeatureKey.key(37, current.lower, next))
    }
}
