import EntenteStore

extension ClickHouseStore: MetadataStore {
    /// - Complexity: one query; the key's rows read from the front of the sort key.
    public func metadata(forKey key: String) throws -> String? {
        var value: String?
        try select("SELECT value FROM \(table(ClickHouseSchema.meta)) WHERE key = \(Self.quote(key)) ORDER BY version DESC LIMIT 1") {
            value = $0.string(0)
        }
        return value
    }

    /// Writes a row of a newer version (a null value for a removed key): the newest counts.
    public func setMetadata(_ value: String?, forKey key: String) throws {
        var row = TabSeparatedRows()
        row.append(key)
        row.append(value)
        row.append(Self.nextVersion())
        row.endRow()
        try insert(row, into: ClickHouseSchema.meta)
    }
}
