import EntenteModel
import EntenteStore

/// Takes events read back from Entente's own JSON Lines and CSV into a parsed chunk, unchanged.
enum EntenteEvents {
    /// The event key of an id: a GDELT or ICEWS id keeps its dataset's key (so that re-reading an export of
    /// ingested events finds them counted), any other id is keyed by a hash of it.
    static func key(of id: String) -> (KeyNamespace, UInt64) {
        let bytes = Array(id.utf8)
        func digits(_ slice: ArraySlice<UInt8>) -> UInt64? {
            slice.withUnsafeBytes { Bytes.unsigned($0) }
        }
        if id.hasPrefix("gdelt:"), let number = digits(bytes[6...]) { return (.gdelt1, number) }
        if id.hasPrefix("gdelt2:"), let number = digits(bytes[7...]) { return (.gdelt2, number) }
        if id.hasPrefix("icews:"), let colon = bytes[6...].firstIndex(of: UInt8(ascii: ":")),
            let number = digits(bytes[6..<colon]), number < (1 << 32),
            let day = bytes[(colon + 1)...].withUnsafeBytes({ Bytes.dayKey(iso: $0) })
        {
            return (.icews, KeyNamespace.icewsKey(id: number, dayOrdinal: ordinal(ofDayKey: day)))
        }
        return (.idHash, StableHash.value(id))
    }

    /// Adds one event as read, with its raw row when kept.
    static func add(_ event: Event, line: Int64, context: ParseContext, builder: inout ChunkBuilder) {
        let source = context.states.state(code: event.source.country)
        let target = context.states.state(code: event.target.country)
        let (take, keep) = builder.classify(source: source?.number, target: target?.number)
        guard take, let source, let target else { return }
        var mergeKey: UInt64 = 0
        if builder.mergeDuplicates, let url = event.provenance.url, !url.isEmpty, event.date.precision == .day {
            var hash = ByteHash()
            hash.add(UInt64(event.date.start.key))
            hash.add(UInt64(source.number) << 16 | UInt64(target.number))
            hash.add(event.cameo.rawValue)
            hash.add(url)
            mergeKey = hash.value == 0 ? 1 : hash.value
        }
        var eventRow = -1
        if keep || mergeKey != 0 { eventRow = appendRow(event, into: &builder.result) }
        let (namespace, key) = Self.key(of: event.id)
        let start = event.date.start.ordinal
        builder.add(
            namespace: namespace, key: key, source: source.number, target: target.number, startOrdinal: start,
            spanDays: event.date.end.ordinal - start, quadClass: UInt8(event.quadClass.rawValue),
            goldstein: event.goldstein, mentions: Int32(clamping: event.mentions ?? -1),
            sources: Int32(clamping: event.sources ?? -1), articles: Int32(clamping: event.articles ?? -1),
            mergeKey: mergeKey, keep: keep, eventRow: eventRow, dataset: builder.datasetNumber(event.provenance.dataset))
    }

    /// The event's columns, as the store keeps them (``EventRow``).
    static func appendRow(_ event: Event, into result: inout ParsedChunk) -> Int {
        func text(_ value: String?) -> TextSpan { value.map { result.events.append($0) } ?? .null }
        var row = EventRow(
            id: result.events.append(event.id), startDay: Int32(event.date.start.key), endDay: Int32(event.date.end.key),
            precision: event.date.precision, source: result.events.append(event.source.country),
            target: result.events.append(event.target.country), cameo: result.events.append(event.cameo.rawValue),
            quadClass: UInt8(event.quadClass.rawValue), goldstein: event.goldstein,
            summary: result.events.append(event.summary), dataset: result.events.append(event.provenance.dataset),
            issues: result.events.append(event.issues.map(\.rawValue).joined(separator: ",")))
        row.sourceSector = text(event.source.sector)
        row.sourceName = text(event.source.name)
        row.sourceHistorical = text(event.source.historical)
        row.targetSector = text(event.target.sector)
        row.targetName = text(event.target.name)
        row.targetHistorical = text(event.target.historical)
        if let magnitude = event.magnitude {
            row.magnitude = magnitude.amount
            row.magnitudeUnit = result.events.append(magnitude.unit)
        }
        row.document = text(event.provenance.document)
        row.locator = text(event.provenance.locator)
        row.url = text(event.provenance.url)
        row.reported = event.reported
        row.hypothetical = event.hypothetical
        row.mentions = Int32(clamping: event.mentions ?? -1)
        row.sources = Int32(clamping: event.sources ?? -1)
        row.articles = Int32(clamping: event.articles ?? -1)
        return result.events.append(row: row)
    }

    /// Rejects a line that is not text (a NUL byte, ill-formed UTF-8); returns whether it did.
    static func rejectIfNotText(
        _ bytes: UnsafeRawBufferPointer, raw: UnsafeRawBufferPointer, line: Int64, builder: inout ChunkBuilder
    ) -> Bool {
        if let nul = Bytes.firstNUL(bytes) {
            builder.reject(Rejection(
                line: line, column: nul + 1, reason: .nulByte, message: "a NUL byte (binary data), expected text",
                raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
            return true
        }
        if let bad = Bytes.firstInvalidUTF8(bytes) {
            builder.reject(Rejection(
                line: line, column: bad + 1, reason: .invalidUTF8,
                message: "expected UTF-8 text, found the byte 0x\(String(bytes[bad], radix: 16, uppercase: true))",
                raw: Array(raw.prefix(Rejection.rawLimit)), rawLength: raw.count))
            return true
        }
        return false
    }
}
