/// A few named values a store keeps beside the data, such as which version of the built-in case it holds.
public protocol MetadataStore: Sendable {
    /// The value stored under `key`, nil when there is none.
    func metadata(forKey key: String) throws -> String?

    /// Stores `value` under `key` (replacing what was there), or removes the key when `value` is nil.
    func setMetadata(_ value: String?, forKey key: String) throws
}

/// What a store's metadata says of one dataset, under keys the ingest writes and the analyses read.
public enum DatasetMetadata {
    /// The key marking a dataset some of whose counts came without a Goldstein sum (a counts table without the
    /// column, or rows with the cell empty): its Goldstein means are unknown, not 0.
    public static func goldsteinAbsentKey(_ dataset: String) -> String { "dataset.goldstein-absent:" + dataset }

    /// The datasets among `names` marked so in `store`'s metadata (none when the store keeps no metadata).
    public static func withoutGoldstein(_ names: [String], in store: any EventStore) throws -> Set<String> {
        guard let metadata = store as? any MetadataStore else { return [] }
        return try Set(names.filter { try metadata.metadata(forKey: goldsteinAbsentKey($0)) != nil })
    }
}
