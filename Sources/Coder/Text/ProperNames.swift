import EntenteModel

/// The names of states and their capitals, as Entente's own country table writes them ("Germany", "South Korea",
/// "New Delhi"), found in a sentence so that the parser tags them as names: its tagger, trained on web text with few
/// such news leads, read a sentence-initial "Germany" like "many" as an adjective, and "Germany sent humanitarian
/// aid to Syria" became one noun phrase with no verb.
///
/// Only names written in capitalised words count, matched case-sensitively as whole words; demonyms ("German") are
/// left to the tagger, which reads them as adjectives.
public struct ProperNames: Sendable {
    /// Each name's words (as bytes), by its first word.
    private let byFirstWord: [[UInt8]: [[[UInt8]]]]

    /// The names of the built-in country table.
    public static let states = ProperNames(CountryResolver.standard.countries.flatMap { [$0.name] + $0.aliases + $0.capitals })

    public init(_ names: [String]) {
        var byFirstWord: [[UInt8]: [[[UInt8]]]] = [:]
        for name in names {
            let words = name.split(separator: " ")
            guard let first = words.first, words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) else { continue }
            byFirstWord[Array(first.utf8), default: []].append(words.map { Array($0.utf8) })
        }
        // Longest first, so that "South Korea" is found before a "South" that is a name of its own.
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The byte ranges of the names in a sentence's UTF-8 bytes, longest match first, none overlapping.
    ///
    /// - Complexity: O(n) in the sentence's bytes, times the few names sharing a first word.
    public func ranges<Bytes: RandomAccessCollection>(in utf8: Bytes) -> [Range<Int>] where Bytes.Element == UInt8, Bytes.Index == Int {
        // Words: runs of letters (any byte of a multi-byte character counts as one).
        var words: [Range<Int>] = []
        var offset = utf8.startIndex
        while offset < utf8.endIndex {
            guard TextNormaliser.isLetterByte(utf8[offset]) else {
                offset += 1
                continue
            }
            let start = offset
            while offset < utf8.endIndex, TextNormaliser.isLetterByte(utf8[offset]) { offset += 1 }
            words.append(start..<offset)
        }
        var ranges: [Range<Int>] = []
        var position = 0
        while position < words.count {
            var matched = 0
            // Only a word that opens with a capital can open a name.
            guard (0x41...0x5A).contains(utf8[words[position].lowerBound]),
                let names = byFirstWord[Array(utf8[words[position].lowerBound..<words[position].upperBound])]
            else {
                position += 1
                continue
            }
            for name in names where position + name.count <= words.count {
                let candidate = words[position..<(position + name.count)]
                // The words of a name are separated by single spaces: "South Korea", not "South, Korea".
                let adjacent = zip(candidate.dropLast(), candidate.dropFirst()).allSatisfy { pair in
                    pair.1.lowerBound == pair.0.upperBound + 1 && utf8[pair.0.upperBound] == 0x20
                }
                if adjacent, zip(candidate, name).allSatisfy({ utf8[$0.lowerBound..<$0.upperBound].elementsEqual($1) }) {
                    matched = name.count
                    break
                }
            }
            if matched > 0 {
                ranges.append(words[position].lowerBound..<words[position + matched - 1].upperBound)
                position += matched
            } else {
                position += 1
            }
        }
        return ranges
    }
}
