/// Rejects a row being read into the quarantine the way every row reader says it (CSV, tab-separated, JSON Lines):
/// reason, line and column, message, and the row's bytes as they were; and checks that a row is text before its
/// fields are read.
///
/// Made only for a rejection or a check: it holds pointers into the chunk being read and lives no longer than it.
struct RowRejecter {
    /// How a row was cut short: its rejections say so first and count as a truncated last line.
    enum Cut {
        /// The file ends inside the row (no line end).
        case fileEnd
        /// A quote opened in the row is never closed.
        case openQuote
    }

    /// The line the row starts on, counted from 1 within its chunk.
    let line: Int64
    /// The row's bytes as they were in the file, without the final `\n`: what the quarantine keeps.
    let raw: UnsafeRawBufferPointer
    /// How the row was cut, nil when it is whole.
    let cut: Cut?
    /// What the reader's messages call a row: "line", "row" (counts tables), "record" (Entente's CSV).
    let noun: String

    /// Sends the row to quarantine with `reason` and `message` (`column` when one field is at fault); a row that was
    /// cut is rejected as such, its message saying how first.
    func reject(_ reason: RejectReason, column: Int?, _ message: String, into builder: inout ChunkBuilder) {
        var reason = reason
        var message = message
        if let cut {
            reason = .truncatedLastLine
            message = switch cut {
            case .fileEnd: "the file ends inside this \(noun) (no line end): " + message
            case .openQuote: "a quoted field is never closed: " + message
            }
        }
        builder.reject(Rejection(
            line: line, column: column, reason: reason, message: message,
            raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
    }

    /// Whether the row's `text` (its bytes as the reader measures them) can be read as text: not longer than
    /// `maxLineBytes`, no NUL byte, valid UTF-8. A row that cannot is rejected; columns count from `text`'s start.
    ///
    /// - Parameter plain: whether `text` is known to hold only ASCII bytes other than NUL (then it is not checked
    ///   further); evaluated only when `text` is not too long.
    @inline(__always)
    func isText(
        _ text: UnsafeRawBufferPointer, maxLineBytes: Int, plain: @autoclosure () -> Bool, into builder: inout ChunkBuilder
    ) -> Bool {
        if text.count > maxLineBytes {
            reject(.overlongLine, column: nil, "\(noun) longer than \(maxLineBytes) bytes", into: &builder)
            return false
        }
        guard !plain() else { return true }
        if let nul = Bytes.firstNUL(text) {
            reject(.nulByte, column: nul + 1, "a NUL byte (binary data), expected text", into: &builder)
            return false
        }
        if let bad = Bytes.firstInvalidUTF8(text) {
            let byte = String(text[bad], radix: 16, uppercase: true)
            reject(.invalidUTF8, column: bad + 1, "expected UTF-8 text, found the byte 0x\(byte)", into: &builder)
            return false
        }
        return true
    }
}
