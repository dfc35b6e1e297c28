/// A dictionary line the coder cannot read: where it is and what was expected there.
///
/// `description` is what the user reads: `path:line:column: expected …, found '…'`.
public struct DictionaryParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in characters of the line.
    public var column: Int
    /// What the reader expected at that place.
    public var expected: String
    /// The line as written (trimmed), for the message.
    public var text: String
    /// For a quirk PETRARCH tolerates, how the line was read instead ("read as 1920-03-03"); nil when the line
    /// was skipped (or, under ``MalformedLinePolicy/fail``, stopped the load).
    public var readAs: String?

    public init(path: String, line: Int, column: Int, expected: String, text: String, readAs: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.expected = expected
        self.text = text
        self.readAs = readAs
    }

    public var description: String {
        "\(path):\(line):\(column): expected \(expected), found '\(text.count > 80 ? String(text.prefix(77)) + "..." : text)'"
    }

    /// The warning a user reads when the line did not stop the load: the description and what became of the line.
    public var warning: String {
        "warning: \(description); " + (readAs.map { "read as \($0), as PETRARCH reads it" } ?? "skipped")
    }
}

/// Several malformed lines of one load, reported together so that a dictionary can be mended in one pass.
public struct DictionaryParseErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [DictionaryParseError]

    public init(_ errors: [DictionaryParseError]) { self.errors = errors }

    public var description: String {
        let shown = errors.prefix(20).map(\.description)
        let more = errors.count > 20 ? ["… and \(errors.count - 20) more malformed lines"] : []
        return (shown + more).joined(separator: "\n")
    }
}

/// What a reader does with a malformed line.
///
/// The published dictionaries (PETRARCH, TABARI, Phoenix, UniversalPetrarch) have such lines; the default is
/// ``skip``, which reads them the way PETRARCH does and keeps each as a warning. ``fail`` is `--strict`.
public enum MalformedLinePolicy: Sendable {
    /// Stop at the first malformed line, or quirk, and throw it.
    case fail
    /// Skip malformed lines and read quirks as PETRARCH reads them, keeping each as a ``DictionaryParseError``
    /// in the dictionary's `warnings`.
    case skip

    /// Throws `error` under ``fail``; keeps it in `warnings` under ``skip``.
    func handle(_ error: DictionaryParseError, warnings: inout [DictionaryParseError]) throws(DictionaryParseError) {
        switch self {
        case .fail: throw error
        case .skip: warnings.append(error)
        }
    }
}
