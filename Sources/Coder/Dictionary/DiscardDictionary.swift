/// Phrases whose presence means a text is not about relations between states (sports, weather, history): a
/// `+PHRASE` discards the whole story, a bare `PHRASE` the sentence.
///
/// A phrase that is a bare year (Phoenix lists 1914–2013) marks a sentence that looks back: Phoenix coded the news
/// of its own day (2014 on), so a year before it meant history retold. Entente codes news of any period and dates
/// each event by the date its sentence names, so a year discards a sentence only in a story dated after that year
/// (history retold); in a story of that year, or one whose date is not known, the year is the event's date.
public struct DiscardDictionary: Sendable {
    public struct Entry: Sendable {
        public var words: [Int32]
        public var discardsStory: Bool
        public var text: String
        public var line: Int
        /// The year, when the phrase is a bare year ("1998").
        public var year: Int?

        /// Whether the phrase discards a sentence of a story dated in `storyYear` (nil when not known).
        public func discards(storyYear: Int?) -> Bool {
            guard let year else { return true }
            guard let storyYear else { return false }
            return year < storyYear
        }
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
            let phrase = text.trimmingCharacters(in: " \t")
            let year = phrase.utf8.count == 4 && phrase.utf8.allSatisfy { (0x30...0x39).contains($0) } ? Int(phrase) : nil
            dictionary.entries.append(
                Entry(words: ids, discardsStory: story, text: phrase, line: line.number, year: story ? nil : year))
        }
        return dictionary
    }
}
