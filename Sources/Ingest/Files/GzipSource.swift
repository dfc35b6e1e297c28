import EntenteZlib
import Foundation

/// A `.gz` file, inflated with the system's zlib as it is read; several gzip members in a row read as one
/// stream, as gzip(1) reads them.
struct GzipSource: ByteSource {
    let path: String
    let diskSize: Int64

    init(path: String) throws {
        self.path = path
        diskSize = try DiskFile.size(of: path)
    }

    var knownSize: Int64? { nil }

    func stream(from offset: Int64, into sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let file = try DiskFile(path: path)
        let inputSize = 256 << 10
        let outputSize = 1 << 20
        let input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputSize)
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: outputSize)
        defer {
            input.deallocate()
            output.deallocate()
        }
        var stream = z_stream()
        // 15 window bits + 16: gzip framing only.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw InputError(path: path, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var produced: Int64 = 0
        var atEnd = false
        var memberEnded = false
        while true {
            if stream.avail_in == 0 && !atEnd {
                let count = try file.read(into: input, count: inputSize)
                if count == 0 { atEnd = true } else {
                    stream.next_in = input
                    stream.avail_in = uInt(count)
                }
            }
            if stream.avail_in == 0 && atEnd {
                if memberEnded || produced == 0 && stream.total_in == 0 { return }
                throw InputError(path: path, reason: "the gzip data ends early, after \(produced) bytes of content (a truncated download?)")
            }
            if memberEnded {
                // Another gzip member follows.
                guard inflateReset(&stream) == Z_OK else { throw InputError(path: path, reason: "zlib could not read the next gzip member") }
                memberEnded = false
            }
            stream.next_out = output
            stream.avail_out = uInt(outputSize)
            let code = inflate(&stream, Z_NO_FLUSH)
            let count = outputSize - Int(stream.avail_out)
            switch code {
            case Z_OK, Z_BUF_ERROR: break
            case Z_STREAM_END: memberEnded = true
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "code \(code)"
                throw InputError(path: path, reason: "damaged gzip data after \(produced) bytes of content (\(message))")
            }
            if count > 0 {
                let start = produced
                produced += Int64(count)
                if produced > offset {
                    let skip = max(0, Int(offset - start))
                    try sink(UnsafeRawBufferPointer(start: output + skip, count: count - skip))
                }
            }
        }
    }
}
