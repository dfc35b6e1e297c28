import Foundation
import ZIPFoundation

/// One file inside a `.zip` archive (GDELT publishes each export as a zip holding one CSV), inflated as it is
/// read through ZIPFoundation, its CRC checked at the end.
struct ZipEntrySource: ByteSource {
    let archivePath: String
    let entryPath: String
    let diskSize: Int64
    let knownSize: Int64?

    init(archivePath: String, entryPath: String, compressedSize: Int64, uncompressedSize: Int64) {
        self.archivePath = archivePath
        self.entryPath = entryPath
        diskSize = compressedSize
        knownSize = uncompressedSize
    }

    /// The files in an archive, in the archive's order (directories and links left out).
    static func entries(of path: String) throws -> [ZipEntrySource] {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(path: path, reason: "not a readable zip archive (\(error))")
        }
        return archive.filter { $0.type == .file }.map {
            ZipEntrySource(
                archivePath: path, entryPath: $0.path, compressedSize: Int64($0.compressedSize),
                uncompressedSize: Int64($0.uncompressedSize))
        }
    }

    func stream(from offset: Int64, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let display = "\(archivePath)#\(entryPath)"
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
        } catch {
            throw InputError(path: archivePath, reason: "not a readable zip archive (\(error))")
        }
        guard let entry = archive[entryPath] else { throw InputError(path: display, reason: "no such member in the archive") }
        var produced: Int64 = 0
        var sinkError: (any Error)?
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { data in
                let start = produced
                produced += Int64(data.count)
                guard produced > offset else { return }
                let skip = max(0, Int(offset - start))
                do {
                    try data.withUnsafeBytes { bytes in try sink(UnsafeRawBufferPointer(rebasing: bytes[skip...])) }
                } catch {
                    sinkError = error
                    throw error
                }
            }
        } catch {
            if let sinkError { throw sinkError }
            throw InputError(path: display, reason: "damaged zip data after \(produced) bytes of content (\(error))")
        }
    }
}
