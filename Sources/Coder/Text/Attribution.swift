/// The attribution a wire sentence ends with — "…, officials said.", "…, the Indian army said in a statement on
/// Monday.", "…, said a police spokesman.", "…, according to the foreign ministry." — which says who reported the
/// event, not who acted. CAMEO codes the event reported, not the report; but a parser trained on other text often
/// makes the reporting verb the sentence's root and hangs the event under it ("troops clashed" read as "troops [who
/// were] clashed", the troops the army's words), so the sentence is coded without it.
///
/// Recognised by its form alone, after the sentence's last comma that does not close a quotation: a short noun
/// phrase and a reporting verb (`said`, `says`, `told`, `added`, `reported`, `stated`, `confirmed`, `noted`),
/// or a reporting verb and a short noun phrase, or "according to" and one; then at most a few words of setting ("in a
/// statement", "on Monday", "told reporters") and the sentence's end. Words that would open a clause of their own
/// ("that", "it would", "and", "who") make it no attribution.
public enum Attribution {
    /// Where the sentence's closing attribution starts (its comma), or nil when it ends with none.
    ///
    /// - Complexity: O(n) in the sentence's bytes.
    public static func start(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = contentEnd(of: bytes)
        guard let comma = (0..<end).last(where: { bytes[$0] == 0x2C }), comma >= 12 else { return nil }
        // `…," the spokesman said.`: the quotation's speaker is its actor ("we"), keep it.
        if comma > 0, bytes[comma - 1] == 0x22 || bytes[comma + 1..<end].first == 0x22 { return nil }
        return isAttribution(bytes[(comma + 1)..<end], accordingTo: true) ? comma : nil
    }

    /// The length of the attribution a sentence opens with — "According to state media, …", "According to the
    /// foreign ministry, …" — its comma and the spaces after it included; nil when it opens with none. At most ten
    /// words before the comma, none opening a clause of its own.
    public static func openingLength(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let opening = Array("according to ".utf8)
        guard bytes.count > opening.count + 2,
            zip(bytes.prefix(opening.count), opening).allSatisfy({ $0 | 0x20 == $1 | 0x20 }),
            let comma = bytes.prefix(120).firstIndex(of: 0x2C)
        else { return nil }
        let words = bytes[opening.count..<comma].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard (1...10).contains(words.count), !words.contains(where: opensClause) else { return nil }
        var end = comma + 1
        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
        return end < bytes.count ? end : nil
    }

    /// A quotation and who said it — `"We are ready to talk," the ministry's spokesman said.` — as the byte ranges of
    /// the words quoted and of the attribution after them; nil when the sentence is not one.
    public static func quotation(in bytes: UnsafeBufferPointer<UInt8>) -> (quote: Range<Int>, attribution: Range<Int>)? {
        let end = contentEnd(of: bytes)
        guard end > 4, bytes[0] == 0x22, let close = (1..<end).first(where: { bytes[$0] == 0x22 }), close + 1 < end else { return nil }
        var quoteEnd = close
        var after = close + 1
        if bytes[quoteEnd - 1] == 0x2C { quoteEnd -= 1 } else if bytes[after] == 0x2C { after += 1 } else { return nil }
        guard quoteEnd > 1, isAttribution(bytes[after..<end], accordingTo: false) else { return nil }
        return (1..<quoteEnd, after..<end)
    }

    /// Whether the words are who reported something: a short noun phrase and a reporting verb, or the verb and the
    /// phrase, or (`accordingTo`) "according to" and a phrase; then at most a few words of setting.
    static func isAttribution(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, accordingTo: Bool) -> Bool {
        let words = bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard (1...14).contains(words.count) else { return false }
        if accordingTo, words.count >= 3, words[0] == "according", words[1] == "to" {
            return words.count <= 10 && !words.dropFirst(2).contains(where: opensClause)
        }
        // "to" opens an infinitive after the verb ("said to be"), elsewhere a phrase of the setting ("during a visit to
        // Mexico City").
        let opens = words.indices.contains { index in
            opensClause(words[index]) && (words[index] != "to" || (index > 0 && reportingVerbs.contains(words[index - 1])))
        }
        guard !opens, let verb = words.firstIndex(where: reportingVerbs.contains) else { return false }
        let speaker = verb == 0 ? Array(words.dropFirst()) : Array(words[..<verb])
        guard (1...8).contains(speaker.count), words.count - verb - 1 - (verb == 0 ? speaker.count : 0) <= 6 else { return false }
        if verb == 0 { return !speaker.contains(where: reportingVerbs.contains) }
        // The words after the verb are its setting: no second reporting verb but "told".
        return !words[(verb + 1)...].contains(where: { reportingVerbs.contains($0) && $0 != "told" })
    }

    /// Where the sentence's words end: before its closing stop, spaces and line ends.
    private static func contentEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0, [0x20, 0x2E, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    static let reportingVerbs: Set<String> = ["said", "says", "told", "added", "reported", "stated", "confirmed", "noted"]

    /// Words that open a clause or a complement: what follows them is said, not who said it.
    static func opensClause(_ word: String) -> Bool { clauseOpeners.contains(word) || word.hasSuffix("\"") }

    private static let clauseOpeners: Set<String> = [
        "that", "which", "who", "whom", "whose", "whether", "if", "because", "while", "when", "after", "before",
        "and", "but", "or", "as", "it", "would", "will", "was", "were", "is", "are", "had", "has", "have", "to",
        "saying", "adding", "could", "should", "might", "may", "not", "no",
    ]
}
