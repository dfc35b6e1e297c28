/// Parser combination by reparsing (Sagae and Lavie 2006, "Parser combination by reparsing"; Hall et al. 2007):
/// more arc-eager parsers read the sentence (one of them right to left, the same features over the reversed
/// words), every arc any of them makes is a candidate weighted by the votes of the parsers that made it, and the
/// tree is the maximum spanning tree over those arcs (``MaximumSpanningTree``, one root dependent).
///
/// A vote is worth how often that parser's arcs of that kind were right on the treebank's dev sentences (by the
/// dependent's UPOS, the arc's direction and its length, and how sure the parser was: the margin of the transition
/// that made the arc, in four bands), so where the parsers disagree the one more reliable for that kind of arc
/// wins, not the first. Only the parsers' own arcs are candidates, so punctuation stays a leaf
/// when every parser keeps it one.
///
/// Immutable; share it across threads.
public struct ParserCombination: Sendable {
    /// A parser besides the ``TransitionParser``'s own (which reads left to right).
    public struct Member: Sendable {
        public let transitions: SparseWeights
        /// Whether it reads the sentence from its last word to its first.
        public let readsRightToLeft: Bool

        public init(transitions: SparseWeights, readsRightToLeft: Bool) {
            self.transitions = transitions
            self.readsRightToLeft = readsRightToLeft
        }
    }

    public let members: [Member]
    /// For each parser, the ``TransitionParser``'s own first and then the members, the weight of its vote for an
    /// arc of each kind (``kind(head:dependent:coarse:)``) and band of margin: its precision on dev, smoothed.
    public let votes: [[Float]]
    /// For each parser, the margins that divide its bands (rising; none for one band).
    public let marginBounds: [[Float]]

    public init(members: [Member], votes: [[Float]], marginBounds: [[Float]] = []) {
        self.members = members
        self.votes = votes
        self.marginBounds = marginBounds
    }

    /// How many kinds of arc the votes tell apart: the dependent's UPOS × direction (from the root, from the left,
    /// from the right) × length (1, 2, 3–6, more).
    public static let kindCount = PartOfSpeech.allCases.count * 3 * 4
    /// The band of a parser's margin: how many of its bounds the margin is above. A row of ``votes`` holds
    /// ``kindCount`` entries for each band.
    @inline(__always)
    func band(_ parser: Int, margin: Float) -> Int {
        guard parser < marginBounds.count else { return 0 }
        var band = 0
        for bound in marginBounds[parser] where margin > bound { band += 1 }
        return band
    }

    /// The kind of an arc, an index into each row of ``votes``.
    ///
    /// - Parameter coarse: the dependent's UPOS index + 1 (as ``ParseContext`` keeps it), 0 for none.
    static func kind(head: Int, dependent: Int, coarse: UInt64) -> Int {
        let tag = min(max(Int(coarse) - 1, 0), PartOfSpeech.allCases.count - 1)
        let direction = head == 0 ? 0 : (head < dependent ? 1 : 2)
        let length = head == 0 ? 0 : abs(head - dependent)
        let bucket = length <= 1 ? 0 : (length == 2 ? 1 : (length <= 6 ? 2 : 3))
        return (tag * 3 + direction) * 4 + bucket
    }

    /// The combined tree of the parsers' trees (each `heads[word]` for words 1...count, index 0 unused), listed
    /// in the order of ``votes``. Falls back to the first tree if no spanning tree can be made (it always can:
    /// each parser's own tree is one).
    func combine(_ trees: [(heads: [Int], margins: [Float])], coarse: [UInt64]) -> [Int] {
        guard let first = trees.first?.heads else { return [] }
        let count = first.count - 1
        guard count > 0 else { return first }
        var arcs: [MaximumSpanningTree.Arc] = []
        arcs.reserveCapacity(count * trees.count)
        for word in 1...count {
            let start = arcs.count
            for (parser, tree) in trees.enumerated() {
                let head = tree.heads[word]
                // The first parser's votes count a hair more, so that ties go its way.
                let weight = Double(vote(parser, head: head, dependent: word, coarse: coarse, margin: tree.margins[word])) + (parser == 0 ? 1e-6 : 0)
                if let index = arcs[start...].firstIndex(where: { $0.head == head }) {
                    arcs[index].weight += weight
                } else {
                    arcs.append(MaximumSpanningTree.Arc(head: head, dependent: word, weight: weight))
                }
            }
        }
        // Agreement everywhere: nothing to settle.
        if arcs.count == count { return first }
        guard let heads = MaximumSpanningTree.heads(count: count, arcs: arcs) else { return first }
        return heads
    }

    @inline(__always)
    func vote(_ parser: Int, head: Int, dependent: Int, coarse: [UInt64], margin: Float) -> Float {
        guard parser < votes.count else { return 1 }
        let row = votes[parser]
        let index = band(parser, margin: margin) * Self.kindCount + Self.kind(head: head, dependent: dependent, coarse: coarse[dependent])
        return index < row.count ? row[index] : 1
    }
}
