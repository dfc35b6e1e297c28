import EntenteModel
import EntenteStore

/// The namespaces of event keys: which identity a key is in.
enum KeyNamespace: UInt8, Sendable, CaseIterable {
    /// GDELT 1.0 GLOBALEVENTIDs.
    case gdelt1
    /// GDELT 2.0 GLOBALEVENTIDs.
    case gdelt2
    /// ICEWS event ids with their dates.
    case icews
    /// Any other id, by a 64-bit hash of it (checked against the stored events too).
    case idHash = 3
    /// Rows of counts (counts tables, GDELT's reduced files), which have no id: keyed by what they count
    /// (``CountsKey``), in a namespace of their dataset and format (``CountsKey/namespace(format:dataset:)``).
    case counts = 4

    var name: String {
        switch self {
        case .gdelt1: "gdelt1"
        case .gdelt2: "gdelt2"
        case .icews: "icews"
        case .idHash: "id-hash"
        case .counts: "counts"
        }
    }

    /// The key of an ICEWS event: its date's day number (from 1970, + 2²²) above its id.
    static func icewsKey(id: UInt64, dayOrdinal: Int) -> UInt64 {
        UInt64(dayOrdinal + (1 << 22)) << 32 | id
    }
}
