import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import TestSupport
import Testing

/// A good GDELT 1.0 daily row of the real sample.
let goodRow = try! gdeltDailyRows()[0]

/// Every kind of bad row goes to the quarantine file with `path:line: reason` and its bytes; good rows go in.
@Suite struct BadInputTests {
    /// One entry of a quarantine file.
    struct Entry: Equatable {
        var header: String
        var raw: [UInt8]
    }

    /// Reads a quarantine file back by its byte counts.
    static func entries(_ path: String) throws -> [Entry] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var entries: [Entry] = []
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n"))!
            let header = String(decoding: bytes[index..<end], as: UTF8.self)
            let count: Int
            if let range = header.range(of: #"\[(first )?(\d+)( of \d+)? bytes\]$"#, options: .regularExpression) {
                let digits = header[range].split(separator: " ").compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) }
                count = digits[0]
            } else {
                throw TestFailure("entry without a byte count: \(header)")
            }
            let raw = Array(bytes[(end + 1)..<(end + 1 + count)])
            #expect(bytes[end + 1 + count] == UInt8(ascii: "\n"))
            entries.append(Entry(header: header, raw: raw))
            index = end + 2 + count
        }
        return entries
    }

    /// A GDELT file of good rows with one bad row at line 3; returns the summary, the store and the entries.
    func ingestWithBadRow(
        _ bad: [UInt8], lastLineUnterminated: Bool = false, configure: (inout IngestOptions) -> Void = { _ in }
    ) throws -> (IngestSummary, SQLiteStore, [Entry], String) {
        let folder = try TemporaryFolder()
        let rows = try gdeltDailyRows().prefix(6).map { Array($0.utf8) }
        var file: [UInt8] = []
        for (index, row) in rows.enumerated() {
            if index == 2 && !lastLineUnterminated { file += bad + [10] }
            file += row + [10]
        }
        if lastLineUnterminated { file += bad }
        let path = try folder.write("events.csv", file)
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, keep: .none, quarantine: quarantine, configure: configure)
        let entries = FileManager.default.fileExists(atPath: quarantine) ? try Self.entries(quarantine) : []
        // Keep the folder alive until the store is done with it.
        _ = folder
        return (summary, store, entries, path)
    }

    static let good = goodRow

    @Test(arguments: [
        (RejectReason.wrongColumnCount, "20160728\tonly three\tcolumns"),
        (.badDate, replacing(goodRow, field: 1, with: "20161332")),
        (.badDate, replacing(goodRow, field: 1, with: "2016-07-28")),
        (.unknownEventCode, replacing(goodRow, field: 26, with: "999")),
        (.malformedEventCode, replacing(goodRow, field: 26, with: "12a")),
        (.malformedEventCode, replacing(goodRow, field: 26, with: "")),
        (.badNumber, replacing(goodRow, field: 30, with: "lots")),
        (.badID, replacing(goodRow, field: 0, with: "x17")),
    ])
    func aBadRowIsQuarantinedWithItsBytes(_ reason: RejectReason, _ row: String) throws {
        let (summary, _, entries, path) = try ingestWithBadRow(Array(row.utf8))
        #expect(summary.reasons == [reason.rawValue: 1])
        #expect(summary.quarantined == 1)
        #expect(summary.read == 7)
        #expect(summary.read == summary.stored + summary.nonState + summary.domestic + summary.quarantined)
        #expect(entries.count == 1)
        #expect(entries.first?.header.hasPrefix("\(path):3:") == true)
        #expect(entries.first?.raw == Array(row.utf8))
    }

    @Test func errorsNameTheColumnAndWhatWasExpected() throws {
        let row = replacing(Self.good, field: 1, with: "20161332")
        let (_, _, entries, path) = try ingestWithBadRow(Array(row.utf8))
        let column = row.split(separator: "\t", omittingEmptySubsequences: false)[0].utf8.count + 2
        #expect(entries.first?.header.hasPrefix("\(path):3:\(column): column 2 (SQLDATE): expected a day as YYYYMMDD, found '20161332'") == true)
    }

    @Test func invalidUTF8IsQuarantined() throws {
        var row = Array(Self.good.utf8)
        row.insert(contentsOf: [0xC3, 0x28], at: 30)
        let (summary, _, entries, _) = try ingestWithBadRow(row)
        #expect(summary.reasons == [RejectReason.invalidUTF8.rawValue: 1])
        #expect(entries.first?.raw == row)
        #expect(entries.first?.header.contains(":3:31: expected UTF-8 text, found the byte 0xC3") == true)
    }

    @Test func aNULByteIsQuarantined() throws {
        var row = Array(Self.good.utf8)
        row[40] = 0
        let (summary, _, _, _) = try ingestWithBadRow(row)
        #expect(summary.reasons == [RejectReason.nulByte.rawValue: 1])
    }

    @Test func anOverlongLineIsQuarantinedWithItsHead() throws {
        let row = Array(Self.good.utf8) + Array(repeating: UInt8(ascii: "x"), count: 5000)
        let (summary, _, entries, _) = try ingestWithBadRow(row) { $0.maxLineBytes = 4096 }
        #expect(summary.reasons == [RejectReason.overlongLine.rawValue: 1])
        #expect(summary.stored + summary.nonState + summary.domestic == 6)
        #expect(entries.first?.raw == Array(row.prefix(Rejection.rawLimit)))
        #expect(entries.first?.header.hasSuffix("[first 4096 of \(row.count) bytes]") == true)
    }

    @Test func aLineLongerThanAChunkIsSkippedWithoutHoldingIt() throws {
        // Longer than the chunk buffer (64 KiB + 256 KiB of room): the chunker must skip it, not hold it.
        let row = Array(repeating: UInt8(ascii: "y"), count: 1_000_000)
        let (summary, _, entries, path) = try ingestWithBadRow(row) {
            $0.chunkBytes = 64 << 10
            $0.maxLineBytes = 16 << 10
        }
        #expect(summary.reasons == [RejectReason.overlongLine.rawValue: 1])
        #expect(summary.read == 7)
        #expect(summary.stored + summary.nonState + summary.domestic == 6)
        #expect(entries.first?.header.hasPrefix("\(path):3: line longer than 16384 bytes") == true, "\(entries.first?.header ?? "")")
        #expect(entries.first?.header.hasSuffix("[first 4096 of \(row.count) bytes]") == true, "\(entries.first?.header ?? "")")
        #expect(entries.first?.raw.count == Rejection.rawLimit)
    }

    @Test func aTruncatedLastLineIsQuarantined() throws {
        let cut = Array(Self.good.utf8.prefix(100))
        let (summary, _, entries, path) = try ingestWithBadRow(cut, lastLineUnterminated: true)
        #expect(summary.reasons == [RejectReason.truncatedLastLine.rawValue: 1])
        #expect(entries.first?.header.hasPrefix("\(path):7:") == true)
        #expect(entries.first?.header.contains("the file ends inside this line") == true)
        #expect(entries.first?.raw == cut)
    }

    @Test func aCompleteLastLineWithoutLineEndIsRead() throws {
        let (summary, _, _, _) = try ingestWithBadRow(Array(Self.good.utf8), lastLineUnterminated: true)
        #expect(summary.quarantined == 0)
        #expect(summary.read == 7)
    }

    @Test func emptyAndBinaryFilesAreQuarantinedWhole() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.csv", [])
        var noise = [UInt8](repeating: 0, count: 3000)
        for index in noise.indices { noise[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        let binary = try folder.write("binary.csv", noise)
        let unknown = try folder.write("notes.txt", "Some notes,\nnot events.\n")
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([empty, binary, unknown, Samples.gdelt2], into: store, quarantine: quarantine)
        #expect(summary.reasons == ["empty-file": 1, "binary-file": 1, "unknown-format": 1])
        #expect(summary.read == 50)
        let entries = try Self.entries(quarantine)
        #expect(entries.map { $0.header.prefix(while: { $0 != " " }) } == ["\(empty):1:1:", "\(binary):1:1:", "\(unknown):1:1:"])
        #expect(summary.filesRejected == 3)
        #expect(summary.fileRejections.map { $0.prefix(while: { $0 != " " }) } == ["\(empty):1:1:", "\(binary):1:1:", "\(unknown):1:1:"])
        #expect(entries[1].raw == noise)
        #expect(entries[2].header.contains("Use --input-format"))
    }

    /// A whole input rejected once is not added to the quarantine again when a later run is given it (a note says
    /// so); the same content under another name is another input, and is reported.
    @Test func aWholeInputRejectedOnceIsNotReportedAgain() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.csv", [])
        let unknown = try folder.write("notes.txt", "Some notes,\nnot events.\n")
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let first = try ingest([empty, unknown], into: store, quarantine: quarantine)
        #expect(first.quarantined == 2)
        let again = try ingest([empty, unknown], into: store, quarantine: quarantine)
        #expect(again.quarantined == 0)
        #expect(again.filesSkipped == 2)
        #expect(again.filesRejectedBefore == 2)
        #expect(again.filesRejected == 0)
        #expect(try Self.entries(quarantine).count == 2)
        let other = try folder.write("other-empty.csv", [])
        let third = try ingest([other], into: store, quarantine: quarantine)
        #expect(third.reasons == ["empty-file": 1])
        #expect(try Self.entries(quarantine).map { $0.header.prefix(while: { $0 != " " }) } == ["\(empty):1:1:", "\(unknown):1:1:", "\(other):1:1:"])
    }

    @Test func aForcedFormatReadsWhatDetectionCannot() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.gdelt2], into: store, format: .gdelt1)
        #expect(summary.reasons == ["wrong-column-count": 50])
    }

    @Test func aDamagedGzipKeepsTheRowsBeforeTheDamage() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Samples.gdelt1, toPath: folder.path("events.csv"))
        #expect(try run("/usr/bin/gzip", [folder.path("events.csv")]) == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path("events.csv.gz"))))
        bytes = Array(bytes.prefix(bytes.count * 2 / 3))
        let damaged = try folder.write("damaged.csv.gz", bytes)
        let store = try freshStore(in: folder)
        let summary = try ingest([damaged], into: store, keep: .none)
        #expect(summary.reasons == ["unreadable": 1])
        #expect(summary.read > 100 && summary.read < 710)
    }
}
