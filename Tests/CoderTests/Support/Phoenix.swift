import EntenteCoder
import EntenteParser

/// The Phoenix dictionaries as published and the shipped parser, loaded once for every suite that codes with them.
enum Phoenix {
    static let dictionaries = try? DictionarySet.load(directory: SharedData.dictionaries)
    static let parser = try? EnglishParser.load()
}
