extension NetworkParser {
    static let magic = Array("ENTNET01".utf8)

    /// Reads a network file as its trainer wrote it.
    ///
    /// - Throws: ``ParserModelError`` as ``init(bytes:path:)-(ArraySlice<UInt8>,_)`` does.
    public init(bytes: [UInt8], path: String) throws(ParserModelError) {
        try self.init(bytes: bytes[...], path: path)
    }

    /// Reads the network as `Scripts/train-parser-network.py` writes it (little-endian): magic, the sizes, the
    /// slots, the vocabulary (most frequent first), the tag count, the relations, then the embeddings and the
    /// layers as 16-bit floats.
    ///
    /// - Throws: ``ParserModelError`` naming the byte (from the start of the model file) where it stops making
    ///   sense: a size out of range, an array of the wrong length, bytes missing.
    /// - Complexity: O(n) in the bytes, plus the products computed at load time (about 60 M multiply-adds).
    init(bytes: ArraySlice<UInt8>, path: String) throws(ParserModelError) {
        var reader = ByteReader(bytes: Array(bytes), path: path)
        let base = bytes.startIndex
        func fail(_ expected: String) -> ParserModelError { ParserModelError(path: path, offset: base + reader.offset, expected: expected) }
        guard bytes.count >= 8, Array(bytes.prefix(8)) == Self.magic else { throw fail("the magic 'ENTNET01' of the parser's network") }
        reader.offset = 8
        func size(_ limit: Int) throws(ParserModelError) -> Int {
            let value = Int(try reader.u32())
            guard value >= 1, value <= limit else { throw fail("a size between 1 and \(limit), not \(value)") }
            return value
        }
        let hidden = try size(4096)
        guard hidden % 8 == 0 else { throw fail("a hidden size that is a multiple of 8, not \(hidden)") }
        let wordDimension = try size(1024), tagDimension = try size(1024), labelDimension = try size(1024)
        let miscDimension = try size(1024), positions = try size(64)
        guard positions == 18 else { throw fail("18 positions, as the parser reads them, not \(positions)") }
        let activation = try reader.u32()
        guard activation <= 1 else { throw fail("an activation of 0 (rectified) or 1 (cube), not \(activation)") }
        func slots(limit: Int) throws(ParserModelError) -> [Int] {
            var result: [Int] = []
            for _ in 0..<(try reader.count(limit: 64)) {
                let value = Int(try reader.u32())
                guard value < limit else { throw fail("a value below \(limit), not \(value)") }
                result.append(value)
            }
            return result
        }
        let wordSlots = try slots(limit: positions), tagSlots = try slots(limit: positions), labelSlots = try slots(limit: positions)
        let miscSizes = try slots(limit: 64)
        guard miscSizes.count == 4, miscSizes[0] >= 8, miscSizes.dropFirst().allSatisfy({ $0 >= 5 }) else {
            throw fail("four small features (distance with 8 values, valencies with 5)")
        }
        var vocabulary: [String] = []
        let vocabularyCount = try reader.count(limit: 1 << 22)
        vocabulary.reserveCapacity(vocabularyCount)
        for _ in 0..<vocabularyCount { vocabulary.append(try reader.string()) }
        let tagCount = try size(1024)
        var relations: [String] = []
        for _ in 0..<(try reader.count(limit: 1024)) { relations.append(try reader.string()) }
        guard relations.contains("root") else { throw fail("a relation named 'root'") }
        let shape = Shape(
            hidden: hidden, wordDimension: wordDimension, tagDimension: tagDimension, labelDimension: labelDimension,
            miscDimension: miscDimension, positions: positions, wordSlots: wordSlots, tagSlots: tagSlots,
            labelSlots: labelSlots, miscSizes: miscSizes, cube: activation == 1)
        func array(_ count: Int, _ name: String) throws(ParserModelError) -> [Float] {
            let stored = Int(try reader.u32())
            guard stored == count else { throw fail("\(count) weights for \(name), not \(stored)") }
            guard reader.offset + 2 * count <= reader.bytes.count else { throw fail("\(count) 16-bit weights for \(name)") }
            var result = [Float](repeating: 0, count: count)
            reader.bytes.withUnsafeBufferPointer { buffer in
                let start = reader.offset
                for index in 0..<count {
                    let bits = UInt16(buffer[start + 2 * index]) | UInt16(buffer[start + 2 * index + 1]) << 8
                    result[index] = Float(Float16(bitPattern: bits))
                }
            }
            reader.offset += 2 * count
            guard result.allSatisfy(\.isFinite) else { throw fail("finite weights for \(name)") }
            return result
        }
        let wordEmbeddings = try array((vocabulary.count + 3) * wordDimension, "the word embeddings")
        let tagEmbeddings = try array(tagCount * tagDimension, "the tag embeddings")
        let labelEmbeddings = try array((relations.count + 2) * labelDimension, "the relation embeddings")
        let miscEmbeddings = try array(miscSizes.reduce(0, +) * miscDimension, "the distance and valency embeddings")
        let firstLayer = try array(shape.inputs * hidden, "the hidden layer")
        let hiddenBias = try array(hidden, "the hidden layer's bias")
        let transitionWeights = try array(hidden * 4, "the transitions")
        let transitionBias = try array(4, "the transitions' bias")
        let relationWeights = try array(hidden * relations.count, "the relations")
        let relationBias = try array(relations.count, "the relations' bias")
        guard reader.offset == reader.bytes.count else { throw fail("the end of the network") }
        self.init(
            shape: shape, vocabulary: vocabulary, tagCount: tagCount, relations: relations, wordEmbeddings: wordEmbeddings,
            tagEmbeddings: tagEmbeddings, labelEmbeddings: labelEmbeddings, miscEmbeddings: miscEmbeddings,
            firstLayer: firstLayer, hiddenBias: hiddenBias, transitionWeights: transitionWeights,
            transitionBias: transitionBias, relationWeights: relationWeights, relationBias: relationBias,
            encoded: Array(bytes))
    }
}
