/// A greedy arc-eager dependency parser whose transitions and relations a small feed-forward network chooses
/// (Chen and Manning 2014): embeddings of the words, tags and relations around the stack and the buffer, one hidden
/// layer of rectified units, then one output for the transition and one for the relation of the arc it makes.
///
/// The first layer is linear in the embeddings, so each input's share of the hidden layer is computed once: at load
/// time for every tag, relation and the most frequent words in every position they are read at, and once per
/// sentence for the other words. A transition then costs a few dozen additions of a hidden-sized vector.
///
/// Immutable; share it across threads. Trained by `Scripts/train-parser-network.py` (see docs/parser.md).
public struct NetworkParser: Sendable {
    /// The sizes and slots the network was trained with.
    public struct Shape: Sendable, Equatable {
        public var hidden: Int
        public var wordDimension: Int
        public var tagDimension: Int
        public var labelDimension: Int
        public var miscDimension: Int
        public var positions: Int
        /// The positions (of ``NetworkParser/positions(of:into:)``) whose words, tags and relations are read.
        public var wordSlots: [Int]
        public var tagSlots: [Int]
        public var labelSlots: [Int]
        /// The number of values of each small feature: distance, valencies.
        public var miscSizes: [Int]
        /// Whether the hidden units cube their input (Chen and Manning's activation) rather than rectify it.
        public var cube: Bool

        var inputs: Int {
            wordSlots.count * wordDimension + tagSlots.count * tagDimension + labelSlots.count * labelDimension
                + miscSizes.count * miscDimension
        }
    }

    public let shape: Shape
    /// The relations the network names (`root` among them).
    public let relations: [String]
    /// Normalised word (``normalisedHash(_:)``) → word id (3 and up; 0 none, 1 the root, 2 unknown).
    let vocabulary: [UInt64: Int32]
    let tagCount: Int
    let rootRelation: Int
    let wordEmbeddings: [Float]
    /// inputs × hidden, row-major: one row per input unit.
    let firstLayer: [Float]
    let hiddenBias: [Float]
    /// 4 × hidden (shift, reduce, left, right).
    let transitionRows: [Float]
    let transitionBias: [Float]
    /// relations × hidden.
    let relationRows: [Float]
    let relationBias: [Float]
    /// Each input's product with the first layer: [tag slot][tag][hidden], [label slot][label][hidden],
    /// [misc value][hidden], and [word id < precomputedWords][word slot][hidden].
    let tagProducts: [Float]
    let labelProducts: [Float]
    let miscProducts: [Float]
    let wordProducts: [Float]
    let precomputedWords: Int
    /// The network as its file holds it (written back unchanged by ``ParserModel/encoded()``).
    public let encoded: [UInt8]

    /// The words whose products are computed at load time: the most frequent of training, about 72 % of the words
    /// of EWT test; the others cost one product per word and slot per sentence.
    public static let precomputedWordCount = 1200

    init(
        shape: Shape, vocabulary: [String], tagCount: Int, relations: [String], wordEmbeddings: [Float],
        tagEmbeddings: [Float], labelEmbeddings: [Float], miscEmbeddings: [Float], firstLayer: [Float],
        hiddenBias: [Float], transitionWeights: [Float], transitionBias: [Float], relationWeights: [Float],
        relationBias: [Float], encoded: [UInt8]
    ) {
        self.encoded = encoded
        self.shape = shape
        self.relations = relations
        self.tagCount = tagCount
        rootRelation = relations.firstIndex(of: "root") ?? 0
        var index: [UInt64: Int32] = [:]
        index.reserveCapacity(vocabulary.count)
        for (offset, word) in vocabulary.enumerated() { index[FeatureKey.hash(word)] = Int32(offset + 3) }
        self.vocabulary = index
        self.wordEmbeddings = wordEmbeddings
        self.firstLayer = firstLayer
        self.hiddenBias = hiddenBias
        self.transitionBias = transitionBias
        self.relationBias = relationBias
        let hidden = shape.hidden
        // Output weights arrive hidden × classes; rows by class make each score one dot product.
        func transposed(_ weights: [Float], classes: Int) -> [Float] {
            var rows = [Float](repeating: 0, count: weights.count)
            for unit in 0..<hidden { for cls in 0..<classes { rows[cls * hidden + unit] = weights[unit * classes + cls] } }
            return rows
        }
        transitionRows = transposed(transitionWeights, classes: 4)
        relationRows = transposed(relationWeights, classes: relations.count)

        // Products of every embedding with its slot's rows of the first layer.
        func products(embeddings: [Float], dimension: Int, count: Int, segmentStart: Int, slots: Int) -> [Float] {
            var result = [Float](repeating: 0, count: slots * count * hidden)
            firstLayer.withUnsafeBufferPointer { layer in
                result.withUnsafeMutableBufferPointer { out in
                    for slot in 0..<slots {
                        for item in 0..<count {
                            let target = out.baseAddress! + (slot * count + item) * hidden
                            for d in 0..<dimension {
                                let value = embeddings[item * dimension + d]
                                let row = layer.baseAddress! + (segmentStart + slot * dimension + d) * hidden
                                for unit in 0..<hidden { target[unit] += value * row[unit] }
                            }
                        }
                    }
                }
            }
            return result
        }
        let tagStart = shape.wordSlots.count * shape.wordDimension
        let labelStart = tagStart + shape.tagSlots.count * shape.tagDimension
        let miscStart = labelStart + shape.labelSlots.count * shape.labelDimension
        let labelCount = relations.count + 2
        tagProducts = products(
            embeddings: tagEmbeddings, dimension: shape.tagDimension, count: tagCount, segmentStart: tagStart, slots: shape.tagSlots.count)
        labelProducts = products(
            embeddings: labelEmbeddings, dimension: shape.labelDimension, count: labelCount, segmentStart: labelStart,
            slots: shape.labelSlots.count)
        // Misc features: each has its own slot and its own values (offsets into one table).
        var misc = [Float](repeating: 0, count: shape.miscSizes.reduce(0, +) * hidden)
        var value = 0
        for (slot, size) in shape.miscSizes.enumerated() {
            for _ in 0..<size {
                for d in 0..<shape.miscDimension {
                    let weight = miscEmbeddings[value * shape.miscDimension + d]
                    let row = (miscStart + slot * shape.miscDimension + d) * hidden
                    for unit in 0..<hidden { misc[value * hidden + unit] += weight * firstLayer[row + unit] }
                }
                value += 1
            }
        }
        miscProducts = misc
        let wordCount = wordEmbeddings.count / max(1, shape.wordDimension)
        let precomputed = min(wordCount, Self.precomputedWordCount)
        precomputedWords = precomputed
        // Words by id, then slot: a word's products in all its slots lie together.
        var words = [Float](repeating: 0, count: precomputed * shape.wordSlots.count * hidden)
        firstLayer.withUnsafeBufferPointer { layer in
            words.withUnsafeMutableBufferPointer { out in
                for word in 0..<precomputed {
                    for slot in 0..<shape.wordSlots.count {
                        Self.wordProduct(
                            word: word, slot: slot, shape: shape, embeddings: wordEmbeddings, layer: layer.baseAddress!,
                            into: out.baseAddress! + (word * shape.wordSlots.count + slot) * hidden)
                    }
                }
            }
        }
        wordProducts = words
    }

    /// One word's embedding times its slot's rows of the first layer, written to `target`.
    @inline(__always)
    static func wordProduct(
        word: Int, slot: Int, shape: Shape, embeddings: [Float], layer: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>
    ) {
        let hidden = shape.hidden
        target.update(repeating: 0, count: hidden)
        for d in 0..<shape.wordDimension {
            let value = embeddings[word * shape.wordDimension + d]
            let row = layer + (slot * shape.wordDimension + d) * hidden
            for unit in 0..<hidden { target[unit] += value * row[unit] }
        }
    }

    /// The hash of a word as the network reads it: ASCII capitals in lower case, each digit as `0`.
    @inlinable
    public static func normalisedHash(_ form: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for var byte in form.utf8 {
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 } else if byte >= 0x30 && byte <= 0x39 { byte = 0x30 }
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }

    /// Heads (CoNLL-U numbering: 0 is the root) and relations for a tagged sentence.
    ///
    /// Each word's share of the hidden layer in each position it is read at (its tag's, and its word's where
    /// words are read) is summed once per sentence, when first needed; a transition then adds 18 of those, the
    /// relations made so far and the distance and valencies.
    ///
    /// - Parameters:
    ///   - forms: the words as written.
    ///   - tags: the tagger's classes (indexes of ``Tagger/classes``).
    /// - Complexity: O(n): 2n transitions, each about 33 additions of a hidden-sized vector and a dot product per
    ///   transition and relation; plus, per sentence, one product per slot for each word outside the precomputed
    ///   ones.
    public func parse(forms: [String], tags: [Int]) -> (heads: [Int], relations: [String]) {
        let count = forms.count
        guard count > 0 else { return ([], []) }
        let hidden = shape.hidden
        let wordSlotCount = shape.wordSlots.count
        let positionCount = shape.positions
        // Word ids and tag ids by token: 0 the root, 1…count the words, count + 1 for "no word here".
        var wordIDs = [Int32](repeating: 1, count: count + 2)
        for (index, form) in forms.enumerated() { wordIDs[index + 1] = vocabulary[Self.normalisedHash(form)] ?? 2 }
        wordIDs[count + 1] = 0
        var tagIDs = [Int32](repeating: 1, count: count + 2)
        for (index, tag) in tags.enumerated() { tagIDs[index + 1] = Int32(min(tag + 2, tagCount - 1)) }
        tagIDs[count + 1] = 0
        // Which word slot (if any) and tag slot each position has.
        var wordSlotOfPosition = [Int](repeating: -1, count: positionCount)
        for (slot, position) in shape.wordSlots.enumerated() { wordSlotOfPosition[position] = slot }
        var tagSlotOfPosition = [Int](repeating: -1, count: positionCount)
        for (slot, position) in shape.tagSlots.enumerated() { tagSlotOfPosition[position] = slot }
        // [token][position][hidden], filled when first read.
        let cells = (count + 2) * positionCount
        var positionProducts = [Float](unsafeUninitializedCapacity: cells * hidden) { _, initialized in initialized = cells * hidden }
        var ready = [Bool](repeating: false, count: cells)
        var state = ArcEagerState(count: count)
        var labels = [Int](repeating: -1, count: count + 1)
        var positions = [Int](repeating: -1, count: positionCount)
        var hiddenUnits = [Float](repeating: 0, count: hidden)
        let labelCount = relations.count + 2
        let sizes = shape.miscSizes
        let cube = shape.cube
        firstLayer.withUnsafeBufferPointer { layer in
            wordProducts.withUnsafeBufferPointer { wordTable in
                tagProducts.withUnsafeBufferPointer { tagTable in
                    labelProducts.withUnsafeBufferPointer { labelTable in
                        miscProducts.withUnsafeBufferPointer { miscTable in
                            positionProducts.withUnsafeMutableBufferPointer { products in
                                hiddenUnits.withUnsafeMutableBufferPointer { units in
                                    let h = units.baseAddress!
                                    // The summed share of `token` at `position`.
                                    func share(_ token: Int, _ position: Int) -> UnsafePointer<Float> {
                                        let cell = token * positionCount + position
                                        let target = products.baseAddress! + cell * hidden
                                        if ready[cell] { return UnsafePointer(target) }
                                        ready[cell] = true
                                        if let slot = Optional(wordSlotOfPosition[position]), slot >= 0 {
                                            let id = Int(wordIDs[token])
                                            if id < precomputedWords {
                                                target.update(from: wordTable.baseAddress! + (id * wordSlotCount + slot) * hidden, count: hidden)
                                            } else {
                                                Self.wordProduct(
                                                    word: id, slot: slot, shape: shape, embeddings: wordEmbeddings, layer: layer.baseAddress!,
                                                    into: target)
                                            }
                                        } else {
                                            target.update(repeating: 0, count: hidden)
                                        }
                                        if let slot = Optional(tagSlotOfPosition[position]), slot >= 0 {
                                            Self.add(tagTable.baseAddress! + (slot * tagCount + Int(tagIDs[token])) * hidden, to: target, count: hidden)
                                        }
                                        return UnsafePointer(target)
                                    }
                                    while !state.isFinal {
                                        Self.positions(of: state, into: &positions)
                                        h.update(from: hiddenBias, count: hidden)
                                        for position in 0..<positionCount {
                                            let token = positions[position]
                                            Self.add(share(token < 0 ? count + 1 : token, position), to: h, count: hidden)
                                        }
                                        // Relations made so far.
                                        for (slot, position) in shape.labelSlots.enumerated() {
                                            let index = positions[position]
                                            let id = index < 0 ? 0 : (labels[index] < 0 ? 1 : labels[index] + 2)
                                            Self.add(labelTable.baseAddress! + (slot * labelCount + id) * hidden, to: h, count: hidden)
                                        }
                                        // Distance and valencies.
                                        let misc = Self.miscValues(state: state, positions: positions)
                                        for value in [misc.0, sizes[0] + misc.1, sizes[0] + sizes[1] + misc.2, sizes[0] + sizes[1] + sizes[2] + misc.3] {
                                            Self.add(miscTable.baseAddress! + value * hidden, to: h, count: hidden)
                                        }
                                        if cube {
                                            for unit in 0..<hidden { h[unit] = h[unit] * h[unit] * h[unit] }
                                        } else {
                                            for unit in 0..<hidden { h[unit] = max(h[unit], 0) }
                                        }
                                        var best: ArcEagerState.Transition?
                                        var bestScore = -Float.infinity
                                        for transition in ArcEagerState.Transition.allCases where state.isValid(transition) {
                                            let score = Self.dot(UnsafePointer(h), transitionRows, row: transition.rawValue, count: hidden)
                                                + transitionBias[transition.rawValue]
                                            if best == nil || score > bestScore {
                                                best = transition
                                                bestScore = score
                                            }
                                        }
                                        guard let best else { break }
                                        var dependent = -1
                                        if best == .left { dependent = state.stack[state.stack.count - 1] }
                                        if best == .right { dependent = state.next }
                                        if dependent >= 0 {
                                            if best == .right && state.stack[state.stack.count - 1] == 0 {
                                                labels[dependent] = rootRelation
                                            } else {
                                                var bestLabel = -1
                                                var bestLabelScore = -Float.infinity
                                                for label in relations.indices where label != rootRelation {
                                                    let score = Self.dot(UnsafePointer(h), relationRows, row: label, count: hidden)
                                                        + relationBias[label]
                                                    if score > bestLabelScore {
                                                        bestLabelScore = score
                                                        bestLabel = label
                                                    }
                                                }
                                                labels[dependent] = bestLabel
                                            }
                                        }
                                        state.apply(best)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let heads = state.finishedHeads()
        var names: [String] = []
        names.reserveCapacity(count)
        for word in 1...count {
            if heads[word] == 0 {
                names.append("root")
            } else if labels[word] >= 0 && state.heads[word] >= 0 {
                names.append(relations[labels[word]])
            } else {
                names.append("dep")
            }
        }
        return (Array(heads.dropFirst()), names)
    }

    @inline(__always)
    static func add(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        for unit in 0..<count { target[unit] += source[unit] }
    }

    @inline(__always)
    static func dot(_ vector: UnsafePointer<Float>, _ rows: [Float], row: Int, count: Int) -> Float {
        rows.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress! + row * count
            var sums = SIMD8<Float>(repeating: 0)
            var unit = 0
            while unit + 8 <= count {
                let a = UnsafeRawPointer(vector + unit).loadUnaligned(as: SIMD8<Float>.self)
                let b = UnsafeRawPointer(base + unit).loadUnaligned(as: SIMD8<Float>.self)
                sums += a * b
                unit += 8
            }
            var total = sums.sum()
            while unit < count {
                total += vector[unit] * base[unit]
                unit += 1
            }
            return total
        }
    }
}
