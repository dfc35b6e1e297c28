import EntenteModel
import EntenteStore
import Foundation

/// Streams inputs into the store: per-dyad-per-day aggregates for every pair of states, raw events for the
/// states kept, each event counted once by its dataset's own id, rejected rows to the quarantine file.
///
/// Per input, three stages run at once: a producer thread reads (and decompresses) the bytes and cuts them into
/// chunks of whole lines; `workers` parser threads turn chunks into candidate events with partial aggregates;
/// the calling thread commits results in order — it tests each event's key against the store's key sets, inserts
/// the kept raw events, and checkpoints (aggregates, keys, the ledger's byte offset, the quarantine file's size)
/// in one transaction every `checkpointBytes` or `checkpointSeconds`. Memory stays flat in the input's size:
/// at most ``IngestOptions/chunksInFlight`` chunks are in flight — enough that the parsers keep parsing while a
/// checkpoint commits, which is the committer's longest wait.
///
/// It writes through the store's ``IngestSession`` (SQLite's, or any other store's): its functions are generic over
/// the session's type.
///
/// See docs/ingest.md for the identity and idempotency guarantees this gives.
public final class Ingester {
    public let store: any IngestStore
    public let options: IngestOptions
    let states = StateTable.standard
    let codes = EventCodeTable.standard

    public init(store: any IngestStore, options: IngestOptions = IngestOptions()) {
        self.store = store
        self.options = options
    }

    /// Reads every input into the store.
    ///
    /// - Parameters:
    ///   - progress: called on the calling thread about four times a second.
    ///   - rejected: called on the calling thread with each rejected row (or whole input) and its input's path, as
    ///     it is written to the quarantine file: for a caller that reports rejections itself (the server's upload).
    ///   - afterIngest: called once the ingest is committed, with what it changed: the hook where a watchlist
    ///     check runs.
    /// - Throws: ``StoreError`` when the store cannot be written, ``InputError`` when the quarantine file cannot;
    ///   bad input never throws (it is quarantined and counted).
    public func run(
        _ inputs: [InputFile], progress: ((IngestProgress) -> Void)? = nil,
        rejected: ((_ path: String, _ rejection: Rejection) -> Void)? = nil,
        afterIngest: ((IngestReport) throws -> Void)? = nil
    ) throws -> IngestSummary {
        let started = DispatchTime.now()
        var run = RunState(started: started, diskBytesTotal: inputs.reduce(0) { $0 + $1.diskSize })
        run.rejected = rejected
        let quarantine = try ingest(inputs, into: store, run: &run, progress: progress)
        try markWithoutGoldstein(&run)
        run.summary.seconds = Self.seconds(since: started)
        if let quarantine, quarantine.wroteEntries { run.summary.quarantineFile = quarantine.path }
        let changed = run.touched.map { key, value in
            ChangedDyad(
                source: states.codes[Int(key >> 16)], target: states.codes[Int(key & 0xFFFF)],
                firstDay: Day(key: value.first), lastDay: Day(key: value.last), events: value.events)
        }.sorted { ($0.events, $1.source, $1.target) > ($1.events, $0.source, $0.target) }
        try afterIngest?(IngestReport(summary: run.summary, changedDyads: changed))
        return run.summary
    }

    /// Marks the datasets that took rows of counts without a Goldstein sum (``DatasetMetadata``), once their rows
    /// are committed, and says so. (A run killed between its last commit and this mark leaves the dataset's Goldstein
    /// means read as 0, as a store made before this mark did; an ingest of any such table into it marks it again.)
    private func markWithoutGoldstein(_ run: inout RunState) throws {
        for (dataset, rows) in run.withoutGoldstein.sorted(by: { $0.key < $1.key }) {
            try (store as? any MetadataStore)?.setMetadata("true", forKey: DatasetMetadata.goldsteinAbsentKey(dataset))
            run.summary.warnings.append(
                "\(Format.grouped(Int(rows))) \(rows == 1 ? "row" : "rows") of counts of the dataset '\(dataset)' \(rows == 1 ? "carries" : "carry") "
                    + "no Goldstein sum: its Goldstein means are shown as unknown (–), not 0")
        }
    }

    /// Runs the ingest in a session of `store` (an existential opened here, so that the session's type is known to
    /// the functions below).
    private func ingest<Store: IngestStore>(
        _ inputs: [InputFile], into store: Store, run: inout RunState, progress: ((IngestProgress) -> Void)?
    ) throws -> QuarantineWriter? {
        try store.ingest(quarantinePath: options.quarantinePath) { session -> QuarantineWriter? in
            let quarantine = try options.quarantinePath.map {
                try QuarantineWriter(path: $0, committedSize: session.quarantineCommittedBytes)
            }
            run.namespaces = KeyNamespace.allCases.map { session.namespace($0.name) }
            for input in inputs {
                try ingest(input, session: session, quarantine: quarantine, run: &run, progress: progress)
                run.diskBytesDone += input.diskSize
            }
            return quarantine
        }
    }

    /// What one run accumulates across its inputs.
    struct RunState {
        let started: DispatchTime
        var summary = IngestSummary()
        var namespaces: [Int] = []
        /// The datasets met, numbered in the order met.
        var datasets: [String] = []
        var datasetNumbers: [String: Int] = [:]
        /// Aggregates since the last checkpoint, per dataset number, by packed key.
        var pending: [[UInt64: DyadDayTotals]] = []
        /// Per directed dyad (source << 16 | target): first and last day and events added.
        var touched: [UInt32: (first: Int, last: Int, events: Int)] = [:]
        var diskBytesTotal: Int64
        var diskBytesDone: Int64 = 0
        var lastProgress = DispatchTime.now()
        var rejected: ((String, Rejection) -> Void)?
        /// Rows of counts of the input being read whose pair and period (or day, actors and code) were counted before.
        var countDuplicates: Int64 = 0
        /// Rows of counts without a Goldstein sum, by dataset.
        var withoutGoldstein: [String: Int64] = [:]

        init(started: DispatchTime, diskBytesTotal: Int64) {
            self.started = started
            self.diskBytesTotal = diskBytesTotal
        }

        /// The run's number for a dataset.
        mutating func datasetNumber(_ name: String) -> Int {
            if let number = datasetNumbers[name] { return number }
            datasets.append(name)
            pending.append([:])
            datasetNumbers[name] = datasets.count - 1
            return datasets.count - 1
        }

        /// Adds a checkpoint's share to what the run changed in a dyad.
        mutating func touch(_ dyad: UInt32, _ share: (first: Int, last: Int, events: Int)) {
            if let known = touched[dyad] {
                touched[dyad] = (min(known.first, share.first), max(known.last, share.last), known.events + share.events)
            } else {
                touched[dyad] = share
            }
        }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    // MARK: - One input

    private func ingest<Session: IngestSession>(
        _ input: InputFile, session: Session, quarantine: QuarantineWriter?, run: inout RunState,
        progress: ((IngestProgress) -> Void)?
    ) throws {
        run.summary.files += 1
        /// A whole input rejected: placed at its first line and column unless a column is named.
        func rejectFile(_ reason: RejectReason, _ message: String, column: Int? = nil, raw: [UInt8] = [], rawLength: Int? = nil) throws {
            let rejection = Rejection(line: 1, column: column ?? 1, reason: reason, message: message, raw: raw, rawLength: rawLength)
            try record([rejection], path: input.path, quarantine: quarantine, run: &run)
            run.summary.filesRejected += 1
            if run.summary.fileRejections.count < IngestSummary.shownFileRejections {
                run.summary.fileRejections.append("\(rejection.location(in: input.path)): \(message)")
            }
        }
        let head: [UInt8]
        do {
            head = try input.source.peek(FormatDetector.headLength)
        } catch {
            try rejectFile(.unreadable, "cannot read: \(error)")
            return
        }
        /// Rejects the whole input, once: the ledger keeps the rejection by the input's content and path, so that a
        /// later run given the same input says so in a note rather than adding it to the quarantine again.
        func rejectWhole(_ reason: RejectReason, _ message: String, column: Int? = nil, raw: [UInt8] = [], rawLength: Int? = nil) throws {
            guard options.remembersRejectedInputs else {
                return try rejectFile(reason, message, column: column, raw: raw, rawLength: rawLength)
            }
            let key = "rejected:\(Self.fingerprint(head)):\(input.path)"
            if let known = try session.fileState(fingerprint: key), known.complete {
                run.summary.filesSkipped += 1
                run.summary.filesRejectedBefore += 1
                return
            }
            try rejectFile(reason, message, column: column, raw: raw, rawLength: rawLength)
            var state = IngestFileState(fingerprint: key, path: input.path, format: "rejected")
            state.complete = true
            state.rowsQuarantined = 1
            state.size = input.source.knownSize ?? Int64(head.count)
            session.record(state)
        }
        let format: InputFormat
        switch FormatDetector.detect(head) {
        case .empty:
            try rejectWhole(.emptyFile, "empty file: no rows")
            return
        case .binary(let offset):
            try rejectWhole(
                .binaryFile, "binary content (a control byte at byte \(offset + 1)), not text in a format Entente reads; the file is not read",
                raw: Array(head.prefix(Rejection.rawLimit)), rawLength: Int(input.source.knownSize ?? Int64(head.count)))
            return
        case .unknown(let seen):
            guard let forced = options.format else {
                try rejectWhole(
                    .unknownFormat,
                    "not a format Entente reads: expected GDELT events (57, 58 or 61 tab-separated columns), GDELT 1.0 reduced (a header 'Date⇥Source⇥Target⇥CAMEOCode…'), ICEWS (a header 'Event ID…'), counts per pair and period (a header naming source, target, a period column and verbalCooperation, materialCooperation, verbalConflict, materialConflict), Entente JSON Lines ('{…') or Entente CSV (a header 'id,date,…'); found \(seen). Use --input-format to say which",
                    raw: Array(FormatDetector.firstLine(head).prefix(Rejection.rawLimit)))
                return
            }
            format = forced
        case .format(let detected):
            format = options.format ?? detected
        }
        var header: [UInt8] = []
        if format == .icews || format == .csv || format.holdsCounts {
            var line = FormatDetector.firstLine(head)
            if line.count == head.count && head.count == FormatDetector.headLength {
                try rejectWhole(.badHeader, "the header line is longer than \(FormatDetector.headLength) bytes")
                return
            }
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            header = Array(line)
        }
        let context = ParseContext(
            path: input.path, format: format, dataset: options.dataset ?? format.dataset, keepMask: options.keep.mask(for: states),
            mergeDuplicates: options.mergeDuplicates, maxLineBytes: options.maxLineBytes, header: header,
            states: states, codes: codes)
        do {
            _ = try Self.makeParser(context)
        } catch {
            try rejectWhole(.badHeader, error.message, column: error.column, raw: header)
            return
        }

        let fingerprint = Self.fingerprint(head)
        var state = try session.fileState(fingerprint: fingerprint)
            ?? IngestFileState(fingerprint: fingerprint, path: input.path, format: format.rawValue)
        if state.complete {
            if let size = input.source.knownSize, size > state.size {
                // A file that grew (a log appended to): read on from its last complete line.
            } else {
                run.summary.filesSkipped += 1
                return
            }
        }
        if state.bytesDone > 0 {
            if try tailMatches(input, state: state) {
                run.summary.filesResumed += 1
            } else {
                run.summary.warnings.append(
                    "\(input.path): changed since it was last read; read again from its start (events already counted are recognised by their ids)")
                state.bytesDone = 0
                state.linesDone = 0
                state.complete = false
            }
        }
        state.path = input.path
        if format.holdsCounts {
            run.namespaces[Int(KeyNamespace.counts.rawValue)] = session.namespace(CountsKey.namespace(format: format, dataset: context.dataset))
        }
        run.countDuplicates = 0
        try stream(input, context: context, state: &state, session: session, quarantine: quarantine, run: &run, progress: progress)
        if run.countDuplicates > 0 {
            let what = format == .gdeltReduced ? "a day, actors and event code" : "a pair and period"
            run.summary.warnings.append(
                "\(input.path): \(run.countDuplicates) rows of counts gave \(what) of the dataset '\(context.dataset)' counted before (by an earlier row or file): not added again. A revised table goes in under another --dataset; a table with several rows per pair and period must be summed first")
        }
    }

    /// The parser of the context's format.
    ///
    /// - Throws: ``HeaderError`` when the header does not say what the format needs.
    static func makeParser(_ context: ParseContext) throws(HeaderError) -> any ChunkParser {
        switch context.format {
        case .gdelt1, .gdelt2: return GDELTParser(context: context)
        case .icews: return try ICEWSParser(context: context)
        case .jsonl: return JSONLinesParser(context: context)
        case .csv: return try EntenteCSVParser(context: context)
        case .counts: return try CountsParser(context: context)
        case .gdeltReduced: return try GDELTReducedParser(context: context)
        }
    }

    /// An input's identity: two 64-bit hashes of its first 64 KiB (decompressed) and their length.
    static func fingerprint(_ head: [UInt8]) -> String {
        var first = ByteHash()
        var second = ByteHash(seed: 0x8422_2325_cbf2_9ce4)
        head.withUnsafeBytes {
            first.add($0)
            second.add($0)
        }
        return "\(first.hex)\(second.hex)-\(head.count)"
    }

    /// Whether the bytes before the ledger's offset are the ones that were committed.
    private func tailMatches(_ input: InputFile, state: IngestFileState) throws -> Bool {
        let parts = state.tailCheck.split(separator: ":")
        guard parts.count == 2, let length = Int(parts[0]), Int64(length) <= state.bytesDone else { return false }
        var tail: [UInt8] = []
        do {
            try input.source.stream(from: state.bytesDone - Int64(length)) { piece in
                tail.append(contentsOf: piece.prefix(length - tail.count))
                if tail.count >= length { throw StopStreaming() }
            }
        } catch is StopStreaming {
        } catch {
            return false
        }
        guard tail.count == length else { return false }
        return tail.withUnsafeBytes { Chunker.tailCheck($0) } == state.tailCheck
    }

    // MARK: - The pipeline

    private struct Cancelled: Error {}

    private func stream<Session: IngestSession>(
        _ input: InputFile, context: ParseContext, state: inout IngestFileState, session: Session,
        quarantine: QuarantineWriter?, run: inout RunState, progress: ((IngestProgress) -> Void)?
    ) throws {
        let options = self.options
        let pool = BufferPool(capacity: options.chunkBytes + (256 << 10), kept: options.chunksInFlight + 2)
        let work = WorkQueue<Chunk>()
        let results = OrderedResults<ParsedChunk>()
        let gate = Gate(options.chunksInFlight)
        let cancelled = Shared(false)
        let failure = Shared<String?>(nil)
        let group = DispatchGroup()
        let source = input.source
        let offset = state.bytesDone

        group.enter()
        Thread {
            let chunker = Chunker(
                pool: pool, chunkBytes: options.chunkBytes, maxLineBytes: options.maxLineBytes,
                quoteAware: context.format == .csv || context.format == .counts, offset: offset
            ) { chunk in
                gate.enter()
                if cancelled.get() { throw Cancelled() }
                work.push(chunk)
            }
            do {
                try source.pump(from: offset, into: chunker)
                try chunker.finish()
            } catch is Cancelled {
            } catch {
                failure.set("\(error)")
                try? chunker.abandon()
            }
            results.finish(total: chunker.emitted)
            work.close()
            group.leave()
        }.start()
        for _ in 0..<options.workers {
            group.enter()
            Thread {
                let parser = try! Self.makeParser(context)
                while var chunk = work.pop() {
                    let parsed = parser.parse(chunk)
                    chunk.releaseMapping()
                    pool.give(&chunk.storage)
                    results.put(chunk.sequence, parsed)
                }
                group.leave()
            }.start()
        }

        var sinceCheckpoint: Int64 = 0
        var lastCheckpoint = DispatchTime.now()
        var size = state.bytesDone
        var lineBase = state.linesDone
        do {
            while let parsed = results.take() {
                try commit(
                    parsed, context: context, lineBase: &lineBase, state: &state, session: session, quarantine: quarantine,
                    run: &run)
                gate.leave()
                size = parsed.endOffset + Int64(parsed.trailingBytes)
                sinceCheckpoint += Int64(parsed.length)
                if sinceCheckpoint >= options.checkpointBytes || Self.seconds(since: lastCheckpoint) >= options.checkpointSeconds
                    || run.pending.reduce(0, { $0 + $1.count }) >= options.checkpointAggregates
                {
                    try checkpoint(&state, session: session, quarantine: quarantine, run: &run)
                    sinceCheckpoint = 0
                    lastCheckpoint = DispatchTime.now()
                }
                if let progress, Self.seconds(since: run.lastProgress) >= 0.25 {
                    run.lastProgress = DispatchTime.now()
                    let share = input.source.knownSize.map { $0 > 0 ? Double(parsed.endOffset) / Double($0) : 1 } ?? 0
                    progress(IngestProgress(
                        path: input.path, diskBytesDone: run.diskBytesDone + Int64(share * Double(input.diskSize)),
                        diskBytesTotal: run.diskBytesTotal, rows: run.summary.read, seconds: Self.seconds(since: run.started)))
                }
            }
        } catch {
            cancelled.set(true)
            gate.open()
            while results.take() != nil {}
            group.wait()
            throw error
        }
        group.wait()
        if let failure = failure.get() {
            let rejection = Rejection(line: state.linesDone + 1, reason: .unreadable, message: "cannot read on: \(failure)", raw: [])
            try record([rejection], path: input.path, quarantine: quarantine, run: &run)
            state.rowsQuarantined += 1
        } else {
            state.complete = true
            state.size = size
        }
        try checkpoint(&state, session: session, quarantine: quarantine, run: &run)
    }

    // MARK: - Committing

    private func commit<Session: IngestSession>(
        _ parsed: ParsedChunk, context: ParseContext, lineBase: inout Int64, state: inout IngestFileState,
        session: Session, quarantine: QuarantineWriter?, run: inout RunState
    ) throws {
        var parsed = parsed
        var rejections: [Rejection] = []
        for var rejection in parsed.preRejections {
            lineBase += 1
            rejection.line = lineBase
            rejections.append(rejection)
        }
        for var rejection in parsed.rejections {
            rejection.line += lineBase
            rejections.append(rejection)
        }
        parsed.events.offsetLines(by: lineBase)
        lineBase += Int64(parsed.lineCount)
        var stored: Int64 = 0
        var aggregated: Int64 = 0
        var kept: Int64 = 0
        var duplicates: Int64 = 0
        var merged: Int64 = 0
        var countRows: Int64 = 0
        var countedEvents: Int64 = 0
        for fact in parsed.facts {
            func takeBack() {
                guard fact.aggregateSlot >= 0 else { return }
                if fact.countTotals >= 0 {
                    parsed.aggregateTotals[Int(fact.aggregateSlot)].add(parsed.countTotals[Int(fact.countTotals)], sign: -1)
                    return
                }
                parsed.aggregateTotals[Int(fact.aggregateSlot)].add(
                    quadClass: Int(fact.quadClass), goldstein: fact.goldstein, mentions: Int(max(0, fact.mentions)),
                    sources: Int(max(0, fact.sources)), articles: Int(max(0, fact.articles)), sign: -1)
            }
            guard try session.insertKey(fact.key, namespace: run.namespaces[Int(fact.namespace.rawValue)]) else {
                takeBack()
                duplicates += 1
                if fact.countTotals >= 0 { run.countDuplicates += 1 }
                continue
            }
            if fact.namespace == .idHash, fact.eventRow >= 0,
                let id = parsed.events.string(parsed.events.rows[Int(fact.eventRow)].id), try session.eventExists(id: id)
            {
                takeBack()
                duplicates += 1
                continue
            }
            if fact.mergeKey != 0 {
                let id = eventID(fact, in: parsed)
                if let canonical = try session.claimMergeKey(fact.mergeKey, for: id), canonical != id {
                    let row = parsed.events.rows[Int(fact.eventRow)]
                    try session.recordMerge(
                        duplicateID: id, into: canonical,
                        provenance: Provenance(
                            dataset: parsed.events.string(row.dataset) ?? "", document: parsed.events.string(row.document),
                            locator: row.line >= 0 ? "line \(row.line)" + (parsed.events.string(row.locator) ?? "") : parsed.events.string(row.locator),
                            url: parsed.events.string(row.url)))
                    takeBack()
                    merged += 1
                    continue
                }
            }
            if fact.keep {
                guard try session.insert(parsed.events, row: Int(fact.eventRow)) else {
                    takeBack()
                    duplicates += 1
                    continue
                }
                kept += 1
            }
            stored += 1
            if fact.aggregateSlot >= 0 { aggregated += 1 }
            if fact.countTotals >= 0 {
                countRows += 1
                countedEvents += Int64(parsed.countTotals[Int(fact.countTotals)].events)
            }
        }
        let datasets = parsed.datasets.map { run.datasetNumber($0) }
        for (index, key) in parsed.aggregateKeys.enumerated() {
            let totals = parsed.aggregateTotals[index]
            guard totals.events != 0 else { continue }
            run.pending[datasets[Int(parsed.aggregateDatasets[index])]][key, default: DyadDayTotals()].add(totals)
        }
        try record(rejections, path: context.path, quarantine: quarantine, run: &run)
        let read = Int64(parsed.rowsRead + parsed.preRejections.count)
        run.summary.read += read
        run.summary.stored += stored
        run.summary.aggregated += aggregated
        run.summary.kept += kept
        run.summary.countRows += countRows
        run.summary.countedEvents += countedEvents
        run.summary.emptyRows += Int64(parsed.emptyRows)
        if parsed.withoutGoldstein > 0 { run.withoutGoldstein[context.dataset, default: 0] += Int64(parsed.withoutGoldstein) }
        run.summary.duplicates += duplicates
        run.summary.merged += merged
        run.summary.nonState += Int64(parsed.nonState)
        run.summary.domestic += Int64(parsed.domestic)
        run.summary.bytes += Int64(parsed.length)
        for (name, count) in parsed.unknownCountries { run.summary.unknownCountries[name, default: 0] += Int64(count) }
        state.rowsRead += read
        state.rowsStored += stored
        state.rowsDuplicate += duplicates
        state.rowsMerged += merged
        state.rowsQuarantined += Int64(rejections.count)
        if parsed.length > 0 || parsed.endOffset > state.bytesDone {
            state.bytesDone = parsed.endOffset
            state.linesDone = lineBase - (parsed.unterminated ? 1 : 0)
            if parsed.length > 0 { state.tailCheck = parsed.tailCheck }
        }
    }

    /// The id of a candidate event: from its raw row when one was built, else from its key.
    private func eventID(_ fact: RowFacts, in parsed: ParsedChunk) -> String {
        if fact.eventRow >= 0, let id = parsed.events.string(parsed.events.rows[Int(fact.eventRow)].id) { return id }
        switch fact.namespace {
        case .gdelt1: return "gdelt:\(fact.key)"
        case .gdelt2: return "gdelt2:\(fact.key)"
        case .icews:
            let day = Day(ordinal: Int(fact.key >> 32) - (1 << 22))
            return "icews:\(fact.key & 0xFFFF_FFFF):\(day.iso)"
        case .idHash: return "id-hash:\(fact.key)"
        case .counts: return "counts:\(fact.key)"
        }
    }

    private func record(_ rejections: [Rejection], path: String, quarantine: QuarantineWriter?, run: inout RunState) throws {
        for rejection in rejections {
            run.summary.quarantined += 1
            run.summary.reasons[rejection.reason.rawValue, default: 0] += 1
            try quarantine?.write(rejection, in: path)
            run.rejected?(path, rejection)
        }
    }

    /// Writes the pending aggregates and commits everything up to `state.bytesDone`.
    private func checkpoint<Session: IngestSession>(
        _ state: inout IngestFileState, session: Session, quarantine: QuarantineWriter?, run: inout RunState
    ) throws {
        // The session takes the aggregates in the store's key order: dyad, dataset (by name), day. Packed keys sort by
        // state number (the codes' alphabetical order), then day; each dataset's keys are sorted alone (sorting the
        // keys alone: tuples with their totals are ten times the bytes to move), then walked a dyad at a time.
        let order = run.datasets.indices.filter { !run.pending[$0].isEmpty }.sorted { run.datasets[$0] < run.datasets[$1] }
        let keys = order.map { run.pending[$0].keys.sorted() }
        var next = [Int](repeating: 0, count: order.count)
        var dyad = UInt32.max
        var touched = (first: 0, last: 0, events: 0)
        while true {
            var smallest = UInt64.max
            for (index, sorted) in keys.enumerated() where next[index] < sorted.count {
                smallest = min(smallest, sorted[next[index]] >> AggregateKey.dayBits)
            }
            guard smallest != .max else { break }
            for (index, sorted) in keys.enumerated() {
                let dataset = run.datasets[order[index]]
                while next[index] < sorted.count, sorted[next[index]] >> AggregateKey.dayBits == smallest {
                    let packed = sorted[next[index]]
                    next[index] += 1
                    let totals = run.pending[order[index]][packed]!
                    guard totals.events != 0 else { continue }
                    let key = AggregateKey.unpack(packed)
                    let start = key.start.key
                    let end = key.end.key
                    session.add(
                        totals,
                        to: DyadDayKey(
                            source: states.codes[key.source], target: states.codes[key.target], dataset: dataset,
                            startDay: start, endDay: end))
                    let pair = UInt32(key.source) << 16 | UInt32(key.target)
                    if pair != dyad {
                        if dyad != .max { run.touch(dyad, touched) }
                        dyad = pair
                        touched = (start, end, 0)
                    }
                    touched = (min(touched.first, start), max(touched.last, end), touched.events + totals.events)
                }
            }
        }
        if dyad != .max { run.touch(dyad, touched) }
        for index in run.pending.indices { run.pending[index].removeAll(keepingCapacity: true) }
        quarantine?.synchronize()
        try session.checkpoint(state, quarantineBytes: quarantine?.size)
    }
}
