import EntenteModel
import EntenteStore

/// Reads GDELT 1.0 and 2.0 event exports: tab-separated, no header, the layout decided per row by its column
/// count (GDELT 1.0 files mix the 57-column history layout with the 58-column daily one).
///
/// It checks what it uses: the id, the date, the event code, the country codes, the Goldstein value and the
/// counts; the geography and tone columns are carried by no event and left unread.
final class GDELTParser: ChunkParser {
    /// The positions this parser reads, from one layout: plain integers, so that taking a row's layout copies no
    /// reference (a retain and release a row, ~5 % of parsing when the layout itself was held here).
    struct Columns {
        /// The layout's place in ``GDELTParser/layouts``.
        let layout: Int
        let id, date, eventCode, goldstein, mentions, sources, articles: Int
        let actor1Code, actor1Name, actor1Country, actor2Code, actor2Name, actor2Country: Int
        let url: Int?

        init(_ layout: ColumnLayout, number: Int) {
            self.layout = number
            id = layout.column("GLOBALEVENTID")
            date = layout.column("SQLDATE")
            eventCode = layout.column("EventCode")
            goldstein = layout.column("GoldsteinScale")
            mentions = layout.column("NumMentions")
            sources = layout.column("NumSources")
            articles = layout.column("NumArticles")
            actor1Code = layout.column("Actor1Code")
            actor1Name = layout.column("Actor1Name")
            actor1Country = layout.column("Actor1CountryCode")
            actor2Code = layout.column("Actor2Code")
            actor2Name = layout.column("Actor2Name")
            actor2Country = layout.column("Actor2CountryCode")
            url = layout.columnIfPresent("SOURCEURL")
        }
    }

    /// How a rejection names a column: "column 2 (SQLDATE)".
    func name(_ columns: Columns, _ index: Int) -> String { "column \(index + 1) (\(layouts[columns.layout].columns[index]))" }

    let context: ParseContext
    let namespace: KeyNamespace
    let layouts: [ColumnLayout]
    /// Layouts by column count (nil for a count no layout has).
    let byCount: [Columns?]
    let expectedCounts: String
    let idPrefix: [UInt8]
    let scanner = TabScanner()

    init(context: ParseContext) {
        self.context = context
        let layouts = Layouts.tabLayouts(for: context.format)
        var byCount = [Columns?](repeating: nil, count: TabScanner.capacity + 2)
        for (number, layout) in layouts.enumerated() { byCount[layout.columns.count] = Columns(layout, number: number) }
        self.layouts = layouts
        self.byCount = byCount
        expectedCounts = layouts.map { String($0.columns.count) }.joined(separator: " or ")
        namespace = context.format == .gdelt2 ? .gdelt2 : .gdelt1
        idPrefix = Array((context.format == .gdelt2 ? "gdelt2:" : "gdelt:").utf8)
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        scanner.parse(chunk, context: context, header: false) { row, builder in read(row, into: &builder) }
    }

    @inline(__always)
    private func read(_ row: TabRow, into builder: inout ChunkBuilder) {
        let line = row.line
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            row.reject(reason, column: column, message, into: &builder)
        }
        guard row.isText(maxLineBytes: context.maxLineBytes, into: &builder) else { return }
        guard let columns = byCount[min(line.fieldCount, TabScanner.capacity + 1)] else {
            let column = line.fieldCount > TabScanner.capacity ? nil : line.end - line.start + 1
            reject(.wrongColumnCount, column: column, "expected \(expectedCounts) tab-separated columns of \(context.format.title), found \(line.fieldCount)")
            return
        }
        guard let id = row.eventID(columns.id, name: name(columns, columns.id), into: &builder),
            let day = row.day(columns.date, name: name(columns, columns.date), form: .compact, into: &builder)
        else { return }
        guard let code = row.eventCode(columns.eventCode, name: name(columns, columns.eventCode), codes: context.codes, into: &builder) else { return }
        guard let goldstein = row.goldstein(
            columns.goldstein, name: name(columns, columns.goldstein), eventCodeValue: context.codes.goldsteins[code], into: &builder)
        else { return }
        /// A count column: −1 when empty, nil (after rejecting the row) when not a count.
        func count(_ column: Int) -> Int32? {
            let field = line.field(column)
            if field.isEmpty { return -1 }
            guard let value = Bytes.unsigned(field), value <= UInt64(Int32.max) else {
                reject(.badNumber, column: line.column(column), "\(name(columns, column)): expected a count, found '\(Rejection.shown(field))'")
                return nil
            }
            return Int32(value)
        }
        guard let mentions = count(columns.mentions), let sources = count(columns.sources),
            let articles = count(columns.articles)
        else { return }
        let counts = (mentions, sources, articles)
        let source = context.states.state(letters: line.field(columns.actor1Country))
        let target = context.states.state(letters: line.field(columns.actor2Country))
        let (take, keep) = builder.classify(source: source?.number, target: target?.number)
        guard take, let source, let target else { return }
        let urlField = columns.url.map { line.field($0) }
        var mergeKey: UInt64 = 0
        if builder.mergeDuplicates, let urlField, !urlField.isEmpty {
            var hash = ByteHash()
            hash.add(UInt64(day))
            hash.add(UInt64(source.number) << 16 | UInt64(target.number))
            hash.add(line.field(columns.eventCode))
            hash.add(urlField)
            mergeKey = hash.value == 0 ? 1 : hash.value
        }
        var eventRow = -1
        if keep || mergeKey != 0 {
            eventRow = appendRow(
                line: line, number: row.number, columns: columns, day: day, code: code, goldstein: goldstein,
                counts: counts, source: source, target: target, url: urlField, into: &builder.result)
        }
        let dayOrdinal = ordinal(ofDayKey: day)
        builder.add(
            namespace: namespace, key: id, source: source.number, target: target.number, startOrdinal: dayOrdinal,
            spanDays: 0, quadClass: context.codes.quadClasses[code], goldstein: goldstein, mentions: counts.0,
            sources: counts.1, articles: counts.2, mergeKey: mergeKey, keep: keep, eventRow: eventRow)
    }

    /// The raw event of a row, as spans of the chunk's event buffer.
    private func appendRow(
        line: TabLine, number: Int64, columns: Columns, day: Int, code: Int, goldstein: Double,
        counts: (Int32, Int32, Int32), source: (number: Int, historical: Bool), target: (number: Int, historical: Bool),
        url: UnsafeRawBufferPointer?, into result: inout ParsedChunk
    ) -> Int {
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        let id = result.events.append(prefix: idPrefix, line.field(columns.id))
        let sourceSpan = result.events.append(prefix: context.states.codeBytes[source.number], empty)
        let targetSpan = result.events.append(prefix: context.states.codeBytes[target.number], empty)
        let cameo = result.events.append(line.field(columns.eventCode))
        var row = EventRow(
            id: id, startDay: Int32(day), endDay: Int32(day), precision: .day, source: sourceSpan, target: targetSpan,
            cameo: cameo, quadClass: context.codes.quadClasses[code], goldstein: goldstein, summary: result.emptySpan,
            dataset: result.datasetSpan, issues: result.emptySpan)
        row.sourceSector = sector(code: line.field(columns.actor1Code), country: line.field(columns.actor1Country), into: &result)
        row.targetSector = sector(code: line.field(columns.actor2Code), country: line.field(columns.actor2Country), into: &result)
        row.sourceName = optional(line.field(columns.actor1Name), into: &result)
        row.targetName = optional(line.field(columns.actor2Name), into: &result)
        if source.historical { row.sourceHistorical = result.events.append(line.field(columns.actor1Country)) }
        if target.historical { row.targetHistorical = result.events.append(line.field(columns.actor2Country)) }
        row.document = result.documentSpan
        row.line = number
        if let url { row.url = optional(url, into: &result) }
        row.mentions = counts.0
        row.sources = counts.1
        row.articles = counts.2
        return result.events.append(row: row)
    }

    /// CAMEO's actor code after the country: `GOV` of `RUSGOV`; none when the code adds nothing.
    private func sector(code: UnsafeRawBufferPointer, country: UnsafeRawBufferPointer, into result: inout ParsedChunk) -> TextSpan {
        guard code.count > country.count, country.count == 3, code.starts(with: country) else { return .null }
        return result.events.append(UnsafeRawBufferPointer(rebasing: code[3...]))
    }

    private func optional(_ field: UnsafeRawBufferPointer, into result: inout ParsedChunk) -> TextSpan {
        field.isEmpty ? .null : result.events.append(field)
    }
}
