/// A record of a comma- (or tab-) separated input with a header (counts tables, Entente's CSV) being read: rejects it
/// the way every such reader says it, and checks what every such record must be before its fields are read.
struct CSVRow {
    let record: CSVRecord
    /// True for the last record of a file that ends without a line end: its rejection says the file was cut.
    let unterminatedLast: Bool
    /// What the reader's messages call a record: "row" (counts tables), "record" (Entente's CSV).
    let noun: String

    /// The record as its rejections see it: cut by the end of the file, or by a quote never closed, when it was.
    var rejecter: RowRejecter {
        let cut: RowRejecter.Cut? = record.openQuote ? .openQuote : unterminatedLast ? .fileEnd : nil
        return RowRejecter(line: Int64(record.line), raw: record.raw, cut: cut, noun: noun)
    }

    /// Sends the record to quarantine with `reason` and `message` (`column` when one field is at fault); a record cut
    /// by the end of the file, or by a quote never closed, is rejected as such.
    func reject(_ reason: RejectReason, column: Int?, _ message: String, into builder: inout ChunkBuilder) {
        rejecter.reject(reason, column: column, message, into: &builder)
    }

    /// Whether the record can be read as text: not longer than `maxLineBytes`, no NUL byte, valid UTF-8. A record
    /// that cannot is rejected.
    func isText(maxLineBytes: Int, into builder: inout ChunkBuilder) -> Bool {
        rejecter.isText(record.raw, maxLineBytes: maxLineBytes, plain: Bytes.isPlainText(record.raw), into: &builder)
    }
}

extension CSVScanner {
    /// Reads a chunk of an input whose first line is a header: hands `read` each record after the header that is not
    /// a blank line, counted in ``ParsedChunk/rowsRead``.
    func parse(_ chunk: Chunk, context: ParseContext, noun: String, _ read: (CSVRow, inout ChunkBuilder) -> Void) -> ParsedChunk {
        var builder = ChunkBuilder(chunk: chunk, context: context)
        chunk.withBytes { bytes in
            builder.result.lineCount = Bytes.count(Bytes.newline, in: bytes)
            scan(bytes) { record in
                if chunk.startOffset == 0 && record.line == 1 { return }  // the header
                if record.isBlank { return }
                builder.result.rowsRead += 1
                let last = chunk.unterminated && record.newline >= bytes.count - 1
                read(CSVRow(record: record, unterminatedLast: last, noun: noun), &builder)
            }
        }
        return builder.result
    }
}
