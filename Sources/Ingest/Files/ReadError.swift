import Foundation

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

extension ReadError {
    /// The whole content of the file at `path`, for the readers that read a file at once.
    ///
    /// - Throws: a ``ReadError`` at 1:1 when the file cannot be read.
    public static func contents(of path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, line: 1, column: 1, reason: "cannot read the file (check the path and its permissions)")
        }
        return data
    }
}
