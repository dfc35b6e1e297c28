/// A trained linear model's weights, sparse and quantised: for each feature key, the classes it votes for and by
/// how much (`Int16`, times ``scale``). Lookups go through an open-addressing table of the keys.
///
/// Immutable once built; share it across threads.
public struct SparseWeights: Sendable {
    public let classCount: Int
    /// What one unit of a stored weight is worth.
    public let scale: Float
    /// Feature keys in the order of their rows.
    public let keys: [UInt32]
    /// Row `i`'s entries are `offsets[i]..<offsets[i + 1]` of ``classes`` and ``values``.
    public let offsets: [Int32]
    public let classes: [UInt8]
    public let values: [Int16]
    /// Open addressing: a slot holds a row number plus one, 0 when empty.
    private let slots: [Int32]
    private let mask: Int

    public init(classCount: Int, scale: Float, keys: [UInt32], offsets: [Int32], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Self.slot(key, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(row + 1)
        }
        self.slots = slots
        self.mask = mask
    }

    @inline(__always)
    static func slot(_ key: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 7) & mask }

    /// The row of `key`, or nil when the model never kept it.
    @inline(__always)
    public func row(_ key: UInt32) -> Int? {
        var slot = Self.slot(key, mask)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if keys[Int(entry) - 1] == key { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the votes of every feature in `features` to `scores` (in stored units; compare, don't read).
    ///
    /// - Complexity: O(f + e): f features, e stored entries among them.
    @inline(__always)
    public func score(_ features: [UInt32], into scores: inout [Int32]) {
        for index in scores.indices { scores[index] = 0 }
        for key in features {
            guard let row = row(key) else { continue }
            for entry in Int(offsets[row])..<Int(offsets[row + 1]) {
                scores[Int(classes[entry])] &+= Int32(values[entry])
            }
        }
    }

    /// The number of stored weights.
    public var entryCount: Int { values.count }

    /// The same weights without those smaller than `threshold` (in real units), and without features left empty.
    public func pruned(below threshold: Float) -> SparseWeights {
        var keptKeys: [UInt32] = []
        var keptOffsets: [Int32] = [0]
        var keptClasses: [UInt8] = []
        var keptValues: [Int16] = []
        for (row, key) in keys.enumerated() {
            for entry in Int(offsets[row])..<Int(offsets[row + 1]) where abs(Float(values[entry]) * scale) >= threshold {
                keptClasses.append(classes[entry])
                keptValues.append(values[entry])
            }
            if keptValues.count > Int(keptOffsets.last!) {
                keptKeys.append(key)
                keptOffsets.append(Int32(keptValues.count))
            }
        }
        return SparseWeights(classCount: classCount, scale: scale, keys: keptKeys, offsets: keptOffsets, classes: keptClasses, values: keptValues)
    }
}
