/// What the ledger knows of one input: how far an ingest got, and what it counted.
///
/// An input is known by its `fingerprint` (a hash of its first bytes once decompressed), not by its path, so
/// that a moved, renamed or recompressed copy is the same input. `bytesDone` is committed in the same
/// transaction as the aggregates and events of the rows before it.
public struct IngestFileState: Sendable, Hashable {
    public var fingerprint: String
    public var path: String
    public var format: String
    /// Decompressed bytes whose rows are committed.
    public var bytesDone: Int64 = 0
    /// Lines before `bytesDone`.
    public var linesDone: Int64 = 0
    /// A hash of the last bytes before `bytesDone`: a resumed ingest checks it to notice a changed file.
    public var tailCheck: String = ""
    /// True once the whole input was read.
    public var complete = false
    /// The decompressed size when the input was read to its end (an unterminated last line lies past
    /// `bytesDone`, so that a file that grows is read on from its last complete line).
    public var size: Int64 = 0
    public var rowsRead: Int64 = 0
    public var rowsStored: Int64 = 0
    public var rowsDuplicate: Int64 = 0
    public var rowsMerged: Int64 = 0
    public var rowsQuarantined: Int64 = 0

    public init(fingerprint: String, path: String, format: String) {
        self.fingerprint = fingerprint
        self.path = path
        self.format = format
    }
}
