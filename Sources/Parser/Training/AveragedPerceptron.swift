/// A multi-class averaged perceptron for training (Collins 2002, with lazy averaging): one dense row of weights
/// per feature key, updated on mistakes; ``weights(pruningBelow:)`` averages, prunes and quantises them into
/// the ``SparseWeights`` the tagger and parser use.
///
/// Memory: three 4-byte numbers per (feature, class); a feature outside ``allowed`` (when set) gets no row.
public struct AveragedPerceptron {
    public let classCount: Int
    /// When set, only these keys get weights (those seen often enough in training).
    public var allowed: Set<UInt32>?
    private(set) var rows: [UInt32: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Float] = []
    private var stamps: [Int32] = []
    /// Updates made so far (the averaging clock).
    private(set) var clock: Int32 = 1

    public init(classCount: Int, allowed: Set<UInt32>? = nil) {
        self.classCount = classCount
        self.allowed = allowed
    }

    /// Scores every class for `features` with the current (not averaged) weights.
    public func scores(_ features: [UInt32], into scores: inout [Float]) {
        for index in scores.indices { scores[index] = 0 }
        for key in features {
            guard let row = rows[key] else { continue }
            let base = Int(row) * classCount
            for index in 0..<classCount { scores[index] += weights[base + index] }
        }
    }

    /// Rewards `truth` and penalises `guess` for `features` (nothing when they are equal), and ticks the clock.
    public mutating func update(_ features: [UInt32], truth: Int, guess: Int) {
        defer { clock += 1 }
        guard truth != guess else { return }
        for key in features {
            guard let row = row(for: key) else { continue }
            let base = row * classCount
            bump(base + truth, by: 1)
            bump(base + guess, by: -1)
        }
    }

    /// Adds `delta` to class `classIndex`'s weight of every feature in `features`, without ticking the clock (a
    /// global update is many of these, then one ``tick()``).
    public mutating func add(_ features: [UInt32], classIndex: Int, delta: Float) {
        for key in features {
            guard let row = row(for: key) else { continue }
            bump(row * classCount + classIndex, by: delta)
        }
    }

    /// Ticks the clock without an update (a right guess).
    public mutating func tick() { clock += 1 }

    private mutating func row(for key: UInt32) -> Int? {
        if let row = rows[key] { return Int(row) }
        if let allowed, !allowed.contains(key) { return nil }
        let row = rows.count
        rows[key] = Int32(row)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    private mutating func bump(_ index: Int, by delta: Float) {
        totals[index] += Float(clock - stamps[index]) * weights[index]
        stamps[index] = clock
        weights[index] += delta
    }

    /// The averaged weights, entries smaller than `threshold` dropped, the rest quantised to 16 bits.
    ///
    /// - Complexity: O(rows × classes).
    public func weights(pruningBelow threshold: Float) -> SparseWeights {
        var averaged = [Float](repeating: 0, count: weights.count)
        var largest: Float = 0
        for index in weights.indices {
            let total = totals[index] + Float(clock - stamps[index]) * weights[index]
            averaged[index] = total / Float(clock)
            largest = max(largest, abs(averaged[index]))
        }
        let sorted = rows.sorted { $0.key < $1.key }
        return Self.quantised(keys: sorted.map(\.key), classCount: classCount, largest: largest, pruningBelow: threshold) { row, index in
            averaged[Int(sorted[row].value) * classCount + index]
        }
    }

    /// Weights by key (sorted), entries smaller than `threshold` dropped, the rest quantised to 16 bits against
    /// the largest: what ``weights(pruningBelow:)`` and ``sparseWeights(_:pruningBelow:)`` store.
    static func quantised(
        keys sortedKeys: [UInt32], classCount: Int, largest: Float, pruningBelow threshold: Float, _ value: (_ row: Int, _ class: Int) -> Float
    ) -> SparseWeights {
        let scale = largest > 0 ? largest / 32_000 : 1
        var keys: [UInt32] = [], offsets: [Int32] = [0], classes: [UInt8] = [], values: [Int16] = []
        for (row, key) in sortedKeys.enumerated() {
            var kept = false
            for index in 0..<classCount where abs(value(row, index)) >= threshold {
                let quantised = Int16(clamping: Int((value(row, index) / scale).rounded()))
                if quantised == 0 { continue }
                classes.append(UInt8(index))
                values.append(quantised)
                kept = true
            }
            if kept {
                keys.append(key)
                offsets.append(Int32(values.count))
            }
        }
        return SparseWeights(classCount: classCount, scale: scale, keys: keys, offsets: offsets, classes: classes, values: values)
    }

    public var rowCount: Int { rows.count }

    /// The averaged weights of a four-class model, by key (for averaging several models' weights).
    public func averagedRows() -> [UInt32: SIMD4<Float>] {
        precondition(classCount == 4, "averagedRows is for four classes")
        var result: [UInt32: SIMD4<Float>] = [:]
        result.reserveCapacity(rows.count)
        for (key, row) in rows {
            let base = Int(row) * 4
            var averaged = SIMD4<Float>.zero
            for index in 0..<4 { averaged[index] = (totals[base + index] + Float(clock - stamps[base + index]) * weights[base + index]) / Float(clock) }
            result[key] = averaged
        }
        return result
    }

    /// Four-class weights given by key, entries smaller than `threshold` dropped, the rest quantised to 16 bits
    /// (as ``weights(pruningBelow:)`` does with one model's averages).
    public static func sparseWeights(_ rows: [UInt32: SIMD4<Float>], pruningBelow threshold: Float) -> SparseWeights {
        var largest: Float = 0
        for row in rows.values { for index in 0..<4 { largest = max(largest, abs(row[index])) } }
        let sorted = rows.sorted { $0.key < $1.key }
        return quantised(keys: sorted.map(\.key), classCount: 4, largest: largest, pruningBelow: threshold) { row, index in
            sorted[row].value[index]
        }
    }
}
