extension ParseContext {
    /// The features of a parser state: words and tags of the stack's top two, the buffer's first three, the top's
    /// head and grandhead, the leftmost and rightmost children of the top and the buffer's first, distance and
    /// valency (Zhang and Nivre 2011, without the label features).
    func features(of state: ArcEagerState, into features: inout [UInt32]) {
        features.removeAll(keepingCapacity: true)
        let stack = state.stack
        let s0 = stack.count >= 1 ? stack[stack.count - 1] : -1
        let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
        let n0 = state.next <= state.count ? state.next : -1
        let n1 = state.next + 1 <= state.count ? state.next + 1 : -1
        let n2 = state.next + 2 <= state.count ? state.next + 2 : -1
        let s0h = s0 >= 0 ? state.heads[s0] : -1
        let s0h2 = s0h >= 0 ? state.heads[s0h] : -1
        func child(_ list: [Int], _ rank: Int) -> Int { list.count > rank ? list[list.count - 1 - rank] : -1 }
        let s0l = s0 >= 0 ? child(state.leftChildren[s0], 0) : -1
        let s0l2 = s0 >= 0 ? child(state.leftChildren[s0], 1) : -1
        let s0r = s0 >= 0 ? child(state.rightChildren[s0], 0) : -1
        let s0r2 = s0 >= 0 ? child(state.rightChildren[s0], 1) : -1
        let n0l = n0 >= 0 ? child(state.leftChildren[n0], 0) : -1
        let n0l2 = n0 >= 0 ? child(state.leftChildren[n0], 1) : -1

        let s0w = word(s0), s0p = tag(s0), s1w = word(s1), s1p = tag(s1)
        let n0w = word(n0), n0p = tag(n0), n1w = word(n1), n1p = tag(n1), n2w = word(n2), n2p = tag(n2)
        let s0wp = s0w &* 31 &+ s0p, n0wp = n0w &* 31 &+ n0p, n1wp = n1w &* 31 &+ n1p, n2wp = n2w &* 31 &+ n2p
        var template: UInt64 = 100
        func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(FeatureKey.key(template, a, b, c))
            template += 1
        }
        // One word.
        add(s0wp); add(s0w); add(s0p)
        add(n0wp); add(n0w); add(n0p)
        add(n1wp); add(n1w); add(n1p)
        add(n2wp); add(n2w); add(n2p)
        add(s1w); add(s1p)
        // Pairs.
        add(s0wp, n0wp); add(s0wp, n0w); add(s0w, n0wp); add(s0wp, n0p); add(s0p, n0wp); add(s0w, n0w); add(s0p, n0p)
        add(n0p, n1p); add(s1p, s0p); add(s1w, s0w)
        // Three tags.
        add(n0p, n1p, n2p); add(s0p, n0p, n1p); add(tag(s0h), s0p, n0p); add(s0p, tag(s0l), n0p); add(s0p, tag(s0r), n0p)
        add(s0p, n0p, tag(n0l)); add(s1p, s0p, n0p)
        // Distance.
        let distance: UInt64 = s0 > 0 && n0 > 0 ? UInt64(min(n0 - s0, 8)) : 0
        add(s0w, distance); add(s0p, distance); add(n0w, distance); add(n0p, distance); add(s0w, n0w, distance)
        add(s0p, n0p, distance)
        // Valency.
        let s0right = s0 >= 0 ? UInt64(state.rightChildren[s0].count) : 9
        let s0left = s0 >= 0 ? UInt64(state.leftChildren[s0].count) : 9
        let n0left = n0 >= 0 ? UInt64(state.leftChildren[n0].count) : 9
        add(s0w, s0right); add(s0p, s0right); add(s0w, s0left); add(s0p, s0left); add(n0w, n0left); add(n0p, n0left)
        // Second order.
        add(word(s0h)); add(tag(s0h)); add(word(s0l)); add(tag(s0l)); add(word(s0r)); add(tag(s0r))
        add(word(n0l)); add(tag(n0l))
        // Third order.
        add(word(s0h2)); add(tag(s0h2)); add(word(s0l2)); add(tag(s0l2)); add(word(s0r2)); add(tag(s0r2))
        add(word(n0l2)); add(tag(n0l2))
        add(s0p, tag(s0l), tag(s0l2)); add(s0p, tag(s0r), tag(s0r2)); add(s0p, tag(s0h), tag(s0h2))
        add(n0p, tag(n0l), tag(n0l2))
        // Whether the top has its head yet, and the stack's depth.
        let attached: UInt64 = s0 > 0 && state.heads[s0] >= 0 ? 1 : 0
        add(attached, s0p, n0p); add(attached, s0w); add(UInt64(min(stack.count, 4)), n0p)
        // The buffer word's shape and suffix, for words the training never saw.
        if n0 > 0 { add(words[n0].suffix3, n0p); add(words[n0].shape, s0p) } else { add(0); add(0) }
        if s0 > 0 { add(words[s0].suffix3, s0p) } else { add(0) }
        // The word before the buffer's first.
        add(n0 > 1 ? tag(n0 - 1) : Self.none, n0p, s0p)
        // Between and around the top and the buffer's first: punctuation and verbs between them, the tags beside
        // the top, the UPOS tags of the three, the next two words.
        if s0 >= 0, n0 > s0 {
            let punctuation = UInt64(min(punctuationBefore[n0] - punctuationBefore[s0 + 1], 3))
            let verbs = UInt64(min(verbsBefore[n0] - verbsBefore[s0 + 1], 3))
            add(s0p, n0p, punctuation &* 4 &+ verbs); add(n0p, punctuation); add(s0w, punctuation &* 4 &+ verbs)
        } else {
            add(Self.none); add(Self.none); add(Self.none)
        }
        add(s0 > 0 ? tag(s0 - 1) : Self.none, s0p, n0p); add(s0p, s0 >= 0 && s0 + 1 < n0 ? tag(s0 + 1) : Self.none, n0p)
        add(coarseTag(s0), coarseTag(n0), coarseTag(n1)); add(coarseTag(s1), coarseTag(s0), coarseTag(n0))
        add(n0w, n1w); add(n0w, n1p); add(n0p, n1w)
    }
}
