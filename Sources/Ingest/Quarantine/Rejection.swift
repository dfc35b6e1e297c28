/// Why a row (or a whole file) was not taken: the closed list the summary counts by.
public enum RejectReason: String, Sendable, CaseIterable, Codable, Comparable {
    case wrongColumnCount = "wrong-column-count"
    case badID = "bad-id"
    case badDate = "bad-date"
    case unknownEventCode = "unknown-event-code"
    case malformedEventCode = "malformed-event-code"
    case badNumber = "bad-number"
    case badField = "bad-field"
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case overlongLine = "overlong-line"
    case truncatedLastLine = "truncated-last-line"
    case emptyFile = "empty-file"
    case binaryFile = "binary-file"
    case badHeader = "bad-header"
    case unknownFormat = "unknown-format"
    case unreadable = "unreadable"

    public static func < (lhs: RejectReason, rhs: RejectReason) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One rejected row: where it is, why, and its bytes as they were.
public struct Rejection: Sendable, Hashable {
    /// The 1-based line the row starts on (1 for a whole-file rejection).
    public var line: Int64
    /// The 1-based byte column where the fault lies, when one field is at fault.
    public var column: Int?
    public var reason: RejectReason
    /// What was expected and what was found: "column 27 (EventCode): expected a CAMEO event code, found '12x'".
    public var message: String
    /// The row's bytes as read (cut to the first ``Rejection/rawLimit`` bytes for over-long lines and binary
    /// files).
    public var raw: [UInt8]
    /// The row's full length when `raw` was cut.
    public var rawLength: Int

    public init(line: Int64, column: Int? = nil, reason: RejectReason, message: String, raw: [UInt8], rawLength: Int? = nil) {
        self.line = line
        self.column = column
        self.reason = reason
        self.message = message
        self.raw = raw
        self.rawLength = rawLength ?? raw.count
    }

    /// The most bytes of one rejected row kept when the row is longer (an over-long line, a binary file).
    public static let rawLimit = 4096

    /// `path:line[:column]: message` — what the user reads.
    public func location(in path: String) -> String {
        if let column { return "\(path):\(line):\(column)" }
        return "\(path):\(line)"
    }
}
