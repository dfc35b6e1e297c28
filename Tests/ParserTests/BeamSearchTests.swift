@testable import EntenteParser
import Foundation
import Testing

@Suite("Beam search and global training")
struct BeamSearchTests {
    /// A sentence of `count` words whose marks are the given positions (1-based), with made-up words and tags.
    static func context(count: Int, marks: Set<Int> = [], seed: UInt64 = 1, extendedFeatures: Bool = false) -> ParseContext {
        var random = SplitMix(seed: seed)
        let kinds: [PartOfSpeech] = [.noun, .verb, .adposition, .determiner, .adjective, .pronoun]
        let coarse = (1...count).map { marks.contains($0) ? PartOfSpeech.punctuation : anyOf(kinds, &random) }
        let words = (1...count).map { WordHashes(marks.contains($0) ? "," : "w\(random.next() % 50)") }
        return ParseContext(
            words: words, tags: coarse.map { UInt64($0.index) + 1 }, coarse: coarse.map { UInt64($0.index) + 1 },
            extendedFeatures: extendedFeatures)
    }

    /// Scores that depend on the features only, deterministic and arbitrary: a stand-in for trained weights.
    static func arbitraryScores(_ features: [UInt32]) -> SIMD4<Double> {
        var sums = SIMD4<Double>.zero
        for key in features {
            let mixed = FeatureKey.mix(UInt64(key))
            sums += SIMD4(Double(mixed & 0xFF), Double((mixed >> 8) & 0xFF), Double((mixed >> 16) & 0xFF), Double((mixed >> 24) & 0xFF)) - 127.5
        }
        return sums
    }

    /// Whether heads (index 0 unused) form a tree with one dependent of the root in which no mark is a head.
    static func isTreeWithLeafMarks(_ heads: [Int], isMark: [Bool]) -> Bool {
        ParserCombinationTests.isTreeWithOneRootDependent(heads) && heads.dropFirst().allSatisfy { $0 <= 0 || !isMark[$0] }
    }

    /// Random valid transitions applied to the greedy state and to a beam item: the features read the same
    /// things of both at every step, and the finished trees are the same.
    @Test(arguments: [1, 2, 5, 12, 30])
    func anItemSeesWhatTheGreedyStateSees(count: Int) {
        var random = SplitMix(seed: UInt64(count) &* 31)
        for trial in 0..<40 {
            let marks = Set((1...count).filter { _ in random.nextUnit() < 0.15 })
            let context = Self.context(count: count, marks: marks, seed: UInt64(trial))
            var state = ArcEagerState(count: count, isMark: context.isMark)
            var search = BeamSearch(context: context)
            var item = search.initial
            while !state.isFinal {
                #expect(search.view(item) == state.view)
                let valid = ArcEagerState.Transition.allCases.filter { state.isValid($0) }
                #expect(valid == ArcEagerState.Transition.allCases.filter { search.isValid($0, item) })
                let transition = Self.anyOf(valid, &random)
                state.apply(transition)
                item = search.apply(transition, to: item, score: 0)
            }
            #expect(search.isFinal(item))
            #expect(search.finishedHeads(item) == state.finishedHeads())
            #expect(search.transitions(to: item.history).count == 2 * count)
        }
    }

    /// With the shipped weights on EWT dev (its own words, the shipped tagger's tags), a beam of one is the greedy
    /// parse, tree for tree.
    @Test func aBeamOfOneIsTheGreedyParse() throws {
        let model = try ParserModel.shipped()
        let path = SharedData.url("ud_english_ewt/en_ewt-ud-dev.conllu").path
        let sentences = try CoNLLUReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        let weights = model.parser.transitions
        for sentence in sentences.prefix(400) {
            let hashes = sentence.words.map { WordHashes($0.form) }
            let tags = model.tagger.tags(hashes)
            let context = ParserTrainer.context(hashes, tags, model.tagger.classes)
            let greedy = TransitionParser.heads(context, transitions: weights, margins: false).heads
            let beam = BeamSearch.heads(context, width: 1) { weights.transitionScores($0) }
            #expect(beam == greedy, "\(sentence.text)")
        }
    }

    /// Whatever the scores, every width gives a tree with one dependent of the root and marks as leaves.
    @Test(arguments: [2, 4, 8, 16])
    func aBeamAlwaysGivesATreeWithMarksAsLeaves(width: Int) {
        var random = SplitMix(seed: UInt64(width))
        for trial in 0..<60 {
            let count = 1 + Int(random.next() % 40)
            var marks = Set((1...count).filter { _ in random.nextUnit() < 0.2 })
            if marks.count == count { marks.remove(1) }
            let context = Self.context(count: count, marks: marks, seed: UInt64(trial) &+ 1000)
            let heads = BeamSearch.heads(context, width: width, scores: Self.arbitraryScores)
            #expect(heads.count == count + 1)
            #expect(Self.isTreeWithLeafMarks(heads, isMark: context.isMark), "\(heads) marks \(marks.sorted())")
        }
    }

    /// Three words, "a b c" with a ← b → c and b the root's dependent; the scores prefer shifting (1) and the
    /// right arc a little (1 for reduce, 0.5 for right), and punish the left arc (−5). The greedy beam shifts
    /// thrice and reduces; the gold sequence is shift, left, shift, right, reduce, reduce. The beam's best beats
    /// the gold prefix by 6 after two and three transitions, and by 6.5 from the fourth on: max-violation takes
    /// the first prefix of the largest violation (four transitions), early update the first where gold leaves the
    /// beam (two).
    @Test func maxViolationUpdatesOnThePrefixWhereGoldFallsFurthestBehind() throws {
        let context = Self.context(count: 3)
        let gold = [0, 2, 0, 2]
        let scores: (_ features: [UInt32]) -> SIMD4<Double> = { _ in SIMD4(1, 1, -5, 0.5) }
        let most = try #require(ParserTrainer.violation(context, gold: gold, width: 1, update: .maxViolation, scores: scores))
        #expect(most.gold == [.shift, .left, .shift, .right])
        #expect(most.predicted == [.shift, .shift, .shift, .reduce])
        let early = try #require(ParserTrainer.violation(context, gold: gold, width: 1, update: .early, scores: scores))
        #expect(early.gold == [.shift, .left])
        #expect(early.predicted == [.shift, .shift])
        // One word has one sequence (shift, reduce), the gold one: nothing to update.
        #expect(ParserTrainer.violation(Self.context(count: 1), gold: [0, 0], width: 4, update: .maxViolation, scores: scores) == nil)
    }

    /// A model with a beam keeps its width through the file, and a greedy one its width of 1; the file's layout is
    /// the one written now (`ENTPARS6`), which also carries the tagger's closed-class words.
    @Test func theBeamsWidthSurvivesTheModelFile() throws {
        let model = try ParserModel.shipped()
        var beamed = model
        beamed.parser = TransitionParser(transitions: model.parser.transitions, labeller: model.parser.labeller, beamWidth: 8)
        let bytes = beamed.encoded()
        #expect(Array(bytes.prefix(8)) == Array("ENTPARS6".utf8))
        #expect(try ParserModel(bytes: bytes, path: "beam").parser.beamWidth == 8)
        #expect(try ParserModel(bytes: bytes, path: "beam").parser.extendedFeatures == false)
        var extended = model
        extended.parser = TransitionParser(
            transitions: model.parser.transitions, labeller: model.parser.labeller, beamWidth: 4, extendedFeatures: true)
        let read = try ParserModel(bytes: extended.encoded(), path: "extended").parser
        #expect(read.beamWidth == 4 && read.extendedFeatures)
        var greedy = model
        greedy.parser = TransitionParser(transitions: model.parser.transitions, labeller: model.parser.labeller)
        #expect(try ParserModel(bytes: greedy.encoded(), path: "greedy").parser.beamWidth == 1)
        #expect(try ParserModel(bytes: greedy.encoded(), path: "greedy").tagger.closedClassWords == model.tagger.closedClassWords)
    }
}

extension BeamSearchTests {
    /// Made-up sentences of `shortest`, `shortest + 1`, … words (`trials` of them), each ending in a mark, every
    /// other one read with the extended features.
    static func trialContexts(_ trials: Int, shortest: Int) -> [(count: Int, context: ParseContext)] {
        (0..<trials).map { trial in
            let count = shortest + trial
            return (count, context(count: count, marks: [count], seed: UInt64(trial), extendedFeatures: trial % 2 == 1))
        }
    }

    /// One of `choices`, at random.
    static func anyOf<T>(_ choices: [T], _ random: inout SplitMix) -> T { choices[Int(random.next() % UInt64(choices.count))] }

    /// The groups of features together are all the features, and a group reads only what it says: states with the
    /// same buffer have the same buffer features, states with the same top and buffer the same pair features (with
    /// and without the extended features).
    @Test func featureGroupsPartitionTheFeaturesAndReadOnlyWhatTheySay() {
        var random = SplitMix(seed: 99)
        for (count, context) in Self.trialContexts(30, shortest: 1) {
            var byBuffer: [Int: [UInt32]] = [:], byPair: [Int: [UInt32]] = [:]
            for _ in 0..<6 {
                var state = ArcEagerState(count: count, isMark: context.isMark)
                while !state.isFinal {
                    var all: [UInt32] = [], buffer: [UInt32] = [], pair: [UInt32] = [], top: [UInt32] = [], structure: [UInt32] = []
                    context.features(of: state.view, into: &all)
                    context.features(of: state.view, groups: .buffer, into: &buffer)
                    context.features(of: state.view, groups: .pair, into: &pair)
                    context.features(of: state.view, groups: .top, into: &top)
                    context.features(of: state.view, groups: .structure, into: &structure)
                    #expect((buffer + pair + top + structure).sorted() == all.sorted())
                    #expect(byBuffer[state.next, default: buffer] == buffer)
                    byBuffer[state.next] = buffer
                    let key = state.stack.last! * (count + 2) + state.next
                    #expect(byPair[key, default: pair] == pair)
                    byPair[key] = pair
                    state.apply(Self.anyOf(ArcEagerState.Transition.allCases.filter { state.isValid($0) }, &random))
                }
            }
        }
    }
}

extension BeamSearchTests {
    /// The features of the top's group are the same whenever an item's top is the same stack node, whatever the
    /// buffer and the rest: a beam scores them once a node (with and without the extended features).
    @Test func theTopsFeaturesReadOnlyItsNode() {
        var random = SplitMix(seed: 5)
        for (_, context) in Self.trialContexts(40, shortest: 2) {
            var search = BeamSearch(context: context)
            var byNode: [Int32: [UInt32]] = [:]
            var features: [UInt32] = []
            for _ in 0..<4 {
                var item = search.initial
                while !search.isFinal(item) {
                    context.features(of: search.view(item), groups: .top, into: &features)
                    #expect(byNode[item.top, default: features] == features)
                    byNode[item.top] = features
                    item = search.apply(Self.anyOf(ArcEagerState.Transition.allCases.filter { search.isValid($0, item) }, &random), to: item, score: 0)
                }
            }
        }
    }
}

extension BeamSearchTests {
    /// Global training end to end on a few short sentences of EWT dev (their own words and tags): the beam parser it
    /// trains parses them nearly as the treebank does, every tree valid — the updates move the weights the right way.
    @Test func globalTrainingLearnsItsSentences() throws {
        let model = try ParserModel.shipped()
        let path = SharedData.url("ud_english_ewt/en_ewt-ud-dev.conllu").path
        let sentences = Array(
            try CoNLLUReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
                .filter { (4...10).contains($0.words.count) }.prefix(30))
        let classes = model.tagger.classes
        let classOf = Dictionary(
            classes.enumerated().map { ($0.element.tag.rawValue + "\t" + $0.element.fineTag, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let hashes = sentences.map { $0.words.map { WordHashes($0.form) } }
        let tags = sentences.map { $0.words.map { classOf[$0.tag.rawValue + "\t" + $0.fineTag] ?? 0 } }
        var options = ParserTrainer.Options()
        options.beamWidth = 2
        options.parserEpochs = 5
        options.parserPruning = 0
        let weights = ParserTrainer(options: options, log: { _ in }).trainTransitionsGlobally(
            sentences, hashes: hashes, tags: tags, classes: classes, labeller: model.parser.labeller, development: [],
            developmentHashes: [], developmentTags: [])
        var right = 0, total = 0
        for (index, sentence) in sentences.enumerated() {
            let context = ParserTrainer.context(hashes[index], tags[index], classes)
            let heads = BeamSearch.heads(context, width: 2) { weights.transitionScores($0) }
            #expect(Self.isTreeWithLeafMarks(heads, isMark: context.isMark))
            right += zip(heads.dropFirst(), sentence.words).filter { $0 == $1.head }.count
            total += sentence.words.count
        }
        #expect(Double(right) / Double(total) > 0.95, "UAS on its own training sentences \(Double(right) / Double(total))")
    }
}
