/// Text made fit for sentence splitting, with the offset in the original bytes of every byte kept.
public struct NormalisedText: Sendable {
    /// Valid UTF-8; paragraphs separated by a blank line, the lines of a paragraph joined by spaces.
    public var bytes: [UInt8]
    /// For each byte of `bytes`, the offset of the original byte it comes from.
    public var originalOffsets: [Int32]

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Repairs text as it comes out of PDFs and odd encodings, so that any bytes can be coded:
///
/// - bytes that are not UTF-8, and U+FFFD replacement characters (which stood for dashes and quotes), become a
///   dash between spaces;
/// - curly quotes and apostrophes become straight ones, no-break spaces spaces;
/// - footnote numbers glued to the first word of a line (`6patronage`, `41970s`, `12001.`) or standing before
///   it (`8 India`) are dropped;
/// - lines of another column interleaved by a PDF extractor (much wider than the text around them) are moved
///   to the end as paragraphs of their own, and the text they interrupted is joined again;
/// - words hyphenated across lines are joined, and the lines of a paragraph joined with spaces; a blank line
///   inside a sentence (a page break) does not break it; headings in capitals stand alone.
///
/// - Complexity: O(n).
public enum TextNormaliser {
    public static func normalise(_ input: [UInt8]) -> NormalisedText {
        let lines = decodedLines(input)
        let ordered = reorderColumns(lines)
        return join(ordered)
    }

    /// A line of decoded text with each byte's original offset.
    struct Line {
        var bytes: [UInt8] = []
        var offsets: [Int32] = []
        var end: Int32 = 0

        var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        var trimmedCount: Int {
            var lower = 0
            var upper = bytes.count
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            return upper - lower
        }

        mutating func append(_ byte: UInt8, _ offset: Int) {
            bytes.append(byte)
            offsets.append(Int32(offset))
        }

        mutating func append(_ text: StaticString, _ offset: Int) {
            text.withUTF8Buffer { for byte in $0 { append(byte, offset) } }
        }
    }

    /// Decodes UTF-8 leniently into lines, replacing what cannot be read.
    static func decodedLines(_ input: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var line = Line()
        var index = 0
        let count = input.count
        func sequenceLength(_ at: Int) -> Int {
            let lead = input[at]
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return 0
            }
            guard at + length <= count else { return 0 }
            for offset in 1..<length where input[at + offset] & 0xC0 != 0x80 { return 0 }
            if lead == 0xE0 && input[at + 1] < 0xA0 { return 0 }
            if lead == 0xED && input[at + 1] >= 0xA0 { return 0 }
            if lead == 0xF0 && input[at + 1] < 0x90 { return 0 }
            if lead == 0xF4 && input[at + 1] >= 0x90 { return 0 }
            return length
        }
        while index < count {
            let byte = input[index]
            if byte == 0x0A || byte == 0x0C {
                line.end = Int32(index)
                lines.append(line)
                line = Line()
                index += 1
                continue
            }
            if byte == 0x0D {
                index += 1
                continue
            }
            if byte < 0x80 {
                line.append(byte == 0x09 ? 0x20 : (byte < 0x20 ? 0x20 : byte), index)
                index += 1
                continue
            }
            let length = sequenceLength(index)
            if length == 0 {
                // Not UTF-8 (a Latin-1 or Windows-1252 byte, most often a dash or quote): a dash.
                line.append(" -- ", index)
                index += 1
                continue
            }
            let b1 = input[index + 1]
            let b2: UInt8 = length > 2 ? input[index + 2] : 0
            switch (byte, b1, b2) {
            case (0xEF, 0xBF, 0xBD):  // U+FFFD
                line.append(" -- ", index)
            case (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99), (0xE2, 0x80, 0xB2):  // ‘ ’ ′
                line.append(0x27, index)
            case (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0xB3):  // “ ” ″
                line.append(0x22, index)
            case (0xE2, 0x80, 0x93):  // – en dash: a hyphen between words (Lahore–Karachi)
                line.append(0x2D, index)
            case (0xE2, 0x80, 0x94), (0xE2, 0x80, 0x95):  // — em dash, horizontal bar
                line.append(" -- ", index)
            case (0xE2, 0x80, 0xA6):  // …
                line.append("...", index)
            case (0xC2, 0xA0, _), (0xE2, 0x80, 0x89), (0xE2, 0x80, 0x8A), (0xE2, 0x80, 0xAF):  // spaces
                line.append(0x20, index)
            case (0xE2, 0x80, 0x8B), (0xEF, 0xBB, 0xBF), (0xC2, 0xAD, _):  // zero-width space, BOM, soft hyphen
                break
            default:
                for offset in 0..<length { line.append(input[index + offset], index + offset) }
            }
            index += length
        }
        line.end = Int32(count)
        lines.append(line)
        return lines.map(removingFootnoteMarker)
    }

    /// Drops a footnote number at the start of a line: `6patronage` → `patronage`, `41970s` → `1970s`,
    /// `12001.` → `2001.`, `8 India` → `India`.
    static func removingFootnoteMarker(_ line: Line) -> Line {
        var start = 0
        while start < line.bytes.count, line.bytes[start] == 0x20 { start += 1 }
        var digitsEnd = start
        while digitsEnd < line.bytes.count, line.bytes[digitsEnd] >= 0x30, line.bytes[digitsEnd] <= 0x39 { digitsEnd += 1 }
        let digitCount = digitsEnd - start
        guard digitCount > 0 else { return line }
        let next: UInt8 = digitsEnd < line.bytes.count ? line.bytes[digitsEnd] : 0
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        var drop = 0
        if digitCount <= 2, isLetter(next) {
            drop = digitCount  // 6patronage, 12Pakistan
        } else if digitCount == 5 || digitCount == 6 {
            // A footnote number glued to a year: 12001., 41970s
            let yearStart = digitsEnd - 4
            let year = line.bytes[yearStart..<digitsEnd].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if (1800...2099).contains(year) { drop = yearStart - start }
        } else if digitCount <= 2, next == 0x20 {
            // `8 India`, `10 West.`: a small number alone before a word that is not a unit.
            var wordStart = digitsEnd
            while wordStart < line.bytes.count, line.bytes[wordStart] == 0x20 { wordStart += 1 }
            var wordEnd = wordStart
            while wordEnd < line.bytes.count, isLetter(line.bytes[wordEnd]) { wordEnd += 1 }
            let word = String(decoding: line.bytes[wordStart..<wordEnd], as: UTF8.self).lowercased()
            if wordEnd > wordStart, !unitWords.contains(word), !word.hasPrefix("per") {
                drop = wordStart - start
            }
        }
        guard drop > 0 else { return line }
        var result = line
        result.bytes.removeSubrange(start..<(start + drop))
        result.offsets.removeSubrange(start..<(start + drop))
        return result
    }

    static let unitWords: Set<String> = [
        "years", "year", "months", "month", "days", "day", "weeks", "km", "kilometres", "kilometers", "miles", "billion",
        "million", "thousand", "hundred", "percent", "helicopters", "aircraft", "soldiers", "people", "times", "of",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "and", "or", "to", "per", "am", "pm", "dead", "killed",
    ]

    /// Moves runs of lines much wider than the text's usual line out of the way (a second column or a box
    /// interleaved by the PDF extractor).
    static func reorderColumns(_ lines: [Line]) -> [Line] {
        let lengths = lines.map(\.trimmedCount).filter { $0 > 0 }
        guard lengths.count >= 20 else { return lines }
        let median = lengths.sorted()[lengths.count / 2]
        guard median < 90 else { return lines }
        let wide = Double(median) * 1.6 + 5
        var main: [Line] = []
        var moved: [Line] = []
        var index = 0
        while index < lines.count {
            if Double(lines[index].trimmedCount) > wide {
                // A run of wide lines, blank lines inside it included.
                var end = index
                var lastWide = index
                while end < lines.count, lines[end].isBlank || Double(lines[end].trimmedCount) > wide {
                    if !lines[end].isBlank { lastWide = end }
                    end += 1
                }
                if lastWide > index || lines[index].trimmedCount > median * 2 {
                    moved.append(Line())
                    moved.append(contentsOf: lines[index...lastWide])
                    moved.append(Line())
                    index = lastWide + 1
                    // Drop blank lines the moved block leaves behind inside a sentence.
                    continue
                }
            }
            main.append(lines[index])
            index += 1
        }
        return moved.isEmpty ? lines : main + moved
    }

    /// Joins lines into paragraphs.
    static func join(_ lines: [Line]) -> NormalisedText {
        var bytes: [UInt8] = []
        var offsets: [Int32] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.bytes.count + 1 })
        offsets.reserveCapacity(bytes.capacity)
        var pendingBlank = false
        var previousWasHeading = false
        func lastNonSpace() -> UInt8? {
            var index = bytes.count - 1
            while index >= 0 {
                if bytes[index] != 0x20 { return bytes[index] }
                index -= 1
            }
            return nil
        }
        for line in lines {
            var start = 0
            var end = line.bytes.count
            while start < end, line.bytes[start] == 0x20 { start += 1 }
            while end > start, line.bytes[end - 1] == 0x20 { end -= 1 }
            if start == end {
                pendingBlank = true
                continue
            }
            let first = line.bytes[start]
            let heading = isHeading(line.bytes[start..<end])
            if bytes.isEmpty {
                // nothing to join to
            } else {
                let last = lastNonSpace() ?? 0x2E
                let endsSentence = last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3A || last == 0x22
                let startsLower = (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39)
                let breakParagraph: Bool
                if heading != previousWasHeading && !(heading && previousWasHeading) {
                    breakParagraph = true
                } else if heading && previousWasHeading {
                    breakParagraph = false
                } else if pendingBlank {
                    // A blank line inside a sentence is a page or column break, not a paragraph.
                    breakParagraph = endsSentence
                    _ = startsLower
                } else {
                    breakParagraph = false
                }
                while let tail = bytes.last, tail == 0x20 {
                    bytes.removeLast()
                    offsets.removeLast()
                }
                if breakParagraph {
                    bytes.append(contentsOf: [0x0A, 0x0A])
                    offsets.append(contentsOf: [line.offsets[start], line.offsets[start]])
                } else if bytes.last == 0x2D, bytes.count >= 2, isLetterByte(bytes[bytes.count - 2]), isLetterByte(first) {
                    // hyphenated across lines: keep the hyphen, join the halves
                } else {
                    bytes.append(0x20)
                    offsets.append(line.offsets[start])
                }
            }
            bytes.append(contentsOf: line.bytes[start..<end])
            offsets.append(contentsOf: line.offsets[start..<end])
            pendingBlank = false
            previousWasHeading = heading
        }
        return NormalisedText(bytes: bytes, originalOffsets: offsets)
    }

    static func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }

    /// A line in capitals of a few words: `INTRODUCTION`, `THE CHINA FACTOR?`.
    static func isHeading(_ bytes: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var words = 1
        for byte in bytes {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            if byte == 0x20 { words += 1 }
        }
        return letters >= 3 && words <= 10
    }
}
