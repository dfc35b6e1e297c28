/// Why the store could not do what was asked; `description` is what the user reads.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let path: String?
    public let reason: String

    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        if let path { return "cannot use the database at \(path): \(reason)" }
        return "database: \(reason)"
    }
}
