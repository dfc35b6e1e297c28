import EntenteModel
import EntenteStore
import Foundation
import Hummingbird
import NIOCore

/// What a cached answer was read from: which pairs of states, over which days, and whether the baseline of every
/// pair. A commit that changes none of its pairs leaves the answer valid, until a new baseline is adopted if it read
/// one (``BaselinePolicy``); anything else (the brief, the dashboard, leverage, the watchlist) is `everything` and
/// goes stale with any commit.
struct ReadScope: Sendable, Hashable {
    enum States: Sendable, Hashable {
        /// Whatever is stored, in any table.
        case everything
        /// Events and aggregates of any pair.
        case anyPair
        /// Events and aggregates with this state on either side (its domestic events too).
        case party(String)
        /// Events and aggregates between two different states of the set.
        case among(Set<String>)
    }

    var states: States
    /// Only changes on these days matter; nil for any day.
    var days: ClosedRange<Day>?
    /// Whether the answer read relative measures or the noise of a series: what every pair's data lead one to
    /// expect. Such an answer goes stale too when the server adopts a new baseline.
    var readsBaseline = false

    static let everything = ReadScope(states: .everything, days: nil)

    /// Whether `change` can alter what was read.
    func isTouched(by change: DataChange) -> Bool {
        if let days, !days.overlaps(change.days) { return false }
        switch states {
        case .everything, .anyPair: return true
        case .party(let state): return change.first == state || change.second == state
        case .among(let states): return change.first != change.second && states.contains(change.first) && states.contains(change.second)
        }
    }

    /// The days of the whole periods `range` touches: an analysis by period reads its periods' events whole (the
    /// evidence of a shift, a transition, a window of drivers), even where the range cuts a period.
    static func periods(_ range: ClosedRange<Day>?, by length: PeriodLength) -> ClosedRange<Day>? {
        range.map { Period(length, containing: $0.lowerBound).start...Period(length, containing: $0.upperBound).end }
    }

    /// The scope of an events query: its states and its days.
    init(_ query: EventQuery) {
        switch query.actors.count {
        case 0: states = .anyPair
        case 1: states = .party(query.actors[0])
        default: states = .among(Set(query.actors))
        }
        days = query.range
    }

    init(states: States, days: ClosedRange<Day>?, readsBaseline: Bool = false) {
        self.states = states
        self.days = days
        self.readsBaseline = readsBaseline
    }

    /// The scope of a GET request, from its route and parameters: the dyad routes read one pair and the baseline,
    /// triangles three pairs and the baseline, the events route what its filter names; every other route reads
    /// `everything`. A request whose parameters do not read is `everything` too (it is answered with an error, which
    /// is never cached).
    init(_ request: Request, limits: ServerConfiguration.Limits) {
        self = .everything
        let parts = request.uri.path.split(separator: "/")
        if parts.count == 5, parts[0] == "api", parts[1] == "dyads", let allowed = EntenteAPI.dyadRoutes[String(parts[4])] {
            do {
                let first = try QueryParameters.state(String(parts[2]).removingPercentEncoding ?? "", parameter: "a")
                let second = try QueryParameters.state(String(parts[3]).removingPercentEncoding ?? "", parameter: "b")
                let query = try QueryParameters(request, allowed: allowed, limits: limits)
                self = ReadScope(states: .among([first, second]), days: Self.periods(try query.range(), by: try query.length()), readsBaseline: true)
            } catch {
                return
            }
        } else if parts == ["api", "triangles"] {
            do {
                let query = try QueryParameters(request, allowed: EntenteAPI.triangleParameters, limits: limits)
                let states = try query.states("states")
                guard states.count == 3 else { return }
                self = ReadScope(states: .among(Set(states)), days: Self.periods(try query.range(), by: try query.length()), readsBaseline: true)
            } catch {
                return
            }
        } else if parts == ["api", "events"] {
            guard let query = try? QueryParameters(request, allowed: EntenteAPI.eventParameters, limits: limits),
                let filter = try? EntenteAPI.eventFilter(query, limits: limits)
            else { return }
            self = ReadScope(filter)
        }
    }
}

/// Answers kept while what they were read from is unchanged.
///
/// - Complexity: a lookup is a hash of the key under a lock. At most `capacity` entries; past that the cache
///   starts over.
final class ScopedCache<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private struct Entry {
        let scope: ReadScope
        let value: Value
    }

    let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var epoch = 0
    /// The last invalidations, newest last: what an answer computed since an earlier epoch must not have read.
    private var recent: [(epoch: Int, isStale: @Sendable (ReadScope) -> Bool)] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: Key) -> Value? {
        lock.withLock { entries[key]?.value }
    }

    /// Keeps `value`, computed from what was committed at `epoch` (``DataWatch/epoch``, read before computing it),
    /// unless a later invalidation touched its scope: then it may be stale already, and is not kept.
    /// - Returns: whether it was kept (and so is valid now).
    @discardableResult
    func store(_ value: Value, scope: ReadScope, for key: Key, epoch: Int) -> Bool {
        lock.withLock {
            if epoch != self.epoch {
                guard let oldest = recent.first?.epoch, oldest <= epoch + 1 else { return false }
                for invalidation in recent where invalidation.epoch > epoch {
                    if invalidation.isStale(scope) { return false }
                }
            }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(scope: scope, value: value)
            return true
        }
    }

    /// Drops the entries `isStale` says may have changed, as of `epoch`.
    func drop(epoch: Int, where isStale: @escaping @Sendable (ReadScope) -> Bool) {
        lock.withLock {
            self.epoch = epoch
            recent.append((epoch, isStale))
            if recent.count > 256 { recent.removeFirst(recent.count - 256) }
            entries = entries.filter { !isStale($0.value.scope) }
        }
    }

    var count: Int { lock.withLock { entries.count } }
}

/// Follows what is committed to the store, by this server or by another process (an `entente ingest` beside
/// it), and drops from the caches what each commit made stale: per pair of states and days, from the store's change
/// log (``ChangeTracking/changes(since:)``), so that an ingest into some dyads leaves every other dyad's answers cached.
///
/// Whether anything was committed is told by the store's commit stamp (``ChangeTracking/commitStamp()``; SQLite's:
/// the database and `-wal` files' size, time and inode, two `stat` calls) plus this server's own count of writes,
/// once a request. While the stamp changed less than ``youngSeconds`` ago, the change log is read again (at most every
/// 5 ms): a commit can be in SQLite's `-wal` file a moment before readers see it. A store without a stamp (SQLite in
/// memory) has nothing cached.
///
/// It also keeps the baselines of relative measures (``BaselinePolicy``) and the names of the stored datasets: a
/// commit that adds or removes a dataset changes what the default selection reads (``DatasetSelection``), so it drops
/// everything.
final class DataWatch: @unchecked Sendable {
    struct Stamp: Hashable, Sendable {
        /// The server's count of its own writes, and the store's commit stamp.
        let writes: Int
        let store: CommitStamp?
    }

    static let youngSeconds = 0.25

    let store: any Store
    /// Whether answers are cached: the store has a commit stamp.
    let caches: Bool
    /// The baselines answers are read against, while answers are cached.
    let baselines: BaselinePolicy
    let responses = ScopedCache<String, ResponseCache.Entry>(capacity: 4_096)
    let counts = ScopedCache<EventQuery, Int>(capacity: 4_096)
    let pages = ScopedCache<EventQuery, EntenteAPI.EncodedPage>(capacity: 4_096)
    let inFlight = InFlight()

    private let lock = NSLock()
    private var stamp: Stamp?
    private var generation: Int64 = 0
    private var currentEpoch = 0
    private var lastRefresh: UInt64 = 0
    /// When the last completed refresh began reading the change log.
    private var lastRefreshBegan: UInt64 = 0
    private let refreshing = NSLock()
    private var writes = 0
    /// The stored datasets' names as of the last refresh.
    private var datasets: [String]

    /// - Parameters:
    ///   - refitSeconds: the least time between two baselines while the data keep changing.
    ///   - clock: seconds on a monotonic clock, for the baselines' policy.
    init(
        store: any Store, refitSeconds: Double = ServerConfiguration.defaultBaselineRefitSeconds,
        clock: @escaping @Sendable () -> Double = BaselinePolicy.uptime
    ) {
        self.store = store
        caches = store.commitStamp() != nil
        generation = (try? store.changes(since: .max).generation) ?? 0
        datasets = (try? store.datasets().map(\.name)) ?? []
        baselines = BaselinePolicy(refitSeconds: refitSeconds, generation: generation, clock: clock)
    }

    /// The stored datasets' names as of the last ``refresh()`` while answers are cached (the refresh reads them again
    /// whenever a commit wrote); nil when nothing tells this cache of the store's changes, so that each read asks.
    var knownDatasets: [String]? { caches ? lock.withLock { datasets } : nil }

    /// Called after the server's own writes, so that they are seen at once.
    func recordWrite() { lock.withLock { writes += 1 } }

    /// The epoch caches' entries are stored against (after ``refresh()``).
    var epoch: Int { lock.withLock { currentEpoch } }

    /// The generation of baselines an answer is read against now: the adopted one while answers are cached, else one
    /// of the request's own (fitted for it alone: nothing says when the data change).
    var baselineGeneration: BaselinePolicy.Generation {
        caches ? baselines.current : BaselinePolicy.Generation(number: nil, adopted: baselines.clock())
    }

    /// Whether the store may have changed since the last ``refresh()`` (its commit stamp: two `stat` calls for
    /// SQLite), or a new baseline is due.
    var isDue: Bool {
        guard caches else { return false }
        let now = currentStamp()
        let clock = DispatchTime.now().uptimeNanoseconds
        let changed = lock.withLock {
            if now != stamp { return true }
            return Self.isYoung(now) && clock > lastRefresh + 5_000_000
        }
        return changed || baselines.isDue
    }

    /// Brings the caches up to date with the database: reads the change log and drops what it made stale. Blocks
    /// on SQLite: call it off the cooperative pool.
    ///
    /// - Returns: the epoch to store entries against.
    ///
    /// Requests that find the database changed at the same moment share one reading: a refresh that began reading
    /// after a request looked has seen every commit that request could have seen, so the request waits for it and
    /// reads nothing itself (after a commit, dozens of requests would otherwise read the change log one by one).
    func refresh() throws -> Int {
        guard caches else { return epoch }
        let looked = DispatchTime.now().uptimeNanoseconds
        let now = currentStamp()
        try refreshing.withLock {
            if lock.withLock({ lastRefreshBegan > looked }) { return }
            let began = DispatchTime.now().uptimeNanoseconds
            let (changed, since, known) = lock.withLock { (now != stamp, generation, datasets) }
            let changes = try store.changes(since: since)
            let wrote = !changes.changes.isEmpty || !changes.complete
            // A dataset added or emptied changes what the default selection reads: everything.
            let names = wrote ? try store.datasets().map(\.name) : known
            let newDatasets = names != known
            let newBaseline: Bool
            switch baselines.advance(to: changes.generation) {
            case .unchanged: newBaseline = false
            case .adopted: newBaseline = true
            case .fitAhead(let next, let keys):
                newBaseline = false
                // Off the requests' path: they read the current generation meanwhile.
                DispatchQueue.global(qos: .utility).async { [store, baselines] in
                    for key in keys {
                        _ = try? next.stamp(for: next.reader(of: store, datasets: key.datasets), length: key.length)
                    }
                    baselines.ready(next)
                }
            }
            if changed || wrote || newBaseline {
                // Drop first, then publish: a request that finds the stamp current never finds a stale entry.
                let epoch = lock.withLock { currentEpoch } + 1
                let isStale: @Sendable (ReadScope) -> Bool = { scope in
                    if scope.states == .everything || newDatasets || !changes.complete { return true }
                    if newBaseline, scope.readsBaseline { return true }
                    return changes.changes.contains { scope.isTouched(by: $0) }
                }
                responses.drop(epoch: epoch, where: isStale)
                counts.drop(epoch: epoch, where: isStale)
                pages.drop(epoch: epoch, where: isStale)
                lock.withLock { currentEpoch = epoch }
            }
            lock.withLock {
                lastRefresh = DispatchTime.now().uptimeNanoseconds
                lastRefreshBegan = began
                stamp = now
                generation = changes.generation
                datasets = names
            }
        }
        return epoch
    }

    static func isYoung(_ stamp: Stamp) -> Bool {
        guard let modified = stamp.store?.modified else { return false }
        let now = Int(Date().timeIntervalSince1970 * 1e9)
        return now - modified < Int(youngSeconds * 1e9)
    }

    /// The store's commit stamp with this server's count of its writes.
    private func currentStamp() -> Stamp {
        Stamp(writes: lock.withLock { writes }, store: store.commitStamp())
    }
}

/// The answers being computed, so that the same request arriving meanwhile waits for the first one's answer instead
/// of computing it again (64 clients after a commit ask the same few questions at once).
final class InFlight: @unchecked Sendable {
    /// The request's URI.
    typealias Key = String

    enum Outcome: Sendable {
        /// Nobody is computing it: compute it, then ``InFlight/finish(_:with:)``.
        case lead
        /// The answer another request computed; nil when it failed, was not a success, or may be stale already
        /// (compute it yourself).
        case answer(ResponseCache.Entry?)
    }

    private let lock = NSLock()
    private var waiting: [Key: [CheckedContinuation<Outcome, Never>]] = [:]

    func join(_ key: Key) async -> Outcome {
        await withCheckedContinuation { continuation in
            let lead: Bool = lock.withLock {
                if waiting[key] != nil {
                    waiting[key]!.append(continuation)
                    return false
                }
                waiting[key] = []
                return true
            }
            if lead { continuation.resume(returning: .lead) }
        }
    }

    func finish(_ key: Key, with entry: ResponseCache.Entry?) {
        let waiters = lock.withLock { waiting.removeValue(forKey: key) ?? [] }
        for waiter in waiters { waiter.resume(returning: .answer(entry)) }
    }
}

/// A successful GET response as it was sent.
enum ResponseCache {
    struct Entry {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer
    }

    /// The largest body kept.
    static let maxBodyBytes = 4 * 1_048_576
}

/// Serves GET responses from the ``DataWatch``'s cache while what they were read from is unchanged: a team's
/// dashboards and scripts ask the same questions again and again.
struct ResponseCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let watch: DataWatch
    let limits: ServerConfiguration.Limits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, watch.caches else { return try await next(request, context) }
        let epoch = watch.isDue ? try await blocking(limited: false) { [watch] in try watch.refresh() } : watch.epoch
        let key = request.uri.description
        if let entry = watch.responses.value(for: key) {
            return Response(status: entry.status, headers: entry.headers, body: .init(byteBuffer: entry.body))
        }
        // The same question asked again while its answer is being computed waits for that answer.
        let flight = key
        if case .answer(let entry?) = await watch.inFlight.join(flight) {
            return Response(status: entry.status, headers: entry.headers, body: .init(byteBuffer: entry.body))
        }
        let entry: ResponseCache.Entry
        do {
            let response = try await next(request, context)
            let collector = Collector()
            try await response.body.write(collector)
            entry = ResponseCache.Entry(status: response.status, headers: response.headers, body: collector.box.buffer)
        } catch {
            watch.inFlight.finish(flight, with: nil)
            throw error
        }
        // Waiters get the answer only when it is kept: then no commit since it was computed touched what it read.
        let kept = entry.status == .ok && entry.body.readableBytes <= ResponseCache.maxBodyBytes
            && watch.responses.store(entry, scope: ReadScope(request, limits: limits), for: key, epoch: epoch)
        watch.inFlight.finish(flight, with: kept ? entry : nil)
        return Response(status: entry.status, headers: entry.headers, body: .init(byteBuffer: entry.body))
    }

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

