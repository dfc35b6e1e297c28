/// An actor as the coder found it in a sentence: its code and the words that gave it.
public struct CodedActor: Hashable, Sendable, Codable {
    /// The CAMEO actor code: `RUS`, `RUSGOV`, `IGOUNO`, `---GOV` for a sector without a state.
    public var code: String
    /// The words of the sentence that named it.
    public var phrase: String
    /// The dictionary entries that fired: `Vladimir Putin (Phoenix.Countries.actors.txt:39559)`.
    public var entries: [String]

    public init(code: String, phrase: String, entries: [String] = []) {
        self.code = code
        self.phrase = phrase
        self.entries = entries
    }
}

/// Why the coder coded what it coded: the verb and pattern that fired and the actor phrases.
public struct Evidence: Hashable, Sendable, Codable {
    /// The verb as written in the sentence.
    public var verb: String
    /// The verb block: `MEET_PEOPLE [040]`.
    public var verbBlock: String
    /// The pattern that fired, as written in the dictionary, with its file and line; nil when the verb's own
    /// code was used.
    public var pattern: String?
    public var dictionary: String?
    public var dictionaryLine: Int?
    /// How the source was found: `subject`, `pattern $`, `passive by`, `coordinated subject`, `compound`.
    public var sourceRule: String
    /// Byte offset of the verb in the sentence.
    public var verbOffset: Int
}

/// One event the coder found in a sentence, before it becomes a model ``EntenteModel/Event``.
public struct CodedEvent: Hashable, Sendable {
    public var source: CodedActor
    public var target: CodedActor
    /// The code as the dictionary writes it (validation dictionaries use codes outside CAMEO).
    public var code: String
    public var evidence: Evidence
    /// 0-based index of the sentence in the document.
    public var sentenceIndex: Int
    /// Byte offsets of the sentence in the original input.
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var sentence: String
    /// Which of the sentence's verbs (``Coder/SentenceResult/verbs``) coded it.
    public var verbIndex: Int
    /// The tense of that verb: a present or future verb with no date of its own takes the document's date.
    public var tense: Coder.Tense
}
