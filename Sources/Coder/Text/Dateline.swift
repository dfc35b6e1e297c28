/// The dateline a wire story opens with — "ISLAMABAD, Nov 26 (Reuters) -", "SEOUL (AP) --", "MOSCOW, Aug. 8, 2008 —",
/// "NEW DELHI:", "(Reuters) -" — which names where and by whom the story was filed, not who acted: coded as words,
/// its city is read as a state ("SEOUL" for South Korea) and its agency as an actor ("Reuters", a medium), and the
/// parser takes them for the sentence's subject.
///
/// A dateline is recognised by its form alone: a place in capitals (or in title case, when an agency in parentheses
/// follows), then optionally a comma and words that each begin with a capital or a digit (a date, a country), then
/// optionally an agency in parentheses, then a dash or (after a place in capitals) a colon, within the sentence's first
/// 100 bytes and with text after it.
public enum Dateline {
    /// The bytes the dateline at the start of `bytes` takes, its separator and the spaces after it included; 0 when
    /// the sentence opens with none.
    ///
    /// - Complexity: O(1): at most the first 100 bytes are read.
    public static func length(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let limit = min(bytes.count, 100)
        guard limit > 3 else { return 0 }
        // The first separator; what stands before it is the dateline's candidate.
        var found: (start: Int, end: Int, colon: Bool)?
        for index in 0..<limit {
            if let separator = separator(in: bytes, at: index) {
                found = (index, separator.end, separator.colon)
                break
            }
        }
        guard let found, found.end < bytes.count else { return 0 }
        var prefix = Array(bytes[0..<found.start])
        while prefix.last == 0x20 { prefix.removeLast() }
        guard !prefix.isEmpty else { return 0 }

        var agency = false
        if prefix.last == 0x29 /* ) */, let open = prefix.lastIndex(of: 0x28 /* ( */) {
            let name = prefix[(open + 1)..<(prefix.count - 1)]
            guard (2...30).contains(name.count), let first = name.first, isUpper(first),
                name.allSatisfy({ isLetter($0) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0x26 })
            else { return 0 }
            agency = true
            prefix.removeSubrange(open...)
            while prefix.last == 0x20 { prefix.removeLast() }
        }
        if prefix.isEmpty { return agency && !found.colon ? found.end : 0 }

        let comma = prefix.firstIndex(of: 0x2C) ?? prefix.count
        let place = prefix[0..<comma]
        guard (2...40).contains(place.count), place.allSatisfy({ isLetter($0) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0x27 })
        else { return 0 }
        let letters = place.filter(isLetter)
        guard letters.count >= 3 else { return 0 }
        let capitals = letters.allSatisfy(isUpper)
        let titleCase = words(place).allSatisfy { word in word.first.map(isUpper) ?? false }
        guard capitals || (agency && titleCase && !found.colon) else { return 0 }
        if found.colon && (!capitals || comma < prefix.count) { return 0 }
        if comma < prefix.count {
            let rest = prefix[(comma + 1)...]
            guard rest.count <= 40,
                rest.allSatisfy({ isLetter($0) || isDigit($0) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2C || $0 == 0x2D }),
                words(rest).allSatisfy({ word in word.first.map { isUpper($0) || isDigit($0) } ?? false })
            else { return 0 }
        }
        return found.end
    }

    /// A separator starting at `index`: " - ", " -- ", an em or en dash (spaces around optional), or ": ".
    private static func separator(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (end: Int, colon: Bool)? {
        var end = index
        let count = bytes.count
        func skipSpaces() { while end < count, bytes[end] == 0x20 { end += 1 } }
        if bytes[index] == 0x3A {  // ":"
            end += 1
            guard end < count, bytes[end] == 0x20 else { return nil }
            skipSpaces()
            return (end, true)
        }
        if bytes[index] == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
            end += 3
            skipSpaces()
            return (end, false)
        }
        guard bytes[index] == 0x20 else { return nil }
        end += 1
        var dashes = 0
        while end < count, bytes[end] == 0x2D { dashes += 1; end += 1 }
        guard (1...2).contains(dashes), end < count, bytes[end] == 0x20 else { return nil }
        skipSpaces()
        return (end, false)
    }

    private static func words<C: Collection>(_ bytes: C) -> [C.SubSequence] where C.Element == UInt8 {
        bytes.split(separator: 0x20)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
