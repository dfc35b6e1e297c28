import EntenteCoder
import EntenteParser

/// The Phoenix dictionaries as published and the shipped parser, loaded once for every suite that codes with them.
enum Phoenix {
    static let dictionaries = try? DictionarySet.load(directory: SharedData.dictionaries)
    static let parser = try? EnglishParser.load()
    /// Entente's options with the events whose side names no state kept (`---GOV`, `---OPP`), for the rules whose
    /// examples are between such actors: the rule is what they test, not whether the events reach a pair of states.
    static let everySide: Coder.Options = {
        var options = Coder.Options()
        options.requiresStates = false
        return options
    }()
}
