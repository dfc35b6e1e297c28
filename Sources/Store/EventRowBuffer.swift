import EntenteModel

/// A run of bytes in an ``EventRowBuffer``'s text, or nothing (SQL NULL).
public struct TextSpan: Sendable, Hashable {
    public var offset: UInt32
    public var length: UInt32

    public init(offset: UInt32, length: UInt32) {
        self.offset = offset
        self.length = length
    }

    /// No value: stored as NULL.
    public static let null = TextSpan(offset: .max, length: 0)

    public var isNull: Bool { offset == .max }
}

/// One event as the columns of the `event` table, its text held as spans of a shared buffer.
///
/// This is the bulk form of ``Event``: a reader fills it from the bytes it scanned, without making a `String`
/// per field, and the store binds the spans straight into its insert statement.
public struct EventRow: Sendable {
    public var id: TextSpan
    public var startDay: Int32
    public var endDay: Int32
    public var precision: EventDate.Precision
    public var source: TextSpan
    public var sourceSector: TextSpan = .null
    public var sourceName: TextSpan = .null
    public var sourceHistorical: TextSpan = .null
    public var target: TextSpan
    public var targetSector: TextSpan = .null
    public var targetName: TextSpan = .null
    public var targetHistorical: TextSpan = .null
    public var cameo: TextSpan
    public var quadClass: UInt8
    public var goldstein: Double
    /// NaN when the event has no magnitude.
    public var magnitude: Double = .nan
    public var magnitudeUnit: TextSpan = .null
    public var summary: TextSpan
    public var dataset: TextSpan
    public var document: TextSpan = .null
    /// The 1-based line of the row in its file, −1 for none: stored as the locator `line N`, followed by
    /// `locator`'s text when there is one (`line 12, story 47400351, sentence 2`).
    public var line: Int64 = -1
    public var locator: TextSpan = .null
    public var url: TextSpan = .null
    /// Issues joined by commas, as the store keeps them.
    public var issues: TextSpan
    public var reported = false
    public var hypothetical = false
    /// −1 when the dataset gives no count.
    public var mentions: Int32 = -1
    public var sources: Int32 = -1
    public var articles: Int32 = -1

    public init(
        id: TextSpan, startDay: Int32, endDay: Int32, precision: EventDate.Precision, source: TextSpan,
        target: TextSpan, cameo: TextSpan, quadClass: UInt8, goldstein: Double, summary: TextSpan,
        dataset: TextSpan, issues: TextSpan
    ) {
        self.id = id
        self.startDay = startDay
        self.endDay = endDay
        self.precision = precision
        self.source = source
        self.target = target
        self.cameo = cameo
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.summary = summary
        self.dataset = dataset
        self.issues = issues
    }
}

/// Events in their bulk form: rows of spans into one byte buffer.
///
/// Readers append on their own thread; the store inserts from the buffer without copying.
public struct EventRowBuffer: Sendable {
    public private(set) var text: [UInt8] = []
    public private(set) var rows: [EventRow] = []

    public init() {}

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    public mutating func reserve(bytes: Int, rows count: Int) {
        text.reserveCapacity(bytes)
        rows.reserveCapacity(count)
    }

    /// Copies `bytes` into the buffer and returns their span.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) -> TextSpan {
        let offset = text.count
        text.append(contentsOf: bytes)
        return TextSpan(offset: UInt32(offset), length: UInt32(bytes.count))
    }

    /// Copies a string's UTF-8 into the buffer and returns its span.
    public mutating func append(_ string: String) -> TextSpan {
        let offset = text.count
        text.append(contentsOf: string.utf8)
        return TextSpan(offset: UInt32(offset), length: UInt32(text.count - offset))
    }

    /// Copies `prefix` then `bytes` as one span (an id such as `gdelt:` + the digits of the row).
    public mutating func append(prefix: [UInt8], _ bytes: UnsafeRawBufferPointer) -> TextSpan {
        let offset = text.count
        text.append(contentsOf: prefix)
        text.append(contentsOf: bytes)
        return TextSpan(offset: UInt32(offset), length: UInt32(text.count - offset))
    }

    /// Adds a row whose spans point into this buffer; returns its index.
    @discardableResult
    public mutating func append(row: EventRow) -> Int {
        rows.append(row)
        return rows.count - 1
    }

    /// Adds `base` to every row's line (rows numbered within a chunk become numbered within the file).
    public mutating func offsetLines(by base: Int64) {
        for index in rows.indices where rows[index].line >= 0 { rows[index].line += base }
    }

    /// Writes the locator stored for a row that has a line (``EventRow/line`` ≥ 0) into `locator`, replacing what it
    /// held: `line N`, then the row's ``EventRow/locator`` text when there is one (`line 12, story 47400351`).
    ///
    /// Reuse one `locator` for every row: it keeps its capacity, so a row costs no allocation.
    public func lineLocator(of row: EventRow, into locator: inout [UInt8]) {
        locator.removeAll(keepingCapacity: true)
        locator.append(contentsOf: Self.linePrefix)
        var digits = row.line
        let start = locator.count
        repeat {
            locator.append(UInt8(48 + digits % 10))
            digits /= 10
        } while digits > 0
        locator[start...].reverse()
        if !row.locator.isNull { locator.append(contentsOf: text[Int(row.locator.offset)..<Int(row.locator.offset + row.locator.length)]) }
    }

    private static let linePrefix = Array("line ".utf8)

    /// The text of a span (for messages and tests, not for the hot path).
    public func string(_ span: TextSpan) -> String? {
        guard !span.isNull else { return nil }
        return String(decoding: text[Int(span.offset)..<Int(span.offset + span.length)], as: UTF8.self)
    }
}
