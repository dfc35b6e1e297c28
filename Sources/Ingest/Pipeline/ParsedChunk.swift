import EntenteModel
import EntenteStore

/// One event (or row of counts) a parser found between states, as the committer needs it: identity, aggregate
/// share, raw row.
struct RowFacts: Sendable {
    var key: UInt64
    /// 0 when the event has no merge key (no source URL, or merging is off).
    var mergeKey: UInt64
    var goldstein: Double
    /// Index into the chunk's aggregates, −1 when the event adds to none (one state on both sides).
    var aggregateSlot: Int32
    /// Index into the chunk's event rows, −1 when none was built.
    var eventRow: Int32
    /// For a row of counts, index into the chunk's ``ParsedChunk/countTotals`` (its share of the aggregate); −1 for
    /// an event, whose share is one event of `quadClass`.
    var countTotals: Int32 = -1
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
    /// Rows of counts whose counts are all 0: nothing to add.
    var emptyRows = 0
    /// Rows of counts added without a Goldstein sum (no such column, or its cell empty).
    var withoutGoldstein = 0
    var facts: [RowFacts] = []
    /// What each row of counts among `facts` adds (``RowFacts/countTotals``).
    var countTotals: [DyadDayTotals] = []
    /// The chunk's aggregates: packed keys (``AggregateKey``), the number of each one's dataset in `datasets`, and
    /// their totals.
    var aggregateKeys: [UInt64] = []
    var aggregateDatasets: [UInt32] = []
    var aggregateTotals: [DyadDayTotals] = []
    /// The datasets of the chunk's events, numbered in the order met: the format's one (GDELT, ICEWS), or those
    /// Entente's own files name per event.
    var datasets: [String] = []
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
