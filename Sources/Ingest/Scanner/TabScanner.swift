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

    /// The line with its `\n`, as it was in the file.
    var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + start, count: newline + 1 - start) }
}

/// Splits a chunk into lines and fields 8 bytes at a time.
///
/// Each step loads a word, marks its tabs and line ends with exact bit tricks (``Bytes/matches(_:_:)``) and
/// visits only the marked bytes, so that the cost is a few operations per byte plus a few per field. It also
/// notes, per line, whether any byte might be non-ASCII or NUL, so that only such lines pay for a full UTF-8
/// check. Not thread-safe: one scanner per thread.
final class TabScanner {
    /// Field starts recorded per line; more fields are counted but not recorded.
    static let capacity = 64

    private let starts: UnsafeMutablePointer<Int32>

    init() {
        starts = .allocate(capacity: Self.capacity + 2)
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
        let tabs = Bytes.broadcast(Bytes.tab)
        let newlines = Bytes.broadcast(Bytes.newline)
        let starts = self.starts
        var fieldCount = 1
        var lineStart = 0
        starts[0] = 0
        var suspicious: UInt64 = 0
        var index = 0
        while index < count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let lineEnds = Bytes.matches(word, newlines)
            var marks = Bytes.matches(word, tabs) | lineEnds
            let wordSuspicious = (word & Bytes.highBits) | Bytes.matches(word, 0)
            suspicious |= wordSuspicious
            while marks != 0 {
                let bit = marks & (0 &- marks)
                let position = index + (marks.trailingZeroBitCount >> 3)
                if lineEnds & bit != 0 {
                    var end = position
                    if end > lineStart, base.load(fromByteOffset: end - 1, as: UInt8.self) == Bytes.carriageReturn { end -= 1 }
                    body(TabLine(
                        base: base, starts: starts, fieldCount: fieldCount, start: lineStart, end: end, newline: position,
                        needsCheck: suspicious != 0))
                    lineStart = position + 1
                    fieldCount = 1
                    starts[0] = Int32(lineStart)
                    // Bytes of this word after the line end belong to the next line.
                    suspicious = wordSuspicious & ~((bit << 1) &- 1)
                } else {
                    if fieldCount <= Self.capacity { starts[fieldCount] = Int32(position + 1) }
                    fieldCount += 1
                }
                marks &= marks &- 1
            }
            index += 8
        }
    }
}
