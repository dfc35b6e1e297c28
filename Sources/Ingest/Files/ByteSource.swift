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

/// Why an input could not be read; `description` is what the user reads.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

extension ByteSource {
    func pump(from offset: Int64, into chunker: Chunker) throws {
        try stream(from: offset) { try chunker.append($0) }
    }

    /// The first `count` decompressed bytes (fewer when the input is shorter).
    func peek(_ count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        do {
            try stream(from: 0) { piece in
                bytes.append(contentsOf: piece.prefix(count - bytes.count))
                if bytes.count >= count { throw StopStreaming() }
            }
        } catch is StopStreaming {}
        return bytes
    }
}

/// A plain file, read with read(2) in 1 MiB pieces.
struct PlainFileSource: ByteSource {
    let path: String
    let diskSize: Int64

    init(path: String) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        diskSize = Int64(info.st_size)
    }

    var knownSize: Int64? { diskSize }

    /// Reads straight into the chunker's buffer: no copy between the kernel's and the parser's.
    func pump(from offset: Int64, into chunker: Chunker) throws {
        let descriptor = try openFile(at: offset)
        defer { close(descriptor) }
        while try chunker.fill({ buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { throw InputError(path: path, reason: String(cString: strerror(errno))) }
            }
        }) {}
    }

    private func openFile(at offset: Int64) throws -> Int32 {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            close(descriptor)
            throw InputError(path: path, reason: "cannot seek to byte \(offset): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    func stream(from offset: Int64, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let descriptor = try openFile(at: offset)
        guard descriptor >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, size)
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return }
            try sink(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
