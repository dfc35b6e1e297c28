extension ParserTrainer {
    /// How a beam's training picks the prefixes it updates on when the gold sequence falls behind.
    public enum BeamUpdate: String, Sendable {
        /// At the first step where the gold prefix leaves the beam (Collins and Roark 2004; Zhang and Nivre 2011).
        case early
        /// At the step where the best prefix in the beam beats the gold prefix by most (Huang, Fayong and Guo 2012).
        case maxViolation = "max-violation"
    }

    /// The gold sequence's next transition from `state`: of the valid transitions that lose fewest gold arcs
    /// (Goldberg and Nivre's cost; none for a projective tree the rules allow), the one the weights score highest
    /// — so that among the equivalent sequences of arc-eager the gold one is the model's own (ties in
    /// ``ArcEagerState/Transition`` order).
    static func goldTransition(_ state: ArcEagerState, gold: [Int], scores: SIMD4<Double>) -> ArcEagerState.Transition? {
        var best: ArcEagerState.Transition?
        var bestCost = Int.max
        for transition in ArcEagerState.Transition.allCases where state.isValid(transition) {
            let cost = state.cost(transition, gold: gold)
            if cost < bestCost || (cost == bestCost && scores[transition.rawValue] > scores[best!.rawValue]) {
                best = transition
                bestCost = cost
            }
        }
        return best
    }

    /// The prefixes to update on for one sentence, from a beam search with the weights of `scores`: the gold
    /// sequence and the beam's best sequence up to the step `update` picks; nil when the beam's best is gold at
    /// every step (and so at the end).
    ///
    /// - Complexity: O(n × (width + 1) × f), and O(n) for the gold transitions' costs each step.
    static func violation(
        _ context: ParseContext, gold: [Int], width: Int, update: BeamUpdate, latentGold: Bool = true,
        scores: (_ features: [UInt32]) -> SIMD4<Double>
    ) -> (gold: [ArcEagerState.Transition], predicted: [ArcEagerState.Transition])? {
        var search = BeamSearch(context: context)
        var goldItem = search.initial
        goldItem.isGold = true
        var goldState = ArcEagerState(count: gold.count - 1, isMark: context.isMark)
        var goldTransitions: [ArcEagerState.Transition] = []
        var beam = [goldItem]
        var features: [UInt32] = []
        features.reserveCapacity(96)
        var worst: (violation: Double, length: Int, history: Int32)?
        while !goldState.isFinal {
            let goldScores = search.score(goldItem, features: &features, scores: scores)
            guard let transition = goldTransition(goldState, gold: gold, scores: latentGold ? goldScores : .zero) else { break }
            goldTransitions.append(transition)
            beam = search.advance(beam, width: width, features: &features, goldTransition: transition, scores: scores)
            goldItem = search.apply(transition, to: goldItem, score: goldItem.score + goldScores[transition.rawValue])
            goldState.apply(transition)
            guard let top = beam.first else { break }
            guard !top.isGold else { continue }
            let violation = (top.score - goldItem.score, goldTransitions.count, top.history)
            switch update {
            case .maxViolation:
                if worst == nil || violation.0 > worst!.violation { worst = violation }
            case .early:
                // The first step the gold prefix is out of the beam, or the end when it is in but not first.
                if !beam.contains(where: \.isGold) || goldState.isFinal {
                    worst = violation
                    break
                }
            }
            if worst != nil, update == .early { break }
        }
        guard let worst else { return nil }
        return (Array(goldTransitions.prefix(worst.length)), search.transitions(to: worst.history))
    }

    /// Trains the transitions globally over a beam of `options.beamWidth`: each sentence searched with the current
    /// weights, and where the gold prefix falls behind the beam's best (``BeamUpdate``) the gold prefix's features
    /// rewarded for its transitions and the best prefix's penalised for its own, one tick of the averaging clock a
    /// sentence (Collins 2002's perceptron over whole sequences; Zhang and Nivre 2011).
    ///
    /// - Complexity: about `beamWidth` times the greedy training's time.
    func trainTransitionsGlobally(
        _ sentences: [ParsedSentence], hashes: [[WordHashes]], tags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)],
        labeller: Labeller, development: [ParsedSentence], developmentHashes: [[WordHashes]], developmentTags: [[Int]]
    ) -> SparseWeights {
        let contexts = sentences.indices.map { Self.context(hashes[$0], tags[$0], classes, extendedFeatures: options.extendedFeatures) }
        let golds = sentences.map { [0] + $0.words.map(\.head) }
        // Features seen along the oracle's path (as the greedy training keeps them).
        var seen = Self.featureCounts(contexts, golds) { state, gold in Self.goldTransition(state, gold: gold, scores: .zero) }
        let allowed = Set(seen.filter { $0.value >= options.minimumFeatureCount }.keys)
        log("parser (beam \(options.beamWidth), \(options.beamUpdate.rawValue) updates): \(allowed.count) features kept of \(seen.count)")
        seen = [:]
        let seeds = options.averagedSeeds.isEmpty ? [options.seed] : options.averagedSeeds
        var sums: [UInt32: SIMD4<Float>] = [:]
        for seed in seeds {
            let perceptron = trainGlobally(
                contexts: contexts, golds: golds, allowed: allowed, seed: seed, labeller: labeller, development: development,
                developmentHashes: developmentHashes, developmentTags: developmentTags, classes: classes)
            guard seeds.count > 1 else {
                return pruningSweep(
                    { perceptron.weights(pruningBelow: $0) }, labeller: labeller, development: development, developmentHashes: developmentHashes,
                    developmentTags: developmentTags, classes: classes)
            }
            for (key, row) in perceptron.averagedRows() { sums[key, default: .zero] += row / Float(seeds.count) }
            log("parsers of seeds \(seeds.prefix(while: { $0 != seed }) + [seed]) averaged: \(sums.count) features")
        }
        return pruningSweep(
            { AveragedPerceptron.sparseWeights(sums, pruningBelow: $0) }, labeller: labeller, development: development,
            developmentHashes: developmentHashes, developmentTags: developmentTags, classes: classes)
    }

    /// The weights pruned below ``Options/parserPruning``, with what pruning costs logged: dev UAS and the table's
    /// size at a few thresholds around it.
    func pruningSweep(
        _ weights: (_ pruningBelow: Float) -> SparseWeights, labeller: Labeller, development: [ParsedSentence],
        developmentHashes: [[WordHashes]], developmentTags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]
    ) -> SparseWeights {
        for threshold in [0.25, 0.5, 1, 1.5, 2].map({ Float($0) * options.parserPruning }) {
            let pruned = weights(threshold)
            let parser = TransitionParser(
                transitions: pruned, labeller: labeller, beamWidth: options.beamWidth, extendedFeatures: options.extendedFeatures)
            let (uas, las) = Self.attachmentScores(
                parser: parser, sentences: development, hashes: developmentHashes, tags: developmentTags, classes: classes)
            log("pruned below \(threshold): \(pruned.keys.count) features, \(pruned.entryCount) weights; development UAS \(uas) LAS \(las)")
        }
        return weights(options.parserPruning)
    }

    /// One parser trained globally on the shuffles of `seed`.
    func trainGlobally(
        contexts: [ParseContext], golds: [[Int]], allowed: Set<UInt32>, seed: UInt64, labeller: Labeller, development: [ParsedSentence],
        developmentHashes: [[WordHashes]], developmentTags: [[Int]], classes: [(tag: PartOfSpeech, fineTag: String)]
    ) -> AveragedPerceptron {
        var perceptron = AveragedPerceptron(classCount: 4, allowed: allowed)
        var features: [UInt32] = []
        var order = Array(contexts.indices)
        var random = SplitMix(seed: seed &+ 2)
        var rowScores = [Float](repeating: 0, count: 4)
        for epoch in 0..<options.parserEpochs {
            random.shuffle(&order)
            var updates = 0
            for index in order where golds[index].count > 1 {
                let context = contexts[index]
                let gold = golds[index]
                let found = Self.violation(context, gold: gold, width: options.beamWidth, update: options.beamUpdate, latentGold: options.latentGold) { features in
                    perceptron.scores(features, into: &rowScores)
                    return SIMD4(Double(rowScores[0]), Double(rowScores[1]), Double(rowScores[2]), Double(rowScores[3]))
                }
                defer { perceptron.tick() }
                guard let found else { continue }
                updates += 1
                var goldState = ArcEagerState(count: gold.count - 1, isMark: context.isMark)
                var shared = 0
                while shared < min(found.gold.count, found.predicted.count), found.gold[shared] == found.predicted[shared] {
                    goldState.apply(found.gold[shared])
                    shared += 1
                }
                var predictedState = goldState
                for transition in found.gold[shared...] {
                    context.features(of: goldState, into: &features)
                    perceptron.add(features, classIndex: transition.rawValue, delta: 1)
                    goldState.apply(transition)
                }
                for transition in found.predicted[shared...] {
                    context.features(of: predictedState, into: &features)
                    perceptron.add(features, classIndex: transition.rawValue, delta: -1)
                    predictedState.apply(transition)
                }
            }
            var line = "parser (seed \(seed)) epoch \(epoch + 1): \(updates) updates of \(contexts.count) sentences"
            if epoch >= options.parserEpochs - 3 || epoch % 2 == 1 {
                let parser = TransitionParser(
                    transitions: perceptron.weights(pruningBelow: options.parserPruning), labeller: labeller, beamWidth: options.beamWidth,
                    extendedFeatures: options.extendedFeatures)
                let (uas, las) = Self.attachmentScores(
                    parser: parser, sentences: development, hashes: developmentHashes, tags: developmentTags, classes: classes)
                line += "; development UAS \(uas) LAS \(las) (gold tokens, predicted tags)"
            }
            log(line)
        }
        return perceptron
    }
}
