/// A row set aside instead of imported: where it is, why, and the row as written.
public struct SIPRIRejectedRow: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
    public let reason: String
    /// The row exactly as the file has it.
    public let raw: String

    public init(path: String, line: Int, column: Int, reason: String, raw: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
        self.raw = raw
    }

    /// `path:line:column: reason`, as the quarantine file's first line for the row.
    public var description: String { "\(path):\(line):\(column): \(reason)" }
}
