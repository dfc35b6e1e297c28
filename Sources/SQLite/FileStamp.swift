import Foundation

// `struct stat` is declared by whichever C module Swift meets first (CoreFoundation or CDispatch, depending on the
// build); with MemberImportVisibility its fields need that module imported.
#if canImport(CoreFoundation)
import CoreFoundation
#endif
#if canImport(CDispatch)
import CDispatch
#endif

#if canImport(Glibc)
import Glibc
#endif

/// A file's size, modification time (nanoseconds since 1970) and inode, from one `stat` call.
struct FileStamp: Hashable, Sendable {
    let size: Int
    let modified: Int
    let inode: Int

    /// nil when the file does not exist.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        inode = Int(info.st_ino)
    }
}
