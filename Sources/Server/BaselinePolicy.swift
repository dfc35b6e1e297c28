import EntenteAnalysis
import EntenteModel
import EntenteStore
import Foundation
import Synchronization

/// The baselines the server reads relative measures against: one generation of the data at a time, refitted at most
/// once per ``refitSeconds`` while the data keep changing.
///
/// A dyad's relative tone and engagement depend on every pair's data (``Baseline``), while its cached answer is
/// scoped to its own pair (``ReadScope``). So every answer that reads a baseline says so (``ReadScope/readsBaseline``)
/// and is read against the generation adopted here. When a commit arrives, its change-log generation is adopted at
/// once if the current one is at least ``refitSeconds`` old, else when it becomes so (the next request after that
/// adopts it: no timer). Adopting one drops every cached answer that read a baseline; in between, a pair's own new
/// events show at once (its answers are dropped by their scope and read again, against the adopted baseline).
/// A baseline is fitted on first use in its generation, one fit at a time, and kept for the generation's life.
///
/// When the current generation has baselines already, the next one's are fitted ahead, off the requests' path: answers
/// are read against the current generation until every baseline it had is fitted for the next, which is adopted
/// then. So a refit never makes a request wait (fitting a monthly baseline of every pair takes seconds).
///
/// So no answer is served against a baseline that misses a commit made more than ``refitSeconds`` (and the time its
/// fit takes) before the request (docs/server.md, "Caching").
final class BaselinePolicy: Sendable {
    /// Which baseline an answer was read against, as the JSON answers carry it (`baseline`).
    struct Stamp: Encodable, Sendable, Hashable {
        /// The change-log generation the server had adopted when the baseline was fitted; nil when the server follows
        /// no change log (a store in memory: each request fits its own).
        let generation: Int64?
        /// When it was fitted (UTC, ISO 8601, to the second).
        let fitted: String
    }

    /// One adopted generation of the data: its baselines, fitted on first use.
    final class Generation: Sendable {
        struct Key: Hashable, Sendable {
            let datasets: [String]
            let length: PeriodLength
        }

        let number: Int64?
        /// When it was adopted, on the policy's clock (seconds).
        let adopted: Double
        let cache = BaselineCache()
        private let stamps = Mutex<[Key: Stamp]>([:])
        /// Held while fitting: requests that need the same baseline wait for it rather than fit it again.
        private let fitting = NSLock()

        init(number: Int64?, adopted: Double) {
            self.number = number
            self.adopted = adopted
        }

        /// A reader of `store` for `datasets` that shares this generation's baselines.
        ///
        /// - Throws: ``RequestError`` for an unknown dataset; the store's errors.
        /// - Parameter held: the names of the datasets the store holds, when known (nil: asked of the store).
        func reader(of store: any EventStore, datasets: [String], held: [String]? = nil) throws -> RelationsReader {
            try RelationsReader(store: store, datasets: datasets, held: held, cache: cache, generation: number)
        }

        /// The datasets and lengths this generation has fitted baselines for.
        var fitted: [Key] { stamps.withLock { Array($0.keys) } }

        /// Fits `reader`'s baseline of `length` unless this generation has it, and says which it is.
        ///
        /// - Complexity: a lookup once fitted; the first call per datasets and length reads every pair's aggregates
        ///   per period and fits them (docs/server.md gives the times measured), while other callers wait.
        func stamp(for reader: RelationsReader, length: PeriodLength) throws -> Stamp {
            let key = Key(datasets: reader.datasets.names, length: length)
            if let known = stamps.withLock({ $0[key] }) { return known }
            return try fitting.withLock {
                if let known = stamps.withLock({ $0[key] }) { return known }
                _ = try reader.baseline(length)
                let stamp = Stamp(generation: number, fitted: Self.now())
                stamps.withLock { $0[key] = stamp }
                return stamp
            }
        }

        static func now() -> String {
            let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
            let day = Day(ordinal: seconds / 86_400)
            let time = seconds % 86_400
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(day.iso)T\(two(time / 3_600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
        }
    }

    let refitSeconds: Double
    /// Seconds on a monotonic clock (the tests pass their own).
    let clock: @Sendable () -> Double
    private struct State {
        var current: Generation
        /// The latest generation seen and not adopted yet.
        var pending: Int64?
        /// The next generation, while its baselines are fitted ahead; `ready` once they are.
        var preparing: Generation?
        var ready = false
    }
    private let state: Mutex<State>

    /// What ``advance(to:)`` did.
    enum Advance {
        case unchanged
        /// A new generation was adopted: every answer that read a baseline is stale.
        case adopted
        /// A new generation is to be fitted ahead, for these datasets and lengths; ``ready(_:)`` says when it is.
        case fitAhead(Generation, [Generation.Key])
    }

    /// - Parameter generation: the change log's generation when the server starts; the first commit after it is
    ///   adopted at once.
    init(refitSeconds: Double, generation: Int64, clock: @escaping @Sendable () -> Double = BaselinePolicy.uptime) {
        self.refitSeconds = refitSeconds
        self.clock = clock
        state = Mutex(State(current: Generation(number: generation, adopted: clock() - refitSeconds), pending: nil))
    }

    /// The generation answers are read against now.
    var current: Generation { state.withLock { $0.current } }

    /// Whether a generation waits to be adopted and may be now, or has been fitted ahead.
    var isDue: Bool {
        let now = clock()
        return state.withLock { state in
            if state.preparing != nil { return state.ready }
            return state.pending != nil && now - state.current.adopted >= refitSeconds
        }
    }

    /// Takes note of the change log's latest generation; when the current one is old enough, adopts the latest seen at
    /// once if the current one has no baselines yet, else asks for it to be fitted ahead; adopts one fitted ahead.
    func advance(to generation: Int64?) -> Advance {
        let now = clock()
        return state.withLock { state in
            if let generation, generation != state.current.number, generation != state.pending,
                generation != state.preparing?.number
            {
                state.pending = generation
            }
            if let preparing = state.preparing {
                guard state.ready else { return .unchanged }
                state.current = preparing
                state.preparing = nil
                state.ready = false
                return .adopted
            }
            guard let pending = state.pending, now - state.current.adopted >= refitSeconds else { return .unchanged }
            let next = Generation(number: pending, adopted: now)
            state.pending = nil
            let fitted = state.current.fitted
            guard !fitted.isEmpty else {
                state.current = next
                return .adopted
            }
            state.preparing = next
            return .fitAhead(next, fitted)
        }
    }

    /// Says that `generation`'s baselines are fitted (or failed to be: requests then fit their own); the next
    /// ``advance(to:)`` adopts it.
    func ready(_ generation: Generation) {
        state.withLock { if $0.preparing === generation { $0.ready = true } }
    }

    /// Seconds since boot, monotonic.
    static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
