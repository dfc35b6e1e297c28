/// Trains the English parser's model from a treebank (CoNLL-U): the tokeniser's multi-word tokens and the tagger,
/// and the tags the parser's network learns from (each fold tagged by a tagger trained on the other folds, so the
/// network learns from tags as wrong as it will see). The network itself is trained by
/// `Scripts/train-parser-network.py` and joined to the model here (``model(_:network:about:)``).
///
/// Run by `Scripts/train-parser`, never by the tests. Time: under a minute on one core (release).
public struct ParserTrainer {
    public struct Options: Sendable {
        public var taggerEpochs = 8
        public var folds = 5
        /// A feature must be seen this many times in training to get weights.
        public var minimumFeatureCount = 1
        /// Averaged weights smaller than this are dropped from the shipped model (chosen on EWT dev: 0.1 points
        /// of UPOS below keeping them all, at a third of the size).
        public var taggerPruning: Float = 0.5
        public var seed: UInt64 = 12
        public init() {}
    }

    public var options: Options
    public var log: (String) -> Void

    public init(options: Options = Options(), log: @escaping (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
    }

    /// The tagger's classes, the tagger trained on all of `train`, and the tags a parser learns from: each fold of
    /// `train` tagged by a tagger trained on the other folds (gold tokens).
    /// `folds` 0 trains the full tagger only (the training tags are then gold).
    public func jackknifedTags(
        _ train: [ParsedSentence], folds: Int? = nil
    ) -> (classes: [(tag: PartOfSpeech, fineTag: String)], tagger: Tagger, train: [[Int]]) {
        let hashes = train.map { $0.words.map { WordHashes($0.form) } }
        // Tag classes: the treebank's UPOS and fine-tag pairs, most frequent first.
        var pairCounts: [String: Int] = [:]
        for sentence in train { for word in sentence.words { pairCounts[word.tag.rawValue + "\t" + word.fineTag, default: 0] += 1 } }
        let pairs = pairCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key).prefix(255)
        let classOf = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($0.element, $0.offset) })
        let classes = pairs.map { pair -> (tag: PartOfSpeech, fineTag: String) in
            let parts = pair.split(separator: "\t", omittingEmptySubsequences: false)
            return (PartOfSpeech(rawValue: String(parts[0])) ?? .other, parts.count > 1 ? String(parts[1]) : "")
        }
        let gold = train.map { $0.words.map { classOf[$0.tag.rawValue + "\t" + $0.fineTag] ?? 0 } }
        var predicted = gold
        let folds = folds ?? options.folds
        for fold in 0..<folds {
            let held = Set(stride(from: fold, to: train.count, by: folds))
            let inside = train.indices.filter { !held.contains($0) }
            let tagger = trainTagger(hashes: inside.map { hashes[$0] }, tags: inside.map { gold[$0] }, classes: classes)
            var right = 0, total = 0
            for index in held {
                let tags = tagger.tags(hashes[index])
                predicted[index] = tags
                right += zip(tags, gold[index]).filter { $0 == $1 }.count
                total += tags.count
            }
            log("fold \(fold + 1)/\(folds): tagger accuracy on the held fold \(Double(right) / Double(max(1, total)))")
        }
        return (classes, trainTagger(hashes: hashes, tags: gold, classes: classes), predicted)
    }

    /// The model: multi-word tokens and the tagger trained on `train`, with the parser's network.
    public func model(_ train: [ParsedSentence], network: NetworkParser, about: String) -> ParserModel {
        let multiword = Self.multiwordTokens(train)
        log("multi-word tokens learned: \(multiword.count)")
        let (_, tagger, _) = jackknifedTags(train, folds: 0)
        return ParserModel(about: about, multiwordTokens: multiword, tagger: tagger, parser: network)
    }

    // MARK: - Tokens

    /// Whole tokens the treebank splits into words that the tokeniser's own rules do not split so: the lower-case
    /// token and the lengths of its words but the last, when it is split more often than not (and at least twice).
    static func multiwordTokens(_ sentences: [ParsedSentence]) -> [String: [Int]] {
        var split: [String: (count: Int, lengths: [Int])] = [:]
        var whole: [String: Int] = [:]
        for sentence in sentences {
            for token in sentence.tokens {
                let form = String(decoding: Array(sentence.text.utf8)[token.start..<token.end], as: UTF8.self).lowercased()
                if token.words.count == 1 {
                    whole[form, default: 0] += 1
                    continue
                }
                let forms = token.words.map { sentence.words[$0].form.lowercased() }
                guard forms.joined() == form else { continue }
                let lengths = forms.dropLast().map(\.utf8.count)
                split[form, default: (0, lengths)].count += 1
            }
        }
        let rules = EnglishTokenizer()
        var result: [String: [Int]] = [:]
        for (form, entry) in split where entry.count >= 2 && entry.count > whole[form, default: 0] {
            let ruled = rules.tokens(in: form)
            let ruledLengths = ruled.count == 1 ? ruled[0].wordRanges.dropLast().map(\.count) : []
            if ruledLengths != entry.lengths { result[form] = entry.lengths }
        }
        return result
    }

    // MARK: - Tagger

    func trainTagger(hashes: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]) -> Tagger {
        let classCount = classes.count
        // Frequent words that keep one tag.
        var counts: [UInt64: [Int]] = [:]
        for (words, sentenceTags) in zip(hashes, tags) {
            for (word, tag) in zip(words, sentenceTags) {
                counts[word.lower, default: [Int](repeating: 0, count: classCount)][tag] += 1
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (word, byTag) in counts {
            let total = byTag.reduce(0, +)
            if let best = byTag.indices.max(by: { byTag[$0] < byTag[$1] }), total >= 20, Double(byTag[best]) / Double(total) >= 0.985 {
                dictionary[word] = UInt8(best)
            }
        }
        // Ambiguity classes: the tags a word seen at least 3 times carries at least 5 % of the time.
        var ambiguityClasses: [UInt64: UInt32] = [:]
        for (word, byTag) in counts {
            let total = byTag.reduce(0, +)
            guard total >= 3 else { continue }
            let kept = byTag.indices.filter { Double(byTag[$0]) >= 0.05 * Double(total) }
            let hash = FeatureKey.hash(bytes: kept.map { UInt8($0) })
            ambiguityClasses[word] = UInt32(truncatingIfNeeded: hash) | 1
        }
        let ambiguity = hashes.map { $0.map { UInt64(ambiguityClasses[$0.lower] ?? 0) } }
        var seen: [UInt32: Int] = [:]
        var features: [UInt32] = []
        for (sentence, (words, sentenceTags)) in zip(hashes, tags).enumerated() {
            for index in words.indices {
                Tagger.features(words, ambiguity: ambiguity[sentence], at: index, previous: sentenceTags, into: &features)
                for key in features { seen[key, default: 0] += 1 }
            }
        }
        var perceptron = AveragedPerceptron(
            classCount: classCount, allowed: Set(seen.filter { $0.value >= options.minimumFeatureCount }.keys))
        var order = Array(hashes.indices)
        var random = SplitMix(seed: options.seed)
        var scores = [Float](repeating: 0, count: classCount)
        for _ in 0..<options.taggerEpochs {
            random.shuffle(&order)
            for sentence in order {
                let words = hashes[sentence]
                var guessed: [Int] = []
                for index in words.indices {
                    Tagger.features(words, ambiguity: ambiguity[sentence], at: index, previous: guessed, into: &features)
                    perceptron.scores(features, into: &scores)
                    var best = 0
                    for candidate in 1..<classCount where scores[candidate] > scores[best] { best = candidate }
                    perceptron.update(features, truth: tags[sentence][index], guess: best)
                    guessed.append(best)
                }
            }
        }
        return Tagger(weights: perceptron.weights(pruningBelow: options.taggerPruning), tagDictionary: dictionary, classes: classes,
            ambiguityClasses: ambiguityClasses)
    }
}

/// A small deterministic random generator (SplitMix64), so training is the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
