import EntenteModel
import EntenteStore

/// Builds a ``ParsedChunk``: adds events with their aggregates, and rejections.
struct ChunkBuilder {
    var result: ParsedChunk
    /// Per dataset number, the slot of each packed aggregate key in `result`.
    private var slots: [[UInt64: Int32]] = []
    private var datasetNumbers: [String: Int] = [:]
    let keepMask: [Bool]
    let mergeDuplicates: Bool

    init(chunk: Chunk, context: ParseContext) {
        result = ParsedChunk(chunk: chunk)
        keepMask = context.keepMask
        mergeDuplicates = context.mergeDuplicates
        result.events.reserve(bytes: 1 << 16, rows: 256)
        result.datasetSpan = result.events.append(context.dataset)
        _ = datasetNumber(context.dataset)
        result.documentSpan = result.events.append(context.path)
        result.emptySpan = result.events.append("")
    }

    /// The chunk's number for a dataset: 0 for the context's (GDELT, ICEWS, counts); Entente's files name one per event.
    mutating func datasetNumber(_ name: String) -> Int {
        if let number = datasetNumbers[name] { return number }
        result.datasets.append(name)
        slots.append([:])
        datasetNumbers[name] = result.datasets.count - 1
        return result.datasets.count - 1
    }

    mutating func reject(_ rejection: Rejection) {
        result.rejections.append(rejection)
    }

    /// Counts a row read and classifies it by its states. Returns whether it is an event to take further, and
    /// whether it is kept raw.
    @inline(__always)
    mutating func classify(source: Int?, target: Int?) -> (take: Bool, keep: Bool) {
        guard let source, let target else {
            result.nonState += 1
            return (false, false)
        }
        let keep = keepMask[source] || keepMask[target]
        if source == target && !keep {
            result.domestic += 1
            return (false, false)
        }
        return (true, keep)
    }

    /// Counts a row of counts read and classifies it by its states: whether it is a row between two different states
    /// to take further (no row of counts is kept raw: it is no event).
    @inline(__always)
    mutating func classifyCounts(source: Int?, target: Int?) -> Bool {
        guard let source, let target else {
            result.nonState += 1
            return false
        }
        if source == target {
            result.domestic += 1
            return false
        }
        return true
    }

    /// Adds a row of counts between two different states (the rows of one state with itself are ``classify``'s
    /// domestic ones): `totals` over the days `startOrdinal…startOrdinal + spanDays`, keyed by `key` (``CountsRow``),
    /// to the aggregates of the context's dataset.
    @inline(__always)
    mutating func add(counts totals: DyadDayTotals, key: UInt64, source: Int, target: Int, startOrdinal: Int, spanDays: Int) {
        let packed = AggregateKey.pack(source: source, target: target, startOrdinal: startOrdinal, spanDays: spanDays)
        let slot: Int32
        if let known = slots[0][packed] {
            slot = known
        } else {
            slot = Int32(result.aggregateKeys.count)
            slots[0][packed] = slot
            result.aggregateKeys.append(packed)
            result.aggregateDatasets.append(0)
            result.aggregateTotals.append(DyadDayTotals())
        }
        result.aggregateTotals[Int(slot)].add(totals)
        result.countTotals.append(totals)
        result.facts.append(RowFacts(
            key: key, mergeKey: 0, goldstein: 0, aggregateSlot: slot, eventRow: -1,
            countTotals: Int32(result.countTotals.count - 1), mentions: -1, sources: -1, articles: -1, quadClass: 0,
            namespace: .counts, keep: false))
    }

    /// Adds an event between states, to the aggregates of the dataset numbered `dataset` (``datasetNumber(_:)``);
    /// `source == target` adds to no aggregate.
    @inline(__always)
    mutating func add(
        namespace: KeyNamespace, key: UInt64, source: Int, target: Int, startOrdinal: Int, spanDays: Int,
        quadClass: UInt8, goldstein: Double, mentions: Int32, sources: Int32, articles: Int32, mergeKey: UInt64,
        keep: Bool, eventRow: Int, dataset: Int = 0
    ) {
        var slot: Int32 = -1
        if source != target {
            let packed = AggregateKey.pack(source: source, target: target, startOrdinal: startOrdinal, spanDays: spanDays)
            if let known = slots[dataset][packed] {
                slot = known
            } else {
                slot = Int32(result.aggregateKeys.count)
                slots[dataset][packed] = slot
                result.aggregateKeys.append(packed)
                result.aggregateDatasets.append(UInt32(dataset))
                result.aggregateTotals.append(DyadDayTotals())
            }
            result.aggregateTotals[Int(slot)].add(
                quadClass: Int(quadClass), goldstein: goldstein, mentions: Int(max(0, mentions)),
                sources: Int(max(0, sources)), articles: Int(max(0, articles)))
        }
        result.facts.append(RowFacts(
            key: key, mergeKey: mergeKey, goldstein: goldstein, aggregateSlot: slot, eventRow: Int32(eventRow),
            mentions: mentions, sources: sources, articles: articles, quadClass: quadClass, namespace: namespace,
            keep: keep))
    }
}
