extension NetworkParser {
    /// The 18 positions the features read, as `Scripts/train-parser-network.py` (`positions`) reads them (-1 for
    /// none): the stack's top three, the buffer's first four, the top's two leftmost and two rightmost children, the
    /// buffer's first's two leftmost, the top's leftmost's leftmost and rightmost's rightmost, the top's head, and
    /// the second's leftmost and rightmost.
    @inline(__always)
    static func positions(of state: ArcEagerState, into positions: inout [Int]) {
        let stack = state.stack
        let s0 = stack.count >= 1 ? stack[stack.count - 1] : -1
        let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
        let s2 = stack.count >= 3 ? stack[stack.count - 3] : -1
        let count = state.count
        func buffer(_ offset: Int) -> Int { state.next + offset <= count ? state.next + offset : -1 }
        func left(_ word: Int, _ rank: Int) -> Int {
            guard word >= 0 else { return -1 }
            let list = state.leftChildren[word]
            return list.count > rank ? list[list.count - 1 - rank] : -1
        }
        func right(_ word: Int, _ rank: Int) -> Int {
            guard word >= 0 else { return -1 }
            let list = state.rightChildren[word]
            return list.count > rank ? list[list.count - 1 - rank] : -1
        }
        let b0 = buffer(0)
        let s0l1 = left(s0, 0)
        let s0r1 = right(s0, 0)
        positions[0] = s0
        positions[1] = s1
        positions[2] = s2
        positions[3] = b0
        positions[4] = buffer(1)
        positions[5] = buffer(2)
        positions[6] = s0l1
        positions[7] = left(s0, 1)
        positions[8] = s0r1
        positions[9] = right(s0, 1)
        positions[10] = left(b0, 0)
        positions[11] = left(b0, 1)
        positions[12] = left(s0l1, 0)
        positions[13] = right(s0r1, 0)
        positions[14] = s0 > 0 ? state.heads[s0] : -1
        positions[15] = left(s1, 0)
        positions[16] = right(s1, 0)
        positions[17] = buffer(3)
    }

    /// The small features: the distance from the top to the buffer's first (bucketed), the top's left and right
    /// valencies and the buffer's first's left valency (at most 4).
    @inline(__always)
    static func miscValues(state: ArcEagerState, positions: [Int]) -> (Int, Int, Int, Int) {
        let s0 = positions[0]
        let b0 = positions[3]
        var distance = 0
        if s0 > 0 && b0 > 0 {
            let gap = b0 - s0
            distance = gap <= 4 ? gap : gap <= 6 ? 5 : gap <= 9 ? 6 : 7
        }
        return (
            distance,
            s0 >= 0 ? min(state.leftChildren[s0].count, 4) : 0,
            s0 >= 0 ? min(state.rightChildren[s0].count, 4) : 0,
            b0 >= 0 ? min(state.leftChildren[b0].count, 4) : 0
        )
    }
}
