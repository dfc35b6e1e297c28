/// A configuration of the arc-eager transition system (Nivre 2003) over one sentence: the stack, the next word of
/// the buffer, the arcs made so far, and each word's children nearest first (for the features).
///
/// Words are numbered from 1 as in CoNLL-U; 0 is the root, which stays at the bottom of the stack and takes no arc
/// while parsing: the root's dependent is chosen when the buffer is empty, among the words left without a head
/// (``finishedHeads()``). A right arc from the root before then would decide the sentence's head word from its
/// first words alone ("President Bush on Tuesday nominated…" rooted in "Bush").
struct ArcEagerState {
    enum Transition: Int, CaseIterable {
        case shift, reduce, left, right
    }

    let count: Int
    var stack: [Int] = [0]
    /// The next word of the buffer (count + 1 when it is empty).
    var next = 1
    /// `heads[i]` for word i, -1 when it has none yet.
    var heads: [Int]
    /// Children left of each word, nearest first (the order left arcs make them).
    var leftChildren: [[Int]]
    /// Children right of each word, nearest first.
    var rightChildren: [[Int]]

    /// Which words are punctuation (index 0 the root): a mark heads nothing (UD's `punct` is a leaf), so no arc
    /// makes one a head — the weights would otherwise hang a clause on the final stop ("accused Russia of sending
    /// tanks.", the gerund a compound of ".").
    let isMark: [Bool]

    init(count: Int, isMark: [Bool] = []) {
        self.count = count
        self.isMark = isMark.isEmpty ? [Bool](repeating: false, count: count + 1) : isMark
        heads = [Int](repeating: -1, count: count + 1)
        leftChildren = [[Int]](repeating: [], count: count + 1)
        rightChildren = [[Int]](repeating: [], count: count + 1)
    }

    var isFinal: Bool { next > count && stack.count <= 1 }
    var bufferIsEmpty: Bool { next > count }
    var top: Int? { stack.last }

    func isValid(_ transition: Transition) -> Bool {
        guard let top else { return transition == .shift && !bufferIsEmpty }
        return Self.isValid(
            transition, top: top, topHasHead: heads[top] >= 0, bufferIsEmpty: bufferIsEmpty,
            nextIsMark: !bufferIsEmpty && isMark[next], topIsMark: isMark[top])
    }

    /// The system's rules, for this state and the beam's items alike: the root (word 0) is never reduced and takes
    /// no arc while parsing, a word with a head takes no left arc, and a mark heads nothing.
    @inline(__always)
    static func isValid(
        _ transition: Transition, top: Int, topHasHead: Bool, bufferIsEmpty: Bool, nextIsMark: Bool, topIsMark: Bool
    ) -> Bool {
        switch transition {
        case .shift: return !bufferIsEmpty
        case .reduce: return top != 0 && (topHasHead || bufferIsEmpty)
        case .left: return top != 0 && !bufferIsEmpty && !topHasHead && !nextIsMark
        case .right: return top != 0 && !bufferIsEmpty && !topIsMark
        }
    }

    mutating func apply(_ transition: Transition) {
        switch transition {
        case .shift:
            stack.append(next)
            next += 1
        case .reduce:
            stack.removeLast()
        case .left:
            let dependent = stack.removeLast()
            heads[dependent] = next
            leftChildren[next].append(dependent)
        case .right:
            let head = stack[stack.count - 1]
            heads[next] = head
            rightChildren[head].append(next)
            stack.append(next)
            next += 1
        }
    }

    /// The cost of a transition against gold heads: how many gold arcs still reachable it makes unreachable
    /// (Goldberg and Nivre 2012's dynamic oracle for arc-eager).
    func cost(_ transition: Transition, gold: [Int]) -> Int {
        switch transition {
        case .shift:
            // The next word loses its head and its dependents on the stack (the root's arc is made at the end).
            var lost = 0
            for item in stack {
                if item != 0, gold[next] == item { lost += 1 }
                if item != 0, heads[item] < 0, gold[item] == next { lost += 1 }
            }
            return lost
        case .reduce:
            guard let top else { return 0 }
            var lost = 0
            if heads[top] < 0, gold[top] >= next { lost += 1 }
            if next <= count { for word in next...count where gold[word] == top { lost += 1 } }
            return lost
        case .left:
            guard let top else { return 0 }
            var lost = 0
            if gold[top] > next || gold[top] == 0 { lost += 1 }
            for word in next...count where gold[word] == top { lost += 1 }
            return lost
        case .right:
            guard let top else { return 0 }
            var lost = 0
            if gold[next] != top, gold[next] > next || stack.contains(gold[next]) { lost += 1 }
            for item in stack where item != 0 && heads[item] < 0 && gold[item] == next { lost += 1 }
            return lost
        }
    }

    /// The heads once every word has one: words left without a head hang from the root's dependent, which is the
    /// first of them that is not punctuation (or the first of them, when all are). A parser reading right to left
    /// leaves the final stop headless, its first word; the first mark as the root would hang the sentence on it.
    func finishedHeads() -> [Int] {
        Self.finishedHeads(heads, isMark: isMark, rootDependent: rightChildren[0].first)
    }

    /// ``finishedHeads()`` for heads made by any search (index 0 the root, -1 for a word without a head yet).
    static func finishedHeads(_ heads: [Int], isMark: [Bool], rootDependent: Int? = nil) -> [Int] {
        var result = heads
        let count = heads.count - 1
        guard count > 0 else { return result }
        var root = rootDependent
        if root == nil { root = (1...count).first { result[$0] < 0 && !isMark[$0] } }
        for word in 1...count where result[word] < 0 {
            if let root, root != word {
                result[word] = root
            } else {
                result[word] = 0
                root = word
            }
        }
        return result
    }
}
