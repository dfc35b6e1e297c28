/// Phrases whose presence means a text is not about relations between states (sports, weather, history): a
/// `+PHRASE` discards the whole story, a bare `PHRASE` the sentence.
public struct DiscardDictionary: Sendable {
    public struct Entry: Sendable {
        public var words: [Int32]
        public var discardsStory: Bool
        public var text: String
        public var line: Int
    }

    public var path: String
    public var entries: [Entry] = []

    /// Reads a discard list. Every non-empty line is a phrase, so no line is malformed.
    public static func read(path: String, bytes: [UInt8], words: inout WordTable) -> DiscardDictionary {
        var dictionary = DiscardDictionary(path: path)
        for line in DictionaryLines(path: path, bytes: bytes) {
            var text = line.text.trimmingCharacters(in: " \t")[...]
            guard !text.isEmpty else { continue }
            let story = text.hasPrefix("+")
            if story { text = text.dropFirst() }
            let ids = Tokenizer.internPhrase(text, into: &words)
            guard !ids.isEmpty else { continue }
            dictionary.entries.append(
                Entry(words: ids, discardsStory: story, text: text.trimmingCharacters(in: " \t"), line: line.number))
        }
        return dictionary
    }
}
