import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
