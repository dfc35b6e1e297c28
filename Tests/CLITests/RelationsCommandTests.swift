import Foundation
import Testing
import TestSupport

/// The relations commands as a user meets them: drivers, triangle, leverage, watch, and the brief's new sections.
struct RelationsCommandTests {
    let folder: URL
    let database: String

    init() throws {
        folder = try SharedData.temporaryFolder()
        database = folder.appendingPathComponent("entente.sqlite").path
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try runEntente(arguments, environment: ["ENTENTE_DB": database])
    }

    @Test func theBriefSaysWhatItMeansForIndia() throws {
        let result = try run(["brief"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Drivers: what each side's events are about"))
        #expect(result.standardOutput.contains("What it means for India"))
        #expect(result.standardOutput.contains("RUS–PAK–CHN"))
        #expect(result.standardOutput.contains("Leverage through arms cannot be read"))
        let other = try run(["brief", "--context", "USA", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(other.standardOutput.utf8)) as? [String: Any]
        #expect(object?["context"] as? [String] == ["USA"])
        let implications = object?["implications"] as? [String: Any]
        #expect((implications?["triads"] as? [Any])?.count == 4)  // IND–RUS–PAK, IND–RUS–USA, IND–PAK–USA, RUS–PAK–USA
        #expect(object?["drivers"] != nil)
        #expect(object?["series"] != nil)  // the existing keys stay
    }

    @Test func aScenarioShowsBeforeAndAfter() throws {
        let file = folder.appendingPathComponent("whatif.jsonl")
        let lines = (1...15).map { index in
            #"{"date":"2015-\#(String(format: "%02d", index % 12 + 1))","source":"CHN","target":"PAK","cameo":"111","summary":"China criticises Pakistan \#(index)"}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let result = try run(["brief", "--scenario", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("What if: Russia–Pakistan, seen from India"))
        #expect(result.standardOutput.contains("(what-if)"))
        #expect(result.standardOutput.contains("Russia–Pakistan–China after the shift"))
        #expect(result.standardOutput.contains("as it stands:  ménage à trois"))

        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data(#"{"date":"2015-01","source":"CHN","target":"PAK","cameo":"999"}"#.utf8).write(to: bad)
        let failed = try run(["brief", "--scenario", bad.path])
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("\(bad.path):1:49: field 'cameo'"))
    }

    @Test func driversAndTriangleInEveryFormat() throws {
        let drivers = try run(["drivers", "RUS", "PAK", "--format", "csv"])
        #expect(drivers.status == 0)
        #expect(drivers.standardOutput.hasPrefix("side,other,tone,window,first,last,total,issue,weight,share,events,eventIds\n"))
        #expect(drivers.standardOutput.contains("RUS,PAK,cooperative,2009–2015"))
        // JSON says what it read, as the API's drivers route does.
        let driversJSON = try run(["drivers", "RUS", "PAK", "--by", "year", "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(driversJSON.standardOutput.utf8)) as? [String: Any]
        #expect(document?["datasets"] as? [String] == ["entente-case"])
        #expect(document?["period"] as? String == "year")
        #expect((document?["mixes"] as? [Any])?.isEmpty == false)
        let byYear = try run(["drivers", "Russia", "Pakistan", "--by", "year"])
        #expect(byYear.standardOutput.hasPrefix("Drivers of Russia–Pakistan by year"))
        let triangle = try run(["triangle", "RUS", "PAK", "CHN", "--from", "2014", "--format", "csv"])
        #expect(triangle.status == 0)
        #expect(triangle.standardOutput.hasPrefix("period,first,last,state1,state2,state3,tie12,tie13,tie23,"))
        let json = try run(["triangle", "RUS", "PAK", "CHN", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["states"] as? [String] == ["RUS", "PAK", "CHN"])
        let same = try run(["triangle", "RUS", "RUS", "CHN"])
        #expect(same.status != 0)
    }

    /// A pair known only from counts (real ICEWS dyad-years) has no events one by one to read issues from: the drivers
    /// say so, in text and Markdown, rather than "no events".
    @Test func driversOfCountsSayWhyTheyAreMissing() throws {
        let counts = SharedData.url("icews_dyad_years/icews-dyad-years-2002-2014.dev.csv").path
        let ingested = try run(["ingest", counts, "--quarantine", folder.appendingPathComponent("q.txt").path])
        #expect(ingested.status == 0, "\(ingested.standardError)")
        for format in ["text", "markdown"] {
            let drivers = try run(["drivers", "THA", "KHM", "--format", format])
            #expect(drivers.status == 0)
            #expect(drivers.standardOutput.contains("No raw events stored for the pair (its data are aggregates"), "\(format)")
            #expect(!drivers.standardOutput.contains("no events"), "\(format)")
        }
        #expect(try run(["drivers", "THA", "MHL"]).standardOutput.contains("No events between them"))
    }

    /// Real ICEWS counts of Thailand and Cambodia: their share of cooperation hardly moved while the clashes over the
    /// Preah Vihear temple multiplied (October 2008 to 2011; both armies left the temple's zone under the ICJ's order in
    /// July 2012 — ICJ press release 2011/22 and its judgment of 11 November 2013). With no lasting shift in relative
    /// tone, the brief reads what it means for Vietnam around the shift in hostility: Thailand–Cambodia a negative tie
    /// in the clash years, and not after.
    @Test func aBriefReadsItsImplicationsAroundAShiftInHostilityWhenToneHasNone() throws {
        let counts = SharedData.url("icews_dyad_years/icews-dyad-years-2002-2014.dev.csv").path
        let ingested = try run(["ingest", counts, "--quarantine", folder.appendingPathComponent("q.txt").path])
        #expect(ingested.status == 0, "\(ingested.standardError)")
        let text = try run(["brief", "--pair", "THA:KHM", "--focal", "VNM", "--context", "LAO"])
        let unwrapped = text.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains("Read around Thailand–Cambodia's de-escalation in hostility between 2011 and 2012"), "\(text.standardOutput)")
        let json = try run(["brief", "--pair", "THA:KHM", "--focal", "VNM", "--context", "LAO", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let implications = try #require(document["implications"] as? [String: Any])
        let shift = try #require(implications["shift"] as? [String: Any])
        #expect(shift["measure"] as? String == "hostility" && shift["kind"] as? String == "de-escalation")
        func sign(_ side: String) throws -> Int? {
            let triads = try #require(implications["triads"] as? [[String: Any]])
            let triad = try #require(triads.first { ($0["after"] as? [String: Any])?["states"] as? [String] == ["VNM", "THA", "KHM"] })
            let edges = try #require((triad[side] as? [String: Any])?["edges"] as? [[String: Any]])
            let pair = edges.first { (($0["dyad"] as? [String: Any])?["first"] as? String) == "KHM" && (($0["dyad"] as? [String: Any])?["second"] as? String) == "THA" }
            return pair?["sign"] as? Int
        }
        #expect(try sign("before") == -1)
        #expect(try sign("after") == 0)
    }

    @Test func leverageImportAndShow() throws {
        let empty = try run(["leverage", "--supplier", "RUS"])
        #expect(empty.status != 0)
        #expect(empty.standardError.contains("entente leverage import FILE"))
        #expect(!empty.standardError.contains("Usage:"))  // a matter of the data, not of the arguments
        let register = SharedData.url("sipri/trade_2023.csv").path
        let imported = try run(["leverage", "import", register, "--quarantine", folder.appendingPathComponent("q.txt").path])
        #expect(imported.status == 0)
        #expect(imported.standardOutput.contains("trade register, 20,480 rows → 20,480 transfers"))
        #expect(imported.standardOutput.contains("Not states (counted in a state's totals, never as a state)"))
        let shown = try run(["leverage", "--supplier", "RUS", "--recipients", "IND,PAK", "--from", "2009", "--to", "2015", "--by", "span", "--format", "csv"])
        #expect(shown.status == 0)
        let rows = shown.standardOutput.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("RUS,IND,2009–2015,2009,2015,"))
        // A --to before the data with no --from: said, not a crash on an empty span of years.
        let early = try run(["leverage", "--supplier", "RUS", "--to", "1940"])
        #expect(early.status == 1)
        #expect(early.standardError.contains("--to 1940 is before the first year"))
        let brief = try run(["brief"])
        let unwrapped = brief.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains("that is India's leverage over Russia"))
    }

    @Test func watchAddListRemoveAndCheck() throws {
        let list = try run(["watch", "list", "--format", "csv"])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("rus-pak-arms-deals,RUS;PAK,true,"))
        let added = try run(["watch", "add", "ind-rus-objections", "--dyad", "IND>RUS", "--codes", "11,12", "--above", "0", "--window", "1y"])
        #expect(added.status == 0)
        #expect(added.standardOutput.contains("IND→RUS, codes 11, 12: above 0 events in 365 days"))
        let again = try run(["watch", "add", "ind-rus-objections", "--dyad", "IND:RUS", "--above", "1"])
        #expect(again.status != 0)
        // As of the end of 2015 the brief's yearly indicators are hot, and so is India's objection of 2015; the
        // 90-day ones are quiet: the case's events of late 2015 are dated to the year, which a watch window cannot
        // place (they are counted apart, never as a share of an event).
        let check = try run(["watch", "check"])
        #expect(check.status == 3)
        #expect(check.standardOutput.hasPrefix("5 alerts as of 2015-12-31 (7 indicators checked)"))
        #expect(check.standardOutput.contains("more dated too coarsely to place inside the window"))
        #expect(!check.standardOutput.contains(".5 events"))
        #expect(check.standardOutput.contains("ALERT ind-rus-objections"))
        #expect(check.standardOutput.contains("India objects to Russia selling Mi-35 attack helicopters to Pakistan"))
        // Before the thaw, all is quiet.
        let quiet = try run(["watch", "check", "--as-of", "2008", "--format", "json"])
        #expect(quiet.status == 0)
        let removed = try run(["watch", "remove", "ind-rus-objections"])
        #expect(removed.status == 0)
        let gone = try run(["watch", "remove", "ind-rus-objections"])
        #expect(gone.status != 0)
        let bad = try run(["watch", "add", "x", "--dyad", "RUS:PAK", "--above", "1", "--below", "2"])
        #expect(bad.status != 0)
    }
}
