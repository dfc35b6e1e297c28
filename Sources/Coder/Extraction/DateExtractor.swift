import EntenteModel

/// A date written in a sentence, with its precision and where it stands.
public struct DateMention: Hashable, Sendable {
    public var date: EventDate
    /// Byte range in the sentence.
    public var range: Range<Int>
    public var text: String
    /// True when it was worked out from the document's date ("last year", "on Thursday").
    public var isRelative: Bool
}

/// Finds dates in a sentence: `12 June 2015`, `June 12, 2015`, `October 2015`, `in 2002`, `early 2015`,
/// `the 1970s`, `between 2011 and 2015`, `2015-06-12`, and, against the document's date, `today`, `yesterday`,
/// `last year`, `next month`, `on Thursday`.
///
/// - Complexity: O(n) in the words of the sentence.
public enum DateExtractor {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    struct Word {
        var text: String
        var lower: String
        var range: Range<Int>
        /// A number, or a word a date can start with (a month, a weekday, "last", "now", "recent"…).
        var isCandidate: Bool
    }

    /// The words a date phrase can start with, besides numbers.
    static let startWords: Set<String> = Set(months.keys).union(weekdays).union([
        "today", "tonight", "yesterday", "now", "currently", "nowadays", "presently", "present", "days", "recent",
        "recently", "last", "past", "next", "this",
    ])
    static let presentWords: Set<String> = ["now", "currently", "nowadays", "presently"]
    static let spanOpeners: Set<String> = ["between", "from", "in", "during", "of"]

    static func words(_ sentence: String) -> [Word] { words(Array(sentence.utf8)) }

    /// The start words as lower-case bytes, by length, for a check that makes no `String`.
    static let startWordBytes: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 16)
        for word in startWords where word.utf8.count < 16 { table[word.utf8.count].append(Array(word.utf8)) }
        return table
    }()

    static func isStartWord(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count < 16 else { return false }
        candidates: for candidate in startWordBytes[range.count] {
            for (offset, expected) in candidate.enumerated() where bytes[range.lowerBound + offset] | 0x20 != expected {
                continue candidates
            }
            return true
        }
        return false
    }

    /// The words and the marks `-`, `,`, `.` of a sentence. Only the words near a possible date start (a number,
    /// a month, "last"…) get their text; the others are never looked at and stay empty.
    ///
    /// - Complexity: O(n) in the bytes, with a `String` made only for the words near a date.
    static func words(_ bytes: [UInt8]) -> [Word] {
        var result: [Word] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isWordByte = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
            if !isWordByte {
                if byte == 0x2D || byte == 0x2C || byte == 0x2E {
                    result.append(
                        Word(text: String(UnicodeScalar(byte)), lower: String(UnicodeScalar(byte)), range: index..<(index + 1), isCandidate: false))
                }
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A || (bytes[index] >= 0x30 && bytes[index] <= 0x39) {
                index += 1
            }
            let isNumber = bytes[start] >= 0x30 && bytes[start] <= 0x39
            result.append(Word(text: "", lower: "", range: start..<index, isCandidate: isNumber || isStartWord(bytes, start..<index)))
        }
        // Text for the candidates and the words around them (a date phrase spans at most five words).
        var near = [Bool](repeating: false, count: result.count)
        for (position, word) in result.enumerated() where word.isCandidate {
            for other in max(0, position - 2)...min(result.count - 1, position + 4) { near[other] = true }
        }
        for position in result.indices where near[position] && result[position].text.isEmpty {
            let text = String(decoding: bytes[result[position].range], as: UTF8.self)
            result[position].text = text
            result[position].lower = text.lowercased()
        }
        return result
    }

    static func year(_ word: Word) -> Int? {
        guard word.text.count == 4, let value = Int(word.text), (1500...2199).contains(value) else { return nil }
        return value
    }

    static func dayNumber(_ word: Word) -> Int? {
        var text = word.lower
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
        guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    /// The dates in `sentence`, in order.
    ///
    /// - Parameter documentDate: the day the document was written, for relative dates; nil to skip them.
    public static func dates(in sentence: String, documentDate: Day? = nil) -> [DateMention] {
        dates(in: sentence, document: documentDate.map { try! EventDate(year: $0.year, month: $0.month, day: $0.day) }, referenceYear: nil)
    }

    /// Determiners before a year that modifies a noun ("the 1979 revolution", "its 2008 war").
    static let yearModifierDeterminers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that"]

    /// The dates in `sentence`, in order, against a document date of any precision.
    ///
    /// - Parameters:
    ///   - document: when the document was written: a day resolves "yesterday" and weekdays, a month "last
    ///     month", a year "last year"; "now", "currently" and "at present" take the document date as it is, and
    ///     "recently", "in recent years", "in the last couple of years" its year.
    ///   - referenceYear: the year the text is speaking of (from the sentences before), for a month written
    ///     without a year when the sentence names no year either.
    public static func dates(in sentence: String, document: EventDate?, referenceYear: Int?) -> [DateMention] {
        dates(in: Array(sentence.utf8), document: document, referenceYear: referenceYear)
    }

    /// The dates in a sentence given as UTF-8 bytes; ranges are byte offsets in them.
    public static func dates(in bytes: [UInt8], document: EventDate?, referenceYear: Int?) -> [DateMention] {
        let words = words(bytes)
        guard words.contains(where: \.isCandidate) else { return [] }
        let documentDate: Day? = document?.precision == .day ? document?.start : nil
        let documentMonth: Day? = document.flatMap { $0.precision <= .month ? $0.start : nil }
        let documentYear: Int? = document.flatMap { $0.precision <= .year ? $0.start.year : nil }
        let sentenceYear = words.lazy.compactMap { year($0) }.first
        var result: [DateMention] = []
        func add(_ date: EventDate, _ first: Int, _ last: Int, relative: Bool = false) {
            // "the first visit since 1990": where a span began, not when anything in the sentence happened, nor the
            // time the text goes on speaking of.
            if first > 0, words[first - 1].lower == "since" { return }
            // "the first visit since the 1979 revolution", "a 1995 accord": a year between a determiner and its noun
            // names the thing, not when anything in the sentence happened.
            if first == last, year(words[first]) != nil, first > 0, yearModifierDeterminers.contains(words[first - 1].lower),
                last + 1 < words.count, words[last + 1].lower.first?.isLetter == true
            {
                return
            }
            let range = words[first].range.lowerBound..<words[last].range.upperBound
            result.append(DateMention(date: date, range: range, text: String(decoding: bytes[range], as: UTF8.self), isRelative: relative))
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.isCandidate else {
                index += 1
                continue
            }
            let next = index + 1 < words.count ? words[index + 1] : nil
            let afterNext = index + 2 < words.count ? words[index + 2] : nil
            // ISO: 2015-06-12
            if let year = year(word), next?.text == "-", let monthWord = afterNext, let month = Int(monthWord.text),
                index + 4 < words.count, words[index + 3].text == "-", let day = Int(words[index + 4].text),
                let date = try? EventDate(year: year, month: month, day: day)
            {
                add(date, index, index + 4)
                index += 5
                continue
            }
            // 12 June 2015
            if let day = dayNumber(word), let next, let month = months[next.lower], let yearWord = afterNext, let year = year(yearWord),
                let date = try? EventDate(year: year, month: month, day: day)
            {
                add(date, index, index + 2)
                index += 3
                continue
            }
            if let month = months[word.lower], word.lower != "may" || (next.map { year($0) != nil || dayNumber($0) != nil } ?? false) {
                // June 12, 2015
                if let next, let day = dayNumber(next) {
                    var yearIndex = index + 2
                    if yearIndex < words.count, words[yearIndex].text == "," { yearIndex += 1 }
                    if yearIndex < words.count, let year = year(words[yearIndex]), let date = try? EventDate(year: year, month: month, day: day) {
                        add(date, index, yearIndex)
                        index = yearIndex + 1
                        continue
                    }
                }
                // June 2015
                if let next, let year = year(next), let date = try? EventDate(year: year, month: month) {
                    add(date, index, index + 1)
                    index += 2
                    continue
                }
                // June (of the year the sentence names, or the one the text is speaking of, or the document's)
                if let year = sentenceYear ?? referenceYear ?? documentYear, word.text.first?.isUppercase == true,
                    let date = try? EventDate(year: year, month: month)
                {
                    add(date, index, index, relative: sentenceYear == nil)
                    index += 1
                    continue
                }
            }
            // the 1970s
            if word.text.count == 5, word.lower.hasSuffix("s"), let value = Int(word.text.prefix(4)), value % 10 == 0,
                (1000...2190).contains(value)
            {
                add(.decade(value), index, index)
                index += 1
                continue
            }
            // between 2011 and 2015, 2011-2015
            if let first = year(word), let next, next.lower == "and" || next.text == "-" || next.lower == "to",
                let lastWord = afterNext, let last = year(lastWord), last > first, index > 0,
                spanOpeners.contains(words[index - 1].lower) || next.text == "-",
                let date = try? EventDate(years: first, through: last)
            {
                add(date, index, index + 2)
                index += 3
                continue
            }
            // in 2002, early 2015 (a year alone, not a quantity: "2,000 troops" has a comma)
            let glued = index > 0 && words[index - 1].text == "-" && words[index - 1].range.upperBound == word.range.lowerBound
            if let year = year(word), !glued, !(next.map { TextNormaliserUnits.isUnit($0.lower) } ?? false) {
                add(EventDate(year: year), index, index)
                index += 1
                continue
            }
            // The present: "now", "currently", "at present", "these days" are the document's date; "recent",
            // "recently", "in recent years", "in the last couple of years" its year.
            if let document, let documentYear {
                let present = presentWords.contains(word.lower)
                    || (word.lower == "present" && index > 0 && words[index - 1].lower == "at")
                    || (word.lower == "days" && index > 0 && words[index - 1].lower == "these")
                if present {
                    add(document, index, index, relative: true)
                    index += 1
                    continue
                }
                if word.lower == "recent" || word.lower == "recently" {
                    add(EventDate(year: documentYear), index, index, relative: true)
                    index += 1
                    continue
                }
                if ["last", "past"].contains(word.lower), let next, ["couple", "few", "several"].contains(next.lower) {
                    var end = index + 1
                    while end < min(words.count, index + 4), !["years", "months", "weeks"].contains(words[end].lower) { end += 1 }
                    if end < words.count, ["years", "months", "weeks"].contains(words[end].lower) {
                        add(EventDate(year: documentYear), index, end, relative: true)
                        index = end + 1
                        continue
                    }
                }
            }
            if let documentYear, documentDate == nil, ["last", "next", "this"].contains(word.lower), let next, next.lower == "year" {
                let step = word.lower == "last" ? -1 : (word.lower == "next" ? 1 : 0)
                add(EventDate(year: documentYear + step), index, index + 1, relative: true)
                index += 2
                continue
            }
            if let documentMonth, documentDate == nil, ["last", "next", "this"].contains(word.lower), let next, next.lower == "month" {
                let step = word.lower == "last" ? -1 : (word.lower == "next" ? 1 : 0)
                var month = documentMonth.month + step
                var year = documentMonth.year
                if month < 1 { month += 12; year -= 1 }
                if month > 12 { month -= 12; year += 1 }
                add(try! EventDate(year: year, month: month), index, index + 1, relative: true)
                index += 2
                continue
            }
            if let documentDate {
                if word.lower == "today" || word.lower == "tonight" {
                    add(try! EventDate(year: documentDate.year, month: documentDate.month, day: documentDate.day), index, index, relative: true)
                } else if word.lower == "yesterday" {
                    let day = documentDate.adding(days: -1)
                    add(try! EventDate(year: day.year, month: day.month, day: day.day), index, index, relative: true)
                } else if let weekday = weekdays.firstIndex(of: word.lower) {
                    // The most recent such weekday on or before the document's day (1970-01-01 was a Thursday).
                    let documentWeekday = ((documentDate.ordinal % 7) + 7 + 3) % 7
                    let back = (documentWeekday - weekday + 7) % 7
                    let day = documentDate.adding(days: -back)
                    add(try! EventDate(year: day.year, month: day.month, day: day.day), index, index, relative: true)
                } else if (word.lower == "last" || word.lower == "next" || word.lower == "this"), let next {
                    let step = word.lower == "last" ? -1 : (word.lower == "next" ? 1 : 0)
                    if next.lower == "year" {
                        add(EventDate(year: documentDate.year + step), index, index + 1, relative: true)
                        index += 2
                        continue
                    }
                    if next.lower == "month" {
                        var month = documentDate.month + step
                        var year = documentDate.year
                        if month < 1 { month += 12; year -= 1 }
                        if month > 12 { month -= 12; year += 1 }
                        add(try! EventDate(year: year, month: month), index, index + 1, relative: true)
                        index += 2
                        continue
                    }
                    if let month = months[next.lower] {
                        let year = documentDate.year + (step == 0 ? 0 : step)
                        add(try! EventDate(year: year, month: month), index, index + 1, relative: true)
                        index += 2
                        continue
                    }
                }
            }
            index += 1
        }
        return result
    }
}

enum TextNormaliserUnits {
    static func isUnit(_ word: String) -> Bool {
        TextNormaliser.unitWords.contains(word) && DateExtractor.months[word] == nil && word != "and" && word != "to" && word != "or" && word != "of"
    }
}
