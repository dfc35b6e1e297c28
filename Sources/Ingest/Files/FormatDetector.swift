/// Tells an input's format from its first bytes (after decompression), never from its name.
public enum FormatDetector {
    /// What the first bytes of an input say.
    public enum Detection: Sendable, Equatable {
        case format(InputFormat)
        case empty
        /// Binary content: a NUL byte, or many control bytes, at `offset`.
        case binary(offset: Int)
        /// Text in no format Entente reads; the string says what was seen.
        case unknown(String)
    }

    /// How many bytes detection looks at.
    public static let headLength = 64 * 1024

    public static func detect(_ head: [UInt8]) -> Detection {
        guard !head.isEmpty else { return .empty }
        // Binary: more than 1 byte in 100 is a control byte (NUL included) other than tab and line ends. A text
        // file with a stray NUL in one row is text: that row is quarantined, the others read.
        var control = 0
        var firstControl = 0
        for (index, byte) in head.enumerated() where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
            if control == 0 { firstControl = index }
            control += 1
        }
        if control * 100 > head.count { return .binary(offset: firstControl) }
        let line = firstLine(head)
        if line.first == UInt8(ascii: "{") { return .format(.jsonl) }
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix(Layouts.icews.columns[0] + "\t" + Layouts.icews.columns[1]) { return .format(.icews) }
        if text.hasPrefix("id,date,") || text.hasPrefix("\"id\",\"date\",") { return .format(.csv) }
        let reduced = Layouts.gdelt1Reduced.columns.prefix(4).joined(separator: "\t")
        if text.hasPrefix(reduced + "\t") || text == reduced { return .format(.gdeltReduced) }
        if CountsLayout.recognizes(Array(line)) { return .format(.counts) }
        let tabs = line.reduce(0) { $0 + ($1 == Bytes.tab ? 1 : 0) }
        for format in [InputFormat.gdelt1, .gdelt2] {
            if Layouts.tabLayouts(for: format).contains(where: { $0.columns.count == tabs + 1 }) { return .format(format) }
        }
        let seen = tabs > 0 ? "a first line of \(tabs + 1) tab-separated columns" : "a first line starting '\(text.prefix(40))'"
        return .unknown(seen)
    }

    /// The first line, without a UTF-8 byte order mark or its line end.
    static func firstLine(_ head: [UInt8]) -> ArraySlice<UInt8> {
        var line = head[...]
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if let end = line.firstIndex(of: Bytes.newline) { line = line[..<end] }
        if line.last == Bytes.carriageReturn { line = line.dropLast() }
        return line
    }
}
