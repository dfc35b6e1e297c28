import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain file mapped into memory read-only, so that parsers read its bytes where the kernel keeps them: no copy
/// into a buffer of ours (with read(2) that copy was a sixth of a 420 MB ingest's CPU).
///
/// Chunks of it hold it alive; each chunk gives its pages back once parsed (``release(_:)``), so that what the
/// process holds stays flat in the file's size. A file cut short while it is mapped ends the process (SIGBUS), as it
/// would any reader that maps it; the store is then as after a kill, and the next run reads the file again from its
/// last checkpoint.
final class MappedFile: @unchecked Sendable {
    let base: UnsafeRawPointer
    let size: Int

    /// Maps `path`; nil when it cannot be mapped (an empty file, a pipe, a device), and the caller reads it instead.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        base = UnsafeRawPointer(address)
        self.size = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

    /// Lets the kernel take back the pages wholly inside `range` (they stay in its page cache; reading them again
    /// maps them again).
    func release(_ range: Range<Int>) {
        let page = Int(getpagesize())
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }
}
