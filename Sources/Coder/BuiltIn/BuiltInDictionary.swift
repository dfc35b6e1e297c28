/// Entente's own compact dictionary, written for the built-in case.
public enum BuiltInDictionary {
    /// The built-in dictionary, read and indexed once.
    public static let set: DictionarySet = {
        var set = DictionarySet()
        do {
            try set.add(.verbs, path: "built-in:verbs", bytes: Array(verbs.utf8))
            try set.add(.actors, path: "built-in:actors", bytes: Array(actors.utf8))
            try set.add(.agents, path: "built-in:agents", bytes: Array(agents.utf8))
            try set.add(.issues, path: "built-in:issues", bytes: Array(issues.utf8))
        } catch {
            preconditionFailure("the built-in dictionary does not read: \(error)")
        }
        set.finish()
        return set
    }()
}
