/// One record of a comma-separated file as SIPRI writes it: fields, where each begins, and the raw text.
struct SIPRICSVRecord: Sendable {
    /// The 1-based line the record starts on.
    let line: Int
    let fields: [String]
    /// The 1-based column each field starts at (in characters, on the record's first line).
    let columns: [Int]
    /// The record as written, without its line end.
    let raw: String

    var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }

    /// The column of field `index`, or the column just past the record's end when it has fewer fields.
    func column(_ index: Int) -> Int {
        index < columns.count ? columns[index] : raw.count + 1
    }
}

/// Splits SIPRI's CSV exports into records: commas between fields, double quotes around fields that hold commas,
/// quotes or line breaks (a quote inside doubled), LF or CRLF line ends, an optional UTF-8 byte-order mark.
enum SIPRICSV {
    /// - Throws: ``ReadError`` at the opening quote of a quoted field that never closes.
    /// - Complexity: O(bytes).
    static func records(in bytes: [UInt8], path: String) throws(ReadError) -> [SIPRICSVRecord] {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var records: [SIPRICSVRecord] = []
        var line = 1
        while index < bytes.count {
            let recordStart = index
            let recordLine = line
            var fields: [String] = []
            var offsets: [Int] = []
            var field: [UInt8] = []
            var fieldStart = index
            var quoted = false
            var openedAt = (line: line, offset: index)
            var recordEnd = bytes.count
            var next = bytes.count
            while index < bytes.count {
                let byte = bytes[index]
                if quoted {
                    if byte == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        quoted = false
                    } else {
                        if byte == newline { line += 1 }
                        field.append(byte)
                    }
                    index += 1
                    continue
                }
                if byte == quote && field.isEmpty {
                    quoted = true
                    openedAt = (line, index)
                    index += 1
                } else if byte == comma {
                    fields.append(String(decoding: field, as: UTF8.self))
                    offsets.append(fieldStart - recordStart)
                    field.removeAll(keepingCapacity: true)
                    index += 1
                    fieldStart = index
                } else if byte == newline || byte == carriage {
                    recordEnd = index
                    next = index + (byte == carriage && index + 1 < bytes.count && bytes[index + 1] == newline ? 2 : 1)
                    line += 1
                    break
                } else {
                    field.append(byte)
                    index += 1
                }
            }
            if quoted {
                let start = bytes[..<openedAt.offset].lastIndex(of: newline).map { $0 + 1 } ?? 0
                let column = String(decoding: bytes[start..<openedAt.offset], as: UTF8.self).count + 1
                throw ReadError(
                    path: path, line: openedAt.line, column: column, reason: "a quoted field opens here and never closes (expected a closing \")")
            }
            fields.append(String(decoding: field, as: UTF8.self))
            offsets.append(fieldStart - recordStart)
            let rawBytes = bytes[recordStart..<min(recordEnd, bytes.count)]
            let columns = offsets.map { String(decoding: rawBytes.prefix($0), as: UTF8.self).count + 1 }
            records.append(SIPRICSVRecord(line: recordLine, fields: fields, columns: columns, raw: String(decoding: rawBytes, as: UTF8.self)))
            index = next
        }
        return records
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
