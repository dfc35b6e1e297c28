import EntenteModel

/// Turns what a counts table writes for a state — a code (`RUS`, `SUN`) or a name (`Russian Federation`,
/// `Congo, The Democratic Republic Of`) — into the state's number, remembering each name it resolved. One per
/// parser thread.
final class StateNames {
    let states: StateTable
    private let resolver = CountryResolver.standard
    /// Names already resolved; nil for a name of no state.
    private var known: [[UInt8]: (number: Int, historical: Bool)?] = [:]

    init(states: StateTable) {
        self.states = states
    }

    /// The state a field names: a three-letter code the state table knows, else a name, demonym or capital the
    /// country resolver knows, as written or — for ISO 3166's inverted forms, `Congo, The Democratic Republic Of` —
    /// with its part after the first comma put first. Nil for an empty field or one that names no state.
    func state(_ field: UnsafeRawBufferPointer) -> (number: Int, historical: Bool)? {
        if field.isEmpty { return nil }
        if let state = states.state(letters: field) { return state }
        let key = Array(field)
        if let found = known[key] { return found }
        let name = String(decoding: field, as: UTF8.self)
        var found: (number: Int, historical: Bool)?
        for candidate in [name, Self.inverted(name)].compactMap({ $0 }) {
            if let resolution = resolver.resolve(candidate), let state = states.state(code: resolution.historical ?? resolution.code) {
                found = state
                break
            }
        }
        known[key] = .some(found)
        return found
    }

    /// `Congo, The Democratic Republic Of` → `The Democratic Republic Of Congo`; nil for a name without a comma.
    static func inverted(_ name: String) -> String? {
        guard let comma = name.firstIndex(of: ",") else { return nil }
        let head = name[..<comma]
        let tail = name[name.index(after: comma)...].drop { $0 == " " }
        guard !head.isEmpty, !tail.isEmpty else { return nil }
        return tail + " " + head
    }
}
