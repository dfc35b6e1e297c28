import EntenteModel
import EntenteStore

/// What Entente's own JSON Lines and CSV readers share: the key of an event id.
enum EntenteEvents {
    private static let gdelt1Prefix = Array("gdelt:".utf8)
    private static let gdelt2Prefix = Array("gdelt2:".utf8)
    private static let icewsPrefix = Array("icews:".utf8)

    /// The event key of an id: a GDELT or ICEWS id keeps its dataset's key (so that re-reading an export of
    /// ingested events finds them counted), any other id is keyed by a 64-bit FNV-1a hash of it
    /// (`StableHash.value`).
    @inline(__always)
    static func key(of id: UnsafeRawBufferPointer) -> (KeyNamespace, UInt64) {
        func digits(after prefix: Int) -> UInt64? { Bytes.unsigned(UnsafeRawBufferPointer(rebasing: id[prefix...])) }
        if id.starts(with: gdelt1Prefix), let number = digits(after: 6) { return (.gdelt1, number) }
        if id.starts(with: gdelt2Prefix), let number = digits(after: 7) { return (.gdelt2, number) }
        if id.starts(with: icewsPrefix), let colon = id[6...].firstIndex(of: UInt8(ascii: ":")),
            let number = Bytes.unsigned(UnsafeRawBufferPointer(rebasing: id[6..<colon])), number < (1 << 32),
            let day = Bytes.dayKey(iso: UnsafeRawBufferPointer(rebasing: id[(colon + 1)...]))
        {
            return (.icews, KeyNamespace.icewsKey(id: number, dayOrdinal: ordinal(ofDayKey: day)))
        }
        var hash = ByteHash()
        hash.add(id)
        return (.idHash, hash.value)
    }
}
