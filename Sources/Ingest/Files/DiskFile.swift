import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file on disk read with read(2): each failure is an ``InputError`` that names it, and an interrupted read is
/// read again. Plain and gzip inputs read their bytes through it.
struct DiskFile: ~Copyable {
    let path: String
    private let descriptor: Int32

    /// The file's size on disk, in bytes.
    static func size(of path: String) throws -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw InputError(path: path, reason: Self.lastError) }
        return Int64(info.st_size)
    }

    /// Opens `path` for reading from byte `offset`.
    init(path: String, at offset: Int64 = 0) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, reason: Self.lastError) }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            let reason = "cannot seek to byte \(offset): \(Self.lastError)"
            close(descriptor)
            throw InputError(path: path, reason: reason)
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawPointer?, count: Int) throws -> Int {
        while true {
            let read = systemRead(descriptor, buffer, count)
            if read >= 0 { return read }
            if errno != EINTR { throw InputError(path: path, reason: Self.lastError) }
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}

/// read(2), under a name the method `DiskFile.read(into:count:)` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
