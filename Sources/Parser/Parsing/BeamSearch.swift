/// Beam search over arc-eager transitions (Zhang and Clark 2008, Zhang and Nivre 2011): the `width` best
/// sequences of transitions so far, each extended by every valid transition and the best `width` kept, until every
/// word is read and reduced (2n transitions for n words, whatever the path). With a width of 1 it is the greedy
/// parse, transition for transition.
///
/// Items share their stacks: a stack is a chain of ``Node``s in an arena, each word's node holding what the
/// features read of it (its head, its two outermost children on each side and how many), so a transition makes
/// one or two nodes and copies nothing else. The arcs an item made are a chain of ``Step``s, read back once at the
/// end. Every rule of ``ArcEagerState`` holds: the root takes no arc while parsing, a mark heads nothing.
///
/// - Complexity: O(n × width × f) for n words and f features a state: each item's features are scored once and
///   shared by its four transitions.
struct BeamSearch {
    /// A word on a stack, as the features see it; never changed once made (a new right child makes a new node).
    struct Node {
        var word: Int32
        /// -1 while it has none.
        var head: Int32
        /// The node under it; -1 under the root.
        var below: Int32
        var leftmost: Int32 = -1, secondLeftmost: Int32 = -1, leftCount: Int32 = 0
        var rightmost: Int32 = -1, secondRightmost: Int32 = -1, rightCount: Int32 = 0
    }

    /// One transition of an item's history.
    struct Step {
        /// The step before; -1 for the first.
        var parent: Int32
        var transition: ArcEagerState.Transition
        /// The arc it made (dependent -1 for none).
        var dependent: Int32
        var head: Int32
    }

    /// One sequence of transitions in the beam.
    struct Item {
        var top: Int32
        var depth: Int32
        var next: Int32
        /// The buffer's first word's left children (it has no node until it is pushed).
        var nextLeftmost: Int32 = -1, nextSecondLeftmost: Int32 = -1, nextLeftCount: Int32 = 0
        /// Its last step; -1 before the first.
        var history: Int32 = -1
        var score: Double = 0
        /// Whether it follows the gold sequence so far (training only).
        var isGold = false
    }

    let context: ParseContext
    let count: Int
    let isMark: [Bool]
    private(set) var nodes: [Node] = []
    private(set) var steps: [Step] = []
    /// The scores of the features that read the buffer alone, by the buffer's first position, once scored; and of
    /// those that read the top's and the buffer's first positions alone, by the pair (``FeatureGroups``): the
    /// items of a beam share them, so each is scored once a sentence.
    private var bufferScores: [SIMD4<Float>?]
    private var pairScores: [SIMD4<Float>?]
    private var longPairScores: [Int: SIMD4<Float>] = [:]
    /// The scores of the features that read the top's node alone, by node.
    private var nodeScores: [SIMD4<Float>?] = []
    /// Sentences longer than this keep the pairs' scores in a dictionary rather than a square table.
    static let longestSquare = 100

    init(context: ParseContext) {
        self.context = context
        count = context.words.count - 1
        isMark = context.isMark
        nodes.reserveCapacity(64)
        nodes.append(Node(word: 0, head: -1, below: -1))
        bufferScores = [SIMD4<Float>?](repeating: nil, count: count + 2)
        pairScores = count <= Self.longestSquare ? [SIMD4<Float>?](repeating: nil, count: (count + 1) * (count + 2)) : []
    }

    /// The four transitions' scores for an item: the features of each ``FeatureGroups`` scored by `scores`, the
    /// buffer's, the pair's and each node's once a sentence. The same sums as scoring all the features at once.
    mutating func score(
        _ item: Item, features: inout [UInt32], scores: (_ features: [UInt32]) -> SIMD4<Double>
    ) -> SIMD4<Double> {
        let view = view(item)
        let next = Int(item.next)
        // A group's scores as known, or scored now.
        func scored(_ group: FeatureGroups, _ known: SIMD4<Float>?) -> SIMD4<Float> {
            if let known { return known }
            context.features(of: view, groups: group, into: &features)
            return SIMD4<Float>(scores(features))
        }
        let buffer = scored(.buffer, bufferScores[next])
        bufferScores[next] = buffer
        let pairIndex = view.s0 * (count + 2) + next
        let pair: SIMD4<Float>
        if count <= Self.longestSquare {
            pair = scored(.pair, pairScores[pairIndex])
            pairScores[pairIndex] = pair
        } else {
            pair = scored(.pair, longPairScores[pairIndex])
            longPairScores[pairIndex] = pair
        }
        let node = Int(item.top)
        if node >= nodeScores.count { nodeScores.append(contentsOf: repeatElement(nil, count: nodes.count - nodeScores.count)) }
        let top = scored(.top, nodeScores[node])
        nodeScores[node] = top
        context.features(of: view, groups: .structure, into: &features)
        return scores(features) + SIMD4<Double>(buffer) + SIMD4<Double>(pair) + SIMD4<Double>(top)
    }

    /// The item before any transition: the root alone on the stack.
    var initial: Item { Item(top: 0, depth: 1, next: 1) }

    func isFinal(_ item: Item) -> Bool { Int(item.next) > count && item.depth <= 1 }

    func isValid(_ transition: ArcEagerState.Transition, _ item: Item) -> Bool {
        let bufferIsEmpty = Int(item.next) > count
        let top = nodes[Int(item.top)]
        return ArcEagerState.isValid(
            transition, top: Int(top.word), topHasHead: top.head >= 0, bufferIsEmpty: bufferIsEmpty,
            nextIsMark: !bufferIsEmpty && isMark[Int(item.next)], topIsMark: isMark[Int(top.word)])
    }

    /// What the features read of an item.
    func view(_ item: Item) -> StateView {
        var view = StateView()
        view.count = count
        view.next = Int(item.next)
        view.stackCount = Int(item.depth)
        let top = nodes[Int(item.top)]
        view.s0 = Int(top.word)
        if top.below >= 0 {
            let below = nodes[Int(top.below)]
            view.s1 = Int(below.word)
            if below.below >= 0 { view.s2 = Int(nodes[Int(below.below)].word) }
            // A word on the stack with a head got it by a right arc from the word under it.
            if top.head >= 0 { view.s0h2 = Int(below.head) }
        }
        view.s0h = Int(top.head)
        view.s0l = Int(top.leftmost)
        view.s0l2 = Int(top.secondLeftmost)
        view.s0r = Int(top.rightmost)
        view.s0r2 = Int(top.secondRightmost)
        view.s0left = Int(top.leftCount)
        view.s0right = Int(top.rightCount)
        view.attached = top.word > 0 && top.head >= 0
        if Int(item.next) <= count {
            view.n0 = Int(item.next)
            view.n0l = Int(item.nextLeftmost)
            view.n0l2 = Int(item.nextSecondLeftmost)
            view.n0left = Int(item.nextLeftCount)
        }
        return view
    }

    /// The item after `transition` (which must be valid).
    mutating func apply(_ transition: ArcEagerState.Transition, to item: Item, score: Double) -> Item {
        var result = item
        result.score = score
        let top = nodes[Int(item.top)]
        var dependent: Int32 = -1, head: Int32 = -1
        switch transition {
        case .shift:
            result.top = push(item, head: -1, below: item.top)
        case .reduce:
            result.top = top.below
            result.depth -= 1
        case .left:
            dependent = top.word
            head = item.next
            result.top = top.below
            result.depth -= 1
            result.nextSecondLeftmost = item.nextLeftmost
            result.nextLeftmost = top.word
            result.nextLeftCount += 1
        case .right:
            dependent = item.next
            head = top.word
            var parent = top
            parent.secondRightmost = top.rightmost
            parent.rightmost = item.next
            parent.rightCount += 1
            nodes.append(parent)
            result.top = push(item, head: top.word, below: Int32(nodes.count - 1))
        }
        if transition == .shift || transition == .right {
            result.next += 1
            result.depth += 1
            result.nextLeftmost = -1
            result.nextSecondLeftmost = -1
            result.nextLeftCount = 0
        }
        steps.append(Step(parent: item.history, transition: transition, dependent: dependent, head: head))
        result.history = Int32(steps.count - 1)
        return result
    }

    /// A node for the buffer's first word, with the left children it took in the buffer.
    private mutating func push(_ item: Item, head: Int32, below: Int32) -> Int32 {
        nodes.append(Node(
            word: item.next, head: head, below: below, leftmost: item.nextLeftmost, secondLeftmost: item.nextSecondLeftmost,
            leftCount: item.nextLeftCount))
        return Int32(nodes.count - 1)
    }

    /// The transitions from the start to `history`'s step, in order.
    func transitions(to history: Int32) -> [ArcEagerState.Transition] {
        var result: [ArcEagerState.Transition] = []
        var step = history
        while step >= 0 {
            result.append(steps[Int(step)].transition)
            step = steps[Int(step)].parent
        }
        return result.reversed()
    }

    /// Each word's head (index 0 unused) once `item` is final, the words left without one placed as
    /// ``ArcEagerState/finishedHeads()`` places them.
    func finishedHeads(_ item: Item) -> [Int] {
        var heads = [Int](repeating: -1, count: count + 1)
        var step = item.history
        while step >= 0 {
            let made = steps[Int(step)]
            if made.dependent >= 0 { heads[Int(made.dependent)] = Int(made.head) }
            step = made.parent
        }
        return ArcEagerState.finishedHeads(heads, isMark: isMark)
    }

    /// The candidates of one step, best first: at most `width`, ties kept in the order they were offered (items in
    /// the beam's order, transitions in ``ArcEagerState/Transition`` order), as the greedy parse breaks them.
    struct Candidates {
        let width: Int
        private(set) var entries: [(score: Double, item: Int, transition: ArcEagerState.Transition)] = []

        init(width: Int) {
            self.width = width
            entries.reserveCapacity(width + 1)
        }

        mutating func offer(score: Double, item: Int, transition: ArcEagerState.Transition) {
            if entries.count >= width, score <= entries[entries.count - 1].score { return }
            var position = entries.count
            while position > 0, entries[position - 1].score < score { position -= 1 }
            entries.insert((score, item, transition), at: position)
            if entries.count > width { entries.removeLast() }
        }
    }

    /// The next beam: every item's valid transitions scored by `scores` (the four transitions' scores for a
    /// state's features), the best `width` applied. In training, an item stays gold when a gold item takes
    /// `goldTransition`.
    mutating func advance(
        _ beam: [Item], width: Int, features: inout [UInt32], goldTransition: ArcEagerState.Transition? = nil,
        scores: (_ features: [UInt32]) -> SIMD4<Double>
    ) -> [Item] {
        var candidates = Candidates(width: width)
        for (index, item) in beam.enumerated() {
            let scored = score(item, features: &features, scores: scores)
            for transition in ArcEagerState.Transition.allCases where isValid(transition, item) {
                candidates.offer(score: item.score + scored[transition.rawValue], item: index, transition: transition)
            }
        }
        return candidates.entries.map { entry in
            var item = apply(entry.transition, to: beam[entry.item], score: entry.score)
            item.isGold = beam[entry.item].isGold && entry.transition == goldTransition
            return item
        }
    }

    /// The best tree's heads (index 0 unused) for a sentence, searched with a beam of `width`.
    static func heads(_ context: ParseContext, width: Int, scores: (_ features: [UInt32]) -> SIMD4<Double>) -> [Int] {
        var search = BeamSearch(context: context)
        var beam = [search.initial]
        var features: [UInt32] = []
        features.reserveCapacity(96)
        while let first = beam.first, !search.isFinal(first) {
            beam = search.advance(beam, width: max(1, width), features: &features, scores: scores)
        }
        return search.finishedHeads(beam[0])
    }
}

extension SparseWeights {
    /// The four transitions' scores for `features`, in stored units.
    @inline(__always)
    func transitionScores(_ features: [UInt32]) -> SIMD4<Double> {
        SIMD4<Double>(denseScores(features))
    }
}
