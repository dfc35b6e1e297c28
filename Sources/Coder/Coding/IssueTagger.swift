/// Tags a sentence with the issue categories its words point to (Phoenix issue coding): a category counts
/// when one of its phrases occurs and none of its exclusions (`~phrase`) does.
public enum IssueTagger {
    /// The categories of `sentence`, in dictionary order, each once.
    ///
    /// - Complexity: O(n) lookups in the words of the sentence.
    public static func categories(of sentence: String, dictionaries: DictionarySet) -> [String] {
        guard !dictionaries.issueEntries.isEmpty else { return [] }
        var bytes = Array(sentence.utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokens(of: UnsafeBufferPointer($0), words: dictionaries.words) }
        let ids = tokens.map(\.id)
        var found: [String] = []
        var excluded = Set<String>()
        for index in ids.indices {
            for entry in dictionaries.issueIndex.allMatches(ids, at: index) {
                let issue = dictionaries.issueEntries[Int(entry.payload)]
                if issue.isExclusion {
                    excluded.insert(issue.category)
                } else if !found.contains(issue.category) {
                    found.append(issue.category)
                }
            }
        }
        return found.filter { !excluded.contains($0) }
    }

    /// Phoenix categories and the built-in dictionary's issues, as the model's issue names.
    public static func modelIssue(_ category: String) -> String {
        switch category.uppercased() {
        case "ENERGY": "energy"
        case "ID_ARMS_DEAL": "arms"
        case "TERROR": "terrorism"
        case "DRONE": "drones"
        case "FOREIGN_AID": "aid"
        case "ID_PROLIFERATION", "WMD": "proliferation"
        case "SANCTIONS": "sanctions"
        case "AIRSTRIKE": "military"
        default: category.lowercased().replacingOccurrences("_", with: "-")
        }
    }
}
