import EntenteModel
import EntenteStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fields of one event of Entente's own files, as bytes, by their place in ``Event/CodingKeys``: what the CSV
/// and JSON Lines readers fill from a row, and ``EventFieldReader`` reads, without a `String` per field.
///
/// A field is absent when the row lacks it, leaves it empty or (JSON) gives `null`. One per parser thread, cleared
/// for each row; the bytes it points to live as long as the row's chunk and scratch space. Raw memory, so that
/// filling it pays no exclusivity or uniqueness checks.
final class EventFields {
    /// The number of fields: `Event.CodingKeys.allCases.count`, a literal so that the per-row loop over it reads no
    /// lazily made global (checked in `init`).
    static let count = 29

    /// Each field's bytes; `nil` when absent.
    let values: UnsafeMutablePointer<UnsafeRawBufferPointer?>
    /// Each field's 1-based byte column in its line, for messages.
    let columns: UnsafeMutablePointer<Int>

    init() {
        precondition(Key.followsCodingKeys, "EventFields.Key's places differ from Event.CodingKeys: mend them")
        values = .allocate(capacity: Self.count)
        values.initialize(repeating: nil, count: Self.count)
        columns = .allocate(capacity: Self.count)
        columns.initialize(repeating: 1, count: Self.count)
    }

    deinit {
        values.deallocate()
        columns.deallocate()
    }

    /// The place of each field in ``Event/CodingKeys``.
    ///
    /// Literals rather than `CodingKeys.allCases.firstIndex(of:)`: a static computed once is read through
    /// `swift_once` at each use on Linux — about 30 calls a row, 1 % of a JSON Lines load (`perf`). They are checked
    /// against the coding keys once per parser (``followsCodingKeys``) and in `EventFieldsTests`.
    enum Key {
        static let id = 0, date = 1, precision = 2
        static let source = 3, sourceSector = 4, sourceName = 5, sourceHistorical = 6
        static let target = 7, targetSector = 8, targetName = 9, targetHistorical = 10
        static let cameo = 11, quadClass = 13, goldstein = 14, magnitude = 15, magnitudeUnit = 16, summary = 17
        static let dataset = 18, document = 19, locator = 20, url = 21, issues = 23, reported = 24, hypothetical = 25
        static let mentions = 26, sources = 27, articles = 28

        static func index(_ key: Event.CodingKeys) -> Int { Event.CodingKeys.allCases.firstIndex(of: key)! }

        /// Whether every place above is its key's place in ``Event/CodingKeys``, and ``EventFields/count`` theirs.
        static var followsCodingKeys: Bool {
            let places: [(Event.CodingKeys, Int)] = [
                (.id, id), (.date, date), (.precision, precision), (.source, source), (.sourceSector, sourceSector),
                (.sourceName, sourceName), (.sourceHistorical, sourceHistorical), (.target, target),
                (.targetSector, targetSector), (.targetName, targetName), (.targetHistorical, targetHistorical),
                (.cameo, cameo), (.quadClass, quadClass), (.goldstein, goldstein), (.magnitude, magnitude),
                (.magnitudeUnit, magnitudeUnit), (.summary, summary), (.dataset, dataset), (.document, document),
                (.locator, locator), (.url, url), (.issues, issues), (.reported, reported), (.hypothetical, hypothetical),
                (.mentions, mentions), (.sources, sources), (.articles, articles),
            ]
            return Event.CodingKeys.allCases.count == EventFields.count && places.allSatisfy { index($0.0) == $0.1 }
        }

        /// The field a name (its bytes) is, nil for a name that is none (``EventFieldNames``).
        static func index(named name: UnsafeRawBufferPointer) -> Int? { EventFieldNames.standard.index(named: name) }
    }

    @inline(__always)
    func clear() {
        for index in 0..<Self.count { values[index] = nil }
    }

    @inline(__always)
    func set(_ index: Int, _ value: UnsafeRawBufferPointer, column: Int) {
        values[index] = value.isEmpty ? nil : value
        columns[index] = column
    }
}

/// A field of an event row that does not read: which one, and what was expected.
struct EventFieldFault: Error {
    /// Its place in ``Event/CodingKeys``.
    let field: Int
    let expected: String

    var name: String { Event.fieldNames[field] }

    /// The reason a rejection gives for it.
    var reason: RejectReason {
        switch field {
        case EventFields.Key.date, EventFields.Key.precision: .badDate
        case EventFields.Key.cameo, EventFields.Key.quadClass: .unknownEventCode
        case EventFields.Key.goldstein, EventFields.Key.magnitude, EventFields.Key.mentions, EventFields.Key.sources,
            EventFields.Key.articles:
            .badNumber
        case EventFields.Key.id: .badID
        default: .badField
        }
    }
}

/// Reads the event of an ``EventFields`` into a parsed chunk, as ``Event/init(fields:)`` reads its text fields —
/// the same checks, the same stored columns — straight from bytes: a row becomes a key, an aggregate share and (when
/// kept) an ``EventRow`` whose text is copied once, into the chunk's buffer.
///
/// Derived fields (`precision`, `quadClass`) are checked against the date and the code when present;
/// `rootCode` and `citation` are not read. An event's own `dataset` wins; one that names none gets the ingest's
/// (`--dataset`, else `entente`).
struct EventFieldReader {
    let context: ParseContext
    /// The dataset of events that name none.
    let defaultDataset: String
    /// The last dataset met, by its bytes: the next row's, nearly always.
    private var lastDataset: (bytes: [UInt8], number: Int, span: TextSpan)?
    private var lastChunk = -1

    init(context: ParseContext) {
        self.context = context
        defaultDataset = context.dataset
    }

    typealias Key = EventFields.Key

    /// Adds the row's event to `builder`; throws the first field that does not read (nothing is added then).
    mutating func add(_ fields: EventFields, into builder: inout ChunkBuilder) throws(EventFieldFault) {
        let values = fields.values
        func required(_ key: Int) throws(EventFieldFault) -> UnsafeRawBufferPointer {
            guard let value = values[key] else { throw EventFieldFault(field: key, expected: "a value") }
            return value
        }
        let idBytes = try required(Key.id)
        let dateBytes = try required(Key.date)
        guard let date = EntenteDate(dateBytes) else {
            throw EventFieldFault(field: Key.date, expected: EntenteDate.explain(dateBytes))
        }
        if let precision = values[Key.precision], !Self.isName(precision, of: date.precision) {
            throw EventFieldFault(
                field: Key.precision,
                expected: "'\(date.precision.rawValue)' for the date '\(Self.text(dateBytes))', got '\(Self.text(precision))'")
        }
        let cameoBytes = try required(Key.cameo)
        guard case .code(let code) = context.codes.lookup(cameoBytes) else {
            throw EventFieldFault(field: Key.cameo, expected: "a CAMEO event code, got '\(Self.text(cameoBytes))'")
        }
        let quadClass = context.codes.quadClasses[Int(code)]
        if let quad = values[Key.quadClass], !(quad.count == 1 && quad[0] == 48 + quadClass) {
            throw EventFieldFault(
                field: Key.quadClass, expected: "\(quadClass) for code \(Self.text(cameoBytes)), got '\(Self.text(quad))'")
        }
        var goldstein = context.codes.goldsteins[Int(code)]
        if let value = values[Key.goldstein] { goldstein = try Self.number(value, Key.goldstein) }
        var magnitude = Double.nan
        if let value = values[Key.magnitude] { magnitude = try Self.number(value, Key.magnitude) }
        let sourceBytes = try required(Key.source)
        let targetBytes = try required(Key.target)
        let reported = try Self.flag(values[Key.reported], Key.reported)
        let hypothetical = try Self.flag(values[Key.hypothetical], Key.hypothetical)
        let mentions = try Self.integer(values[Key.mentions], Key.mentions)
        let sources = try Self.integer(values[Key.sources], Key.sources)
        let articles = try Self.integer(values[Key.articles], Key.articles)

        let source = context.states.state(letters: sourceBytes)
        let target = context.states.state(letters: targetBytes)
        let (take, keep) = builder.classify(source: source?.number, target: target?.number)
        guard take, let source, let target else { return }
        let url = values[Key.url]
        var mergeKey: UInt64 = 0
        if builder.mergeDuplicates, let url, date.precision == .day {
            var hash = ByteHash()
            hash.add(UInt64(date.startKey))
            hash.add(UInt64(source.number) << 16 | UInt64(target.number))
            hash.add(cameoBytes)
            hash.add(UInt64(0x1F))
            hash.add(url)
            hash.add(UInt64(0x1F))
            mergeKey = hash.value == 0 ? 1 : hash.value
        }
        let datasetBytes = values[Key.dataset]
        let dataset = self.dataset(datasetBytes, builder: &builder)
        var eventRow = -1
        if keep || mergeKey != 0 {
            let events = { (bytes: UnsafeRawBufferPointer?, result: inout ParsedChunk) -> TextSpan in
                bytes.map { result.events.append($0) } ?? .null
            }
            var row = EventRow(
                id: builder.result.events.append(idBytes), startDay: Int32(date.startKey), endDay: Int32(date.endKey),
                precision: date.precision, source: builder.result.events.append(sourceBytes),
                target: builder.result.events.append(targetBytes), cameo: builder.result.events.append(cameoBytes),
                quadClass: quadClass, goldstein: goldstein,
                summary: values[Key.summary].map { builder.result.events.append($0) } ?? builder.result.emptySpan,
                dataset: dataset.span, issues: values[Key.issues].map { builder.result.events.append($0) } ?? builder.result.emptySpan)
            row.sourceSector = events(values[Key.sourceSector], &builder.result)
            row.sourceName = events(values[Key.sourceName], &builder.result)
            row.sourceHistorical = events(values[Key.sourceHistorical], &builder.result)
            row.targetSector = events(values[Key.targetSector], &builder.result)
            row.targetName = events(values[Key.targetName], &builder.result)
            row.targetHistorical = events(values[Key.targetHistorical], &builder.result)
            if !magnitude.isNaN {
                row.magnitude = magnitude
                row.magnitudeUnit = values[Key.magnitudeUnit].map { builder.result.events.append($0) } ?? builder.result.emptySpan
            }
            row.document = events(values[Key.document], &builder.result)
            row.locator = events(values[Key.locator], &builder.result)
            row.url = events(url, &builder.result)
            row.reported = reported
            row.hypothetical = hypothetical
            row.mentions = mentions
            row.sources = sources
            row.articles = articles
            eventRow = builder.result.events.append(row: row)
        }
        let (namespace, key) = EntenteEvents.key(of: idBytes)
        builder.add(
            namespace: namespace, key: key, source: source.number, target: target.number, startOrdinal: date.startOrdinal,
            spanDays: date.endOrdinal - date.startOrdinal, quadClass: quadClass, goldstein: goldstein, mentions: mentions,
            sources: sources, articles: articles, mergeKey: mergeKey, keep: keep, eventRow: eventRow, dataset: dataset.number)
    }

    /// The chunk's number and span of the row's dataset (the ingest's when the row names none).
    private mutating func dataset(_ bytes: UnsafeRawBufferPointer?, builder: inout ChunkBuilder) -> (number: Int, span: TextSpan) {
        if lastChunk != builder.result.sequence {
            lastChunk = builder.result.sequence
            lastDataset = nil
        }
        guard let bytes else {
            return (builder.datasetNumber(defaultDataset), builder.result.datasetSpan)
        }
        if let last = lastDataset, last.bytes.elementsEqual(bytes) { return (last.number, last.span) }
        let number = builder.datasetNumber(String(decoding: bytes, as: UTF8.self))
        let span = builder.result.events.append(bytes)
        lastDataset = (Array(bytes), number, span)
        return (number, span)
    }

    static func text(_ bytes: UnsafeRawBufferPointer) -> String { Rejection.shown(bytes) }

    /// Whether `bytes` are the name of `precision` (`day`, `month`, `year`, `years`), compared as bytes (once a row).
    @inline(__always)
    static func isName(_ bytes: UnsafeRawBufferPointer, of precision: EventDate.Precision) -> Bool {
        var name = precision.rawValue
        return name.withUTF8 { name in
            name.count == bytes.count && (name.count == 0 || memcmp(name.baseAddress!, bytes.baseAddress!, name.count) == 0)
        }
    }

    /// A finite number, as `Double(String)` reads it.
    @inline(__always)
    static func number(_ bytes: UnsafeRawBufferPointer, _ key: Int) throws(EventFieldFault) -> Double {
        guard let value = Bytes.decimal(bytes), value.isFinite else {
            throw EventFieldFault(field: key, expected: "a number, got '\(text(bytes))'")
        }
        return value
    }

    /// A whole number (clamped to 32 bits, as the store keeps counts), −1 when absent.
    @inline(__always)
    static func integer(_ bytes: UnsafeRawBufferPointer?, _ key: Int) throws(EventFieldFault) -> Int32 {
        guard let bytes else { return -1 }
        guard let value = Bytes.integer(bytes) else { throw EventFieldFault(field: key, expected: "a whole number, got '\(text(bytes))'") }
        return Int32(clamping: value)
    }

    static let trueWord = Array("true".utf8)
    static let falseWord = Array("false".utf8)

    /// `true`/`1` or `false`/`0` (any case); absent is false.
    @inline(__always)
    static func flag(_ bytes: UnsafeRawBufferPointer?, _ key: Int) throws(EventFieldFault) -> Bool {
        guard let bytes else { return false }
        if bytes.count == 1 && (bytes[0] == 48 || bytes[0] == 49) { return bytes[0] == 49 }
        if Bytes.equalsIgnoringCase(bytes, Self.trueWord) { return true }
        if Bytes.equalsIgnoringCase(bytes, Self.falseWord) { return false }
        throw EventFieldFault(field: key, expected: "true or false, got '\(text(bytes))'")
    }
}

/// An event's date read from bytes in the forms ``EventDate/text`` writes (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYYs`,
/// `YYYY/YYYY`), as ``EventDate/init(parsing:)`` reads them.
struct EntenteDate {
    let startKey: Int
    let endKey: Int
    let startOrdinal: Int
    let endOrdinal: Int
    let precision: EventDate.Precision

    init?(_ bytes: UnsafeRawBufferPointer) {
        /// 1–4 digits.
        func number(_ from: Int, _ to: Int) -> Int? {
            guard to > from, to - from <= 4 else { return nil }
            var value = 0
            for index in from..<to {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0 && digit < 10 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        let count = bytes.count
        if count == 10, bytes[4] == 45, bytes[7] == 45, let year = number(0, 4), let month = number(5, 7), let day = number(8, 10) {
            let key = year * 10_000 + month * 100 + day
            guard Bytes.isCalendarDay(key) else { return nil }
            self.init(start: key, end: key, precision: .day)
            return
        }
        if count == 7, bytes[4] == 45, let year = number(0, 4), let month = number(5, 7) {
            guard month >= 1 && month <= 12 else { return nil }
            self.init(start: year * 10_000 + month * 100 + 1, end: year * 10_000 + month * 100 + Day.daysIn(month: month, year: year), precision: .month)
            return
        }
        if count == 4, let year = number(0, 4) {
            self.init(start: year * 10_000 + 101, end: year * 10_000 + 1231, precision: .year)
            return
        }
        if count == 5, bytes[4] == UInt8(ascii: "s"), let year = number(0, 4), year % 10 == 0 {
            self.init(start: year * 10_000 + 101, end: (year + 9) * 10_000 + 1231, precision: .years)
            return
        }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")), let first = number(0, slash), let last = number(slash + 1, count), last >= first {
            self.init(start: first * 10_000 + 101, end: last * 10_000 + 1231, precision: first == last ? .year : .years)
            return
        }
        return nil
    }

    private init(start: Int, end: Int, precision: EventDate.Precision) {
        startKey = start
        endKey = end
        startOrdinal = ordinal(ofDayKey: start)
        endOrdinal = ordinal(ofDayKey: end)
        self.precision = precision
    }

    /// Why `bytes` is not a date, as ``EventDate/init(parsing:)`` says it.
    static func explain(_ bytes: UnsafeRawBufferPointer) -> String {
        do {
            _ = try EventDate(parsing: String(decoding: bytes, as: UTF8.self))
            return "a date"
        } catch {
            return error.expected
        }
    }
}
