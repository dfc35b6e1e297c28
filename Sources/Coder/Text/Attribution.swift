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
        var end = bytes.count
        while end > 0, [0x20, 0x2E, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard let comma = (0..<end).last(where: { bytes[$0] == 0x2C }), comma >= 12 else { return nil }
        // `…," the spokesman said.`: the quotation's speaker is its actor ("we"), keep it.
        if comma > 0, bytes[comma - 1] == 0x22 || bytes[comma + 1..<end].first == 0x22 { return nil }
        let words = bytes[(comma + 1)..<end].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard (1...14).contains(words.count) else { return nil }
        if words.count >= 3, words[0] == "according", words[1] == "to" {
            return words.count <= 10 && !words.dropFirst(2).contains(where: opensClause) ? comma : nil
        }
        guard !words.contains(where: opensClause) else { return nil }
        guard let verb = words.firstIndex(where: reportingVerbs.contains) else { return nil }
        let speaker = verb == 0 ? Array(words.dropFirst()) : Array(words[..<verb])
        guard (1...8).contains(speaker.count), words.count - verb - 1 - (verb == 0 ? speaker.count : 0) <= 6 else { return nil }
        if verb == 0 { return speaker.contains(where: reportingVerbs.contains) ? nil : comma }
        // The words after the verb are its setting: no second reporting verb but "told".
        let setting = words[(verb + 1)...]
        return setting.contains(where: { reportingVerbs.contains($0) && $0 != "told" }) ? nil : comma
    }

    static let reportingVerbs: Set<String> = ["said", "says", "told", "added", "reported", "stated", "confirmed", "noted"]

    /// Words that open a clause or a complement: what follows them is said, not who said it.
    static func opensClause(_ word: String) -> Bool {
        [
            "that", "which", "who", "whom", "whose", "whether", "if", "because", "while", "when", "after", "before",
            "and", "but", "or", "as", "it", "would", "will", "was", "were", "is", "are", "had", "has", "have", "to",
            "saying", "adding", "could", "should", "might", "may", "not", "no",
        ].contains(word) || word.hasSuffix("\"")
    }
}
