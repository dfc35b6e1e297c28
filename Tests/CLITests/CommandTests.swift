import Foundation
import Testing
import TestSupport

/// The `entente` executable as a user meets it: output, errors and exit codes.
struct CommandTests {
    let database: String

    init() throws {
        database = try SharedData.temporaryFolder().appendingPathComponent("entente.sqlite").path
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try runEntente(arguments, environment: ["ENTENTE_DB": database])
    }

    @Test func briefWithNoArgumentsIsTheBuiltInCase() throws {
        let result = try run(["brief"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Russia–Pakistan, seen from India"))
        #expect(result.standardOutput.contains("RAPPROCHEMENT"))
        #expect(result.standardOutput.contains("India–Russia"))
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test func briefAsJSONIsADocument() throws {
        let result = try run(["brief", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(object?["pair"] as? [String] == ["RUS", "PAK"])
    }

    @Test func aMissingInputIsSaidWithoutTheUsage() throws {
        let result = try run(["ingest", "/nonexistent/events.csv"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent/events.csv: no such file or directory"))
        #expect(!result.standardError.contains("Usage:"))
    }

    /// One bad row of counts over `--max-errors 0`: the summary counts it in the singular, and the command exits 1
    /// naming the quarantine file.
    @Test func oneRejectedRowIsSaidInTheSingular() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("counts.csv").path
        let table = "source,target,year,verbalCooperation,materialCooperation,verbalConflict,materialConflict\nRUS,,2014,1,0,0,0\n"
        try Data(table.utf8).write(to: URL(fileURLWithPath: path))
        let result = try run(["ingest", path, "--max-errors", "0"])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("Read 1 row ("), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("quarantined  1: bad-field 1"), "\(result.standardOutput)")
        #expect(result.standardError.contains("entente: 1 row rejected, more than --max-errors 0; see "), "\(result.standardError)")
    }

    /// A file in no format Entente reads is rejected whole: the summary says where and why, not "0 rows" alone, and
    /// the error counts a file, not a row.
    @Test func aFileInNoKnownFormatIsSaidAsAWholeFile() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("notes.csv").path
        try Data("foo,bar,baz\n1,2,3\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try run(["ingest", path, "--max-errors", "0"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("Rejected whole (1 file), not read:\n  \(path):1:1: not a format Entente reads"), "\(result.standardOutput)")
        #expect(result.standardError.contains("entente: 1 whole file rejected, more than --max-errors 0; see "), "\(result.standardError)")
    }

    /// One row of counts stored, of one event: both in the singular.
    @Test func oneStoredRowIsSaidInTheSingular() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("one.csv").path
        let table = "source,target,year,verbalCooperation,materialCooperation,verbalConflict,materialConflict\nRUS,PAK,2014,1,0,0,0\n"
        try Data(table.utf8).write(to: URL(fileURLWithPath: path))
        let result = try run(["ingest", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("stored       1 new row of counts (1 event, in dyad aggregates)"), "\(result.standardOutput)")
    }

    @Test func namesResolveLikeCodes() throws {
        let byName = try run(["dyad", "Moscow", "Pakistani", "--format", "csv"])
        let byCode = try run(["dyad", "RUS", "PAK", "--format", "csv"])
        #expect(byName.status == 0)
        #expect(byName.standardOutput == byCode.standardOutput)
        #expect(byCode.standardOutput.hasPrefix("source,target,directed,period,start,end,events,"))
    }

    /// `--from` alone runs to the last events of the pair: the case's Russia–Pakistan events end in 2015, so 2014 and
    /// 2015 (it printed rows up to the year 9999 once, and later refused the span).
    @Test func aRangeOpenAtOneEndStopsAtTheData() throws {
        let result = try run(["dyad", "RUS", "PAK", "--from", "2014", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let periods = result.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] }
        #expect(periods == ["2014", "2015"])
    }

    @Test func eventsAsCSVHaveAHeaderAndARowPerEvent() throws {
        let result = try run(["events", "--actors", "RUS,PAK", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,date,precision,source,") == true)
        let jsonLines = try run(["events", "--actors", "RUS,PAK", "--format", "jsonl"])
        #expect(jsonLines.standardOutput.split(separator: "\n").count == lines.count - 1)
        // --format json is one document: the datasets read, how many match, and the page.
        let json = try run(["events", "--actors", "RUS,PAK", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["total"] as? Int == lines.count - 1)
        #expect((object?["events"] as? [Any])?.count == lines.count - 1)
        #expect(object?["datasets"] as? [String] == ["entente-case"])
    }

    @Test(arguments: [
        (["brief", "--pair", "RUS:XYZ"], "unknown state 'XYZ'"),
        (["brief", "--pair", "RUS"], "expected two states as A:B"),
        (["brief", "--focal", "Atlantis"], "unknown state 'Atlantis'"),
        (["brief", "--format", "csv"], "--format"),
        (["brief", "--from", "2016", "--to", "2015"], "--from 2016 is after --to 2015"),
        (["dyad", "RUS", "RUS"], "two different states"),
        (["dyad", "RUS", "PAK", "--by", "decade"], "'decade' is invalid"),
        (["events", "--from", "2015-13"], "expected a year (2015), a month (2015-06) or a day (2015-06-12)"),
        (["events", "--codes", "999"], "'999' is not a CAMEO event code"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
        (["events", "--store", "postgres://db/entente"], "'postgres' is no kind of store Entente knows"),
        (["events", "--store", "sqlite:a.sqlite", "--db", "b.sqlite"], "give --store or --db, not both"),
    ])
    func wrongArgumentsGetAClearMessageAndANonZeroExit(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aDatabaseThatCannotBeOpenedIsNamed() throws {
        let folder = try SharedData.temporaryFolder()
        let directory = try run(["brief", "--db", folder.path])
        #expect(directory.status == 1)
        #expect(directory.standardError.contains("cannot use the database at \(folder.path): it is a directory"))
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "not a database ", count: 20).utf8).write(to: text)
        let notSQLite = try run(["events", "--db", text.path])
        #expect(notSQLite.status == 1)
        #expect(notSQLite.standardError.contains("not an SQLite database"))
    }

    /// A reading command given a store that is not there says so, and makes nothing: a mistyped `--db` once made a new
    /// store, and its directories, and printed the built-in case's brief as if it were the user's. Writing commands
    /// make the store; `store status` says there is none yet; the store the environment names is made on first use
    /// (``briefWithNoArgumentsIsTheBuiltInCase``).
    @Test func aReadingCommandNamingNoStoreSaysSoAndMakesNone() throws {
        let folder = try SharedData.temporaryFolder()
        let missing = folder.appendingPathComponent("no-such-folder/mistyped.sqlite").path
        for arguments in [["brief", "--db", missing], ["dyad", "RUS", "PAK", "--store", "sqlite:" + missing], ["events", "--db", missing],
                          ["triangle", "RUS", "PAK", "IND", "--db", missing], ["watch", "list", "--db", missing]] {
            let result = try run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError.contains("store 'sqlite:\(missing)': no store here; `entente ingest FILE --store sqlite:\(missing)`"),
                    "\(arguments): \(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
        let status = try run(["store", "status", "--db", missing])
        #expect(status.status == 0)
        #expect(status.standardOutput.contains("No store here yet"), "\(status.standardOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no-such-folder").path))
        let made = try run(["store", "init", "--db", missing])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(try run(["brief", "--db", missing]).standardOutput.hasPrefix("Russia–Pakistan, seen from India"))
    }

    /// `--store sqlite:PATH` is `--db PATH`; a ClickHouse URL reads, and a server that does not answer is named.
    @Test func theStoreIsNamedByAURL() throws {
        let other = try SharedData.temporaryFolder().appendingPathComponent("other.sqlite").path
        #expect(try run(["store", "init", "--store", "sqlite:" + other]).status == 0)
        let byURL = try run(["events", "--actors", "RUS,PAK", "--format", "csv", "--store", "sqlite:" + other])
        #expect(byURL.status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(byURL.standardOutput == (try run(["events", "--actors", "RUS,PAK", "--format", "csv", "--db", other])).standardOutput)
        #expect(byURL.standardOutput.split(separator: "\n").count > 40)
        let clickHouse = try run(["events", "--store", "clickhouse://127.0.0.1:1/entente"])
        #expect(clickHouse.status == 1)
        #expect(clickHouse.standardError.contains("cannot reach ClickHouse at 127.0.0.1:1: connection refused"))
    }

    @Test func helpNamesEveryCommand() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        for command in ["brief", "events", "dyad"] { #expect(result.standardOutput.contains(command)) }
    }

    @Test func versionIsPrinted() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: ".").count == 3)
        #expect(result.standardOutput.first?.isNumber == true)
    }
}
