import EntenteModel
import EntenteStore

/// The namespaces of event keys: which identity a key is in.
enum KeyNamespace: UInt8, Sendable, CaseIterable {
    /// GDELT 1.0 GLOBALEVENTIDs.
    case gdelt1
    /// GDELT 2.0 GLOBALEVENTIDs.
    case gdelt2
    /// ICEWS event ids with their dates.
    case icews
    /// Any other id, by a 64-bit hash of it (checked against the stored events too).
    case idHash = 3

    var name: String {
        switch self {
        case .gdelt1: "gdelt1"
        case .gdelt2: "gdelt2"
        case .icews: "icews"
        case .idHash: "id-hash"
        }
    }

    /// The key of an ICEWS event: its date's day number (from 1970, + 2²²) above its id.
    static func icewsKey(id: UInt64, dayOrdinal: Int) -> UInt64 {
        UInt64(dayOrdinal + (1 << 22)) << 32 | id
    }
}

/// One event a parser found between states, as the committer needs it: identity, aggregate share, raw row.
struct RowFacts: Sendable {
    var key: UInt64
    /// 0 when the event has no merge key (no source URL, or merging is off).
    var mergeKey: UInt64
    var goldstein: Double
    /// Index into the chunk's aggregates, −1 when the event adds to none (one state on both sides).
    var aggregateSlot: Int32
    /// Index into the chunk's event rows, −1 when none was built.
    var eventRow: Int32
    var mentions: Int32
    var sources: Int32
    var articles: Int32
    var quadClass: UInt8
    var namespace: KeyNamespace
    /// Whether the event is stored raw (`--keep-actors`); a row may exist only for merge provenance.
    var keep: Bool
}

/// What a parser made of one chunk: candidate events, their partial aggregates, raw rows, rejections.
///
/// The aggregates assume every event is new; the committer takes a duplicate's share back out. Lines are
/// numbered within the chunk (from 1); the committer, which knows how many lines came before, renumbers them.
struct ParsedChunk: Sendable {
    var sequence: Int
    var endOffset: Int64
    var length: Int
    /// Lines in the chunk (the added line end of an unterminated last line counts).
    var lineCount = 0
    var trailingBytes: Int
    var unterminated: Bool
    var tailCheck: String
    var rowsRead = 0
    /// Rows the chunker rejected before this chunk's lines, one line each (over-long lines).
    var preRejections: [Rejection]
    var nonState = 0
    var domestic = 0
    var facts: [RowFacts] = []
    var aggregateKeys: [UInt64] = []
    var aggregateTotals: [DyadDayTotals] = []
    var events = EventRowBuffer()
    var rejections: [Rejection] = []
    /// Country names (ICEWS) that named no state Entente knows, with how often.
    var unknownCountries: [String: Int] = [:]
    /// Spans of the chunk's shared texts in `events`.
    var datasetSpan: TextSpan = .null
    var documentSpan: TextSpan = .null
    var emptySpan: TextSpan = .null

    init(chunk: Chunk) {
        sequence = chunk.sequence
        endOffset = chunk.endOffset
        length = chunk.length
        trailingBytes = chunk.trailingBytes
        unterminated = chunk.unterminated
        tailCheck = chunk.tailCheck
        preRejections = chunk.rejections
    }
}

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

/// What every parser of one input shares: where the input is, its format, and the options.
struct ParseContext: Sendable {
    let path: String
    let format: InputFormat
    let keepMask: [Bool]
    let mergeDuplicates: Bool
    let maxLineBytes: Int
    /// The header line (ICEWS, CSV), read before any chunk, so that a resumed ingest has it too.
    let header: [UInt8]
    let states: StateTable
    let codes: EventCodeTable
}

/// Turns chunks of one input into parsed chunks; one per worker thread.
protocol ChunkParser: AnyObject {
    func parse(_ chunk: Chunk) -> ParsedChunk
}

extension Rejection {
    /// The text of a field for a message, cut to 40 characters.
    static func shown(_ field: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: field.prefix(40), as: UTF8.self)
        return field.count > 40 ? text + "…" : text
    }
}
