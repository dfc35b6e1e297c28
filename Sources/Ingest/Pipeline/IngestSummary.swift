import EntenteModel
import EntenteStore
import Foundation

/// What an ingest did: the summary the command prints, and the JSON object scripts read.
///
/// Every row read is accounted for: `read` = `stored` + `duplicates` + `merged` + `nonState` + `domestic` +
/// `emptyRows` + the rows among `quarantined` (whole-file rejections such as an empty file count in `quarantined`
/// only). A row of counts (a counts table, GDELT's reduced files) is one row however many events it counts: it is
/// among `stored` and `aggregated` as one, and `countRows` and `countedEvents` say what such rows added.
public struct IngestSummary: Sendable, Encodable, Equatable {
    /// Inputs read (files, or members of archives).
    public var files = 0
    /// Inputs skipped because the ledger says they were read to the end already.
    public var filesSkipped = 0
    /// Of those, inputs an earlier run rejected whole (empty, binary, in no format Entente reads, a bad header): not
    /// added to the quarantine again.
    public var filesRejectedBefore = 0
    /// Inputs rejected whole in this run (empty, binary, in no format Entente reads, a bad header, unreadable): each
    /// is one of `quarantined`.
    public var filesRejected = 0
    /// What was said of the first of those (``IngestSummary/shownFileRejections`` at most): `path:1:1: message`.
    public var fileRejections: [String] = []
    /// Inputs taken up where a killed ingest left them.
    public var filesResumed = 0
    /// Decompressed bytes scanned in this run.
    public var bytes: Int64 = 0
    /// Rows read (data rows: no header, no blank line).
    public var read: Int64 = 0
    /// Events newly counted: added to the aggregates and/or stored raw.
    public var stored: Int64 = 0
    /// Of those, events added to a dyad's aggregates (two different states).
    public var aggregated: Int64 = 0
    /// Of those, events stored raw (`--keep-actors`).
    public var kept: Int64 = 0
    /// Of `stored`, rows of counts (each one aggregate, of any number of events).
    public var countRows: Int64 = 0
    /// The events those rows of counts added to the aggregates.
    public var countedEvents: Int64 = 0
    /// Rows of counts whose counts are all 0: nothing to add.
    public var emptyRows: Int64 = 0
    /// Rows whose event was counted already (by its id): a file read again, or an overlap between files.
    public var duplicates: Int64 = 0
    /// Events merged into an earlier one (`--merge-duplicates`).
    public var merged: Int64 = 0
    /// Rows whose actors are not both states (a missing or non-state country code): counted, not stored.
    public var nonState: Int64 = 0
    /// Rows with one state on both sides and not kept raw: no dyad to add to.
    public var domestic: Int64 = 0
    /// Rows (and whole files) rejected.
    public var quarantined: Int64 = 0
    /// Rejections by reason (`wrong-column-count`, `bad-date`, …).
    public var reasons: [String: Int64] = [:]
    /// Country names (ICEWS) that named no state Entente knows, with how many rows named them.
    public var unknownCountries: [String: Int64] = [:]
    public var seconds = 0.0
    /// The quarantine file, when anything was written to it.
    public var quarantineFile: String?
    /// Things the user should know (a changed file read again from its start, an unreadable archive…).
    public var warnings: [String] = []

    public init() {}

    /// The most whole-file rejections ``IngestSummary/fileRejections`` keeps.
    public static let shownFileRejections = 5

    public var rowsPerSecond: Double { seconds > 0 ? Double(read) / seconds : 0 }
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

    enum CodingKeys: String, CodingKey {
        case files, filesSkipped, filesRejectedBefore, filesRejected, fileRejections, filesResumed, bytes, read, stored, aggregated, kept, countRows, countedEvents
        case duplicates, merged, nonState, domestic, emptyRows, quarantined, reasons, unknownCountries, seconds, quarantineFile, warnings
        case rowsPerSecond, megabytesPerSecond
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(files, forKey: .files)
        try c.encode(filesSkipped, forKey: .filesSkipped)
        try c.encode(filesRejectedBefore, forKey: .filesRejectedBefore)
        try c.encode(filesRejected, forKey: .filesRejected)
        try c.encode(fileRejections, forKey: .fileRejections)
        try c.encode(filesResumed, forKey: .filesResumed)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(read, forKey: .read)
        try c.encode(stored, forKey: .stored)
        try c.encode(aggregated, forKey: .aggregated)
        try c.encode(kept, forKey: .kept)
        try c.encode(countRows, forKey: .countRows)
        try c.encode(countedEvents, forKey: .countedEvents)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(merged, forKey: .merged)
        try c.encode(nonState, forKey: .nonState)
        try c.encode(domestic, forKey: .domestic)
        try c.encode(emptyRows, forKey: .emptyRows)
        try c.encode(quarantined, forKey: .quarantined)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(unknownCountries, forKey: .unknownCountries)
        try c.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try c.encodeIfPresent(quarantineFile, forKey: .quarantineFile)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(rowsPerSecond.rounded(), forKey: .rowsPerSecond)
        try c.encode((megabytesPerSecond * 10).rounded() / 10, forKey: .megabytesPerSecond)
    }
}
