/// Interns words: each distinct upper-case word gets a small integer, so that dictionaries and sentences compare
/// integers, never strings.
///
/// Words are kept as bytes in one buffer and found through an open-addressing hash table, so that a word of a
/// sentence is looked up from its bytes without making a `String`.
///
/// - Complexity: `id(of:)` is O(length of the word) on average.
public struct WordTable: Sendable {
    /// The id of a word the table does not hold.
    public static let unknown: Int32 = -1

    private var bytes: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    public init() {
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    /// How many distinct words the table holds.
    public var count: Int { starts.count }

    /// The id of `word` (upper case), adding it when new.
    @discardableResult
    public mutating func intern(_ word: String) -> Int32 {
        var utf8 = Array(word.utf8)
        for index in utf8.indices where utf8[index] >= 0x61 && utf8[index] <= 0x7A { utf8[index] -= 0x20 }
        return utf8.withUnsafeBufferPointer { intern(bytes: $0) }
    }

    /// The id of the word in `word` (already upper case), adding it when new.
    public mutating func intern(bytes word: UnsafeBufferPointer<UInt8>) -> Int32 {
        // (A British spelling is never held itself, so a word found as written is no British spelling.)
        let known = lookupExactly(word)
        if known != Self.unknown { return known }
        if let spelling = Self.americanSpelling(word) {
            return spelling.withUnsafeBufferPointer { internExactly($0) }
        }
        return internExactly(word)
    }

    private mutating func internExactly(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        var slot = hash & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if matches(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(starts.count)
        starts.append(Int32(bytes.count))
        lengths.append(Int32(word.count))
        bytes.append(contentsOf: word)
        slots[slot] = id
        if starts.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `word` (upper case), or ``unknown``.
    public func id(of word: String) -> Int32 {
        var utf8 = Array(word.utf8)
        for index in utf8.indices where utf8[index] >= 0x61 && utf8[index] <= 0x7A { utf8[index] -= 0x20 }
        return utf8.withUnsafeBufferPointer { id(bytes: $0) }
    }

    /// The id of the upper-case word in `word`, or ``unknown``.
    @inline(__always)
    public func id(bytes word: UnsafeBufferPointer<UInt8>) -> Int32 { lookup(word) }

    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        // The word as written first: the table never holds a British spelling itself (``intern(bytes:)``), so only a
        // word it does not hold may be one.
        let known = lookupExactly(word)
        if known != Self.unknown { return known }
        return lookupAmericanSpelling(word)
    }

    /// The id of a word's American spelling, or ``unknown`` (out of line: few words need it).
    @inline(never)
    private func lookupAmericanSpelling(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let spelling = Self.americanSpelling(word) else { return Self.unknown }
        return spelling.withUnsafeBufferPointer { lookupExactly($0) }
    }

    /// British and American spellings of one word are one word: the dictionaries write "ORGANIZATION_OF_AMERICAN_STATES"
    /// and "ORGANISATION_FOR_SECURITY…", "DEFENSE" and "DEFENCE", as news does. `-ISATION(S)` reads as `-IZATION(S)`,
    /// DEFENCE, CENTRE, LABOUR and PROGRAMME (with their plurals) as DEFENSE, CENTER, LABOR and PROGRAM, and a doubled
    /// final "l" as one (TRAVELLED as TRAVELED); nil when
    /// the word is none of them. (Verbs keep their forms: the verb dictionary lists "APOLOGISE" and "CRITICISE"
    /// itself, and "-ISE" ends words of no other spelling, "RISE", "PROMISE".)
    static func americanSpelling(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let count = word.count
        guard count >= 6 else { return nil }
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let start = suffix.utf8Start
            for index in 0..<length where word[count - length + index] != start[index] { return false }
            return true
        }
        if endsWith("ISATION") || endsWith("ISATIONS") {
            var spelled = Array(word)
            spelled[count - (endsWith("ISATIONS") ? 7 : 6)] = 0x5A  // S → Z
            return spelled
        }
        // A verb ending in a vowel and "l" doubles it in British English, not in American: TRAVELLED, CANCELLING,
        // SIGNALLED read as TRAVELED, CANCELING, SIGNALED (after an E or an A only, where no other word is made).
        let doubled = endsWith("LLED") ? 4 : endsWith("LLING") ? 5 : 0
        if doubled > 0, count >= 7, word[count - doubled - 1] == 0x45 || word[count - doubled - 1] == 0x41 {
            var spelled = Array(word)
            spelled.remove(at: count - doubled)
            return spelled
        }
        for (british, american) in Self.britishWords where count == british.count && word.elementsEqual(british) {
            return american
        }
        return nil
    }

    private static let britishWords: [([UInt8], [UInt8])] = [
        ("DEFENCE", "DEFENSE"), ("DEFENCES", "DEFENSES"), ("CENTRE", "CENTER"), ("CENTRES", "CENTERS"), ("LABOUR", "LABOR"),
        ("PROGRAMME", "PROGRAM"), ("PROGRAMMES", "PROGRAMS"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    @inline(__always)
    private func lookupExactly(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(word) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return Self.unknown }
            if matches(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The word with this id.
    public func word(_ id: Int32) -> String {
        guard id >= 0, Int(id) < starts.count else { return "?" }
        let start = Int(starts[Int(id)])
        return String(decoding: bytes[start..<(start + Int(lengths[Int(id)]))], as: UTF8.self)
    }

    private func matches(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(lengths[id]) == word.count else { return false }
        let start = Int(starts[id])
        for index in 0..<word.count where bytes[start + index] != word[index] { return false }
        return true
    }

    private mutating func grow() {
        let newCount = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: newCount)
        let newMask = newCount - 1
        for id in 0..<starts.count {
            let start = Int(starts[id])
            let length = Int(lengths[id])
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
            var slot = hash & newMask
            while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = Int32(id)
        }
        slots = newSlots
        mask = newMask
    }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
