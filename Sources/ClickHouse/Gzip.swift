import EntenteZlib

/// Compresses request bodies as gzip with the system's zlib, for ClickHouse's `Content-Encoding: gzip`.
enum Gzip {
    /// `bytes` as one gzip member at `level` (1: fastest; an insert's tab-separated rows shrink about 5 to 8 times).
    ///
    /// - Complexity: O(n); about 60–100 MB/s a core at level 1 on this project's machines.
    static func compress(_ bytes: [UInt8], level: Int32 = 1) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 16: gzip framing; memory level 8 as zlib's default.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { preconditionFailure("zlib could not start") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let written: Int = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let code = deflate(&stream, Z_FINISH)
                precondition(code == Z_STREAM_END, "zlib could not compress a request (\(code))")
                return out.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
