import Foundation
import Hummingbird
import NIOCore

#if canImport(Glibc)
import Glibc
#endif

/// Where the stored data stand: a stamp that changes whenever anything is committed to the database file,
/// by this server or by another process (an `entente ingest` beside it).
///
/// In WAL mode every commit appends to the `-wal` file and every checkpoint writes the database file, so their
/// sizes and modification times, plus this server's own count of writes, change with each commit. An in-memory
/// store has no stamp, and nothing is cached for it.
struct DataGeneration: Sendable {
    struct Stamp: Hashable, Sendable {
        let values: [Int]
    }

    let path: String?
    private let writes = WriteCounter()

    /// Called after the server's own writes, so that they never wait for a file time to move.
    func recordWrite() { writes.increment() }

    func stamp() -> Stamp? {
        guard let path else { return nil }
        var values = [writes.value]
        for file in [path, path + "-wal"] {
            var info = stat()
            if stat(file, &info) == 0 {
                values += [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)]
            } else {
                values.append(-1)
            }
        }
        return Stamp(values: values)
    }
}

final class WriteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

/// Successful GET responses kept until the data change: a team's dashboards and scripts ask the same questions
/// again and again, and a dyad's series need not be recomputed until an ingest commits.
///
/// - Complexity: a lookup is a hash of the URI and two `stat` calls. At most `capacity` responses of at most
///   `maxBodyBytes` each are kept; past that the cache starts over.
final class ResponseCache: @unchecked Sendable {
    struct Entry {
        let stamp: DataGeneration.Stamp
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer
    }

    let capacity: Int
    let maxBodyBytes: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    init(capacity: Int = 4_096, maxBodyBytes: Int = 4 * 1_048_576) {
        self.capacity = capacity
        self.maxBodyBytes = maxBodyBytes
    }

    func entry(for key: String, stamp: DataGeneration.Stamp) -> Entry? {
        lock.withLock {
            guard let entry = entries[key], entry.stamp == stamp else { return nil }
            return entry
        }
    }

    func store(_ entry: Entry, for key: String) {
        guard entry.body.readableBytes <= maxBodyBytes else { return }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }
}

/// Serves GET responses from ``ResponseCache`` while the data's ``DataGeneration`` stamp is unchanged.
struct ResponseCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache
    let generation: DataGeneration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, let stamp = generation.stamp() else { return try await next(request, context) }
        let key = request.uri.description
        if let entry = cache.entry(for: key, stamp: stamp) {
            return Response(status: entry.status, headers: entry.headers, body: .init(byteBuffer: entry.body))
        }
        let response = try await next(request, context)
        guard response.status == .ok else { return response }
        let collector = Collector()
        try await response.body.write(collector)
        cache.store(Entry(stamp: stamp, status: response.status, headers: response.headers, body: collector.box.buffer), for: key)
        return Response(status: response.status, headers: response.headers, body: .init(byteBuffer: collector.box.buffer))
    }

    typealias Entry = ResponseCache.Entry

    final class Box: @unchecked Sendable {
        var buffer = ByteBuffer()
    }

    struct Collector: ResponseBodyWriter {
        let box = Box()

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            box.buffer.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
