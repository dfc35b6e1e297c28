/// What the features read of a parser state: the stack's top two, the buffer's first, the top's head and grandhead,
/// the leftmost and rightmost children (two each) of the top and the buffer's first, and their valencies. Filled
/// by ``ArcEagerState`` and by the beam's items (``BeamSearch``) alike, so both score the same features.
struct StateView: Equatable {
    /// Word positions, -1 where there is none.
    var s0 = -1, s1 = -1, s2 = -1, n0 = -1, s0h = -1, s0h2 = -1
    var s0l = -1, s0l2 = -1, s0r = -1, s0r2 = -1, n0l = -1, n0l2 = -1
    var s0left = 0, s0right = 0, n0left = 0
    var stackCount = 1
    /// Words in the sentence, so the buffer's second and third can be found.
    var count = 0
    var next = 1
    /// Whether the top has its head.
    var attached = false
}

extension ArcEagerState {
    /// What the features read of this state.
    var view: StateView {
        var view = StateView()
        view.count = count
        view.next = next
        view.stackCount = stack.count
        func child(_ list: [Int], _ rank: Int) -> Int { list.count > rank ? list[list.count - 1 - rank] : -1 }
        let s0 = stack.count >= 1 ? stack[stack.count - 1] : -1
        view.s0 = s0
        view.s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
        view.s2 = stack.count >= 3 ? stack[stack.count - 3] : -1
        view.n0 = next <= count ? next : -1
        if s0 >= 0 {
            view.s0h = heads[s0]
            view.s0h2 = view.s0h >= 0 ? heads[view.s0h] : -1
            view.s0l = child(leftChildren[s0], 0)
            view.s0l2 = child(leftChildren[s0], 1)
            view.s0r = child(rightChildren[s0], 0)
            view.s0r2 = child(rightChildren[s0], 1)
            view.s0left = leftChildren[s0].count
            view.s0right = rightChildren[s0].count
            view.attached = s0 > 0 && heads[s0] >= 0
        }
        if view.n0 >= 0 {
            view.n0l = child(leftChildren[view.n0], 0)
            view.n0l2 = child(leftChildren[view.n0], 1)
            view.n0left = leftChildren[view.n0].count
        }
        return view
    }
}

extension ParseContext {
    /// The features of a parser state: words and tags of the stack's top two, the buffer's first three, the top's
    /// head and grandhead, the leftmost and rightmost children of the top and the buffer's first, distance and
    /// valency (Zhang and Nivre 2011, without the label features).
    func features(of state: ArcEagerState, into features: inout [UInt32]) {
        self.features(of: state.view, into: &features)
    }

    /// The features of a state seen through its ``StateView``: all of them, or those of some ``FeatureGroups``
    /// (each feature keeps its template's number, so the groups' features together are all of them).
    func features(of view: StateView, groups: FeatureGroups = .all, into features: inout [UInt32]) {
        features.removeAll(keepingCapacity: true)
        let s0 = view.s0, s1 = view.s1, n0 = view.n0
        let n1 = view.next + 1 <= view.count ? view.next + 1 : -1
        let n2 = view.next + 2 <= view.count ? view.next + 2 : -1
        let s0h = view.s0h, s0h2 = view.s0h2
        let s0l = view.s0l, s0l2 = view.s0l2, s0r = view.s0r, s0r2 = view.s0r2, n0l = view.n0l, n0l2 = view.n0l2

        let s0w = word(s0), s0p = tag(s0), s1w = word(s1), s1p = tag(s1)
        let n0w = word(n0), n0p = tag(n0), n1w = word(n1), n1p = tag(n1), n2w = word(n2), n2p = tag(n2)
        let s0wp = s0w &* 31 &+ s0p, n0wp = n0w &* 31 &+ n0p, n1wp = n1w &* 31 &+ n1p, n2wp = n2w &* 31 &+ n2p
        var template: UInt64 = 100
        func add(_ group: FeatureGroups, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            if groups.contains(group) { features.append(FeatureKey.key(template, a, b, c)) }
            template += 1
        }
        let B = FeatureGroups.buffer, P = FeatureGroups.pair, T = FeatureGroups.top, S = FeatureGroups.structure
        // One word.
        add(P, s0wp); add(P, s0w); add(P, s0p)
        add(B, n0wp); add(B, n0w); add(B, n0p)
        add(B, n1wp); add(B, n1w); add(B, n1p)
        add(B, n2wp); add(B, n2w); add(B, n2p)
        add(T, s1w); add(T, s1p)
        // Pairs.
        add(P, s0wp, n0wp); add(P, s0wp, n0w); add(P, s0w, n0wp); add(P, s0wp, n0p); add(P, s0p, n0wp); add(P, s0w, n0w)
        add(P, s0p, n0p)
        add(B, n0p, n1p); add(T, s1p, s0p); add(T, s1w, s0w)
        // Three tags.
        add(B, n0p, n1p, n2p); add(P, s0p, n0p, n1p); add(S, tag(s0h), s0p, n0p); add(S, s0p, tag(s0l), n0p)
        add(S, s0p, tag(s0r), n0p); add(S, s0p, n0p, tag(n0l)); add(S, s1p, s0p, n0p)
        // Distance.
        let distance: UInt64 = s0 > 0 && n0 > 0 ? UInt64(min(n0 - s0, 8)) : 0
        add(P, s0w, distance); add(P, s0p, distance); add(P, n0w, distance); add(P, n0p, distance); add(P, s0w, n0w, distance)
        add(P, s0p, n0p, distance)
        // Valency.
        let s0right = s0 >= 0 ? UInt64(view.s0right) : 9
        let s0left = s0 >= 0 ? UInt64(view.s0left) : 9
        let n0left = n0 >= 0 ? UInt64(view.n0left) : 9
        add(T, s0w, s0right); add(T, s0p, s0right); add(T, s0w, s0left); add(T, s0p, s0left); add(S, n0w, n0left); add(S, n0p, n0left)
        // Second order.
        add(T, word(s0h)); add(T, tag(s0h)); add(T, word(s0l)); add(T, tag(s0l)); add(T, word(s0r)); add(T, tag(s0r))
        add(S, word(n0l)); add(S, tag(n0l))
        // Third order.
        add(T, word(s0h2)); add(T, tag(s0h2)); add(T, word(s0l2)); add(T, tag(s0l2)); add(T, word(s0r2)); add(T, tag(s0r2))
        add(S, word(n0l2)); add(S, tag(n0l2))
        add(T, s0p, tag(s0l), tag(s0l2)); add(T, s0p, tag(s0r), tag(s0r2)); add(T, s0p, tag(s0h), tag(s0h2))
        add(S, n0p, tag(n0l), tag(n0l2))
        // Whether the top has its head yet, and the stack's depth.
        let attached: UInt64 = view.attached ? 1 : 0
        add(S, attached, s0p, n0p); add(T, attached, s0w); add(S, UInt64(min(view.stackCount, 4)), n0p)
        // The buffer word's shape and suffix, for words the training never saw.
        if n0 > 0 { add(B, words[n0].suffix3, n0p); add(P, words[n0].shape, s0p) } else { add(B, 0); add(P, 0) }
        if s0 > 0 { add(P, words[s0].suffix3, s0p) } else { add(P, 0) }
        // The word before the buffer's first.
        add(P, n0 > 1 ? tag(n0 - 1) : Self.none, n0p, s0p)
        // Between and around the top and the buffer's first: punctuation and verbs between them, the tags beside
        // the top, the UPOS tags of the three, the next two words.
        if s0 >= 0, n0 > s0 {
            let punctuation = UInt64(min(punctuationBefore[n0] - punctuationBefore[s0 + 1], 3))
            let verbs = UInt64(min(verbsBefore[n0] - verbsBefore[s0 + 1], 3))
            add(P, s0p, n0p, punctuation &* 4 &+ verbs); add(P, n0p, punctuation); add(P, s0w, punctuation &* 4 &+ verbs)
        } else {
            add(P, Self.none); add(P, Self.none); add(P, Self.none)
        }
        add(P, s0 > 0 ? tag(s0 - 1) : Self.none, s0p, n0p); add(P, s0p, s0 >= 0 && s0 + 1 < n0 ? tag(s0 + 1) : Self.none, n0p)
        add(P, coarseTag(s0), coarseTag(n0), coarseTag(n1)); add(S, coarseTag(s1), coarseTag(s0), coarseTag(n0))
        add(B, n0w, n1w); add(B, n0w, n1p); add(B, n0p, n1w)
        guard extendedFeatures else { return }
        // Extended: the third on the stack, the top's word with its children's, the top with the buffer's second,
        // four tags, the buffer's first with its left child, the buffer's second and third words.
        let s2p = tag(view.s2)
        add(T, s2p, s1p, s0p); add(T, s0w, word(s0l)); add(T, s0w, word(s0r)); add(T, s0wp, tag(s0l)); add(T, s0wp, tag(s0r))
        add(P, s0w, n1w); add(P, s0p, n1w); add(P, s0w, n0p, n1p); add(P, s0p, n0w, n1p); add(P, s0p, n0p, n1p &* 1024 &+ n2p)
        add(B, n1w, n2w); add(B, n1w, n2p); add(B, n1p, n2w)
        add(S, n0w, word(n0l)); add(S, n0wp, tag(n0l)); add(S, s1p, s0p, n0p &* 1024 &+ n1p)
    }
}

/// Kinds of parser features by what they read, so a beam can score each kind once for all the states that share
/// what it reads: the buffer's words alone, the top and the buffer's first word (with nothing of the arcs made),
/// the top with what it has of the arcs made (its head and grandhead, children, valencies, the word under it), or
/// the rest (the top's against the buffer's first, the buffer's first's children, depth).
struct FeatureGroups: OptionSet {
    let rawValue: UInt8
    /// Read the buffer's first word (its position) and the words after it only.
    static let buffer = FeatureGroups(rawValue: 1)
    /// Read the top's position and the buffer's first position only.
    static let pair = FeatureGroups(rawValue: 2)
    /// Read the top, its head and grandhead, its children and the word under it only: what the beam's stack node
    /// of the top holds (``BeamSearch/Node``).
    static let top = FeatureGroups(rawValue: 8)
    static let structure = FeatureGroups(rawValue: 4)
    static let all: FeatureGroups = [.buffer, .pair, .top, .structure]
}
