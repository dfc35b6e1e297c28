import EntenteModel

/// A quantity written in a sentence and where it stands.
public struct MagnitudeMention: Hashable, Sendable {
    public var magnitude: Magnitude
    public var range: Range<Int>
    public var text: String
}

/// Finds quantities: money (`$2 billion`, `US$ 300 million`, `Rs 500 crore`… as USD when in dollars), counts of
/// things (`four MI-35 attack helicopters`, `50,000 tonnes`), distances (`1,100-km`, `1,100 km`) and durations
/// (`25 years`). Number words up to twenty and `a dozen`, `two dozen` are read.
///
/// - Complexity: O(n) in the words of the sentence.
public enum MagnitudeExtractor {
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12, "several": 3,
    ]
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5, "mn": 1e6, "bn": 1e9]
    static let distanceUnits: [String: String] = ["km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "miles", "miles": "miles"]
    static let stopWords: Set<String> = ["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "from", "with", "by", "than", "more", "less", "per", "percent", "times", "was", "were", "is", "are", "has", "have", "had"]

    struct Word {
        var text: String
        var lower: String
        var range: Range<Int>
        var isNumber: Bool
    }

    static func words(_ sentence: String) -> [Word] {
        let bytes = Array(sentence.utf8)
        var result: [Word] = []
        var index = 0
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x24 {  // $
                result.append(Word(text: "$", lower: "$", range: index..<(index + 1), isNumber: false))
                index += 1
                continue
            }
            if isDigit(byte) {
                let start = index
                while index < bytes.count, isDigit(bytes[index]) || ((bytes[index] == 0x2C || bytes[index] == 0x2E) && index + 1 < bytes.count && isDigit(bytes[index + 1])) {
                    index += 1
                }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                result.append(Word(text: text, lower: text, range: start..<index, isNumber: true))
                continue
            }
            if isLetter(byte) {
                let start = index
                while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || (bytes[index] == 0x2D && index + 1 < bytes.count && (isLetter(bytes[index + 1]) || isDigit(bytes[index + 1]))) {
                    index += 1
                }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                result.append(Word(text: text, lower: text.lowercased(), range: start..<index, isNumber: false))
                continue
            }
            if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 {
                result.append(Word(text: String(UnicodeScalar(byte)), lower: String(UnicodeScalar(byte)), range: index..<(index + 1), isNumber: false))
            }
            index += 1
        }
        return result
    }

    static func value(_ word: Word) -> Double? {
        if word.isNumber { return Double(word.text.filter { $0 != "," }) }
        return numberWords[word.lower]
    }

    /// The quantities in `sentence`, in order.
    public static func magnitudes(in sentence: String) -> [MagnitudeMention] {
        let words = words(sentence)
        let bytes = Array(sentence.utf8)
        var result: [MagnitudeMention] = []
        func add(_ magnitude: Magnitude, _ first: Int, _ last: Int) {
            let range = words[first].range.lowerBound..<words[last].range.upperBound
            result.append(MagnitudeMention(magnitude: magnitude, range: range, text: String(decoding: bytes[range], as: UTF8.self)))
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            // $2 billion, US$ 2 billion
            if word.text == "$", index + 1 < words.count, let amount = value(words[index + 1]), words[index + 1].isNumber {
                var total = amount
                var last = index + 1
                if last + 1 < words.count, let scale = scales[words[last + 1].lower] {
                    total *= scale
                    last += 1
                }
                add(Magnitude(total, "USD"), index, last)
                index = last + 1
                continue
            }
            // 1,100-km
            if word.isNumber || numberWords[word.lower] != nil, !word.lower.hasPrefix("-") {
                guard let amount = value(word) else {
                    index += 1
                    continue
                }
                // Years are dates, not quantities.
                if word.isNumber, word.text.count == 4, !word.text.contains(","), let year = Int(word.text), (1000...2199).contains(year) {
                    index += 1
                    continue
                }
                var total = amount
                var last = index
                // "two dozen": the number before has already counted this dozen.
                if word.lower == "dozen", index > 0, let multiplier = numberWords[words[index - 1].lower], multiplier != 12 {
                    index += 1
                    continue
                }
                if index + 1 < words.count, words[index + 1].lower == "dozen" {
                    total *= 12
                    last += 1
                }
                if last + 1 < words.count, let scale = scales[words[last + 1].lower] {
                    total *= scale
                    last += 1
                }
                guard last + 1 < words.count else { break }
                var unitIndex = last + 1
                var unit = words[unitIndex].lower
                if unit.hasPrefix("-") { unit.removeFirst() }
                // A hyphenated unit glued to the number: "1,100-km" reads as number then "-km".
                if let distance = distanceUnits[unit] {
                    add(Magnitude(total, distance), index, unitIndex)
                    index = unitIndex + 1
                    continue
                }
                if unit == "dollars" || unit == "usd" {
                    add(Magnitude(total, "USD"), index, unitIndex)
                    index = unitIndex + 1
                    continue
                }
                // Counted things: skip up to three modifiers ("MI-35 attack helicopters") to a plural noun.
                var steps = 0
                while unitIndex < words.count, steps < 4 {
                    let candidate = words[unitIndex]
                    if candidate.isNumber || stopWords.contains(candidate.lower) || candidate.text.count == 1 && !candidate.text.first!.isLetter {
                        break
                    }
                    if candidate.lower.hasSuffix("s") && candidate.lower.count > 3 && !candidate.lower.hasSuffix("ss")
                        && candidate.text.first!.isLowercase
                    {
                        add(Magnitude(total, candidate.lower), index, unitIndex)
                        break
                    }
                    unitIndex += 1
                    steps += 1
                }
                index = max(last, unitIndex) + 1
                continue
            }
            index += 1
        }
        return result
    }
}
