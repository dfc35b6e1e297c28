import EntenteModel
import EntenteStore

/// Builds a ``ParsedChunk``: adds events with their aggregates, and rejections.
struct ChunkBuilder {
    var result: ParsedChunk
    private var slots: [UInt64: Int32] = [:]
    let keepMask: [Bool]
    let mergeDuplicates: Bool

    init(chunk: Chunk, context: ParseContext) {
        result = ParsedChunk(chunk: chunk)
        keepMask = context.keepMask
        mergeDuplicates = context.mergeDuplicates
        result.events.reserve(bytes: 1 << 16, rows: 256)
        if let dataset = context.format.dataset { result.datasetSpan = result.events.append(dataset) }
        result.documentSpan = result.events.append(context.path)
        result.emptySpan = result.events.append("")
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

    /// Adds an event between states; `source == target` adds to no aggregate.
    @inline(__always)
    mutating func add(
        namespace: KeyNamespace, key: UInt64, source: Int, target: Int, startOrdinal: Int, spanDays: Int,
        quadClass: UInt8, goldstein: Double, mentions: Int32, sources: Int32, articles: Int32, mergeKey: UInt64,
        keep: Bool, eventRow: Int
    ) {
        var slot: Int32 = -1
        if source != target {
            let packed = AggregateKey.pack(source: source, target: target, startOrdinal: startOrdinal, spanDays: spanDays)
            if let known = slots[packed] {
                slot = known
            } else {
                slot = Int32(result.aggregateKeys.count)
                slots[packed] = slot
                result.aggregateKeys.append(packed)
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
