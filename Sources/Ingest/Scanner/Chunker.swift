import Foundation

/// A run of whole lines of one input, ready for a parser on another thread.
struct Chunk: Sendable {
    /// The chunk's place in its input: results are committed in this order.
    var sequence: Int
    /// Bytes `0..<length` are whole lines; 64 more bytes follow them (the scanner reads 64 at a time). Empty when
    /// the chunk is a stretch of a mapped file.
    var storage: [UInt8]
    /// The file the chunk's bytes lie in, from `startOffset`, when they were not copied into `storage`.
    var mapped: MappedFile?
    var length: Int
    /// Decompressed offset of the chunk's first byte in the input.
    var startOffset: Int64
    /// True when the input's last line had no line end: a `\n` was added after it, and it is the last line here.
    var unterminated: Bool
    /// Bytes of that unterminated line (0 when none): they lie past ``endOffset`` in the ledger.
    var trailingBytes: Int
    /// Over-long lines cut out before this chunk's lines, one line each, in order; their line numbers are set
    /// when they are committed (the chunker does not count lines: parsers do, on both cores).
    var rejections: [Rejection]
    /// `length:hash` of the chunk's last bytes: checked when an ingest resumes after it.
    var tailCheck: String

    /// Offset just past the last complete line.
    var endOffset: Int64 { startOffset + Int64(length - trailingBytes - (unterminated ? 1 : 0)) }

    /// The chunk's lines as bytes (with their line ends).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if let mapped {
            return try body(UnsafeRawBufferPointer(start: mapped.base + Int(startOffset), count: length))
        }
        return try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
    }

    /// Gives back the pages of a mapped chunk, once parsed.
    func releaseMapping() {
        mapped?.release(Int(startOffset)..<(Int(startOffset) + length))
    }
}

/// Reusable chunk buffers, so that a stream of chunks does not map and unmap fresh memory for each.
final class BufferPool: @unchecked Sendable {
    let capacity: Int
    /// Buffers kept for reuse, at most: as many as can be in flight, so that none is allocated (and its pages
    /// faulted in and zeroed) again — with 8 kept and 16 in flight that was ~5 % of a 420 MB ingest's CPU.
    let kept: Int
    private var free: [[UInt8]] = []
    private let lock = NSLock()

    init(capacity: Int, kept: Int) {
        self.capacity = capacity
        self.kept = kept
    }

    func take() -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return free.popLast() ?? [UInt8](repeating: 0, count: capacity)
    }

    /// Takes a buffer back, leaving `buffer` empty: the pool must hold the only reference, or the next writer
    /// would copy 4 MiB.
    func give(_ buffer: inout [UInt8]) {
        guard buffer.count == capacity else { return }
        var taken: [UInt8] = []
        swap(&taken, &buffer)
        lock.lock()
        defer { lock.unlock() }
        if free.count < kept { free.append(taken) }
    }
}

/// Cuts a byte stream into chunks of whole lines (whole records, for CSV with quoted line ends).
///
/// It carries the unfinished last line over to the next chunk, cuts out lines longer than
/// `maxLineBytes` (as rejections, keeping memory flat), and adds a line end after an unterminated last line.
/// Used by one producer thread.
final class Chunker {
    let chunkBytes: Int
    let maxLineBytes: Int
    /// Record ends are line ends outside double quotes (RFC 4180 CSV).
    let quoteAware: Bool
    private let pool: BufferPool
    private let emit: (Chunk) throws -> Void

    private var storage: [UInt8]
    private var filled = 0
    private var offset: Int64
    private var sequence = 0
    private var pendingRejections: [Rejection] = []
    /// Skipping the rest of an over-long line.
    private var skipping = false

    /// - Parameters:
    ///   - offset: the decompressed offset of the first byte it will get (where a resumed ingest starts).
    init(
        pool: BufferPool, chunkBytes: Int, maxLineBytes: Int, quoteAware: Bool, offset: Int64,
        emit: @escaping (Chunk) throws -> Void
    ) {
        precondition(pool.capacity >= chunkBytes + 64 * 1024 + 64 && maxLineBytes < chunkBytes)
        self.pool = pool
        self.chunkBytes = chunkBytes
        self.maxLineBytes = maxLineBytes
        self.quoteAware = quoteAware
        self.offset = offset
        self.emit = emit
        storage = pool.take()
    }

    /// Takes the next bytes of the stream.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var rest = bytes
        while !rest.isEmpty {
            if skipping {
                guard let newline = rest.firstIndex(of: Bytes.newline) else {
                    offset += Int64(rest.count)
                    pendingRejections[pendingRejections.count - 1].rawLength += rest.count
                    return
                }
                offset += Int64(newline + 1)
                pendingRejections[pendingRejections.count - 1].rawLength += newline
                skipping = false
                rest = UnsafeRawBufferPointer(rebasing: rest[(newline + 1)...])
                continue
            }
            let room = storage.count - 64 - filled
            let take = min(room, rest.count)
            storage.withUnsafeMutableBytes { target in
                target.baseAddress!.advanced(by: filled).copyMemory(from: rest.baseAddress!, byteCount: take)
            }
            filled += take
            rest = UnsafeRawBufferPointer(rebasing: rest[take...])
            if filled >= chunkBytes { try cut(final: false) }
        }
    }

    /// Reads the next bytes straight into the chunk buffer (no copy); returns false at the end of the stream.
    func fill(_ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Bool {
        let room = min(storage.count - 64 - filled, 1 << 20)
        let start = filled
        let count = try storage.withUnsafeMutableBytes { try read(UnsafeMutableRawBufferPointer(rebasing: $0[start..<(start + room)])) }
        guard count > 0 else { return false }
        if skipping {
            // Still inside an over-long line: hand the bytes to `append`, which skips to the line's end.
            let bytes = Array(storage[start..<(start + count)])
            try bytes.withUnsafeBytes { try append($0) }
            return true
        }
        filled += count
        if filled >= chunkBytes { try cut(final: false) }
        return true
    }

    /// Emits chunks that are stretches of `file` from the stream's offset on, without copying them, for as long as
    /// nothing needs the copying path; returns the offset where the stream goes on by ``fill(_:)``.
    ///
    /// It stops before the stretch that would reach the file's end (the copying path adds a line end after an
    /// unterminated last line, and the scanner reads up to 64 bytes past a chunk), and before a line longer than
    /// `maxLineBytes` (which the copying path cuts out as a rejection). Not for quote-aware records.
    func emitMapped(_ file: MappedFile) throws -> Int64 {
        precondition(!quoteAware && filled == 0 && !skipping && pendingRejections.isEmpty)
        while Int(offset) + chunkBytes + 64 <= file.size {
            let start = Int(offset)
            let window = UnsafeRawBufferPointer(start: file.base + start, count: chunkBytes)
            guard let last = Bytes.lastIndex(of: Bytes.newline, in: window), chunkBytes - (last + 1) <= maxLineBytes else { break }
            let length = last + 1
            let chunk = Chunk(
                sequence: sequence, storage: [], mapped: file, length: length, startOffset: offset, unterminated: false,
                trailingBytes: 0, rejections: [], tailCheck: Self.tailCheck(UnsafeRawBufferPointer(rebasing: window[0..<length])))
            sequence += 1
            offset += Int64(length)
            try emit(chunk)
        }
        return offset
    }

    /// Ends the stream: emits what is left, with a line end added after an unterminated last line.
    func finish() throws {
        if skipping || filled == 0 {
            if !pendingRejections.isEmpty {
                filled = 0
                try emitChunk(length: 0, unterminated: false, trailing: 0)
            }
            pool.give(&storage)
            return
        }
        try cut(final: true)
        pool.give(&storage)
    }

    /// Ends a stream that broke off (damaged compressed data): emits the whole lines held and drops the
    /// partial one, which the error accounts for.
    func abandon() throws {
        if !skipping && filled > 0, let last = recordEnd() {
            try emitChunk(length: last + 1, unterminated: false, trailing: 0, keepCarry: false)
        } else if !pendingRejections.isEmpty {
            filled = 0
            try emitChunk(length: 0, unterminated: false, trailing: 0)
        }
        pool.give(&storage)
    }

    /// Chunks emitted so far.
    var emitted: Int { sequence }

    private func recordEnd() -> Int? {
        storage.withUnsafeBytes { bytes in
            let data = UnsafeRawBufferPointer(rebasing: bytes[0..<filled])
            guard quoteAware else { return Bytes.lastIndex(of: Bytes.newline, in: data) }
            return Self.lastRecordEnd(in: data)
        }
    }

    private func cut(final: Bool) throws {
        let end = recordEnd().map { $0 + 1 } ?? 0
        if final {
            if end == filled {
                try emitChunk(length: end, unterminated: false, trailing: 0)
            } else {
                // An unterminated last line: add its line end and say so.
                let trailing = filled - end
                storage[filled] = Bytes.newline
                filled += 1
                try emitChunk(length: filled, unterminated: true, trailing: trailing)
            }
            return
        }
        if filled - end > maxLineBytes || end == 0 {
            // The line being carried is over-long: keep its head for the quarantine, skip to its end.
            let carry = filled - end
            let head = Array(storage[end..<(end + min(carry, Rejection.rawLimit))])
            if end > 0 {
                try emitChunk(length: end, unterminated: false, trailing: 0, keepCarry: false)
            }
            pendingRejections.append(Rejection(
                line: 0, reason: .overlongLine,
                message: "line longer than \(maxLineBytes) bytes",
                raw: head, rawLength: carry))
            offset += Int64(carry)
            filled = 0
            skipping = true
            return
        }
        try emitChunk(length: end, unterminated: false, trailing: 0)
    }

    /// The last line end outside double quotes in `data` (which begins at a record's start), nil when none.
    ///
    /// - Complexity: O(n), 8 bytes a step where a word holds no quote (most do).
    static func lastRecordEnd(in data: UnsafeRawBufferPointer) -> Int? {
        guard let base = data.baseAddress else { return nil }
        let quotes = Bytes.broadcast(Bytes.quote)
        let newlines = Bytes.broadcast(Bytes.newline)
        var inQuotes = false
        var last: Int?
        var index = 0
        func visit(_ at: Int) {
            let byte = base.load(fromByteOffset: at, as: UInt8.self)
            if byte == Bytes.quote {
                inQuotes.toggle()
            } else if byte == Bytes.newline && !inQuotes {
                last = at
            }
        }
        while index + 8 <= data.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if Bytes.matches(word, quotes) == 0 {
                let found = Bytes.matches(word, newlines)
                if found != 0 && !inQuotes { last = index + (63 - found.leadingZeroBitCount) / 8 }
            } else {
                for at in index..<(index + 8) { visit(at) }
            }
            index += 8
        }
        while index < data.count {
            visit(index)
            index += 1
        }
        return last
    }

    /// `length:hash` of the last (up to 4 KiB) bytes of `bytes`.
    static func tailCheck(_ bytes: UnsafeRawBufferPointer) -> String {
        let count = min(bytes.count, 4096)
        var hash = ByteHash()
        hash.add(UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - count)...]))
        return "\(count):\(hash.hex)"
    }

    /// Emits `storage[0..<length]` and carries `storage[length..<filled]` into a fresh buffer.
    private func emitChunk(length: Int, unterminated: Bool, trailing: Int, keepCarry: Bool = true) throws {
        var next = pool.take()
        let carry = keepCarry ? filled - length : 0
        if carry > 0 {
            storage.withUnsafeBytes { source in
                next.withUnsafeMutableBytes { target in
                    target.baseAddress!.copyMemory(from: source.baseAddress!.advanced(by: length), byteCount: carry)
                }
            }
        }
        var emitted = storage
        storage = next
        filled = carry
        for index in length..<min(length + 64, emitted.count) { emitted[index] = 0 }
        let tailEnd = length - trailing - (unterminated ? 1 : 0)
        let tail = emitted.withUnsafeBytes { bytes in Self.tailCheck(UnsafeRawBufferPointer(rebasing: bytes[0..<tailEnd])) }
        let chunk = Chunk(
            sequence: sequence, storage: emitted, mapped: nil, length: length, startOffset: offset,
            unterminated: unterminated, trailingBytes: trailing, rejections: pendingRejections,
            tailCheck: tail)
        sequence += 1
        pendingRejections = []
        offset += Int64(length)
        try emit(chunk)
    }
}
