/// A CoNLL-U line that does not read: where it is and what was expected there.
///
/// `description` is what the user reads: `path:line:column: expected …, found '…'`.
public struct CoNLLUError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based.
    public var line: Int
    /// 1-based, in bytes of the line.
    public var column: Int
    public var expected: String
    public var found: String

    public init(path: String, line: Int, column: Int, expected: String, found: String) {
        self.path = path
        self.line = line
        self.column = column
        self.expected = expected
        self.found = found
    }

    public var description: String {
        let shown = found.count > 60 ? String(found.prefix(57)) + "..." : found
        return "\(path):\(line):\(column): expected \(expected), found '\(shown)'"
    }
}
