/// One line of a tab-separated chunk, its fields as byte ranges of the chunk.
struct TabLine {
    let base: UnsafeRawPointer
    let starts: UnsafeMutablePointer<Int32>
    /// Tabs + 1; may exceed ``TabScanner/capacity`` (only the first fields' starts are recorded then).
    let fieldCount: Int
    /// Offset of the line's first byte in the chunk.
    let start: Int
    /// Offset just past the line's content (its `\n`, or the `\r` before it).
    let end: Int
    /// Offset of the line's `\n`.
    let newline: Int
    /// True when some byte of the line may be ≥ 0x80 or NUL: the line needs a full UTF-8 check.
    let needsCheck: Bool

    /// Field `index` (0-based) as bytes, without its separator.
    @inline(__always)
    func field(_ index: Int) -> UnsafeRawBufferPointer {
        let from = Int(starts[index])
        let to = index + 1 < fieldCount ? Int(starts[index + 1]) - 1 : end
        return UnsafeRawBufferPointer(start: base + from, count: to - from)
    }

    /// The 1-based byte column where field `index` begins.
    func column(_ index: Int) -> Int { Int(starts[index]) - start + 1 }

    /// The line's content, without its line end.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + start, count: end - start) }

    /// The line as it was in the file, without its `\n` (a `\r` before it stays).
    var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + start, count: newline - start) }
}

/// Splits a chunk into lines and fields 8 bytes at a time.
///
/// Each step loads a word and marks its tabs and line ends exactly (``Bytes/matches(_:_:)``). A word without a
/// line end — nearly all of them — records its tabs' positions with four unconditional writes and a loop only
/// for more, so that the branch predictor is not asked to guess how many tabs each word holds. It also notes, per
/// line, whether any byte might be non-ASCII or NUL, so that only such lines pay for a full UTF-8 check.
/// Not thread-safe: one scanner per thread.
final class TabScanner {
    /// Field starts recorded per line; more fields are counted but not recorded.
    static let capacity = 64

    private let starts: UnsafeMutablePointer<Int32>

    init() {
        // Room past `capacity` for the unconditional writes of a word's tabs.
        starts = .allocate(capacity: Self.capacity + 16)
    }

    deinit {
        starts.deallocate()
    }

    /// Calls `body` for each line of `chunk`.
    ///
    /// - Precondition: `chunk` ends with `\n`, and 8 readable bytes follow it that hold no tab or `\n`
    ///   (``Chunk`` guarantees both).
    @inline(__always)
    func scan(_ chunk: UnsafeRawBufferPointer, _ body: (TabLine) -> Void) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        let count = chunk.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tabs = Bytes.broadcast(Bytes.tab)
        let newlines = Bytes.broadcast(Bytes.newline)
        let starts = self.starts
        let fastLimit = Self.capacity - 8
        var fieldCount = 1
        var lineStart = 0
        starts[0] = 0
        var suspicious: UInt64 = 0
        var index = 0
        while index < count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let lineEnds = Bytes.matches(word, newlines)
            var marks = Bytes.matches(word, tabs) | lineEnds
            // High bit of a byte ≥ 0x80, or (approximately, never missing one) of a NUL byte.
            suspicious |= word | ((word &- ones) & ~word)
            if lineEnds == 0 && fieldCount < fastLimit {
                // Only tabs.
                // Marks are the high bits of bytes: shifted to the bytes' low bits, one multiply sums them.
                let found = Int(truncatingIfNeeded: ((marks &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
                var slot = starts + fieldCount
                let next = index &+ 1
                slot[0] = Int32(truncatingIfNeeded: next &+ (marks.trailingZeroBitCount &>> 3))
                marks &= marks &- 1
                slot[1] = Int32(truncatingIfNeeded: next &+ (marks.trailingZeroBitCount &>> 3))
                marks &= marks &- 1
                slot[2] = Int32(truncatingIfNeeded: next &+ (marks.trailingZeroBitCount &>> 3))
                marks &= marks &- 1
                slot[3] = Int32(truncatingIfNeeded: next &+ (marks.trailingZeroBitCount &>> 3))
                marks &= marks &- 1
                if found > 4 {
                    slot += 4
                    while marks != 0 {
                        slot.pointee = Int32(truncatingIfNeeded: next &+ (marks.trailingZeroBitCount &>> 3))
                        slot += 1
                        marks &= marks &- 1
                    }
                }
                fieldCount &+= found
                index &+= 8
                continue
            }
            while marks != 0 {
                let position = index &+ (marks.trailingZeroBitCount &>> 3)
                if lineEnds & marks & (0 &- marks) != 0 {
                    finishLine(base: base, lineStart: lineStart, position: position, fieldCount: fieldCount, suspicious: suspicious, body)
                    lineStart = position &+ 1
                    fieldCount = 1
                    starts[0] = Int32(truncatingIfNeeded: lineStart)
                    // Bytes of this word after the line end belong to the next line: keep the word's flags.
                    suspicious = word | ((word &- ones) & ~word)
                } else {
                    if fieldCount <= Self.capacity { starts[fieldCount] = Int32(truncatingIfNeeded: position &+ 1) }
                    fieldCount &+= 1
                }
                marks &= marks &- 1
            }
            index &+= 8
        }
    }

    /// Ends a line at `position` (its `\n`) and calls `body`.
    @inline(__always)
    private func finishLine(
        base: UnsafeRawPointer, lineStart: Int, position: Int, fieldCount: Int, suspicious: UInt64,
        _ body: (TabLine) -> Void
    ) {
        var end = position
        if end > lineStart, base.load(fromByteOffset: end &- 1, as: UInt8.self) == Bytes.carriageReturn { end -= 1 }
        body(TabLine(
            base: base, starts: starts, fieldCount: fieldCount, start: lineStart, end: end, newline: position,
            needsCheck: suspicious & 0x8080_8080_8080_8080 != 0))
    }
}
