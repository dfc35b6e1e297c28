import EntenteModel

/// The event's field names (``Event/fieldNames``) as a lookup from bytes: which field a JSON key or a CSV header
/// name is.
///
/// A name is found by one slot of a 256-entry table (its length and three of its bytes) and checked with two
/// 64-bit compares against the known name, zero-padded to 16 bytes: a JSON Lines row looks up all 29 of its keys, and
/// the generic byte-by-byte compare this replaces took 1.9 % of the CPU of a raw load (`perf`, docs/ingest.md).
struct EventFieldNames: Sendable {
    static let standard = EventFieldNames(Event.fieldNames)

    /// The longest name that can be known: two words.
    static let maxLength = 16

    /// Per field: its name's length and bytes, zero-padded to two little-endian words.
    private let lengths: [Int]
    private let lowWords: [UInt64]
    private let highWords: [UInt64]
    /// The field of each slot, −1 for none.
    private let slots: [Int8]

    /// - Precondition: the names are at most ``maxLength`` bytes, fall in distinct slots, and are fewer than 128.
    init(_ names: [String]) {
        precondition(names.count < 128, "too many field names for EventFieldNames")
        var lengths: [Int] = []
        var lowWords: [UInt64] = []
        var highWords: [UInt64] = []
        var slots = [Int8](repeating: -1, count: 256)
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            precondition(!bytes.isEmpty && bytes.count <= Self.maxLength, "the field name '\(name)' is empty or longer than 16 bytes")
            let words = bytes.withUnsafeBytes { Self.words($0) }
            lengths.append(bytes.count)
            lowWords.append(words.low)
            highWords.append(words.high)
            let slot = bytes.withUnsafeBytes { Self.slot($0) }
            precondition(slots[slot] < 0, "two of the event's field names share a slot: change EventFieldNames.slot")
            slots[slot] = Int8(index)
        }
        self.lengths = lengths
        self.lowWords = lowWords
        self.highWords = highWords
        self.slots = slots
    }

    /// The field `name` is, nil for a name that is none.
    ///
    /// - Parameter readable: how many bytes from the name's start may be read, at least `name.count` (the rest of
    ///   the line it lies in, for a JSON key): with 16 or more, the name is loaded as two words.
    /// - Complexity: O(1).
    @inline(__always)
    func index(named name: UnsafeRawBufferPointer, readable: Int) -> Int? {
        let count = name.count
        guard count >= 1 && count <= Self.maxLength, let base = name.baseAddress else { return nil }
        let index = Int(slots[Self.slot(name)])
        guard index >= 0, lengths[index] == count else { return nil }
        let words = readable >= 16 ? Self.loadWords(base, count: count) : Self.words(name)
        return words.low == lowWords[index] && words.high == highWords[index] ? index : nil
    }

    /// Whether the bytes at `start` of `line` are field `field`'s name and a closing quote: a JSON key guessed from
    /// the key order of the line before, checked without scanning it.
    ///
    /// False, to be read the long way, when fewer than 17 bytes are left in the line (a key is followed by at least
    /// `":1}`).
    @inline(__always)
    func isKey(_ field: Int, at start: Int, in line: UnsafeRawBufferPointer) -> Bool {
        let count = lengths[field]
        guard start + Self.maxLength < line.count, let base = line.baseAddress, line[start + count] == Bytes.quote else { return false }
        let words = Self.loadWords(base + start, count: count)
        return words.low == lowWords[field] && words.high == highWords[field]
    }

    /// The length of field `field`'s name.
    @inline(__always)
    func length(of field: Int) -> Int { lengths[field] }

    /// The `count` (1…16) bytes at `base` as two little-endian words, zero-padded; reads 16 bytes.
    @inline(__always)
    private static func loadWords(_ base: UnsafeRawPointer, count: Int) -> (low: UInt64, high: UInt64) {
        let lowMask: UInt64 = count >= 8 ? .max : (1 << (8 * UInt64(count))) &- 1
        let highMask: UInt64 = count >= 16 ? .max : count <= 8 ? 0 : (1 << (8 * UInt64(count - 8))) &- 1
        return (
            UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) & lowMask,
            UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & highMask
        )
    }

    /// The field `name` is, nil for a name that is none: for a name that stands alone (a CSV header's).
    func index(named name: UnsafeRawBufferPointer) -> Int? { index(named: name, readable: name.count) }

    /// Up to 16 bytes as two little-endian words, zero-padded.
    private static func words(_ bytes: UnsafeRawBufferPointer) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in bytes.prefix(Self.maxLength).enumerated() {
            if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) } else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
        }
        return (low, high)
    }

    @inline(__always)
    private static func slot(_ name: UnsafeRawBufferPointer) -> Int {
        let middle = name[name.count / 2]
        return (name.count &+ Int(name[0]) &* 5 &+ Int(middle) &* 7 &+ Int(name[name.count - 1]) &* 5) & 255
    }
}
