import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

/// Broken tables of counts, and rows of counts a killed ingest was reading: quarantined with `path:line:column` and
/// what was expected, good rows in, nothing lost and nothing twice.
@Suite struct CountsInputTests {
    static let header = "source,target,sourceName,targetName,year,verbalCooperation,materialCooperation,verbalConflict,materialConflict,goldstein"
    static let good = ["RUS,PAK,Russia,Pakistan,2014,5,1,0,0,21.5", "PAK,RUS,Pakistan,Russia,2014,3,0,1,0,4", "IND,PAK,India,Pakistan,2014,2,0,4,1,-20"]

    /// A table of the good rows with `bad` as its line 3 (or, unterminated, as its last line).
    func ingestWithBadRow(_ bad: [UInt8], header: String = CountsInputTests.header, lastLine: Bool = false) throws
        -> (summary: IngestSummary, rows: [String: [Double]], entries: [BadInputTests.Entry], path: String)
    {
        let folder = try TemporaryFolder()
        var file = Array((header + "\n" + Self.good[0] + "\n").utf8)
        if !lastLine { file += bad + [10] }
        file += Array((Self.good[1...].joined(separator: "\n") + "\n").utf8)
        if lastLine { file += bad }
        let path = try folder.write("counts.csv", file)
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, quarantine: quarantine)
        let entries = FileManager.default.fileExists(atPath: quarantine) ? try BadInputTests.entries(quarantine) : []
        return (summary, try countRows(store, dataset: "counts"), entries, path)
    }

    @Test(arguments: [
        ("RUS,PAK,Russia,Pakistan,20x4,1,0,0,0,0", RejectReason.badDate, 25, "column 5 (year): expected a year as YYYY, found '20x4'"),
        ("RUS,PAK,Russia,Pakistan,2014,-3,0,0,0,0", .badNumber, 30, "column 6 (verbalCooperation): expected a count of events, a whole number ≥ 0, found '-3' (a negative count)"),
        ("RUS,PAK,Russia,Pakistan,2014,1,2.5,0,0,0", .badNumber, 32, "column 7 (materialCooperation): expected a count of events, a whole number ≥ 0, found '2.5' (a fraction of an event)"),
        ("RUS,PAK,Russia,Pakistan,2014,1,0,0,0,12", .badNumber, 38, "column 10 (goldstein): expected the Goldstein sum of the row's event, from -10 to 10, found '12'"),
        // A side with neither code nor name: a fault of the row, at its code.
        ("RUS,,Russia,,2014,1,0,0,0,0", .badField, 5, "column 2 (target) or column 4 (targetName): expected a state's code or name, found an empty field"),
        ("RUS,PAK,Russia,Pakistan,2014,1,0,0,0,lots", .badNumber, 38, "column 10 (goldstein): expected the Goldstein sum of the row's events, a number, found 'lots'"),
        // Fields missing: the column just past the last one, where a comma was expected.
        ("RUS,PAK,Russia,Pakistan,2014,1,0,0", .wrongColumnCount, 35, "expected 10 comma-separated fields as the header names, found 8"),
        // A field too many: where it begins.
        ("RUS,PAK,Russia,Pakistan,2014,1,0,0,0,0,7", .wrongColumnCount, 40, "expected 10 comma-separated fields as the header names, found 11"),
        ("RUS,PAK,Russia,Pak\u{0}stan,2014,1,0,0,0,0", .nulByte, 19, "a NUL byte (binary data), expected text"),
    ])
    func aBadRowIsQuarantinedAndTheGoodOnesGoIn(_ row: String, _ reason: RejectReason, _ column: Int, _ message: String) throws {
        let (summary, rows, entries, path) = try ingestWithBadRow(Array(row.utf8))
        #expect(summary.reasons == [reason.rawValue: 1])
        #expect(summary.read == 4 && summary.stored == 3)
        #expect(rows.count == 3)
        #expect(entries.count == 1)
        let location = column > 0 ? "\(path):3:\(column): " : "\(path):3: "
        #expect(entries.first?.header.hasPrefix(location + message) == true, "\(entries.first?.header ?? "")")
        #expect(entries.first?.raw == Array(row.utf8))
    }

    @Test func invalidUTF8AndATruncatedLastRowAreQuarantined() throws {
        var bytes = Array("RUS,PAK,Russia,Pakistan,2014,1,0,0,0,0".utf8)
        bytes.insert(contentsOf: [0xC3, 0x28], at: 12)
        let (invalid, _, entries, _) = try ingestWithBadRow(bytes)
        #expect(invalid.reasons == ["invalid-utf8": 1])
        #expect(entries.first?.header.contains(":3:13: expected UTF-8 text, found the byte 0xC3") == true)

        let (cut, rows, cutEntries, path) = try ingestWithBadRow(Array("RUS,PAK,Russia,Pakis".utf8), lastLine: true)
        #expect(cut.reasons == ["truncated-last-line": 1])
        #expect(cutEntries.first?.header.hasPrefix("\(path):5:21: the file ends inside this row (no line end)") == true)
        #expect(rows.count == 3)

        // A quoted name never closed runs to the end of the file: the rows before it go in.
        let (open, openRows, _, _) = try ingestWithBadRow(Array("RUS,PAK,\"Russia,Pakistan,2014,1,0,0,0,0".utf8), lastLine: true)
        #expect(open.reasons == ["truncated-last-line": 1])
        #expect(openRows.count == 3)
    }

    @Test(arguments: [
        ("source,target,year,month,verbalCooperation,materialCooperation,verbalConflict,materialConflict", "RUS,PAK,2014,13,1,0,0,0", 14, "column 4 (month): expected a month as 1–12, YYYY-MM or YYYYMM, found '13'"),
        ("source,target,month,q1,q2,q3,q4", "RUS,PAK,2014-00,1,0,0,0", 9, "column 3 (month): expected a month as YYYY-MM or YYYYMM, found '2014-00'"),
        ("source,target,date,q1,q2,q3,q4", "RUS,PAK,20140230,1,0,0,0", 9, "column 3 (date): expected a day as YYYY-MM-DD or YYYYMMDD, found '20140230'"),
        ("source,target,period,q1,q2,q3,q4", "RUS,PAK,2014-Q5,1,0,0,0", 9, "column 3 (period): expected a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found '2014-Q5'"),
        ("source,target,start,end,q1,q2,q3,q4", "RUS,PAK,2014-06-01,2014-05-31,1,0,0,0", 20, "column 4 (end): expected a day no earlier than the start, 2014-06-01, found '2014-05-31'"),
        ("source,target,year,q1,q2,q3,q4,events", "RUS,PAK,2014,1,1,0,0,3", 22, "column 8 (events): expected the sum of the four counts, 2, found '3'"),
    ])
    func badPeriodsAndTotalsAreQuarantined(_ header: String, _ row: String, _ column: Int, _ message: String) throws {
        let good: String = switch header.split(separator: ",")[2] {
        case "year": header.contains("month") ? "RUS,PAK,2014,6,1,0,0,0" : "RUS,PAK,2014,1,0,0,0,1"
        case "month": "RUS,PAK,2014-06,1,0,0,0"
        case "date": "RUS,PAK,20140228,1,0,0,0"
        case "period": "RUS,PAK,2014-Q4,1,0,0,0"
        default: "RUS,PAK,2014-06-01,2014-06-30,1,0,0,0"
        }
        let folder = try TemporaryFolder()
        let path = try folder.write("counts.csv", [header, good, row, good.replacingOccurrences(of: "RUS,PAK", with: "PAK,RUS")].joined(separator: "\n") + "\n")
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, quarantine: quarantine)
        #expect(summary.stored == 2 && summary.quarantined == 1)
        let entries = try BadInputTests.entries(quarantine)
        #expect(entries.first?.header.hasPrefix("\(path):3:\(column): \(message)") == true, "\(entries.first?.header ?? "")")
    }

    /// A header that does not say what a counts table needs rejects the file whole, naming what it lacks (and the
    /// column at fault when one is).
    @Test(arguments: [
        ("source,target,year,verbalCooperation,materialCooperation,verbalConflict", "no column for materialConflict", nil as Int?),
        ("source,target,q1,q2,q3,q4", "no period column", nil),
        ("source,target,year,q1,q2,q3,q4,verbCoop", "columns 4 ('q1') and 8 ('verbCoop') both give verbalCooperation: expected one", 32),
        ("source,target,start,q1,q2,q3,q4", "a column 'start' without its other end", 15),
    ])
    func aHeaderThatLacksWhatCountsNeedIsRejected(_ header: String, _ message: String, _ column: Int?) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("counts.csv", header + "\nRUS,PAK,2014,1,0,0,0\n")
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, quarantine: quarantine)
        #expect(summary.reasons == ["bad-header": 1])
        #expect(summary.stored == 0)
        let entry = try #require(try BadInputTests.entries(quarantine).first)
        #expect(entry.header.hasPrefix("\(path):1:\(column.map { "\($0):" } ?? "")"), "\(entry.header)")
        #expect(entry.header.contains(message), "\(entry.header)")
        #expect(entry.raw == Array(header.utf8))
    }

    /// Rows whose four counts are all 0 add nothing and are counted as empty; rows between one state and itself are
    /// domestic; an empty count or `NA` is 0, `12.0` is 12, tab-separated tables read as comma-separated ones.
    @Test func emptyDomesticAndLenientCountsAreAccountedFor() throws {
        let text = """
            source\ttarget\tyear\tverbCoop\tmatlCoop\tverbConf\tmatlConf
            RUS\tPAK\t2014\t0\t0\t0\t0
            RUS\tRUS\t2014\t4\t0\t0\t0
            RUS\tPAK\t2015\t12.0\t\tNA\t1
            AFR\tPAK\t2015\t1\t0\t0\t0

            """
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([try folder.write("counts.tsv", text)], into: store)
        #expect(summary.read == 4 && summary.emptyRows == 1 && summary.domestic == 1 && summary.nonState == 1 && summary.stored == 1)
        #expect(summary.read == summary.stored + summary.emptyRows + summary.domestic + summary.nonState)
        #expect(try countRows(store, dataset: "counts") == ["RUS>PAK 20150101-20151231": [12, 0, 0, 1, 0, 13]])
        #expect(summary.unknownCountries == ["AFR": 1])
    }

    /// A counts ingest killed with SIGKILL between checkpoints resumes with nothing lost or doubled: the real ICEWS
    /// dyad-years, over and over in earlier years, with a bad row every 5,000.
    @Test(.timeLimit(.minutes(5)))
    func aKilledCountsIngestResumesWithNothingLostOrDoubled() throws {
        let lines = try String(contentsOfFile: Samples.icewsDyadYears, encoding: .utf8).split(separator: "\n")
        var text = String(lines[0]) + "\n"
        text.reserveCapacity(26 << 20)
        var count = 0
        var shift = 0
        while text.utf8.count < 25 << 20 {
            for line in lines.dropFirst() {
                count += 1
                var fields = csvFields(line).map { $0.contains(",") ? "\"\($0)\"" : $0 }
                fields[4] = count % 5000 == 0 ? "2O14" : String(Int(fields[4])! - shift)
                text += fields.joined(separator: ",") + "\n"
            }
            shift += 13
        }
        try IdempotencyTests.killAndResume(text, badRows: count / 5000, arguments: ["--keep-actors", "none"], options: IngestOptions())
    }
}

/// Entente's own JSON Lines and CSV, read from bytes: what `JSONDecoder` and RFC 4180 allow reads as they read it.
@Suite struct OwnFormatTests {
    @Test func jsonEscapesNestedKeysAndFaultsReadAsJSONSays() throws {
        let lines = [
            #"{ "id" : "e1", "date": "2015-06-12", "source": "RUS", "target": "PAK", "cameo": "057", "summary": "a \"quoted\" \u00e9 \ud83d\ude00 line\t", "url": "http:\/\/example.org\/a", "issues": ["arms", "energy"], "extra": {"nested": [1, {"a": null}, "]"]}, "goldstein": 8e0, "mentions": null }"#,
            #"{"id":"e2","date":"2015-06-12","source":"RUS","target":"PAK","cameo":"057","summary":"cut"#,
            #"{"id":"e3","date":"2015","source":"RUS","target":"PAK","cameo":"042","goldstein":"lots"}"#,
            #"{"id":"e4","date":"2015","source":"RUS","target":"PAK","cameo":"042","quadClass":3}"#,
            #"{"id":"e5","date":"2015","source":"RUS","target":"PAK","cameo":"042","issues":"arms"}"#,
            #"{"id":"e6","date":"2015-02-29","source":"RUS","target":"PAK","cameo":"042"}"#,
        ]
        let folder = try TemporaryFolder()
        let path = try folder.write("own.jsonl", lines.joined(separator: "\n") + "\n")
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, quarantine: quarantine)
        #expect(summary.stored == 1 && summary.quarantined == 5)
        #expect(summary.reasons == ["bad-field": 2, "bad-number": 1, "unknown-event-code": 1, "bad-date": 1])
        let event = try #require(try store.events(matching: EventQuery()).first)
        #expect(event.summary == "a \"quoted\" é 😀 line\t")
        #expect(event.provenance.url == "http://example.org/a")
        #expect(event.issues == ["arms", "energy"])
        #expect(event.goldstein == 8)
        #expect(event.mentions == nil)
        let entries = try BadInputTests.entries(quarantine)
        #expect(entries.map { $0.header.split(separator: ":")[1] } == ["2", "3", "4", "5", "6"])
        #expect(entries[0].header.contains("a string is never closed"))
        #expect(entries[1].header.contains("key 'goldstein': expected a number, got 'lots'"))
        #expect(entries[2].header.contains("key 'quadClass': expected 1 for code 042, got '3'"))
        #expect(entries[3].header.contains("'issues' should be an array of strings"))
        #expect(entries[4].header.contains("key 'date': expected a day of the calendar, found 2015-2-29"))
    }

    @Test func csvQuotedFieldsMayHoldLineEndsAndLinesAreCountedAcrossThem() throws {
        let header = "id,date,source,target,cameo,summary"
        let text = [
            header, "q1,2015-06-12,RUS,PAK,057,\"line one", "line two, \"\"quoted\"\"\"", "q2,2015-13,RUS,PAK,057,after",
            "q3,2015-06-12,RUS,PAK,057,pla\"in\"",
        ].joined(separator: "\n") + "\n"
        let folder = try TemporaryFolder()
        let path = try folder.write("own.csv", text)
        let store = try freshStore(in: folder)
        let quarantine = folder.path("quarantine.txt")
        let summary = try ingest([path], into: store, quarantine: quarantine)
        #expect(summary.stored == 2 && summary.reasons == ["bad-date": 1])
        let events = try store.events(matching: EventQuery()).sorted { $0.id < $1.id }
        #expect(events.map(\.summary) == ["line one\nline two, \"quoted\"", "plain"])
        let entry = try #require(try BadInputTests.entries(quarantine).first)
        #expect(entry.header.hasPrefix("\(path):4:4: field 2 (date): expected a month from 1 to 12, found 13"), "\(entry.header)")
    }
}
