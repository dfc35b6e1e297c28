/// Phrases of word ids, keyed by their first word: a one-level trie that finds the longest phrase starting at a
/// token in a few integer comparisons.
///
/// Entries sharing a first word are kept longest first, so the first match found is the longest.
///
/// - Complexity: building is O(n log n) in the number of phrases; a lookup is O(k · m) for the k phrases that
///   share the token's first word, m their length — in practice a handful.
struct PhraseIndex: Sendable {
    struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var payload: Int32
    }

    private var words: [Int32] = []
    private var entries: [Entry] = []
    /// For each word id, the range of `entries` of the phrases that begin with it.
    private var groupStart: [Int32] = []
    private var groupEnd: [Int32] = []

    init() {}

    /// Builds the index from phrases and their payloads; `wordCount` is the size of the word table.
    init(_ phrases: [(words: [Int32], payload: Int32)], wordCount: Int) {
        let sorted = phrases.enumerated().filter { !$0.element.words.isEmpty }.sorted { left, right in
            let (a, b) = (left.element.words, right.element.words)
            if a[0] != b[0] { return a[0] < b[0] }
            if a.count != b.count { return a.count > b.count }
            return left.offset < right.offset
        }
        groupStart = [Int32](repeating: 0, count: wordCount)
        groupEnd = [Int32](repeating: 0, count: wordCount)
        for (_, phrase) in sorted {
            let first = Int(phrase.words[0])
            if groupEnd[first] == 0 { groupStart[first] = Int32(entries.count) }
            entries.append(Entry(start: Int32(words.count), length: Int32(phrase.words.count), payload: phrase.payload))
            words.append(contentsOf: phrase.words)
            groupEnd[first] = Int32(entries.count)
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The longest phrase starting at `position` of `tokens`: its length and every payload of that length.
    ///
    /// `skip` lets a caller ignore tokens (returns true for a token to step over), as when `'S` may stand
    /// inside a name; pass nil to match tokens exactly.
    func longestMatch(_ tokens: [Int32], at position: Int) -> (length: Int, payloads: ArraySlice<Entry>)? {
        let first = tokens[position]
        guard first >= 0, Int(first) < groupStart.count else { return nil }
        let lower = Int(groupStart[Int(first)])
        let upper = Int(groupEnd[Int(first)])
        guard upper > lower else { return nil }
        var index = lower
        while index < upper {
            let entry = entries[index]
            let length = Int(entry.length)
            if position + length <= tokens.count && matches(entry, tokens, position) {
                var last = index + 1
                while last < upper, entries[last].length == entry.length,
                    wordsEqual(entries[last], entry)
                {
                    last += 1
                }
                return (length, entries[index..<last])
            }
            index += 1
        }
        return nil
    }

    /// Every phrase starting at `position`, longest first.
    func allMatches(_ tokens: [Int32], at position: Int) -> [Entry] {
        let first = tokens[position]
        guard first >= 0, Int(first) < groupStart.count else { return [] }
        var result: [Entry] = []
        for index in Int(groupStart[Int(first)])..<Int(groupEnd[Int(first)]) {
            let entry = entries[index]
            if position + Int(entry.length) <= tokens.count && matches(entry, tokens, position) { result.append(entry) }
        }
        return result
    }

    private func matches(_ entry: Entry, _ tokens: [Int32], _ position: Int) -> Bool {
        let start = Int(entry.start)
        for offset in 1..<Int(entry.length) where words[start + offset] != tokens[position + offset] { return false }
        return true
    }

    private func wordsEqual(_ a: Entry, _ b: Entry) -> Bool {
        for offset in 0..<Int(a.length) where words[Int(a.start) + offset] != words[Int(b.start) + offset] { return false }
        return true
    }
}
