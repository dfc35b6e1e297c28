import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes rejected rows to the quarantine file, each as a line saying where and why, then its bytes:
///
/// ```
/// events.csv:12:41: column 27 (EventCode): '9999' is not a CAMEO event code [312 bytes]
/// <the 312 bytes of the row as they were, without its line end>
/// ```
///
/// A line end follows the bytes. The byte count makes the file readable by a program even when a row holds
/// line ends or bytes that are not UTF-8; a row cut short (an over-long line, a binary file) says
/// `[first 4096 of N bytes]`. Entries are
/// appended; the file's size is committed with each checkpoint, so that a resumed ingest first cuts off what a
/// killed one wrote after its last checkpoint.
public final class QuarantineWriter {
    public let path: String
    private var descriptor: Int32 = -1
    /// The file's size: what is written so far.
    public private(set) var size: Int64 = 0

    /// Prepares to append to the file (created at the first entry, so that a clean ingest leaves none).
    ///
    /// - Parameter committedSize: when a previous ingest writing here was killed, its last committed size; the
    ///   file is cut back to it.
    public init(path: String, committedSize: Int64?) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        size = Int64(info.st_size)
        if let committedSize, committedSize < size {
            guard truncate(path, off_t(committedSize)) == 0 else {
                throw InputError(path: path, reason: "cannot cut the quarantine file back: \(String(cString: strerror(errno)))")
            }
            size = committedSize
        }
    }

    /// Whether this run wrote any entry.
    public private(set) var wroteEntries = false

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends one entry: the location line, the row's bytes (without its line end), a line end.
    public func write(_ rejection: Rejection, in inputPath: String) throws {
        var body = rejection.raw[...]
        var total = rejection.rawLength
        if body.last == Bytes.newline && body.count == total {
            body = body.dropLast()
            total -= 1
        }
        let count = body.count < total ? "[first \(body.count) of \(total) bytes]" : "[\(body.count) bytes]"
        var entry = Array("\(rejection.location(in: inputPath)): \(rejection.message) \(count)\n".utf8)
        entry += body
        entry.append(Bytes.newline)
        if descriptor < 0 {
            descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            guard descriptor >= 0 else {
                throw InputError(path: path, reason: "cannot write the quarantine file: \(String(cString: strerror(errno)))")
            }
        }
        wroteEntries = true
        try entry.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw InputError(path: path, reason: "cannot write the quarantine file: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
        size += Int64(entry.count)
    }

    /// Flushes what is written to the disk (before a checkpoint records the size).
    public func synchronize() {
        if descriptor >= 0 { fsync(descriptor) }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
