import EntenteModel
import EntenteStore

/// What every parser of one input shares: where the input is, its format, and the options.
struct ParseContext: Sendable {
    let path: String
    let format: InputFormat
    /// The dataset of the rows (GDELT, ICEWS, counts), or of the events that name none (Entente's files): the
    /// format's own unless `--dataset` names another.
    let dataset: String
    let keepMask: [Bool]
    let mergeDuplicates: Bool
    let maxLineBytes: Int
    /// The header line (ICEWS, CSV), read before any chunk, so that a resumed ingest has it too.
    let header: [UInt8]
    let states: StateTable
    let codes: EventCodeTable
}

/// A header line that does not say what its format needs; the input is rejected whole.
struct HeaderError: Error {
    /// What was expected and what was found.
    let message: String
    /// The 1-based byte column of the header field at fault, when one is.
    var column: Int?
}

/// Turns chunks of one input into parsed chunks; one per worker thread.
protocol ChunkParser: AnyObject {
    func parse(_ chunk: Chunk) -> ParsedChunk
}

extension Rejection {
    /// The text of a field for a message, cut to 40 characters.
    static func shown(_ field: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: field.prefix(40), as: UTF8.self)
        return field.count > 40 ? text + "…" : text
    }
}
