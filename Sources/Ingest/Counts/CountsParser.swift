import EntenteModel
import EntenteStore

/// Reads tables of event counts per directed pair of states and period (``CountsLayout``): each row becomes one
/// aggregate of its pair over its period's days — a year's row spans 1 January to 31 December, never pinned to a
/// day — and never an event.
///
/// States are codes or names (``StateNames``): the code column wins when it names a state; the name column
/// (`sourceName`, `targetName`) is read when the code is empty or names none. A row whose four counts are all 0 adds
/// nothing (``IngestSummary/emptyRows``). A row that leaves a side's code and name both empty is quarantined; one
/// that names something not a state is counted as non-state, with what it named. Counts must be whole numbers ≥ 0 (`12.0` is 12); an empty count, or `NA`,
/// is 0. A Goldstein column is the sum over the row's events, within ±10 times its events; a row without one (no such
/// column, or the cell empty) adds 0 to the Goldstein sums and marks its dataset as one whose Goldstein means are
/// unknown (``DatasetMetadata``), never 0. An `events` column, when there is one, must be the sum of the four counts.
final class CountsParser: ChunkParser {
    let context: ParseContext
    let layout: CountsLayout
    private let scanner: CSVScanner
    private let names: StateNames
    private let countColumns: [Int]

    init(context: ParseContext) throws(HeaderError) {
        self.context = context
        let layout = try CountsLayout(header: context.header)
        self.layout = layout
        scanner = CSVScanner(separator: layout.separator)
        names = StateNames(states: context.states)
        countColumns = CountsLayout.Role.counts.map { layout[$0]! }
    }

    func parse(_ chunk: Chunk) -> ParsedChunk {
        scanner.parse(chunk, context: context, noun: "row") { row, builder in read(row, into: &builder) }
    }

    /// A fault of one field: its column (0-based) and what was expected.
    private struct Fault: Error {
        let reason: RejectReason
        let column: Int
        let message: String
    }

    private func read(_ row: CSVRow, into builder: inout ChunkBuilder) {
        let record = row.record
        func reject(_ reason: RejectReason, column: Int?, _ message: String) {
            row.reject(reason, column: column, message, into: &builder)
        }
        guard row.isText(maxLineBytes: context.maxLineBytes, into: &builder) else { return }
        guard record.fieldCount == layout.names.count, !record.openQuote else {
            let separator = layout.separator == Bytes.tab ? "tab" : "comma"
            reject(.wrongColumnCount, column: record.column(whereCountBreaks: layout.names.count), "expected \(layout.names.count) \(separator)-separated fields as the header names, found \(record.fieldCount)")
            return
        }
        let period: (start: Int, end: Int)
        var totals = DyadDayTotals()
        let goldstein: Double?
        do {
            period = try self.period(record)
            totals.q1 = try count(record, countColumns[0])
            totals.q2 = try count(record, countColumns[1])
            totals.q3 = try count(record, countColumns[2])
            totals.q4 = try count(record, countColumns[3])
            totals.events = totals.q1 + totals.q2 + totals.q3 + totals.q4
            if let column = layout[.goldstein] { goldstein = try self.goldstein(record, column, events: totals.events) } else { goldstein = nil }
            totals.goldsteinSum = goldstein ?? 0
            if let column = layout[.events] { try check(record, column, events: totals.events) }
        } catch {
            reject(error.reason, column: record.column(error.column), "\(layout.name(error.column)): \(error.message)")
            return
        }
        if totals.events == 0 {
            builder.result.emptyRows += 1
            return
        }
        // A table of pairs of states names both: a side left empty is a fault of the row, not an actor of no state.
        for (code, name) in [(layout[.source]!, layout[.sourceName]), (layout[.target]!, layout[.targetName])]
        where record.field(code).isEmpty && (name.map { record.field($0).isEmpty } ?? true) {
            let names = name.map { "\(layout.name(code)) or \(layout.name($0))" } ?? layout.name(code)
            reject(.badField, column: record.column(code), "\(names): expected a state's code or name, found an empty field")
            return
        }
        let source = state(record, code: layout[.source]!, name: layout[.sourceName], builder: &builder)
        let target = state(record, code: layout[.target]!, name: layout[.targetName], builder: &builder)
        guard builder.classifyCounts(source: source?.number, target: target?.number), let source, let target else { return }
        if goldstein == nil { builder.result.withoutGoldstein += 1 }
        let startOrdinal = ordinal(ofDayKey: period.start)
        builder.add(
            counts: totals,
            key: CountsKey.table(source: source, target: target, startDay: period.start, endDay: period.end, states: context.states),
            source: source.number, target: target.number, startOrdinal: startOrdinal,
            spanDays: ordinal(ofDayKey: period.end) - startOrdinal)
    }

    /// The state of the code column, else of the name column; notes a text that names no state.
    private func state(_ record: CSVRecord, code: Int, name: Int?, builder: inout ChunkBuilder) -> (number: Int, historical: Bool)? {
        let codeField = record.field(code)
        if let state = names.state(codeField) { return state }
        if let name {
            let nameField = record.field(name)
            if let state = names.state(nameField) { return state }
            if !nameField.isEmpty {
                builder.result.unknownCountries[String(decoding: nameField, as: UTF8.self), default: 0] += 1
                return nil
            }
        }
        if !codeField.isEmpty { builder.result.unknownCountries[String(decoding: codeField, as: UTF8.self), default: 0] += 1 }
        return nil
    }

    // MARK: - Fields

    /// The first and last day (YYYYMMDD keys) of the row's period.
    private func period(_ record: CSVRecord) throws(Fault) -> (start: Int, end: Int) {
        func fault(_ column: Int, _ expected: String) -> Fault {
            Fault(reason: .badDate, column: column, message: "expected \(expected), found '\(Rejection.shown(record.field(column)))'")
        }
        switch layout.dating {
        case .days(let startColumn, let endColumn):
            guard let start = CountsDates.day(record.field(startColumn)) else { throw fault(startColumn, "a day as YYYY-MM-DD or YYYYMMDD") }
            guard let end = CountsDates.day(record.field(endColumn)) else { throw fault(endColumn, "a day as YYYY-MM-DD or YYYYMMDD") }
            guard end >= start else { throw fault(endColumn, "a day no earlier than the start, \(Day(key: start).iso)") }
            return (start, end)
        case .date(let column):
            guard let day = CountsDates.day(record.field(column)) else { throw fault(column, "a day as YYYY-MM-DD or YYYYMMDD") }
            return (day, day)
        case .period(let column):
            guard let period = CountsDates.period(record.field(column)) else {
                throw fault(column, "a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
            }
            return period
        case .month(let column, let yearColumn):
            if let yearColumn, let year = CountsDates.year(record.field(yearColumn)),
                let month = CountsDates.monthNumber(record.field(column))
            {
                return CountsDates.month(year: year, month: month)
            }
            guard let period = CountsDates.month(record.field(column)) else {
                if let yearColumn, CountsDates.year(record.field(yearColumn)) == nil {
                    throw fault(yearColumn, "a year as YYYY")
                }
                throw fault(column, yearColumn == nil ? "a month as YYYY-MM or YYYYMM" : "a month as 1–12, YYYY-MM or YYYYMM")
            }
            return period
        case .year(let column):
            guard let year = CountsDates.year(record.field(column)) else { throw fault(column, "a year as YYYY") }
            return (year * 10_000 + 101, year * 10_000 + 1231)
        }
    }

    /// `NA`, folded.
    private static let notAvailable = Array("na".utf8)

    /// A count: a whole number ≥ 0 (`12.0` reads as 12); empty and `NA` are 0.
    private func count(_ record: CSVRecord, _ column: Int) throws(Fault) -> Int {
        let field = record.field(column)
        if field.isEmpty || Bytes.equalsIgnoringCase(field, Self.notAvailable) { return 0 }
        if let value = Bytes.unsigned(field), value < 1 << 40 { return Int(value) }
        if let value = Bytes.decimal(field), value >= 0, value < Double(1 << 40), value == value.rounded() { return Int(value) }
        let hint = Bytes.decimal(field).map { $0 < 0 ? " (a negative count)" : " (a fraction of an event)" } ?? ""
        throw Fault(reason: .badNumber, column: column, message: "expected a count of events, a whole number ≥ 0, found '\(Rejection.shown(field))'\(hint)")
    }

    /// The Goldstein sum of the row's events: within ±10 per event; nil when the cell is empty.
    private func goldstein(_ record: CSVRecord, _ column: Int, events: Int) throws(Fault) -> Double? {
        let field = record.field(column)
        if field.isEmpty { return nil }
        guard let value = Bytes.decimal(field), value.isFinite else {
            throw Fault(reason: .badNumber, column: column, message: "expected the Goldstein sum of the row's events, a number, found '\(Rejection.shown(field))'")
        }
        let limit = 10 * Double(events)
        guard abs(value) <= limit + 1e-9 * max(1, limit) else {
            throw Fault(
                reason: .badNumber, column: column,
                message: "expected the Goldstein sum of the row's \(events == 1 ? "event" : "\(events) events"), from \(-10 * events) to \(10 * events), found '\(Rejection.shown(field))'")
        }
        return value
    }

    /// An `events` column agrees with the counts.
    private func check(_ record: CSVRecord, _ column: Int, events: Int) throws(Fault) {
        let field = record.field(column)
        if field.isEmpty { return }
        guard let value = Bytes.decimal(field), abs(value - Double(events)) <= 1e-9 * max(1, Double(events)) else {
            throw Fault(
                reason: .badNumber, column: column,
                message: "expected the sum of the four counts, \(events), found '\(Rejection.shown(field))'")
        }
    }
}

/// The forms of dates a counts table writes, read from bytes into YYYYMMDD keys.
enum CountsDates {
    /// `YYYY`.
    static func year(_ field: UnsafeRawBufferPointer) -> Int? {
        guard field.count == 4, let year = Bytes.unsigned(field), year >= 1 else { return nil }
        return Int(year)
    }

    /// `YYYY-MM-DD` or `YYYYMMDD`.
    static func day(_ field: UnsafeRawBufferPointer) -> Int? {
        Bytes.dayKey(iso: field) ?? Bytes.dayKey(compact: field)
    }

    /// The first and last day of a month.
    static func month(year: Int, month: Int) -> (start: Int, end: Int) {
        (year * 10_000 + month * 100 + 1, year * 10_000 + month * 100 + Day.daysIn(month: month, year: year))
    }

    /// A month's number, `1`–`12` (or `01`).
    static func monthNumber(_ field: UnsafeRawBufferPointer) -> Int? {
        guard field.count <= 2, let month = Bytes.unsigned(field), month >= 1, month <= 12 else { return nil }
        return Int(month)
    }

    /// `YYYY-MM` or `YYYYMM`.
    static func month(_ field: UnsafeRawBufferPointer) -> (start: Int, end: Int)? {
        let yearPart: UnsafeRawBufferPointer
        let monthPart: UnsafeRawBufferPointer
        if field.count == 7, field[4] == UInt8(ascii: "-") {
            yearPart = UnsafeRawBufferPointer(rebasing: field[0..<4])
            monthPart = UnsafeRawBufferPointer(rebasing: field[5..<7])
        } else if field.count == 6 {
            yearPart = UnsafeRawBufferPointer(rebasing: field[0..<4])
            monthPart = UnsafeRawBufferPointer(rebasing: field[4..<6])
        } else {
            return nil
        }
        guard let year = year(yearPart), monthPart.count == 2, let month = monthNumber(monthPart) else { return nil }
        return self.month(year: year, month: month)
    }

    /// `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`: what `entente dyad` writes for a period, or a day.
    static func period(_ field: UnsafeRawBufferPointer) -> (start: Int, end: Int)? {
        if let year = year(field) { return (year * 10_000 + 101, year * 10_000 + 1231) }
        if field.count == 7, field[4] == UInt8(ascii: "-"), field[5] | 0x20 == UInt8(ascii: "q"),
            let year = year(UnsafeRawBufferPointer(rebasing: field[0..<4])), field[6] >= UInt8(ascii: "1"), field[6] <= UInt8(ascii: "4")
        {
            let quarter = Int(field[6]) - 48
            return (month(year: year, month: quarter * 3 - 2).start, month(year: year, month: quarter * 3).end)
        }
        if field.count == 7, let month = month(field) { return month }
        if let day = Bytes.dayKey(iso: field) { return (day, day) }
        return nil
    }
}
