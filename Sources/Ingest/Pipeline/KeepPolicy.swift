import EntenteModel

/// Which events are stored raw, besides the aggregates kept for every pair of states.
public enum KeepPolicy: Sendable, Hashable {
    /// Every event between states (the default).
    case all
    /// None: aggregates only.
    case none
    /// Events with one of these states on either side.
    case states(Set<String>)

    /// Per state number: whether events it is party to are kept.
    func mask(for table: StateTable) -> [Bool] {
        switch self {
        case .all: return Array(repeating: true, count: table.codes.count)
        case .none: return Array(repeating: false, count: table.codes.count)
        case .states(let states): return table.codes.map { states.contains($0) }
        }
    }
}
