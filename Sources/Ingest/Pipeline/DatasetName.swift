/// The name of a dataset an ingest stores its rows under (`--dataset`): 1–64 characters of `A–Z a–z 0–9 . _ -`,
/// so that it reads the same in a URL, a file name and a shell.
public enum DatasetName {
    /// Why a name cannot name a dataset; `description` is what the user reads.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let name: String
        public let reason: String

        public var description: String { "'\(name.prefix(80))' cannot name a dataset: \(reason)" }
    }

    public static let maxLength = 64

    /// Checks a dataset's name.
    ///
    /// - Throws: ``Invalid`` when it is empty, longer than ``maxLength`` or holds another character.
    public static func check(_ name: String) throws(Invalid) {
        guard !name.isEmpty else { throw Invalid(name: name, reason: "it is empty") }
        guard name.utf8.count <= maxLength else {
            throw Invalid(name: name, reason: "it is longer than \(maxLength) characters")
        }
        if let bad = name.unicodeScalars.first(where: { !isAllowed($0) }) {
            throw Invalid(name: name, reason: "'\(bad)' is not one of A–Z, a–z, 0–9, '.', '_' and '-'")
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
