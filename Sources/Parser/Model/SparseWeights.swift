import EntentePrefetch

/// A trained linear model's weights, sparse and quantised: for each feature key, the classes it votes for and by
/// how much (`Int16`, times ``scale``). Lookups go through an open-addressing table of the keys that holds each
/// key's weights (four classes or fewer) or where its row lies (more).
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
    /// Open addressing over a power-of-two table at most two thirds full.
    private let mask: Int
    /// For models of at most four classes (the parser's transitions): each slot holds its key and all its
    /// weights, so a lookup touches one cache line instead of four arrays. Empty otherwise.
    private let dense: [DenseEntry]
    /// For models of more classes (the tagger, the labeller): each slot holds its key and where its row lies in
    /// ``packedEntries``, so a lookup touches the slot and then the row.
    private let packedSlots: [PackedSlot]
    private let packedEntries: [PackedEntry]

    /// A slot of the open-addressing tables: its key, 0 when empty (feature keys are never 0).
    protocol KeyedSlot { var key: UInt32 { get } }

    struct PackedSlot: KeyedSlot {
        /// 0 when the slot is empty.
        var key: UInt32 = 0
        var start: UInt32 = 0
        var count: UInt32 = 0
    }

    struct PackedEntry {
        var value: Int16
        var classIndex: UInt8
    }

    /// 12 bytes: the key and four weights, unaligned to 8 so that a slot is not padded to 16.
    struct DenseEntry: KeyedSlot {
        /// 0 when the slot is empty (feature keys are never 0).
        var key: UInt32 = 0
        var weight0: Int16 = 0, weight1: Int16 = 0, weight2: Int16 = 0, weight3: Int16 = 0

        @inline(__always) var weights: SIMD4<Int32> { SIMD4(Int32(weight0), Int32(weight1), Int32(weight2), Int32(weight3)) }

        mutating func set(_ classIndex: Int, _ value: Int16) {
            switch classIndex {
            case 0: weight0 = value
            case 1: weight1 = value
            case 2: weight2 = value
            default: weight3 = value
            }
        }
    }

    public init(classCount: Int, scale: Float, keys: [UInt32], offsets: [Int32], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.offsets = offsets
        self.classes = classes
        self.values = values
        var capacity = 16
        while capacity < keys.count * 3 / 2 { capacity <<= 1 }
        let mask = capacity - 1
        self.mask = mask
        var dense: [DenseEntry] = []
        if classCount <= 4 {
            dense = Self.table(repeating: DenseEntry(), count: capacity)
            for (row, key) in keys.enumerated() {
                let slot = Self.freeSlot(for: key, in: dense, mask)
                dense[slot].key = key
                for entry in Int(offsets[row])..<Int(offsets[row + 1]) { dense[slot].set(Int(classes[entry]), values[entry]) }
            }
        }
        self.dense = dense
        var packedSlots: [PackedSlot] = []
        if classCount > 4 {
            packedSlots = Self.table(repeating: PackedSlot(), count: capacity)
            for (row, key) in keys.enumerated() {
                packedSlots[Self.freeSlot(for: key, in: packedSlots, mask)] = PackedSlot(key: key, start: UInt32(offsets[row]), count: UInt32(offsets[row + 1] - offsets[row]))
            }
        }
        self.packedSlots = packedSlots
        var packedEntries: [PackedEntry] = []
        if classCount > 4 {
            packedEntries = Self.table(repeating: PackedEntry(value: 0, classIndex: 0), count: values.count)
            for index in values.indices { packedEntries[index] = PackedEntry(value: values[index], classIndex: classes[index]) }
        }
        self.packedEntries = packedEntries
    }

    /// `count` copies of `value` on huge pages where the system gives them: the tables are read at random, and a
    /// table of many megabytes on small pages misses the processor's address translations as well as its caches.
    static func table<Element>(repeating value: Element, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { entente_advise_huge_pages(base, count * MemoryLayout<Element>.stride) }
            buffer.initialize(repeating: value)
            initialized = count
        }
    }

    @inline(__always)
    static func slot(_ key: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 7) & mask }

    /// The first empty slot on `key`'s probe sequence, where it goes when the table is built.
    static func freeSlot<Slot: KeyedSlot>(for key: UInt32, in table: [Slot], _ mask: Int) -> Int {
        var slot = Self.slot(key, mask)
        while table[slot].key != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The slot holding `key`, or nil when the table has none: linear probing up to an empty slot.
    @inline(__always)
    static func find<Slot: KeyedSlot>(_ key: UInt32, in table: UnsafeBufferPointer<Slot>, _ mask: Int) -> Slot? {
        var slot = Self.slot(key, mask)
        while true {
            let entry = table[slot]
            if entry.key == key { return entry }
            if entry.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the votes of every feature in `features` to `scores` (in stored units; compare, don't read).
    ///
    /// - Complexity: O(f + e): f features, e stored entries among them.
    @inline(__always)
    public func score(_ features: [UInt32], into scores: inout [Int32]) {
        for index in scores.indices { scores[index] = 0 }
        if !dense.isEmpty {
            let sums = denseScores(features)
            for index in 0..<min(4, scores.count) { scores[index] = sums[index] }
            return
        }
        let mask = self.mask
        scores.withUnsafeMutableBufferPointer { sums in
            packedSlots.withUnsafeBufferPointer { table in
                packedEntries.withUnsafeBufferPointer { entries in
                    // The table and the rows are larger than the caches: every slot is asked for before any is read,
                    // then every row found, so that the misses overlap (each lookup alone waits for memory twice).
                    Self.prefetch(features, in: table, mask)
                    withUnsafeTemporaryAllocation(of: PackedSlot.self, capacity: features.count) { found in
                        var count = 0
                        for key in features {
                            guard let entry = Self.find(key, in: table, mask) else { continue }
                            found[count] = entry
                            count += 1
                            entente_prefetch(entries.baseAddress! + Int(entry.start))
                        }
                        for entry in found[..<count] {
                            let start = Int(entry.start)
                            for index in start..<start + Int(entry.count) {
                                let weight = entries[index]
                                let classIndex = Int(weight.classIndex)
                                if classIndex < sums.count { sums[classIndex] &+= Int32(weight.value) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Asks for the first slot of every key's probe sequence before any is read.
    @inline(__always)
    static func prefetch<Slot: KeyedSlot>(_ features: [UInt32], in table: UnsafeBufferPointer<Slot>, _ mask: Int) {
        guard let base = table.baseAddress else { return }
        for key in features { entente_prefetch(base + slot(key, mask)) }
    }

    /// The four classes' summed votes for `features` (in stored units), for a model of four classes or fewer.
    ///
    /// - Complexity: O(f), one table slot a feature.
    @inline(__always)
    public func denseScores(_ features: [UInt32]) -> SIMD4<Int32> {
        precondition(!dense.isEmpty, "denseScores needs a model of at most four classes")
        let mask = self.mask
        var sums = SIMD4<Int32>.zero
        dense.withUnsafeBufferPointer { table in
            Self.prefetch(features, in: table, mask)
            for key in features {
                if let entry = Self.find(key, in: table, mask) { sums &+= entry.weights }
            }
        }
        return sums
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
