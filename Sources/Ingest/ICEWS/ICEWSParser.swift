import EntenteModel
import EntenteStore

/// Reads ICEWS event files as published on Dataverse: tab-separated with a header, `NA` for a missing value,
/// countries by name ("Russian Federation"), an event id unique only together with its date.
///
/// Columns are found by the header's names (``Layouts/icews``), so a file with its columns in another order
/// reads the same.
final class ICEWSParser: ChunkParser {
    struct Columns {
        let count: Int
        let id, date, sourceName, sourceCountry, text, code, intensity, targetName, targetCountry, story, sentence: Int
        let names: [String]

        func name(_ index: Int) -> String { "column \(index + 1) (\(names[index]))" }
    }

    let context: ParseContext
    let columns: Columns
    let scanner = TabScanner()
    /// A country name resolved: the state's number, and the historical state's code when the name is one.
    struct ResolvedState {
        let number: Int
        let historicalCode: String?
    }

    /// Country names already resolved; nil for a name of no state.
    private var countries: [[UInt8]: ResolvedState?] = [:]
    private static let missing = Array("NA".utf8)
    private static let idPrefix = Array("icews:".utf8)

    init(context: ParseContext) throws(HeaderError) {
        self.context = context
        var header = context.header[...]
        if header.starts(with: [0xEF, 0xBB, 0xBF]) { header = header.dropFirst(3) }
        if header.last == Bytes.carriageReturn { header = header.dropLast() }
        let names = header.split(separator: Bytes.tab, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        func index(_ name: String) throws(HeaderError) -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw HeaderError(message: "the header has no column '\(name)' (expected the ICEWS columns: \(Layouts.icews.columns.joined(separator: ", ")))")
            }
            return index
        }
        columns = Columns(
            count: names.count, id: try index("Event ID"), date: try index("Event Date"),
            sourceName: try index("Source Name"), sourceCountry: try index("Source Country"),
            text: try index("Event Text"), code: try index("CAMEO Code"), intensity: try index("Intensity"),
            targetName: try index("Target Name"), targetCountry: try index("Target Country"),
            story: try index("Story ID"), sentence: try index("Sentence Number"), names: names)
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        scanner.parse(chunk, context: context, header: true) { row, builder in read(row, into: &builder) }
    }

    @inline(__always)
    private static func value(_ field: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        if field.isEmpty || (field.count == 2 && field[0] == UInt8(ascii: "N") && field[1] == UInt8(ascii: "A")) { return nil }
        return field
    }

    private func state(_ field: UnsafeRawBufferPointer, builder: inout ChunkBuilder) -> ResolvedState? {
        guard let field = Self.value(field) else { return nil }
        let key = Array(field)
        if let known = countries[key] {
            if known == nil { builder.result.unknownCountries[String(decoding: key, as: UTF8.self), default: 0] += 1 }
            return known
        }
        let name = String(decoding: key, as: UTF8.self)
        var found: ResolvedState?
        if let resolution = CountryResolver.standard.resolve(name), let state = context.states.state(code: resolution.code) {
            found = ResolvedState(number: state.number, historicalCode: resolution.historical)
        }
        countries[key] = .some(found)
        if found == nil { builder.result.unknownCountries[name, default: 0] += 1 }
        return found
    }

    private func read(_ row: TabRow, into builder: inout ChunkBuilder) {
        let line = row.line
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            row.reject(reason, column: column, message, into: &builder)
        }
        guard row.isText(maxLineBytes: context.maxLineBytes, into: &builder) else { return }
        guard line.fieldCount == columns.count else {
            reject(.wrongColumnCount, column: line.column(whereCountBreaks: columns.count), "expected \(columns.count) tab-separated columns of \(context.format.title), found \(line.fieldCount)")
            return
        }
        guard let id = row.eventID(columns.id, name: columns.name(columns.id), below: 1 << 32, into: &builder),
            let day = row.day(columns.date, name: columns.name(columns.date), form: .iso, into: &builder)
        else { return }
        guard let code = row.eventCode(columns.code, name: columns.name(columns.code), codes: context.codes, into: &builder) else { return }
        var goldstein = context.codes.goldsteins[code]
        if let intensity = Self.value(line.field(columns.intensity)) {
            guard let value = Bytes.decimal(intensity), value >= -10, value <= 10 else {
                reject(.badNumber, column: line.column(columns.intensity), "\(columns.name(columns.intensity)): expected an intensity from -10 to 10, found '\(Rejection.shown(intensity))'")
                return
            }
            goldstein = value
        }
        let source = state(line.field(columns.sourceCountry), builder: &builder)
        let target = state(line.field(columns.targetCountry), builder: &builder)
        let (take, keep) = builder.classify(source: source?.number, target: target?.number)
        guard take, let source, let target else { return }
        let dayOrdinal = ordinal(ofDayKey: day)
        let key = KeyNamespace.icewsKey(id: id, dayOrdinal: dayOrdinal)
        var eventRow = -1
        if keep || builder.mergeDuplicates {
            eventRow = appendRow(line: line, number: row.number, day: day, code: code, goldstein: goldstein, source: source, target: target, into: &builder.result)
        }
        // ICEWS gives no source URL, so --merge-duplicates never merges its events.
        builder.add(
            namespace: .icews, key: key, source: source.number, target: target.number, startOrdinal: dayOrdinal,
            spanDays: 0, quadClass: context.codes.quadClasses[code], goldstein: goldstein, mentions: -1, sources: -1,
            articles: -1, mergeKey: 0, keep: keep, eventRow: eventRow)
    }

    private func appendRow(
        line: TabLine, number: Int64, day: Int, code: Int, goldstein: Double, source: ResolvedState,
        target: ResolvedState, into result: inout ParsedChunk
    ) -> Int {
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        let iso = Day(key: day).iso
        let id = result.events.append("icews:" + String(decoding: line.field(columns.id), as: UTF8.self) + ":" + iso)
        let sourceSpan = result.events.append(prefix: context.states.codeBytes[source.number], empty)
        let targetSpan = result.events.append(prefix: context.states.codeBytes[target.number], empty)
        let cameo = result.events.append(line.field(columns.code))
        let summary = Self.value(line.field(columns.text)).map { result.events.append($0) } ?? result.emptySpan
        var row = EventRow(
            id: id, startDay: Int32(day), endDay: Int32(day), precision: .day, source: sourceSpan, target: targetSpan,
            cameo: cameo, quadClass: context.codes.quadClasses[code], goldstein: goldstein, summary: summary,
            dataset: result.datasetSpan, issues: result.emptySpan)
        row.sourceName = Self.value(line.field(columns.sourceName)).map { result.events.append($0) } ?? .null
        row.targetName = Self.value(line.field(columns.targetName)).map { result.events.append($0) } ?? .null
        if let code = source.historicalCode { row.sourceHistorical = result.events.append(code) }
        if let code = target.historicalCode { row.targetHistorical = result.events.append(code) }
        row.document = result.documentSpan
        let story = Self.value(line.field(columns.story)).map { String(decoding: $0, as: UTF8.self) }
        let sentence = Self.value(line.field(columns.sentence)).map { String(decoding: $0, as: UTF8.self) }
        var locator = ""
        if let story { locator += ", story \(story)" }
        if let sentence { locator += ", sentence \(sentence)" }
        row.line = number
        if !locator.isEmpty { row.locator = result.events.append(locator) }
        return result.events.append(row: row)
    }
}
