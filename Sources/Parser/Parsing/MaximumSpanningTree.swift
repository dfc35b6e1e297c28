/// The maximum spanning tree of a weighted directed graph over a sentence's words, rooted at 0 with exactly one arc
/// from the root (as Universal Dependencies require): Chu and Liu (1965) and Edmonds (1967), over a sparse list of
/// candidate arcs, as parser combination by reparsing uses it (Sagae and Lavie 2006).
enum MaximumSpanningTree {
    /// A candidate arc and its weight.
    struct Arc: Equatable {
        var head: Int
        var dependent: Int
        var weight: Double
    }

    /// The heads (index 0 unused, -1; words 1...count) of the spanning tree of greatest total weight whose root
    /// has exactly one dependent, or nil when no such tree exists among the arcs.
    ///
    /// Ties go to the arc listed first. Each word the arcs attach to the root is tried as the root's one
    /// dependent (a sentence's parsers propose one or two).
    ///
    /// - Complexity: O(r × a × n) for r candidate root dependents, a arcs, n words (O(a) when the best incoming
    ///   arcs already form a tree, the usual case when the parsers mostly agree).
    static func heads(count: Int, arcs: [Arc]) -> [Int]? {
        guard count > 0 else { return [-1] }
        var roots: [Int] = []
        for arc in arcs where arc.head == 0 && !roots.contains(arc.dependent) { roots.append(arc.dependent) }
        let inner = arcs.filter { $0.head != 0 && $0.head != $0.dependent }
        var best: (heads: [Int], weight: Double)?
        for root in roots {
            guard let rootArc = arcs.filter({ $0.head == 0 && $0.dependent == root }).max(by: { $0.weight < $1.weight }) else { continue }
            // The one root arc first, then the words' arcs except those into the root's dependent.
            let candidates = [rootArc] + inner.filter { $0.dependent != root }
            guard let heads = chuLiuEdmonds(nodeCount: count + 1, arcs: candidates) else { continue }
            if roots.count == 1 { return heads }
            var weight = 0.0
            for word in 1...count {
                weight += candidates.filter { $0.head == heads[word] && $0.dependent == word }.map(\.weight).max() ?? 0
            }
            if best == nil || weight > best!.weight + 1e-12 { best = (heads, weight) }
        }
        return best?.heads
    }

    /// Chu–Liu–Edmonds over nodes 0..<nodeCount rooted at 0: each node's best incoming arc, cycles contracted into
    /// one node with arcs into them reweighted, solved again, expanded. Nil when some node cannot be reached.
    static func chuLiuEdmonds(nodeCount: Int, arcs: [Arc]) -> [Int]? {
        var bestIn = [Int](repeating: -1, count: nodeCount)
        for (index, arc) in arcs.enumerated() where arc.dependent != 0 && arc.head != arc.dependent {
            if bestIn[arc.dependent] < 0 || arc.weight > arcs[bestIn[arc.dependent]].weight { bestIn[arc.dependent] = index }
        }
        for node in 1..<nodeCount where bestIn[node] < 0 { return nil }
        var heads = [Int](repeating: -1, count: nodeCount)
        for node in 1..<nodeCount { heads[node] = arcs[bestIn[node]].head }
        guard let cycle = firstCycle(heads) else { return heads }

        // Contract the cycle into one node; the others keep their order.
        var inCycle = [Bool](repeating: false, count: nodeCount)
        for node in cycle { inCycle[node] = true }
        var newIndex = [Int](repeating: -1, count: nodeCount)
        var next = 0
        for node in 0..<nodeCount where !inCycle[node] {
            newIndex[node] = next
            next += 1
        }
        let contracted = next
        var newArcs: [Arc] = []
        var origin: [Int] = []
        for (index, arc) in arcs.enumerated() {
            switch (inCycle[arc.head], inCycle[arc.dependent]) {
            case (true, true): continue
            case (false, true):
                let inside = arcs[bestIn[arc.dependent]].weight
                newArcs.append(Arc(head: newIndex[arc.head], dependent: contracted, weight: arc.weight - inside))
            case (true, false):
                newArcs.append(Arc(head: contracted, dependent: newIndex[arc.dependent], weight: arc.weight))
            case (false, false):
                newArcs.append(Arc(head: newIndex[arc.head], dependent: newIndex[arc.dependent], weight: arc.weight))
            }
            origin.append(index)
        }
        guard let smaller = chuLiuEdmonds(nodeCount: contracted + 1, arcs: newArcs) else { return nil }
        // Which arc the smaller tree chose for each of its nodes: the first of greatest weight, as it chose.
        var chosen = [Int](repeating: -1, count: contracted + 1)
        for (index, arc) in newArcs.enumerated() where arc.dependent != 0 && smaller[arc.dependent] == arc.head {
            if chosen[arc.dependent] < 0 || arc.weight > newArcs[chosen[arc.dependent]].weight { chosen[arc.dependent] = index }
        }
        var result = heads
        for node in 1...contracted where chosen[node] >= 0 {
            let original = arcs[origin[chosen[node]]]
            result[original.dependent] = original.head
        }
        return result
    }

    /// The nodes of a cycle among the heads (0 the root, -1 none), or nil when there is none.
    static func firstCycle(_ heads: [Int]) -> [Int]? {
        // 0 unvisited, 1 on the current walk, 2 done.
        var state = [UInt8](repeating: 0, count: heads.count)
        state[0] = 2
        for start in 1..<heads.count where state[start] == 0 {
            var path: [Int] = []
            var node = start
            while node >= 0, state[node] == 0 {
                state[node] = 1
                path.append(node)
                node = heads[node]
            }
            if node >= 0, state[node] == 1, let from = path.firstIndex(of: node) { return Array(path[from...]) }
            for visited in path { state[visited] = 2 }
        }
        return nil
    }
}
