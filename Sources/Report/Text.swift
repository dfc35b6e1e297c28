import EntenteModel

/// Small pieces of text layout shared by the renderers and the command line.
public enum Text {
    /// Wraps `text` to `width` columns, the first line after `firstPrefix`, the others after `prefix`.
    public static func wrap(_ text: String, width: Int = 100, firstPrefix: String = "", prefix: String = "") -> String {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = prefix
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar for an index in −1…+1: conflict fills left of the middle, cooperation right.
    static func bar(_ index: Double?, halfWidth: Int = 6) -> String {
        guard let index else { return String(repeating: " ", count: 2 * halfWidth + 1) }
        let cells = Int((abs(index) * Double(halfWidth)).rounded())
        let left = index < 0 ? String(repeating: " ", count: halfWidth - cells) + String(repeating: "▒", count: cells)
            : String(repeating: " ", count: halfWidth)
        let right = index > 0 ? String(repeating: "█", count: cells) + String(repeating: " ", count: halfWidth - cells)
            : String(repeating: " ", count: halfWidth)
        return left + "|" + right
    }

    static func interval(_ range: ClosedRange<Double>?) -> String {
        guard let range else { return "" }
        return "[\(Format.signed(range.lowerBound)), \(Format.signed(range.upperBound))]"
    }

    /// The direction of an event: `RUS→PAK`, with the historical state named where there is one.
    static func direction(_ event: Event) -> String {
        "\(event.source.historical ?? event.source.country)→\(event.target.historical ?? event.target.country)"
    }

    /// Event ids for a line of text: the first few, then how many more.
    static func ids(_ ids: [String], shown: Int = 3) -> String {
        let head = ids.prefix(shown).joined(separator: ", ")
        return ids.count > shown ? head + " and \(ids.count - shown) more" : head
    }

    static func flags(_ event: Event) -> String {
        var flags: [String] = []
        if event.reported { flags.append("reported") }
        if event.hypothetical { flags.append("what-if") }
        return flags.isEmpty ? "" : " (" + flags.joined(separator: ", ") + ")"
    }
}

/// Numbers the distinct sources of a list of events, for `[n]` citations and a closing list.
public struct CitationIndex: Sendable {
    public private(set) var citations: [String] = []
    private var numbers: [String: Int] = [:]

    public init(_ events: [Event]) {
        for event in events { _ = number(for: event) }
    }

    /// The number of the event's source, giving the source the next number when it is new.
    public mutating func number(for event: Event) -> Int {
        let citation = event.citation
        if let number = numbers[citation] { return number }
        citations.append(citation)
        numbers[citation] = citations.count
        return citations.count
    }

    func key(for event: Event) -> String { numbers[event.citation].map { "[\($0)]" } ?? "" }
}
