import EntenteModel

/// Heider's structural balance of a triad: balanced when the product of its three signs is positive (a friend's
/// friend is a friend, an enemy's enemy a friend); undetermined when any tie is neutral.
public enum Balance: String, Sendable, Hashable, Codable, CaseIterable {
    case balanced, unbalanced, undetermined

    /// The balance of a triad with these three signs.
    public static func of(_ signs: [Sign]) -> Balance {
        guard !signs.contains(.neutral) else { return .undetermined }
        return signs.reduce(1) { $0 * $1.rawValue } > 0 ? .balanced : .unbalanced
    }
}

/// Structural balance over a set of states: how many of its triads are balanced, in one window.
public struct StructuralBalance: Sendable, Hashable, Codable {
    public let states: [String]
    public let window: Window
    /// Every triad of the set, in the order the states were given.
    public let triangles: [Triangle]

    public var balanced: Int { triangles.count(where: { $0.balance == .balanced }) }
    public var unbalanced: Int { triangles.count(where: { $0.balance == .unbalanced }) }
    public var undetermined: Int { triangles.count(where: { $0.balance == .undetermined }) }

    /// Balanced triads over the triads whose balance the data decide; nil when none is decided.
    public var share: Double? {
        let decided = balanced + unbalanced
        return decided > 0 ? Double(balanced) / Double(decided) : nil
    }

    /// Measures the balance of every triad of `states`, with each tie from `tie`.
    ///
    /// - Complexity: O(n³) triads for n states, each asking `tie` three times.
    public init(states: [String], window: Window, tie: (String, String) -> SignedDyad) {
        self.states = states
        self.window = window
        var triangles: [Triangle] = []
        for i in states.indices {
            for j in states.indices where j > i {
                for k in states.indices where k > j {
                    let (a, b, c) = (states[i], states[j], states[k])
                    triangles.append(Triangle(states: [a, b, c], edges: [tie(a, b), tie(a, c), tie(b, c)], window: window))
                }
            }
        }
        self.triangles = triangles
    }
}
