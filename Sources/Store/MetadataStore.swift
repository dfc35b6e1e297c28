/// A few named values a store keeps beside the data, such as which version of the built-in case it holds.
public protocol MetadataStore: Sendable {
    /// The value stored under `key`, nil when there is none.
    func metadata(forKey key: String) throws -> String?

    /// Stores `value` under `key` (replacing what was there), or removes the key when `value` is nil.
    func setMetadata(_ value: String?, forKey key: String) throws
}
