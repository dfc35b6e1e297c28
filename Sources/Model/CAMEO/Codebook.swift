/// The CAMEO event codebook: every code with its name, root, quad class and Goldstein value.
///
/// The table (``Codebook/entries``) is facts from the CAMEO manual as GDELT publishes them; see
/// `docs/data.md` for where each column comes from.
public struct Codebook: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The code as a string: "0834".
        public let code: String
        public let name: String
        /// The Goldstein conflict–cooperation weight, −10…+10.
        public let goldstein: Double
        /// Where the code comes from: GDELT's CAMEO 1.1b3 lookup, or a later CAMEO revision used by ICEWS.
        public let origin: Origin

        public var rootCode: String { String(code.prefix(2)) }
        public var quadClass: QuadClass { QuadClass(rootCode: rootCode)! }
        public var isRoot: Bool { code.utf8.count == 2 }
        /// The code one level up ("083" for "0834"), nil for a root.
        public var parent: String? {
            switch code.utf8.count {
            case 4: String(code.prefix(3))
            case 3: rootCode
            default: nil
            }
        }
    }

    public enum Origin: String, Sendable, Hashable {
        /// GDELT's CAMEO event code and Goldstein lookup tables.
        case gdelt
        /// Codes of later CAMEO revisions that ICEWS uses and GDELT's tables lack.
        case later
    }

    private let byCode: [String: Entry]
    public let entries: [Entry]

    init(entries: [Entry]) {
        self.entries = entries.sorted { $0.code < $1.code }
        self.byCode = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })
    }

    public static let standard = Codebook(entries: table)

    public func entry(for code: String) -> Entry? { byCode[code] }

    /// The codes directly under `code`.
    public func children(of code: String) -> [Entry] { entries.filter { $0.parent == code } }
}
