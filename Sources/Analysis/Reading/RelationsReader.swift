import EntenteModel
import EntenteStore
import Foundation
import Synchronization

/// Reads the analyses from one store with one selection of datasets: every series against one ``Baseline`` per
/// period length, fitted once on every pair's aggregates of those datasets and kept for the reader's life (or, with
/// a shared ``BaselineCache``, until the store changes).
///
/// The command line makes one per command; the server one per request, sharing its cache.
public final class RelationsReader: Sendable {
    public let store: any EventStore
    public let datasets: DatasetSelection
    /// Those of them whose counts came without Goldstein sums: their events count toward no Goldstein mean.
    public let withoutGoldstein: Set<String>
    private let cache: BaselineCache
    /// The store's state the cache keys on: a change-log generation, nil when the store cannot say (each reader then
    /// fits its own).
    private let generation: Int64?
    /// Each dyad's monthly aggregates as read, by dyad and range: a brief reads the pair's and the focal dyads' for
    /// their series, again for the triads and again for its sources.
    private let read = Mutex<[AggregatesKey: [DyadAggregate]]>([:])

    /// Ties' event summaries over windows as read: the same tie and window recur across a brief's triads.
    private let summaries = Mutex<[SummaryKey: EventSummary]>([:])

    private struct SummaryKey: Hashable {
        let dyad: Dyad
        let window: Window
    }

    private struct AggregatesKey: Hashable {
        let dyad: Dyad
        let range: ClosedRange<Day>?
    }

    /// - Parameters:
    ///   - datasets: the datasets named by the user; empty for the default (``DatasetSelection/resolve(_:in:)``).
    ///   - cache: baselines shared between readers of the same store; a reader of its own by default.
    ///   - generation: the store's change-log generation, which the shared cache keys on.
    /// - Throws: ``RequestError`` for an unknown dataset; the store's errors.
    /// - Parameter held: the names of the datasets the store holds, when the caller knows them (nil: asked of the store).
    public init(
        store: any EventStore, datasets: [String] = [], held: [String]? = nil, cache: BaselineCache = BaselineCache(),
        generation: Int64? = nil
    ) throws {
        self.store = store
        self.datasets = try held.map { try DatasetSelection.resolve(datasets, held: $0) } ?? DatasetSelection.resolve(datasets, in: store)
        let names = self.datasets.names
        let generation = try generation ?? (store as? any ChangeTracking)?.changes(since: .max).generation
        withoutGoldstein = try cache.withoutGoldstein(names, generation: generation ?? -1) {
            try DatasetMetadata.withoutGoldstein(names, in: store)
        }
        self.cache = cache
        self.generation = generation
    }

    /// What is expected of every pair per period of `length`, from the selected datasets' whole span.
    ///
    /// - Complexity: the first call per length reads every pair's aggregates per period (summed by the store) and
    ///   fits them (tens of milliseconds for 30 years of 150 states by year); later calls are a lookup.
    public func baseline(_ length: PeriodLength) throws -> Baseline {
        let key = BaselineCache.Key(datasets: datasets.names, length: length, generation: generation ?? -1)
        if let known = cache.value(for: key) { return known }
        if let kept = kept(key) {
            cache.store(kept, for: key)
            return kept
        }
        let rows = try store.periodAggregates(by: length, within: nil, datasets: datasets.names)
        let baseline = Baseline(PeriodMatrix(aggregates: rows, by: length))
        cache.store(baseline, for: key)
        keep(baseline, for: key)
        return baseline
    }

    /// The metadata key a baseline is kept under between runs.
    static func metadataKey(_ key: BaselineCache.Key) -> String {
        "baseline.v2:\(key.length.rawValue):" + key.datasets.joined(separator: ",")
    }

    /// The baseline kept in the store's metadata for this generation of its data, if any: what saves the next
    /// command the fit (a second or so on tens of millions of events).
    private func kept(_ key: BaselineCache.Key) -> Baseline? {
        guard let generation, let metadata = store as? any MetadataStore,
            let value = try? metadata.metadata(forKey: Self.metadataKey(key)), let colon = value.firstIndex(of: ":"),
            Int64(value[..<colon]) == generation
        else { return nil }
        return try? JSONDecoder().decode(Baseline.self, from: Data(value[value.index(after: colon)...].utf8))
    }

    /// Keeps a baseline in the store's metadata with the generation it was fitted at. A store that cannot keep it
    /// (read-only, a scenario) simply fits again next time.
    private func keep(_ baseline: Baseline, for key: BaselineCache.Key) {
        guard let generation, let metadata = store as? any MetadataStore, let data = try? JSONEncoder().encode(baseline) else { return }
        try? metadata.setMetadata("\(generation):" + String(decoding: data, as: UTF8.self), forKey: Self.metadataKey(key))
    }

    /// A dyad's monthly aggregates of the selected datasets over `range`, read from the store once per reader.
    /// Which of `states` are in no event of the datasets read, at any time (in order, once each): their ties are not
    /// covered by the data, which is not the same as quiet.
    public func absentStates(_ states: [String], length: PeriodLength) throws -> [String] {
        let present = Set(try baseline(length).states)
        return states.reduce(into: [String]()) { absent, state in
            if !present.contains(state), !absent.contains(state) { absent.append(state) }
        }
    }

    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?) throws -> [DyadAggregate] {
        let key = AggregatesKey(dyad: dyad, range: range)
        if let known = read.withLock({ $0[key] }) { return known }
        let rows = try store.monthlyAggregates(of: dyad, within: range, datasets: datasets.names)
        read.withLock { $0[key] = rows }
        return rows
    }

    /// The weightiest few events on `ties` over `window` (the first tie's first), and how many there are in all: the
    /// evidence of a triangle or a triad.
    public func evidence(on ties: [Dyad], window: Window) throws -> (ids: [String], count: Int) {
        var ids: [String] = []
        var count = 0
        for tie in ties {
            let key = SummaryKey(dyad: tie, window: window)
            let summary = try summaries.withLock({ $0[key] }) ?? store.eventSummary(
                matching: EventQuery(actors: [tie.first, tie.second], range: window.range, datasets: datasets.names), directed: nil,
                weightiest: Shift.evidenceLimit)
            summaries.withLock { $0[key] = summary }
            count += summary.count
            ids += summary.weightiest.map(\.id)
        }
        return (Array(ids.prefix(Shift.evidenceLimit)), count)
    }

    /// Takes note of a tie's summary over a window read elsewhere (a brief's pair over the span it is observed in).
    func remember(_ summary: EventSummary, of tie: Dyad, over window: Window) {
        summaries.withLock { $0[SummaryKey(dyad: tie, window: window)] = summary }
    }

    /// A dyad's series over `range` (or its data's span), read against the baseline.
    ///
    /// - Parameter range: the days asked for; an open end stops at the dyad's data (never the year 9999).
    public func series(_ dyad: Dyad, by length: PeriodLength, range: ClosedRange<Day>?) throws -> DyadSeries {
        let aggregates = try monthlyAggregates(of: dyad, within: range)
        return DyadSeries.make(
            dyad: dyad, aggregates: aggregates, by: length, range: Self.clipped(range, aggregates), baseline: try baseline(length),
            withoutGoldstein: withoutGoldstein)
    }

    /// The asked range narrowed to where the rows are, so that an open end does not run to year 9999; nil (the rows'
    /// own span: none) when there are no rows.
    public static func clipped(_ range: ClosedRange<Day>?, _ aggregates: [DyadAggregate]) -> ClosedRange<Day>? {
        guard let first = aggregates.lazy.map(\.start).min(), let last = aggregates.lazy.map(\.end).max() else { return nil }
        guard let range else { return first...last }
        let lower = max(range.lowerBound, min(first, range.upperBound))
        let upper = min(range.upperBound, max(last, lower))
        return lower...upper
    }
}

/// Baselines kept between readers of one store, by datasets, period length and the store's generation: a server
/// fits each once per change of its data.
public final class BaselineCache: Sendable {
    public struct Key: Hashable, Sendable {
        public let datasets: [String]
        public let length: PeriodLength
        public let generation: Int64
    }

    private let entries = Mutex<[Key: Baseline]>([:])
    /// The datasets without Goldstein sums among those read (``DatasetMetadata``), by datasets and generation: read
    /// from the store's metadata once, not by every reader (a server makes one a request).
    private let marks = Mutex<(generation: Int64, byDatasets: [[String]: Set<String>])>((-1, [:]))

    public init() {}

    /// The datasets among `datasets` marked as without Goldstein sums, read by `read` once per generation.
    func withoutGoldstein(_ datasets: [String], generation: Int64, read: () throws -> Set<String>) rethrows -> Set<String> {
        if let known = marks.withLock({ $0.generation == generation ? $0.byDatasets[datasets] : nil }) { return known }
        let found = try read()
        marks.withLock { marks in
            if marks.generation != generation { marks = (generation, [:]) }
            marks.byDatasets[datasets] = found
        }
        return found
    }

    func value(for key: Key) -> Baseline? { entries.withLock { $0[key] } }

    /// Keeps `baseline`, forgetting those of older generations.
    func store(_ baseline: Baseline, for key: Key) {
        entries.withLock { entries in
            entries = entries.filter { $0.key.generation == key.generation }
            entries[key] = baseline
        }
    }
}
