import EntenteModel
import EntenteStore

/// Reads GDELT 1.0's reduced historical files (1979–2013; ``Layouts/gdelt1Reduced``): tab-separated with a header,
/// each row a day, a source and a target CAMEO actor code, an event code, how many events of it (NumEvents) and in how
/// many articles (NumArts), its quad class and Goldstein value. A row may stop after its last non-empty field.
///
/// Each row is NumEvents events of its QuadClass on its day: one aggregate (Goldstein sum NumEvents × Goldstein,
/// articles NumArts), never events. An actor is a state when its code begins with a state's three letters (`FRA`,
/// `FRAGOV`); region and sector codes (`AFR`, `GOV`) are non-state. Columns are found by the header's names.
final class GDELTReducedParser: ChunkParser {
    struct Columns {
        let count: Int
        let date, source, target, code, events, quadClass, goldstein: Int
        let articles: Int?
        /// The fields a row must have: through the last column read.
        let needed: Int
        let names: [String]

        func name(_ index: Int) -> String { "column \(index + 1) (\(names[index]))" }
    }

    let context: ParseContext
    let columns: Columns
    private let scanner = TabScanner()

    init(context: ParseContext) throws(HeaderError) {
        self.context = context
        var header = context.header[...]
        if header.last == Bytes.carriageReturn { header = header.dropLast() }
        let names = header.split(separator: Bytes.tab, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        func index(_ name: String) throws(HeaderError) -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw HeaderError(message: "the header has no column '\(name)' (expected GDELT 1.0's reduced columns: \(Layouts.gdelt1Reduced.columns.joined(separator: ", ")))")
            }
            return index
        }
        guard names.count <= TabScanner.capacity else {
            throw HeaderError(message: "expected GDELT 1.0's reduced columns (\(Layouts.gdelt1Reduced.columns.count)), found \(names.count)")
        }
        let date = try index("Date"), source = try index("Source"), target = try index("Target")
        let code = try index("CAMEOCode"), events = try index("NumEvents"), quadClass = try index("QuadClass")
        let goldstein = try index("Goldstein")
        let articles = names.firstIndex(of: "NumArts")
        columns = Columns(
            count: names.count, date: date, source: source, target: target, code: code, events: events,
            quadClass: quadClass, goldstein: goldstein, articles: articles,
            needed: [date, source, target, code, events, quadClass, goldstein, articles ?? 0].max()! + 1, names: names)
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        scanner.parse(chunk, context: context, header: true) { row, builder in read(row, into: &builder) }
    }

    private func read(_ row: TabRow, into builder: inout ChunkBuilder) {
        let line = row.line
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            row.reject(reason, column: column, message, into: &builder)
        }
        guard row.isText(maxLineBytes: context.maxLineBytes, into: &builder) else { return }
        guard line.fieldCount >= columns.needed, line.fieldCount <= columns.count else {
            reject(
                .wrongColumnCount, column: line.column(whereCountBreaks: line.fieldCount > columns.count ? columns.count : columns.needed),
                "expected \(columns.needed) to \(columns.count) tab-separated columns of \(context.format.title) (a row may leave out its empty last fields), found \(line.fieldCount)")
            return
        }
        guard let day = row.day(columns.date, name: columns.name(columns.date), form: .compact, into: &builder),
            let code = row.eventCode(columns.code, name: columns.name(columns.code), codes: context.codes, into: &builder)
        else { return }
        let eventsField = line.field(columns.events)
        guard let events = Bytes.unsigned(eventsField), events < 1 << 40 else {
            reject(.badNumber, column: line.column(columns.events), "\(columns.name(columns.events)): expected a count of events, a whole number ≥ 0, found '\(Rejection.shown(eventsField))'")
            return
        }
        var articles: UInt64 = 0
        if let column = columns.articles, column < line.fieldCount {
            let field = line.field(column)
            if !field.isEmpty {
                guard let value = Bytes.unsigned(field), value < 1 << 40 else {
                    reject(.badNumber, column: line.column(column), "\(columns.name(column)): expected a count of articles, a whole number ≥ 0, found '\(Rejection.shown(field))'")
                    return
                }
                articles = value
            }
        }
        let quadField = line.field(columns.quadClass)
        guard quadField.count == 1, quadField[0] >= UInt8(ascii: "1"), quadField[0] <= UInt8(ascii: "4") else {
            reject(.badNumber, column: line.column(columns.quadClass), "\(columns.name(columns.quadClass)): expected a quad class, 1 to 4, found '\(Rejection.shown(quadField))'")
            return
        }
        guard let goldstein = row.goldstein(
            columns.goldstein, name: columns.name(columns.goldstein), eventCodeValue: context.codes.goldsteins[code], into: &builder)
        else { return }
        if events == 0 {
            builder.result.emptyRows += 1
            return
        }
        let sourceCode = line.field(columns.source)
        let targetCode = line.field(columns.target)
        let source = Self.state(sourceCode, context.states)
        let target = Self.state(targetCode, context.states)
        guard builder.classifyCounts(source: source, target: target), let source, let target else { return }
        var totals = DyadDayTotals()
        totals.events = Int(events)
        switch quadField[0] {
        case UInt8(ascii: "1"): totals.q1 = Int(events)
        case UInt8(ascii: "2"): totals.q2 = Int(events)
        case UInt8(ascii: "3"): totals.q3 = Int(events)
        default: totals.q4 = Int(events)
        }
        totals.goldsteinSum = Double(events) * goldstein
        totals.articles = Int(articles)
        let dayOrdinal = ordinal(ofDayKey: day)
        builder.add(
            counts: totals,
            key: CountsKey.reduced(source: sourceCode, target: targetCode, code: line.field(columns.code), dayOrdinal: dayOrdinal),
            source: source, target: target, startOrdinal: dayOrdinal, spanDays: 0)
    }

    /// The state a CAMEO actor code begins with: `FRA` of `FRAGOV`; nil for a code that begins with none (`AFR`,
    /// `GOV`, `IGOUNO`).
    @inline(__always)
    static func state(_ code: UnsafeRawBufferPointer, _ states: StateTable) -> Int? {
        guard code.count >= 3 else { return nil }
        return states.state(letters: UnsafeRawBufferPointer(rebasing: code[0..<3]))?.number
    }
}
