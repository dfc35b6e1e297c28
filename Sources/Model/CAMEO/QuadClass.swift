/// The four broad classes of CAMEO events, numbered as GDELT numbers them.
public enum QuadClass: Int, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    /// The class of a CAMEO root code, as GDELT assigns it: 01–05 verbal cooperation, 06–09 material
    /// cooperation, 10–14 verbal conflict, 15–20 material conflict (checked against GDELT's own rows in the tests).
    public init?(rootCode: String) {
        guard rootCode.utf8.count == 2, let root = Int(rootCode) else { return nil }
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...9: self = .materialCooperation
        case 10...14: self = .verbalConflict
        case 15...20: self = .materialConflict
        default: return nil
        }
    }

    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }

    public var description: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }

    public static func < (lhs: QuadClass, rhs: QuadClass) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension QuadClass {
    /// The CAMEO root codes of cooperation (01–09) and of conflict (10–20), as ``init(rootCode:)`` classes them, for
    /// filters by code prefix.
    public static let cooperativeRoots = (1...9).map { "0\($0)" }
    public static let conflictualRoots = (10...20).map { "\($0)" }
}
