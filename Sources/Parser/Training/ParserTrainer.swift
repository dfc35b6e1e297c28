import Foundation

/// Trains the English parser's model from a treebank (CoNLL-U): the tokeniser's multi-word tokens, the tagger
/// (tags for the parser's training come from taggers trained on the other folds, so the parser learns from tags
/// as wrong as it will see), the arc-eager parser with a dynamic oracle and exploration (Goldberg and Nivre
/// 2012), and the labeller.
///
/// Run by `Scripts/train-parser`, never by the tests. Memory: a few GB; time: minutes on one core (release).
public struct ParserTrainer {
    public struct Options: Sendable {
        public var taggerEpochs = 8
        public var parserEpochs = 12
        public var labellerEpochs = 8
        public var folds = 5
        /// A feature must be seen this many times in training to get weights.
        public var minimumFeatureCount = 1
        /// Averaged weights smaller than these are dropped from the shipped model (chosen on EWT dev: about 6 MB,
        /// 0.1–0.2 points of UAS and UPOS below keeping them all).
        public var taggerPruning: Float = 0.5
        public var parserPruning: Float = 1.5
        public var labellerPruning: Float = 1.0
        public var seed: UInt64 = 12
        /// Whether the tagger reads ambiguity classes (the tags each word was seen with): +0.3 UPOS on dev, but the
        /// parses that follow cost the coder's floors (docs/parser.md), so off in the shipped model.
        public var ambiguityClasses = false
        /// The parsers combined with the first by reparsing (``ParserCombination``), each `true` when it reads
        /// right to left; none in a model of one parser.
        public var combinedParsers: [Bool] = []
        /// How many bands of margin the combination's votes tell apart (each a quantile of the parser's margins on dev).
        public var marginBands = 4
        /// The parser's beam: 1 trains it greedily (dynamic oracle, exploration), more trains it globally over a
        /// beam of this width (``trainTransitionsGlobally``) and parses with that beam.
        public var beamWidth = 1
        public var beamUpdate = BeamUpdate.maxViolation
        /// Whether the gold sequence follows the weights among the transitions that lose no gold arc (true) or
        /// the first of them in ``ArcEagerState/Transition`` order (a static oracle).
        public var latentGold = true
        /// Whether the parser reads the extended features (``ParseContext/extendedFeatures``).
        public var extendedFeatures = false
        /// With a beam, the seeds of parsers trained alike on other shuffles whose averaged weights are averaged
        /// into the model's (none: one parser of ``seed``).
        public var averagedSeeds: [UInt64] = []
        /// Where the parser's training tags (each fold tagged by a tagger that never saw it) are kept between runs,
        /// so a parser can be trained again without training the fold taggers; nil to tag every time.
        public var jackknifeCache: String?
        public init() {}
    }

    public var options: Options
    public var log: (String) -> Void

    public init(options: Options = Options(), log: @escaping (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
    }

    /// The model trained on `train`, with figures on `development` logged after each parser epoch.
    public func train(_ train: [ParsedSentence], development: [ParsedSentence], about: String) -> ParserModel {
        let multiword = Self.multiwordTokens(train)
        log("multi-word tokens learned: \(multiword.count)")
        let hashes = train.map { $0.words.map { WordHashes($0.form) } }
        // Tag classes: the treebank's UPOS and fine-tag pairs, most frequent first.
        var pairCounts: [String: Int] = [:]
        for sentence in train { for word in sentence.words { pairCounts[word.tag.rawValue + "\t" + word.fineTag, default: 0] += 1 } }
        let pairs = pairCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key).prefix(255)
        let classes = pairs.map { pair -> (tag: PartOfSpeech, fineTag: String) in
            let parts = pair.split(separator: "\t", omittingEmptySubsequences: false)
            return (PartOfSpeech(rawValue: String(parts[0])) ?? .other, parts.count > 1 ? String(parts[1]) : "")
        }
        let gold = Self.goldClasses(train, classes: classes)

        let predicted = jackknifedTags(hashes: hashes, gold: gold, classes: classes)
        let tagger = trainTagger(hashes: hashes, tags: gold, classes: classes)
        let developmentHashes = development.map { $0.words.map { WordHashes($0.form) } }
        let developmentTags = developmentHashes.map { tagger.tags($0) }
        var right = 0, total = 0
        for (tags, sentence) in zip(developmentTags, development) {
            right += zip(tags, sentence.words).filter { classes[$0].tag == $1.tag }.count
            total += tags.count
        }
        log("tagger: UPOS accuracy on development (gold tokens) \(Double(right) / Double(max(1, total)))")

        let relations = Array(Set(train.flatMap { $0.words.map(\.relation) }).subtracting(["root"])).sorted()
        let labeller = trainLabeller(train, hashes: hashes, tags: predicted, classes: classes, relations: relations)
        let transitions = trainParser(
            train, hashes: hashes, tags: predicted, classes: classes, labeller: labeller, development: development,
            developmentHashes: developmentHashes, developmentTags: developmentTags)
        var parser = TransitionParser(
            transitions: transitions, labeller: labeller, beamWidth: options.beamWidth, extendedFeatures: options.extendedFeatures)
        if !options.combinedParsers.isEmpty {
            var members: [ParserCombination.Member] = []
            for (index, rightToLeft) in options.combinedParsers.enumerated() {
                let weights = trainTransitions(
                    train, hashes: hashes, tags: predicted, classes: classes, labeller: labeller, development: development,
                    developmentHashes: developmentHashes, developmentTags: developmentTags, rightToLeft: rightToLeft,
                    seed: options.seed &+ UInt64(index + 1) &* 100)
                members.append(ParserCombination.Member(transitions: weights, readsRightToLeft: rightToLeft))
            }
            parser = combine(
                parser, members: members, development: development, hashes: developmentHashes, tags: developmentTags, classes: classes)
        }
        return ParserModel(about: about, multiwordTokens: multiword, tagger: tagger, parser: parser)
    }

    /// The model with its parser trained again (greedily or over a beam, as `options` say), its tokeniser's
    /// multi-word tokens, tagger and labeller kept: the parser learns from the fold taggers' tags as in ``train``
    /// (read from ``Options/jackknifeCache`` when they were kept), and dev is tagged by the model's own tagger.
    public func retrainParser(_ model: ParserModel, train: [ParsedSentence], development: [ParsedSentence]) -> ParserModel {
        let hashes = train.map { $0.words.map { WordHashes($0.form) } }
        let classes = model.tagger.classes
        let gold = Self.goldClasses(train, classes: classes)
        let predicted = jackknifedTags(hashes: hashes, gold: gold, classes: classes)
        let developmentHashes = development.map { $0.words.map { WordHashes($0.form) } }
        let developmentTags = developmentHashes.map { model.tagger.tags($0) }
        let labeller = model.parser.labeller
        let transitions = trainParser(
            train, hashes: hashes, tags: predicted, classes: classes, labeller: labeller, development: development,
            developmentHashes: developmentHashes, developmentTags: developmentTags)
        var result = model
        result.parser = TransitionParser(
            transitions: transitions, labeller: labeller, beamWidth: options.beamWidth, extendedFeatures: options.extendedFeatures)
        return result
    }

    /// The model with its tagger's closed-class words (``Tagger/closedClassWords``) read from `train`'s own tags;
    /// nothing trained, every weight kept.
    public func addingClosedClassWords(to model: ParserModel, train: [ParsedSentence]) -> ParserModel {
        let tagger = model.tagger
        var result = model
        result.tagger = Tagger(
            weights: tagger.weights, tagDictionary: tagger.tagDictionary, classes: tagger.classes, ambiguityClasses: tagger.ambiguityClasses,
            closedClassWords: Tagger.closedClassWords(
                train.map { $0.words.map { WordHashes($0.form) } }, tags: Self.goldClasses(train, classes: tagger.classes), classes: tagger.classes))
        return result
    }

    /// Each word's class (its UPOS and fine tag among `classes`; the first class when the pair is not one).
    static func goldClasses(_ sentences: [ParsedSentence], classes: [(tag: PartOfSpeech, fineTag: String)]) -> [[Int]] {
        let classOf = Dictionary(
            classes.enumerated().map { ($0.element.tag.rawValue + "\t" + $0.element.fineTag, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return sentences.map { $0.words.map { classOf[$0.tag.rawValue + "\t" + $0.fineTag] ?? 0 } }
    }

    /// Tags for the parser's training, each fold tagged by a tagger that never saw it; kept in (and read from)
    /// ``Options/jackknifeCache`` when it is set, under a key of the options that make them.
    func jackknifedTags(hashes: [[WordHashes]], gold: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]) -> [[Int]] {
        let key = "folds \(options.folds) epochs \(options.taggerEpochs) seed \(options.seed) ambiguity \(options.ambiguityClasses) "
            + "minimum \(options.minimumFeatureCount) pruning \(options.taggerPruning) sentences \(hashes.count) words \(hashes.map(\.count).reduce(0, +))"
        if let path = options.jackknifeCache, let text = try? String(contentsOfFile: path, encoding: .utf8) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.first.map(String.init) == key, lines.count >= hashes.count + 1 {
                let tags = (0..<hashes.count).map { lines[$0 + 1].split(separator: " ").compactMap { Int($0) } }
                if zip(tags, hashes).allSatisfy({ $0.count == $1.count }) {
                    log("parser's training tags read from \(path)")
                    return tags
                }
            }
        }
        // Tags for the parser's training, each fold tagged by a tagger that never saw it.
        var predicted = gold
        for fold in 0..<options.folds {
            let held = Set(stride(from: fold, to: hashes.count, by: options.folds))
            let inside = hashes.indices.filter { !held.contains($0) }
            let tagger = trainTagger(hashes: inside.map { hashes[$0] }, tags: inside.map { gold[$0] }, classes: classes)
            var right = 0, total = 0
            for index in held {
                let tags = tagger.tags(hashes[index])
                predicted[index] = tags
                right += zip(tags, gold[index]).filter { $0 == $1 }.count
                total += tags.count
            }
            log("fold \(fold + 1)/\(options.folds): tagger accuracy on the held fold \(Double(right) / Double(max(1, total)))")
        }
        if let path = options.jackknifeCache {
            let text = ([key] + predicted.map { $0.map(String.init).joined(separator: " ") }).joined(separator: "\n") + "\n"
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return predicted
    }

    // MARK: - Combination

    /// The model with its combination's votes counted again on `development` (after a change to how they are
    /// counted), without training.
    public func recombine(_ model: ParserModel, development: [ParsedSentence]) -> ParserModel {
        guard let members = model.parser.combination?.members, !members.isEmpty else { return model }
        let hashes = development.map { $0.words.map { WordHashes($0.form) } }
        var result = model
        result.parser = combine(
            model.parser, members: members, development: development, hashes: hashes, tags: hashes.map { model.tagger.tags($0) },
            classes: model.tagger.classes)
        return result
    }

    /// The parser with its members and their votes: each parser's precision on dev (gold tokens, predicted tags)
    /// for each kind of arc and band of margin (the bands its quartiles), smoothed towards its precision for the
    /// kind and that towards its precision over all arcs. Logs each parser's and the combination's scores.
    func combine(
        _ single: TransitionParser, members: [ParserCombination.Member], development: [ParsedSentence], hashes: [[WordHashes]],
        tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]
    ) -> TransitionParser {
        let contexts = development.indices.map { Self.context(hashes[$0], tags[$0], classes) }
        let golds = development.map { [-1] + $0.words.map(\.head) }
        let all = [ParserCombination.Member(transitions: single.transitions, readsRightToLeft: false)] + members
        // Each parser's trees of dev, with its margins.
        let trees = all.map { member in
            contexts.map { context -> (heads: [Int], margins: [Float]) in
                guard member.readsRightToLeft else { return TransitionParser.heads(context, transitions: member.transitions) }
                let tree = TransitionParser.heads(context.reversed(), transitions: member.transitions)
                return (TransitionParser.reversedHeads(tree.heads), TransitionParser.reversedMargins(tree.margins))
            }
        }
        let kinds = ParserCombination.kindCount, bands = options.marginBands
        func votes(bandsUsed: Bool, smoothing: Double = 5) -> ParserCombination {
            var rows: [[Float]] = [], allBounds: [[Float]] = []
            for parserTrees in trees {
                var margins = parserTrees.flatMap { $0.margins.dropFirst() }
                margins.sort()
                let bounds = bandsUsed && bands > 1 ? (1..<bands).map { margins[min(margins.count - 1, margins.count * $0 / bands)] } : []
                let combination = ParserCombination(members: [], votes: [], marginBounds: [bounds])
                var right = [Double](repeating: 0, count: kinds * bands), total = right
                var kindRight = [Double](repeating: 0, count: kinds), kindTotal = kindRight
                for (sentence, tree) in parserTrees.enumerated() {
                    for word in 1..<tree.heads.count {
                        let kind = ParserCombination.kind(head: tree.heads[word], dependent: word, coarse: contexts[sentence].coarse[word])
                        let index = combination.band(0, margin: tree.margins[word]) * kinds + kind
                        let correct: Double = tree.heads[word] == golds[sentence][word] ? 1 : 0
                        total[index] += 1
                        right[index] += correct
                        kindTotal[kind] += 1
                        kindRight[kind] += correct
                    }
                }
                let overall = kindRight.reduce(0, +) / max(1, kindTotal.reduce(0, +))
                let byKind = (0..<kinds).map { (kindRight[$0] + smoothing * overall) / (kindTotal[$0] + smoothing) }
                rows.append((0..<kinds * bands).map { Float((right[$0] + smoothing * byKind[$0 % kinds]) / (total[$0] + smoothing)) })
                allBounds.append(bounds)
            }
            return ParserCombination(members: members, votes: rows, marginBounds: allBounds)
        }
        func score(_ combination: ParserCombination) -> (Double, Double) {
            let parser = TransitionParser(transitions: single.transitions, labeller: single.labeller, combination: combination)
            return Self.attachmentScores(parser: parser, sentences: development, hashes: hashes, tags: tags, classes: classes)
        }
        for (index, parserTrees) in trees.enumerated() {
            var right = 0, total = 0
            for (sentence, tree) in parserTrees.enumerated() {
                for word in 1..<tree.heads.count where tree.heads[word] == golds[sentence][word] { right += 1 }
                total += tree.heads.count - 1
            }
            log("parser \(index) (\(all[index].readsRightToLeft ? "right to left" : "left to right")): development UAS \(Double(right) / Double(max(1, total))) (gold tokens)")
        }
        let uniform = ParserCombination(members: members, votes: all.map { _ in [Float](repeating: 1, count: kinds * bands) })
        log("combined, one vote each (ties to the first): development UAS/LAS \(score(uniform))")
        log("combined, votes by precision for the kind of arc: development UAS/LAS \(score(votes(bandsUsed: false)))")
        let combination = votes(bandsUsed: true)
        log("combined, votes by precision for the kind of arc and margin: development UAS/LAS \(score(combination)); bounds \(combination.marginBounds)")
        return TransitionParser(transitions: single.transitions, labeller: single.labeller, combination: combination)
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
        for (word, byTag) in counts where options.ambiguityClasses {
            let total = byTag.reduce(0, +)
            guard total >= 3 else { continue }
            let kept = byTag.indices.filter { Double(byTag[$0]) >= 0.05 * Double(total) }
            let hash = FeatureKey.hash(bytes: kept.map { UInt8($0) })
            ambiguityClasses[word] = UInt32(truncatingIfNeeded: hash) | 1
        }
        let ambiguity = hashes.map { words in ambiguityClasses.isEmpty ? [] : words.map { UInt64(ambiguityClasses[$0.lower] ?? 0) } }
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
        return Tagger(
            weights: perceptron.weights(pruningBelow: options.taggerPruning), tagDictionary: dictionary, classes: classes,
            ambiguityClasses: ambiguityClasses, closedClassWords: Tagger.closedClassWords(hashes, tags: tags, classes: classes))
    }

    // MARK: - Labeller

    func trainLabeller(
        _ sentences: [ParsedSentence], hashes: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)], relations: [String]
    ) -> Labeller {
        let classOf = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($0.element, $0.offset) })
        var examples: [(context: ParseContext, heads: [Int], children: [[Int]], truth: [Int])] = []
        for (index, sentence) in sentences.enumerated() {
            let context = Self.context(hashes[index], tags[index], classes)
            let heads = sentence.words.map(\.head)
            examples.append((context, heads, Labeller.children(heads: heads), sentence.words.map { classOf[$0.relation] ?? -1 }))
        }
        let orders = examples.map { Labeller.order(children: $0.children, count: $0.heads.count) }
        var seen: [UInt32: Int] = [:]
        var features: [UInt32] = []
        for (example, order) in zip(examples, orders) {
            // The gold relations as the history, for which features exist.
            var assigned = [Labeller.rootRelation] + example.truth.map { $0 >= 0 ? $0 : Labeller.unknownRelation }
            for dependent in order where example.heads[dependent - 1] == 0 { assigned[dependent] = Labeller.rootRelation }
            for dependent in order where example.heads[dependent - 1] > 0 {
                Labeller.features(
                    context: example.context, heads: example.heads, children: example.children, relations: assigned,
                    dependent: dependent, into: &features)
                for key in features { seen[key, default: 0] += 1 }
            }
        }
        var perceptron = AveragedPerceptron(
            classCount: relations.count, allowed: Set(seen.filter { $0.value >= options.minimumFeatureCount }.keys))
        var shuffled = Array(examples.indices)
        var random = SplitMix(seed: options.seed &+ 1)
        var scores = [Float](repeating: 0, count: relations.count)
        for epoch in 0..<options.labellerEpochs {
            random.shuffle(&shuffled)
            var right = 0, total = 0
            for index in shuffled {
                let example = examples[index]
                // The history is the labeller's own guesses, as when parsing.
                var assigned = [Int](repeating: Labeller.unknownRelation, count: example.heads.count + 1)
                assigned[0] = Labeller.rootRelation
                for dependent in orders[index] {
                    guard example.heads[dependent - 1] > 0 else {
                        assigned[dependent] = Labeller.rootRelation
                        continue
                    }
                    let truth = example.truth[dependent - 1]
                    Labeller.features(
                        context: example.context, heads: example.heads, children: example.children, relations: assigned,
                        dependent: dependent, into: &features)
                    perceptron.scores(features, into: &scores)
                    var best = 0
                    for candidate in 1..<relations.count where scores[candidate] > scores[best] { best = candidate }
                    assigned[dependent] = best
                    guard truth >= 0 else { continue }
                    perceptron.update(features, truth: truth, guess: best)
                    if best == truth { right += 1 }
                    total += 1
                }
            }
            log("labeller epoch \(epoch + 1): training accuracy \(Double(right) / Double(max(1, total)))")
        }
        return Labeller(weights: perceptron.weights(pruningBelow: options.labellerPruning), relations: relations)
    }

    // MARK: - Transitions

    /// The parser's transitions, trained over a beam when ``Options/beamWidth`` is above 1, else greedily.
    func trainParser(
        _ sentences: [ParsedSentence], hashes: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)],
        labeller: Labeller, development: [ParsedSentence], developmentHashes: [[WordHashes]], developmentTags: [[Int]]
    ) -> SparseWeights {
        options.beamWidth > 1
            ? trainTransitionsGlobally(
                sentences, hashes: hashes, tags: tags, classes: classes, labeller: labeller, development: development,
                developmentHashes: developmentHashes, developmentTags: developmentTags)
            : trainTransitions(
                sentences, hashes: hashes, tags: tags, classes: classes, labeller: labeller, development: development,
                developmentHashes: developmentHashes, developmentTags: developmentTags)
    }

    func trainTransitions(
        _ sentences: [ParsedSentence], hashes: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)],
        labeller: Labeller, development: [ParsedSentence], developmentHashes: [[WordHashes]], developmentTags: [[Int]],
        rightToLeft: Bool = false, seed: UInt64? = nil
    ) -> SparseWeights {
        // A parser that reads right to left learns from the reversed sentences, heads renumbered.
        let contexts = sentences.indices.map {
            let context = Self.context(hashes[$0], tags[$0], classes, extendedFeatures: options.extendedFeatures)
            return rightToLeft ? context.reversed() : context
        }
        let golds = sentences.map { rightToLeft ? TransitionParser.reversedHeads([0] + $0.words.map(\.head)) : [0] + $0.words.map(\.head) }
        // Features seen along the static oracle's path.
        var seen = Self.featureCounts(contexts, golds) { state, gold in
            ArcEagerState.Transition.allCases.filter { state.isValid($0) }.min { state.cost($0, gold: gold) < state.cost($1, gold: gold) }
        }
        let allowed = Set(seen.filter { $0.value >= options.minimumFeatureCount }.keys)
        log("parser: \(allowed.count) features kept of \(seen.count)")
        seen = [:]
        // Parsers trained on several shuffles, their averaged weights averaged again (parameter mixing).
        if !rightToLeft, seed == nil, options.averagedSeeds.count > 1 {
            var sums: [UInt32: SIMD4<Float>] = [:]
            for seed in options.averagedSeeds {
                let perceptron = trainGreedily(
                    contexts: contexts, golds: golds, allowed: allowed, seed: seed, labeller: labeller, development: development,
                    developmentHashes: developmentHashes, developmentTags: developmentTags, classes: classes, rightToLeft: false)
                for (key, row) in perceptron.averagedRows() { sums[key, default: .zero] += row / Float(options.averagedSeeds.count) }
                log("greedy parsers of seeds \(options.averagedSeeds.prefix(while: { $0 != seed }) + [seed]) averaged: \(sums.count) features")
            }
            return pruningSweep(
                { AveragedPerceptron.sparseWeights(sums, pruningBelow: $0) }, labeller: labeller, development: development,
                developmentHashes: developmentHashes, developmentTags: developmentTags, classes: classes)
        }
        let perceptron = trainGreedily(
            contexts: contexts, golds: golds, allowed: allowed, seed: seed ?? options.seed, labeller: labeller, development: development,
            developmentHashes: developmentHashes, developmentTags: developmentTags, classes: classes, rightToLeft: rightToLeft)
        return perceptron.weights(pruningBelow: options.parserPruning)
    }

    /// One greedy parser trained with the dynamic oracle on the shuffles of `seed`.
    func trainGreedily(
        contexts: [ParseContext], golds: [[Int]], allowed: Set<UInt32>, seed: UInt64, labeller: Labeller, development: [ParsedSentence],
        developmentHashes: [[WordHashes]], developmentTags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)], rightToLeft: Bool
    ) -> AveragedPerceptron {
        var perceptron = AveragedPerceptron(classCount: 4, allowed: allowed)
        var order = Array(contexts.indices)
        var random = SplitMix(seed: seed &+ 2)
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: 4)
        for epoch in 0..<options.parserEpochs {
            random.shuffle(&order)
            for index in order {
                let context = contexts[index]
                let gold = golds[index]
                var state = ArcEagerState(count: gold.count - 1, isMark: context.isMark)
                while !state.isFinal {
                    context.features(of: state, into: &features)
                    perceptron.scores(features, into: &scores)
                    let valid = ArcEagerState.Transition.allCases.filter { state.isValid($0) }
                    guard !valid.isEmpty else { break }
                    let costs = valid.map { state.cost($0, gold: gold) }
                    let lowest = costs.min()!
                    let guess = valid.max { scores[$0.rawValue] < scores[$1.rawValue] }!
                    let best = zip(valid, costs).filter { $0.1 == lowest }.map(\.0).max { scores[$0.rawValue] < scores[$1.rawValue] }!
                    perceptron.update(features, truth: best.rawValue, guess: guess.rawValue)
                    // Explore: after the first epochs follow the model's own (possibly wrong) choice.
                    let follow = epoch >= 1 && random.nextUnit() < 0.9 ? guess : best
                    state.apply(follow)
                }
            }
            if rightToLeft, epoch >= options.parserEpochs - 3 || epoch % 3 == 0 {
                let weights = perceptron.weights(pruningBelow: options.parserPruning)
                var right = 0, total = 0
                for (index, sentence) in development.enumerated() {
                    let context = Self.context(developmentHashes[index], developmentTags[index], classes).reversed()
                    let heads = TransitionParser.reversedHeads(TransitionParser.heads(context, transitions: weights).heads)
                    for (offset, word) in sentence.words.enumerated() where heads[offset + 1] == word.head { right += 1 }
                    total += sentence.words.count
                }
                log("right-to-left parser epoch \(epoch + 1): development UAS \(Double(right) / Double(max(1, total))) (gold tokens)")
            } else if epoch >= options.parserEpochs - 3 || epoch % 3 == 0 {
                let parser = TransitionParser(transitions: perceptron.weights(pruningBelow: options.parserPruning), labeller: labeller)
                let (uas, las) = Self.attachmentScores(
                    parser: parser, sentences: development, hashes: developmentHashes, tags: developmentTags, classes: classes)
                log("parser epoch \(epoch + 1): development UAS \(uas) LAS \(las) (gold tokens, predicted tags)")
            }
        }
        return perceptron
    }

    /// How often each feature is read along an oracle's path through each sentence: `next` names the oracle's
    /// transition from a state (nil ends the sentence).
    static func featureCounts(
        _ contexts: [ParseContext], _ golds: [[Int]], next: (ArcEagerState, [Int]) -> ArcEagerState.Transition?
    ) -> [UInt32: Int] {
        var seen: [UInt32: Int] = [:]
        var features: [UInt32] = []
        for (context, gold) in zip(contexts, golds) {
            var state = ArcEagerState(count: gold.count - 1, isMark: context.isMark)
            while !state.isFinal {
                context.features(of: state, into: &features)
                for key in features { seen[key, default: 0] += 1 }
                guard let transition = next(state, gold) else { break }
                state.apply(transition)
            }
        }
        return seen
    }

    static func context(
        _ hashes: [WordHashes], _ tags: [Int], _ classes: [(tag: PartOfSpeech, fineTag: String)], extendedFeatures: Bool = false
    ) -> ParseContext {
        ParseContext(
            words: hashes, tags: tags.map { UInt64($0) + 1 }, coarse: tags.map { UInt64(classes[$0].tag.index) + 1 },
            extendedFeatures: extendedFeatures)
    }

    /// UAS and LAS (universal relations, punctuation included, as the UD scorer counts) with gold tokens.
    static func attachmentScores(
        parser: TransitionParser, sentences: [ParsedSentence], hashes: [[WordHashes]], tags: [[Int]],
        classes: [(tag: PartOfSpeech, fineTag: String)]
    ) -> (Double, Double) {
        var unlabelled = 0, labelled = 0, total = 0
        for (index, sentence) in sentences.enumerated() {
            let (heads, relations) = parser.parse(hashes[index], tags: tags[index], coarse: tags[index].map { classes[$0].tag })
            for (offset, word) in sentence.words.enumerated() {
                total += 1
                if heads[offset] == word.head {
                    unlabelled += 1
                    if relations[offset].prefix(while: { $0 != ":" }) == word.relation.prefix(while: { $0 != ":" }) { labelled += 1 }
                }
            }
        }
        return (Double(unlabelled) / Double(max(1, total)), Double(labelled) / Double(max(1, total)))
    }
}

/// A small deterministic random generator (SplitMix64), so training is the same on every run.
struct SplitMix: RandomNumberGenerator {
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
