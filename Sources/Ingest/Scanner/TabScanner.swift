import EntenteScan

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

    /// Where a line meant to have `expected` fields goes wrong: the first field too many, or, when fields are
    /// missing, the line's end (where a tab was expected).
    func column(whereCountBreaks expected: Int) -> Int {
        fieldCount > expected && expected < TabScanner.capacity ? column(expected) : end - start + 1
    }

    /// The line's content, without its line end.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + start, count: end - start) }

    /// The line as it was in the file, without its `\n` (a `\r` before it stays).
    var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base + start, count: newline - start) }
}

/// Splits a chunk into lines and fields 64 bytes at a time.
///
/// Each step marks a block's tabs, line ends and non-ASCII or NUL bytes with vector instructions
/// (`entente_marks64`: SSE2 compares and byte masks, one bit per byte), then visits only the marks: the tabs
/// before each line end are written as field starts eight at a time without a branch per tab, and the line is
/// handed to `body`. Only lines with a non-ASCII or NUL byte pay for a full UTF-8 check. Not thread-safe: one
/// scanner per thread.
final class TabScanner {
    /// Field starts recorded per line; more fields are counted but not recorded.
    static let capacity = 64

    private let starts: UnsafeMutablePointer<Int32>

    init() {
        // Room past `capacity` for the unconditional writes of a block's tabs.
        starts = .allocate(capacity: Self.capacity + 80)
    }

    deinit {
        starts.deallocate()
    }

    /// Calls `body` for each line of `chunk`.
    ///
    /// - Precondition: `chunk` ends with `\n`, and 64 readable bytes follow it (``Chunk`` guarantees both); what
    ///   they hold is masked off.
    @inline(__always)
    func scan(_ chunk: UnsafeRawBufferPointer, _ body: (TabLine) -> Void) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let count = chunk.count
        let starts = self.starts
        var fieldCount = 1
        var lineStart = 0
        starts[0] = 0
        var suspicious = false
        var index = 0
        while index < count {
            let marks = entente_marks64(bytes + index)
            var tabs = marks.tabs
            var newlines = marks.newlines
            var odd = marks.suspicious
            let valid = count &- index
            if valid < 64 {
                // The last block: the bytes past the chunk are not its own (a mapped chunk is followed by the next).
                let own = (UInt64(1) << UInt64(valid)) &- 1
                tabs &= own
                newlines &= own
                odd &= own
            }
            while newlines != 0 {
                let lineEnd = newlines & (0 &- newlines)
                let below = lineEnd &- 1
                record(tabs & below, blockStart: index, fieldCount: &fieldCount)
                suspicious = suspicious || odd & below != 0
                let position = index &+ newlines.trailingZeroBitCount
                var end = position
                if end > lineStart, base.load(fromByteOffset: end &- 1, as: UInt8.self) == Bytes.carriageReturn { end -= 1 }
                body(TabLine(
                    base: base, starts: starts, fieldCount: fieldCount, start: lineStart, end: end, newline: position,
                    needsCheck: suspicious))
                lineStart = position &+ 1
                fieldCount = 1
                starts[0] = Int32(truncatingIfNeeded: lineStart)
                suspicious = false
                let above = ~(below | lineEnd)
                tabs &= above
                odd &= above
                newlines &= newlines &- 1
            }
            record(tabs, blockStart: index, fieldCount: &fieldCount)
            suspicious = suspicious || odd != 0
            index &+= 64
        }
    }

    /// Writes the field starts after the tabs marked in `bits` (bit i: byte `blockStart + i`).
    @inline(__always)
    private func record(_ bits: UInt64, blockStart: Int, fieldCount: inout Int) {
        guard bits != 0 else { return }
        var bits = bits
        let found = bits.nonzeroBitCount
        if fieldCount <= Self.capacity {
            var slot = starts + fieldCount
            let next = blockStart &+ 1
            // Eight writes whatever the count (past the last tab they write garbage beyond the line's fields).
            slot[0] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[1] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[2] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[3] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[4] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[5] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[6] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            slot[7] = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
            bits &= bits &- 1
            if found > 8 {
                slot += 8
                var written = fieldCount + 8
                while bits != 0 && written <= Self.capacity + 8 {
                    slot.pointee = Int32(truncatingIfNeeded: next &+ bits.trailingZeroBitCount)
                    slot += 1
                    written += 1
                    bits &= bits &- 1
                }
            }
        }
        fieldCount &+= found
    }
}
