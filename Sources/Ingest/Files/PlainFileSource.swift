/// A plain file, read with read(2) in 1 MiB pieces.
struct PlainFileSource: ByteSource {
    let path: String
    let diskSize: Int64

    init(path: String) throws {
        self.path = path
        diskSize = try DiskFile.size(of: path)
    }

    var knownSize: Int64? { diskSize }

    /// Hands the chunker stretches of the mapped file while it can take them (``Chunker/emitMapped(_:)``), then
    /// reads the rest straight into its buffer.
    func pump(from offset: Int64, into chunker: Chunker) throws {
        var offset = offset
        // Only when there is a chunk's worth to map (a small file, or the rest of one, is read at once).
        if !chunker.quoteAware, diskSize - offset > Int64(chunker.chunkBytes + 64), let mapped = MappedFile(path: path) {
            offset = try chunker.emitMapped(mapped)
        }
        let file = try DiskFile(path: path, at: offset)
        while try chunker.fill({ buffer in try file.read(into: buffer.baseAddress, count: buffer.count) }) {}
    }

    func stream(from offset: Int64, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let file = try DiskFile(path: path, at: offset)
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try file.read(into: buffer.baseAddress, count: size)
            if count == 0 { return }
            try sink(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
