@testable import EntenteParser
import Foundation
import Testing

@Suite("Parser combination by reparsing")
struct ParserCombinationTests {
    /// Whether heads (index 0 unused) form a tree rooted at 0 with exactly one dependent of the root.
    static func isTreeWithOneRootDependent(_ heads: [Int]) -> Bool {
        let count = heads.count - 1
        guard count > 0 else { return true }
        guard (1...count).filter({ heads[$0] == 0 }).count == 1 else { return false }
        for word in 1...count {
            var node = word, steps = 0
            while node != 0 {
                guard heads[node] >= 0, heads[node] <= count, steps <= count else { return false }
                node = heads[node]
                steps += 1
            }
        }
        return true
    }

    /// The best tree's weight by trying every assignment of heads (small graphs only).
    static func bruteForce(count: Int, arcs: [MaximumSpanningTree.Arc]) -> Double? {
        var weight = [[Double?]](repeating: [Double?](repeating: nil, count: count + 1), count: count + 1)
        for arc in arcs where weight[arc.head][arc.dependent] == nil || arc.weight > weight[arc.head][arc.dependent]! {
            weight[arc.head][arc.dependent] = arc.weight
        }
        var best: Double?
        var heads = [Int](repeating: 0, count: count + 1)
        func assign(_ word: Int) {
            if word > count {
                guard isTreeWithOneRootDependent(heads) else { return }
                let total = (1...count).reduce(0.0) { $0 + weight[heads[$1]][$1]! }
                if best == nil || total > best! { best = total }
                return
            }
            for head in 0...count where head != word && weight[head][word] != nil {
                heads[word] = head
                assign(word + 1)
            }
        }
        assign(1)
        return best
    }

    @Test(arguments: 1...5)
    func chuLiuEdmondsFindsTheBestTreeWithOneRootDependent(count: Int) {
        var random = SplitMix(seed: UInt64(count))
        for _ in 0..<100 {
            var arcs: [MaximumSpanningTree.Arc] = []
            for head in 0...count {
                for dependent in 1...count where head != dependent && Double.random(in: 0..<1, using: &random) < 0.7 {
                    arcs.append(MaximumSpanningTree.Arc(head: head, dependent: dependent, weight: Double.random(in: -1..<3, using: &random)))
                }
            }
            let expected = Self.bruteForce(count: count, arcs: arcs)
            let heads = MaximumSpanningTree.heads(count: count, arcs: arcs)
            #expect((expected == nil) == (heads == nil))
            guard let expected, let heads else { continue }
            #expect(Self.isTreeWithOneRootDependent(heads))
            let total = (1...count).reduce(0.0) { sum, word in
                sum + arcs.filter { $0.head == heads[word] && $0.dependent == word }.map(\.weight).max()!
            }
            #expect(abs(total - expected) < 1e-9, "\(arcs) gave \(heads)")
        }
    }

    @Test func reversingHeadsTwiceGivesThemBack() {
        let heads = [-1, 2, 0, 2, 5, 3, 3]
        let reversed = TransitionParser.reversedHeads(heads)
        #expect(reversed == [-1, 4, 4, 2, 5, 0, 5])
        #expect(TransitionParser.reversedHeads(reversed) == heads)
    }

    /// Random trees voted on: the result is a tree of their arcs, and where they agree it is theirs.
    @Test func theCombinedTreeIsATreeOfTheParsersArcs() {
        var random = SplitMix(seed: 7)
        func randomTree(_ count: Int) -> [Int] {
            // Attach the words in a random order, each to the root's one dependent or a word attached before.
            let order = Array(1...count).shuffled(using: &random)
            var heads = [Int](repeating: -1, count: count + 1)
            heads[order[0]] = 0
            for (index, word) in order.enumerated().dropFirst() { heads[word] = order[Int.random(in: 0..<index, using: &random)] }
            return heads
        }
        // Two bands of margin, split at 1.
        let votes = (0..<3).map { _ in (0..<2 * ParserCombination.kindCount).map { _ in Float.random(in: 0.5..<1, using: &random) } }
        let combination = ParserCombination(members: [], votes: votes, marginBounds: [[1], [1], [1]])
        for count in [1, 2, 5, 12, 40] {
            let coarse = (0...count).map { _ in UInt64.random(in: 1...17, using: &random) }
            for _ in 0..<40 {
                let trees = (0..<3).map { _ in (heads: randomTree(count), margins: (0...count).map { _ in Float.random(in: 0..<2, using: &random) }) }
                let combined = combination.combine(trees, coarse: coarse)
                #expect(Self.isTreeWithOneRootDependent(combined))
                for word in 1...count { #expect(trees.contains { $0.heads[word] == combined[word] }) }
                #expect(combination.combine([trees[0], trees[0], trees[0]], coarse: coarse) == trees[0].heads)
            }
        }
    }

    /// The shipped parser's combination, or (for a model of one parser) its own weights combined with themselves
    /// read right to left: on the treebank's test sentences every tree has one root dependent and punctuation
    /// heads nothing.
    @Test func combinedParsesKeepOneRootAndPunctuationLeaves() throws {
        let parser = try #require(EnglishParserTests.parser)
        let own = parser.model.parser
        let combined = own.combination == nil
            ? TransitionParser(
                transitions: own.transitions, labeller: own.labeller,
                combination: ParserCombination(
                    members: [ParserCombination.Member(transitions: own.transitions, readsRightToLeft: true)],
                    votes: [[Float](repeating: 0.9, count: ParserCombination.kindCount), [Float](repeating: 0.8, count: ParserCombination.kindCount)]))
            : own
        var model = parser.model
        model.parser = combined
        let withCombination = EnglishParser(model: model)
        for gold in try EnglishParserTests.treebank("test").prefix(400) {
            var sentence = gold
            withCombination.annotate(&sentence)
            #expect(Self.isTreeWithOneRootDependent([-1] + sentence.words.map(\.head)), "\(sentence.text)")
            #expect(sentence.words.filter { $0.relation == "root" }.count == 1)
            for word in sentence.words where word.head > 0 { #expect(sentence.words[word.head - 1].tag != .punctuation, "\(sentence.text)") }
        }
        // The model file keeps the other parsers and their votes.
        let bytes = model.encoded()
        let again = try ParserModel(bytes: bytes, path: "combined.entparser")
        #expect(again.parser.combination?.members.count == combined.combination?.members.count)
        #expect(again.parser.combination?.votes == combined.combination?.votes)
        #expect(again.encoded() == bytes)
        #expect(throws: ParserModelError.self) { _ = try ParserModel(bytes: Array(bytes.dropLast()), path: "cut.entparser") }
    }
}
