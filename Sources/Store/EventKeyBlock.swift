/// The members of one block of 65,536 consecutive event keys: which of them are already counted.
///
/// Bulk ingest keys every event by a 64-bit number taken from the dataset's own identity (GDELT's
/// GLOBALEVENTID; ICEWS's event id with its date). The set of counted keys is kept in blocks of 2¹⁶ keys, as
/// Roaring bitmaps do: a sparse block as a sorted array of the low 16 bits (2 bytes a member), a dense one as a
/// bitmap (8 KiB). GDELT numbers its events consecutively, so its blocks are dense and cost about a bit per
/// event; this is what lets an ingest that keeps no raw events still refuse to count an event twice, at a
/// cost of a few blob writes per batch instead of one SQLite row per event.
public struct EventKeyBlock: Sendable, Equatable {
    /// A sorted array holds at most this many members; one more turns the block into a bitmap.
    static let arrayLimit = 4095

    /// The members in ascending order, while the block is sparse.
    private var members: [UInt16]
    /// 1,024 words of 64 bits once the block is dense; empty before.
    private var words: [UInt64]
    /// How many keys of the block are members.
    public private(set) var count: Int

    /// An empty block.
    public init() {
        members = []
        words = []
        count = 0
    }

    /// Whether the block is held as a bitmap.
    public var isBitmap: Bool { !words.isEmpty }

    /// Adds a member; returns false when it was one already.
    ///
    /// - Complexity: O(1) for a bitmap and for keys that arrive in ascending order; O(n) otherwise (n ≤ 4,095).
    @inline(__always)
    public mutating func insert(_ low: UInt16) -> Bool {
        if !words.isEmpty {
            let word = Int(low >> 6)
            let bit = UInt64(1) << UInt64(low & 63)
            if words[word] & bit != 0 { return false }
            words[word] |= bit
            count += 1
            return true
        }
        return insertSparse(low)
    }

    private mutating func insertSparse(_ low: UInt16) -> Bool {
        if let last = members.last, last < low {
            members.append(low)
        } else {
            let index = Self.lowerBound(of: low, in: members)
            if index < members.count && members[index] == low { return false }
            members.insert(low, at: index)
        }
        count += 1
        if members.count > Self.arrayLimit {
            words = [UInt64](repeating: 0, count: 1024)
            for member in members { words[Int(member >> 6)] |= UInt64(1) << UInt64(member & 63) }
            members = []
        }
        return true
    }

    /// Whether `low` is a member.
    public func contains(_ low: UInt16) -> Bool {
        if !words.isEmpty { return words[Int(low >> 6)] & (UInt64(1) << UInt64(low & 63)) != 0 }
        let index = Self.lowerBound(of: low, in: members)
        return index < members.count && members[index] == low
    }

    static func lowerBound(of value: UInt16, in members: [UInt16]) -> Int {
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if members[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The stored form: 2 little-endian bytes a member (sorted) below 8,192 bytes, else the 8,192-byte bitmap.
    public var bytes: [UInt8] {
        if words.isEmpty {
            var bytes = [UInt8]()
            bytes.reserveCapacity(members.count * 2)
            for member in members {
                bytes.append(UInt8(member & 0xFF))
                bytes.append(UInt8(member >> 8))
            }
            return bytes
        }
        var bytes = [UInt8](repeating: 0, count: 8192)
        for (index, word) in words.enumerated() {
            for byte in 0..<8 { bytes[index * 8 + byte] = UInt8(truncatingIfNeeded: word >> UInt64(byte * 8)) }
        }
        return bytes
    }

    /// Reads the stored form back.
    ///
    /// - Throws: ``StoreError`` when the bytes are neither form (an odd length, or an unsorted array).
    public init(bytes: [UInt8]) throws {
        if bytes.count == 8192 {
            var words = [UInt64](repeating: 0, count: 1024)
            var members = 0
            for index in 0..<1024 {
                var word: UInt64 = 0
                for byte in 0..<8 { word |= UInt64(bytes[index * 8 + byte]) << UInt64(byte * 8) }
                words[index] = word
                members += word.nonzeroBitCount
            }
            self.words = words
            self.members = []
            count = members
            return
        }
        guard bytes.count % 2 == 0, bytes.count / 2 <= Self.arrayLimit else {
            throw StoreError(path: nil, reason: "an event key block of \(bytes.count) bytes is damaged")
        }
        var members = [UInt16]()
        members.reserveCapacity(bytes.count / 2)
        var index = 0
        while index < bytes.count {
            let member = UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            if let last = members.last, last >= member {
                throw StoreError(path: nil, reason: "an event key block is not sorted")
            }
            members.append(member)
            index += 2
        }
        self.members = members
        self.words = []
        count = members.count
    }
}
