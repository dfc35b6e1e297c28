/// Why a file could not be read at a place in it; `description` names `path:line:column` and what was expected.
///
/// Thrown by the readers that stop at the first fault (SIPRI files, what-if scenarios); the event readers of
/// `entente ingest` quarantine the row instead and go on.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// 1-based.
    public let line: Int
    /// 1-based.
    public let column: Int
    public let reason: String

    public init(path: String, line: Int, column: Int, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "\(path):\(line):\(column): \(reason)" }
}
