/// Why a store could not be named or opened as given; `description` is what the user reads.
public struct StoreLocationError: Error, CustomStringConvertible, Sendable {
    /// What the user gave (an option's value, a variable's).
    public let text: String
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "store '\(text)': \(reason)" }
}
