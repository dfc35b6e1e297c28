/// A word's hashed surface features, computed once per word and shared by the tagger and the parser: its lower-case
/// form, prefixes and suffixes, its shape ("Xxxx", "dd", "x-x"), and flags for capitals, digits and hyphens.
public struct WordHashes: Sendable, Hashable {
    public var lower: UInt64
    public var prefix1: UInt64
    public var prefix2: UInt64
    public var prefix3: UInt64
    public var suffix1: UInt64
    public var suffix2: UInt64
    public var suffix3: UInt64
    public var suffix4: UInt64
    public var shape: UInt64
    /// Bit 0 capital first, 1 all capitals, 2 has a digit, 3 has a hyphen, 4 has a period.
    public var flags: UInt64

    /// Stands for the words before the first and after the last.
    public static let padding = WordHashes(
        lower: 1, prefix1: 1, prefix2: 1, prefix3: 1, suffix1: 1, suffix2: 1, suffix3: 1, suffix4: 1, shape: 1, flags: 1 << 8)

    init(
        lower: UInt64, prefix1: UInt64, prefix2: UInt64, prefix3: UInt64, suffix1: UInt64, suffix2: UInt64,
        suffix3: UInt64, suffix4: UInt64, shape: UInt64, flags: UInt64
    ) {
        self.lower = lower
        self.prefix1 = prefix1
        self.prefix2 = prefix2
        self.prefix3 = prefix3
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.shape = shape
        self.flags = flags
    }

    /// The hashes of one word form.
    ///
    /// - Complexity: O(n) in the form's length.
    public init(_ form: String) {
        let utf8 = form.utf8
        let capacity = max(1, utf8.count)
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity * 2) { buffer in
            // The lower-case bytes in the first half, the shape in the second: no heap allocation per word.
            var count = 0
            var shapeCount = 0
            var flags: UInt64 = 0
            var capitals = 0
            var letters = 0
            for byte in utf8 {
                let kind: UInt8
                if byte >= 0x41 && byte <= 0x5A {
                    buffer[count] = byte | 0x20
                    kind = UInt8(ascii: "X")
                    capitals += 1
                    letters += 1
                    if count == 0 { flags |= 1 }
                } else if byte >= 0x61 && byte <= 0x7A {
                    buffer[count] = byte
                    kind = UInt8(ascii: "x")
                    letters += 1
                } else if byte >= 0x30 && byte <= 0x39 {
                    buffer[count] = byte
                    kind = UInt8(ascii: "d")
                    flags |= 4
                } else {
                    buffer[count] = byte
                    kind = byte >= 0x80 ? UInt8(ascii: "u") : byte
                    if byte == UInt8(ascii: "-") { flags |= 8 }
                    if byte == UInt8(ascii: ".") { flags |= 16 }
                }
                count += 1
                // Runs longer than two collapse: "Xxxxx" → "Xxx".
                if shapeCount >= 2, buffer[capacity + shapeCount - 1] == kind, buffer[capacity + shapeCount - 2] == kind { continue }
                buffer[capacity + shapeCount] = kind
                shapeCount += 1
            }
            if letters > 1 && capitals == letters { flags |= 2 }
            let lower = UnsafeBufferPointer(rebasing: buffer[0..<count])
            func prefix(_ length: Int) -> UInt64 { FeatureKey.hash(bytes: lower.prefix(length)) ^ UInt64(length) }
            func suffix(_ length: Int) -> UInt64 { FeatureKey.hash(bytes: lower.suffix(length)) ^ UInt64(length << 8) }
            return WordHashes(
                lower: FeatureKey.hash(bytes: lower), prefix1: prefix(1), prefix2: count >= 2 ? prefix(2) : 2,
                prefix3: count >= 3 ? prefix(3) : 3, suffix1: suffix(1), suffix2: count >= 2 ? suffix(2) : 2,
                suffix3: count >= 3 ? suffix(3) : 3, suffix4: count >= 4 ? suffix(4) : 4,
                shape: FeatureKey.hash(bytes: UnsafeBufferPointer(rebasing: buffer[capacity..<capacity + shapeCount])), flags: flags)
        }
    }
}
