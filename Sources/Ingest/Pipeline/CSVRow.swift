/// A record of a comma- (or tab-) separated input with a header (counts tables, Entente's CSV) being read: rejects it
/// the way every such reader says it, and checks what every such record must be before its fields are read.
struct CSVRow {
    let record: CSVRecord
    /// True for the last record of a file that ends without a line end: its rejection says the file was cut.
    let unterminatedLast: Bool
    /// What the reader's messages call a record: "row" (counts tables), "record" (Entente's CSV).
    let noun: String

    /// Sends the record to quarantine with `reason` and `message` (`column` when one field is at fault); a record cut
    /// by the end of the file, or by a quote never closed, is rejected as such.
    func reject(_ reason: RejectReason, column: Int?, _ message: String, into builder: inout ChunkBuilder) {
        var reason = reason
        var message = message
        if unterminatedLast || record.openQuote {
            reason = .truncatedLastLine
            message = (record.openQuote ? "a quoted field is never closed: " : "the file ends inside this \(noun) (no line end): ") + message
        }
        let raw = record.raw
        builder.reject(Rejection(
            line: Int64(record.line), column: column, reason: reason, message: message,
            raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
    }

    /// Whether the record can be read as text: not longer than `maxLineBytes`, no NUL byte, valid UTF-8. A record
    /// that cannot is rejected.
    func isText(maxLineBytes: Int, into builder: inout ChunkBuilder) -> Bool {
        let raw = record.raw
        if raw.count > maxLineBytes {
            reject(.overlongLine, column: nil, "\(noun) longer than \(maxLineBytes) bytes", into: &builder)
            return false
        }
        guard !Bytes.isPlainText(raw) else { return true }
        if let nul = Bytes.firstNUL(raw) {
            reject(.nulByte, column: nul + 1, "a NUL byte (binary data), expected text", into: &builder)
            return false
        }
        if let bad = Bytes.firstInvalidUTF8(raw) {
            reject(.invalidUTF8, column: bad + 1, "expected UTF-8 text, found the byte 0x\(String(raw[bad], radix: 16, uppercase: true))", into: &builder)
            return false
        }
        return true
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
