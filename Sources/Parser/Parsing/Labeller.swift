/// Names each arc of a finished tree with its dependency relation (`nsubj`, `obj`, `nsubj:pass`, `obl:agent`…):
/// an averaged perceptron over the head, the dependent, their neighbours, direction and distance, and the
/// dependent's and head's other children (a preposition marking the dependent, an auxiliary of the head).
///
/// Immutable; share it across threads.
public struct Labeller: Sendable {
    public let weights: SparseWeights
    /// The relations, in the order of the weights' classes.
    public let relations: [String]

    public init(weights: SparseWeights, relations: [String]) {
        self.weights = weights
        self.relations = relations
    }

    /// A relation for every word given its head (CoNLL-U numbering): `root` for the root's dependent.
    ///
    /// Words are labelled top-down (``order(children:count:)``), so each reads its head's relation and its earlier
    /// siblings' ("a second noun after an `obj` is an `iobj`'s partner", "the subject of an `acl:relcl`").
    func labels(context: ParseContext, heads: [Int]) -> [String] {
        let children = Self.children(heads: heads)
        var features: [UInt32] = []
        features.reserveCapacity(56)
        var scores = [Int32](repeating: 0, count: weights.classCount)
        var assigned = [Int](repeating: Self.unknownRelation, count: heads.count + 1)
        assigned[0] = Self.rootRelation
        var result = [String](repeating: "dep", count: heads.count)
        for dependent in Self.order(children: children, count: heads.count) {
            let head = heads[dependent - 1]
            if head == 0 {
                result[dependent - 1] = "root"
                assigned[dependent] = Self.rootRelation
                continue
            }
            Self.features(
                context: context, heads: heads, children: children, relations: assigned, dependent: dependent, into: &features)
            weights.score(features, into: &scores)
            var best = 0
            for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
            assigned[dependent] = best
            if !relations.isEmpty { result[dependent - 1] = relations[best] }
        }
        Self.agreeInVoice(&result, children: children)
        return result
    }

    /// A subject's voice follows its verb's auxiliaries, as the treebank's always does: beside an `aux:pass` it is
    /// passive (no `nsubj` of train has one: 0 of 15,981); beside auxiliaries none of which is passive it is active
    /// (1 `nsubj:pass` of 1,183 has one). "The United Nations has sent food aid" was labelled passive, which made
    /// the sender the thing sent.
    static func agreeInVoice(_ labels: inout [String], children: [[Int]]) {
        for head in 1..<children.count {
            let kids = children[head]
            guard kids.count > 1 else { continue }
            var passive = false
            var auxiliary = false
            for kid in kids {
                if labels[kid - 1] == "aux:pass" { passive = true } else if labels[kid - 1] == "aux" { auxiliary = true }
            }
            guard passive || auxiliary else { continue }
            for kid in kids {
                switch labels[kid - 1] {
                case "nsubj" where passive: labels[kid - 1] = "nsubj:pass"
                case "nsubj:pass" where !passive: labels[kid - 1] = "nsubj"
                default: break
                }
            }
        }
    }

    /// What a word's relation reads as a feature before it is known, and for the root's dependent.
    static let unknownRelation = 1001
    static let rootRelation = 1000

    /// The order words are labelled in: breadth first from the root, each head's children nearest first (an
    /// auxiliary before the subject beyond it, a preposition's object before a second one); words the walk does
    /// not reach (none in a tree) come last.
    static func order(children: [[Int]], count: Int) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(count)
        var reached = [Bool](repeating: false, count: count + 1)
        var queue = [0]
        var index = 0
        while index < queue.count {
            let head = queue[index]
            let nearestFirst = children[head].sorted { abs($0 - head) != abs($1 - head) ? abs($0 - head) < abs($1 - head) : $0 < $1 }
            for child in nearestFirst where !reached[child] {
                reached[child] = true
                order.append(child)
                queue.append(child)
            }
            index += 1
        }
        if order.count < count { for word in 1...count where !reached[word] { order.append(word) } }
        return order
    }

    /// Each word's children (index 0 the root), in order.
    static func children(heads: [Int]) -> [[Int]] {
        var children = [[Int]](repeating: [], count: heads.count + 1)
        for (offset, head) in heads.enumerated() where head >= 0 && head <= heads.count { children[head].append(offset + 1) }
        return children
    }

    static func tagBit(_ tag: PartOfSpeech) -> UInt64 { 1 << (UInt64(tag.index) + 1) }
    static let markerTags = tagBit(.adposition) | tagBit(.particle) | tagBit(.subordinatingConjunction)
    static let auxiliaryTag = tagBit(.auxiliary)
    static let coordinatingTag = tagBit(.coordinatingConjunction)

    /// The features of the arc from `heads[dependent - 1]` to `dependent`, given the relations of the words
    /// labelled before it (`relations[word]`, ``unknownRelation`` for the others).
    static func features(
        context: ParseContext, heads: [Int], children: [[Int]], relations: [Int], dependent: Int, into features: inout [UInt32]
    ) {
        features.removeAll(keepingCapacity: true)
        let head = heads[dependent - 1]
        let dw = context.word(dependent), dp = context.tag(dependent)
        let hw = context.word(head), hp = context.tag(head)
        let direction: UInt64 = head < dependent ? 1 : 2
        let span = abs(head - dependent)
        let distance: UInt64 = span <= 3 ? UInt64(span) : span <= 6 ? 4 : span <= 10 ? 5 : 6
        let grandhead = head > 0 ? heads[head - 1] : -1
        let count = heads.count
        func neighbour(_ index: Int) -> Int { index >= 1 && index <= count ? index : -1 }
        // The first child of a tag in `mask` (bits by UPOS index + 1) on one side of a word: a preposition,
        // marker, auxiliary.
        func firstChild(of word: Int, before: Bool, mask: UInt64) -> Int {
            for child in children[word] where (before ? child < word : child > word) && (mask >> context.coarseTag(child)) & 1 == 1 { return child }
            return -1
        }
        let marker = firstChild(of: dependent, before: true, mask: Self.markerTags)
        let headAuxiliary = head > 0 ? firstChild(of: head, before: true, mask: Self.auxiliaryTag) : -1
        let dependentAuxiliary = firstChild(of: dependent, before: true, mask: Self.auxiliaryTag)
        let conjunction = firstChild(of: dependent, before: true, mask: Self.coordinatingTag)
        let leftmost = children[dependent].first ?? -1
        let rightmost = children[dependent].last ?? -1
        // Earlier siblings on the same side with the same tag (a second object, a conjunct).
        var sameSide: UInt64 = 0
        for sibling in children[head] where sibling != dependent && (sibling < head) == (dependent < head) {
            if context.tag(sibling) == dp && abs(sibling - head) < span { sameSide = 1 }
        }
        let headSuffix = head > 0 ? context.words[head].suffix2 : 0
        var template: UInt64 = 500
        func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(FeatureKey.key(template, a, b, c))
            template += 1
        }
        add(0)
        add(dw); add(dp); add(hw); add(hp); add(dw, dp); add(hw, hp)
        add(dp, hp); add(dw, hp); add(dp, hw); add(dw, hw)
        add(dp, hp, direction); add(dp, hp, distance &* 4 &+ direction); add(dp, direction); add(hp, direction)
        add(dw, direction); add(hw, dp, direction)
        add(dp, context.tag(neighbour(dependent - 1))); add(dp, context.tag(neighbour(dependent + 1)))
        add(hp, context.tag(neighbour(head - 1)), dp); add(hp, context.tag(neighbour(head + 1)), dp)
        add(hp, context.tag(grandhead), dp); add(hw, context.tag(grandhead))
        add(context.word(marker), dp, hp); add(context.word(marker), direction); add(context.tag(marker), dp, direction)
        add(context.word(headAuxiliary), direction, dp); add(context.word(headAuxiliary), headSuffix, direction)
        add(hp, headSuffix, direction)
        add(context.word(dependentAuxiliary), dp); add(context.tag(conjunction), dp, hp)
        add(context.tag(leftmost), dp); add(context.tag(rightmost), dp); add(context.word(leftmost), dp)
        add(UInt64(min(children[dependent].count, 4)), dp, direction)
        add(sameSide, dp, hp)
        add(context.words[dependent].suffix3, dp); add(context.words[dependent].shape, dp)
        add(dependent == 1 ? 1 : 0, dp, hp)
        add(context.word(neighbour(dependent - 1)), dp)
        add(context.word(neighbour(dependent + 1)), dp)
        // Relations already given: the head's, the nearest sibling's between it and the head, and the set of
        // the siblings nearer the head (labelled before it).
        let headRelation = UInt64(relations[head])
        var previousSibling = -1
        var earlier: UInt64 = 0
        for sibling in children[head] where sibling != dependent && abs(sibling - head) <= span {
            guard relations[sibling] != Self.unknownRelation else { continue }
            // The one beside it on its side: the first after it on the left, the last before it on the right.
            if (sibling < head) == (dependent < head), previousSibling < 0 || dependent > head { previousSibling = sibling }
            earlier |= 1 << UInt64(min(relations[sibling], 63))
        }
        let previousRelation = previousSibling >= 0 ? UInt64(relations[previousSibling]) : 1002
        add(headRelation, dp); add(headRelation, dp, hp); add(headRelation, dw); add(headRelation, direction, dp)
        add(previousRelation, dp, direction); add(previousRelation, context.tag(previousSibling), dp)
        add(earlier, dp, direction); add(earlier, dw)
    }
}
