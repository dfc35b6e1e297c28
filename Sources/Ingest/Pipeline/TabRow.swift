import EntenteModel

/// A row of a tab-separated input (GDELT, ICEWS) being read: rejects it the way every tab reader says it, checks
/// what every such row must be before its fields are read, and reads the fields the readers share.
struct TabRow {
    let line: TabLine
    /// The row's line number within its chunk.
    let number: Int64
    /// True for the last line of a file that ends without a line end: its rejection says the file was cut.
    let unterminatedLast: Bool

    /// The row as its rejections see it: cut by the end of the file when it was.
    var rejecter: RowRejecter {
        RowRejecter(line: number, raw: line.raw, cut: unterminatedLast ? .fileEnd : nil, noun: "line")
    }

    /// Sends the row to quarantine with `reason` and `message` (`column` when one field is at fault).
    func reject(_ reason: RejectReason, column: Int?, _ message: String, into builder: inout ChunkBuilder) {
        rejecter.reject(reason, column: column, message, into: &builder)
    }

    /// Whether the row can be read as text: not longer than `maxLineBytes`, no NUL byte, valid UTF-8. A row that
    /// cannot is rejected.
    @inline(__always)
    func isText(maxLineBytes: Int, into builder: inout ChunkBuilder) -> Bool {
        if line.end - line.start <= maxLineBytes && !line.needsCheck { return true }  // most rows: no rejecter made
        return rejecter.isText(line.bytes, maxLineBytes: maxLineBytes, plain: !line.needsCheck, into: &builder)
    }

    /// The field names are made only for a rejection (`name` is evaluated then): rows that read cost nothing more.
    ///
    /// The event's id in field `column` (named `name`), a whole number below `limit`; nil after rejecting the row.
    @inline(__always)
    func eventID(_ column: Int, name: @autoclosure () -> String, below limit: UInt64 = .max, into builder: inout ChunkBuilder) -> UInt64? {
        let field = line.field(column)
        guard let id = Bytes.unsigned(field), id < limit else {
            reject(.badID, column: line.column(column), "\(name()): expected the event's id, a whole number, found '\(Rejection.shown(field))'", into: &builder)
            return nil
        }
        return id
    }

    /// How a reader's dates are written.
    enum DayForm {
        /// `YYYYMMDD` (GDELT).
        case compact
        /// `YYYY-MM-DD` (ICEWS).
        case iso
    }

    /// The day in field `column` (named `name`) as a day key; nil after rejecting the row.
    @inline(__always)
    func day(_ column: Int, name: @autoclosure () -> String, form: DayForm, into builder: inout ChunkBuilder) -> Int? {
        let field = line.field(column)
        let day = switch form {
        case .compact: Bytes.dayKey(compact: field)
        case .iso: Bytes.dayKey(iso: field)
        }
        guard let day else {
            let expected = form == .compact ? "YYYYMMDD" : "YYYY-MM-DD"
            reject(.badDate, column: line.column(column), "\(name()): expected a day as \(expected), found '\(Rejection.shown(field))'", into: &builder)
            return nil
        }
        return day
    }

    /// The Goldstein value in field `column` (named `name`), from -10 to 10; `eventCodeValue` (the event code's) when
    /// the field is empty; nil after rejecting the row.
    @inline(__always)
    func goldstein(_ column: Int, name: @autoclosure () -> String, eventCodeValue: Double, into builder: inout ChunkBuilder) -> Double? {
        let field = line.field(column)
        if field.isEmpty { return eventCodeValue }
        guard let value = Bytes.decimal(field), value >= -10, value <= 10 else {
            reject(.badNumber, column: line.column(column), "\(name()): expected a Goldstein value from -10 to 10, found '\(Rejection.shown(field))'", into: &builder)
            return nil
        }
        return value
    }

    /// The CAMEO event code in field `column` (named `name`) as an index of `codes`; nil after rejecting the row
    /// when it is malformed or unknown.
    @inline(__always)
    func eventCode(_ column: Int, name: @autoclosure () -> String, codes: EventCodeTable, into builder: inout ChunkBuilder) -> Int? {
        let field = line.field(column)
        switch codes.lookup(field) {
        case .code(let index): return index
        case .malformed:
            reject(.malformedEventCode, column: line.column(column), "\(name()): expected a CAMEO event code of 2–4 digits, found '\(Rejection.shown(field))'", into: &builder)
        case .unknown:
            reject(.unknownEventCode, column: line.column(column), "\(name()): '\(Rejection.shown(field))' is not a CAMEO event code", into: &builder)
        }
        return nil
    }
}

extension TabScanner {
    /// Reads a chunk of a tab-separated input: hands `read` each line that is not blank (nor the file's header, when
    /// it has one) as a row, counted in ``ParsedChunk/rowsRead``.
    @inline(__always)
    func parse(_ chunk: Chunk, context: ParseContext, header: Bool, _ read: (TabRow, inout ChunkBuilder) -> Void) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        var lineIndex = 0
        chunk.withBytes { bytes in
            scan(bytes) { line in
                lineIndex += 1
                if header && chunk.startOffset == 0 && lineIndex == 1 { return }  // the header
                if line.end == line.start { return }  // a blank line holds no row
                builder.result.rowsRead += 1
                let last = chunk.unterminated && line.newline == chunk.length - 1
                read(TabRow(line: line, number: Int64(lineIndex), unterminatedLast: last), &builder)
            }
        }
        builder.result.lineCount = lineIndex
        return builder.result
    }
}
