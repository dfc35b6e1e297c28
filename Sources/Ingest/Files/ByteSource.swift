import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an input's bytes come from, decompressed: a plain file, a `.gz` file, or one member of a `.zip`.
protocol ByteSource: Sendable {
    /// Hands the decompressed content from `offset` on to `sink`, in pieces, until the end or until `sink`
    /// throws (``StopStreaming`` ends it quietly).
    ///
    /// - Throws: ``InputError`` when the input cannot be read or its compressed data is damaged.
    func stream(from offset: Int64, into sink: (UnsafeRawBufferPointer) throws -> Void) throws

    /// Feeds the decompressed content from `offset` on to a chunker (by default through ``stream(from:into:)``).
    func pump(from offset: Int64, into chunker: Chunker) throws

    /// The size of the decompressed content when known without reading it all (plain files), else nil.
    var knownSize: Int64? { get }

    /// Bytes of the file on disk (compressed size for a compressed input).
    var diskSize: Int64 { get }
}

/// Thrown by a sink to stop a stream early (a peek at the first bytes).
struct StopStreaming: Error {}

extension ByteSource {
    func pump(from offset: Int64, into chunker: Chunker) throws {
        try stream(from: offset) { try chunker.append($0) }
    }

    /// The first `count` decompressed bytes (fewer when the input is shorter).
    ///
    /// An input that fails after giving some bytes (a truncated `.gz`) gives those: the rows before the fault are
    /// read, and the fault is met and quarantined again where it lies. One that gives none throws.
    func peek(_ count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        do {
            try stream(from: 0) { piece in
                bytes.append(contentsOf: piece.prefix(count - bytes.count))
                if bytes.count >= count { throw StopStreaming() }
            }
        } catch is StopStreaming {
        } catch where !bytes.isEmpty {}
        return bytes
    }
}
