import EntenteAnalysis
import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

extension Samples {
    /// ICEWS counts per directed pair and year, 2002–2014: 111,691 rows.
    static let icewsDyadYears = path("icews_dyad_years/icews-dyad-years-2002-2014.dev.csv")
    /// GDELT 1.0 reduced: a header and 999 rows of January 1979.
    static let gdeltReduced = path("gdelt/sample.txt")
}

/// The fields of a comma-separated line, quotes as RFC 4180 has them: the test's own reading, not the ingest's.
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var characters = line.makeIterator()
    while let character = characters.next() {
        if quoted {
            if character == "\"" { quoted = false } else { field.append(character) }
        } else if character == "\"" {
            quoted = true
        } else if character == "," {
            fields.append(field)
            field = ""
        } else {
            field.append(character)
        }
    }
    fields.append(field)
    return fields
}

/// Per directed pair (`SRC>TGT`), first day, last day: the four counts and the Goldstein sum the store's aggregates
/// of `dataset` hold.
func countRows(_ store: SQLiteStore, dataset: String) throws -> [String: [Double]] {
    try store.writer.read { db in
        var rows: [String: [Double]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT source, target, start_day, end_day, q1, q2, q3, q4, goldstein_sum, events FROM dyad_day WHERE dataset = ?",
            arguments: [dataset])
        {
            let key = "\(row["source"] as String)>\(row["target"] as String) \(row["start_day"] as Int)-\(row["end_day"] as Int)"
            let values: [Double] = [row["q1"], row["q2"], row["q3"], row["q4"], row["goldstein_sum"], row["events"]]
            rows[key] = values
        }
        return rows
    }
}

/// Tables of counts per pair and period, and GDELT's reduced files: read into aggregates that equal a sum done here
/// from the raw files, never into events.
@Suite struct CountsTests {
    /// The whole ICEWS dyad-year file: per year and quad class, the store's aggregates equal the file's own sums
    /// (every state in it is one the model knows), each row one aggregate over its whole year.
    @Test func icewsDyadYearsMatchTheFilesOwnSumsPerYear() throws {
        let lines = try String(contentsOfFile: Samples.icewsDyadYears, encoding: .utf8).split(separator: "\n")
        let header = csvFields(lines[0])
        #expect(header == ["source", "target", "sourceName", "targetName", "year", "verbalCooperation", "materialCooperation", "verbalConflict", "materialConflict"])
        var expected: [Int: [Int]] = [:]
        var events = 0
        for line in lines.dropFirst() {
            let fields = csvFields(line)
            let counts = fields[5...8].map { Int($0)! }
            #expect(IndependentCount.state(code: fields[0]) != nil && IndependentCount.state(code: fields[1]) != nil && fields[0] != fields[1])
            for quad in 0..<4 { expected[Int(fields[4])!, default: [0, 0, 0, 0]][quad] += counts[quad] }
            events += counts.reduce(0, +)
        }
        #expect(events == 2_960_271)  // as SOURCE.md says

        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.icewsDyadYears], into: store)
        #expect(summary.read == Int64(lines.count - 1))
        #expect(summary.stored == summary.read && summary.countRows == summary.read && summary.quarantined == 0)
        #expect(summary.countedEvents == Int64(events))
        #expect(try summary.kept == 0 && eventCount(store) == 0)  // aggregates, never events

        let perYear = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT start_day / 10000 AS year, SUM(q1), SUM(q2), SUM(q3), SUM(q4), MIN(start_day % 10000), MAX(end_day % 10000),
                      COUNT(*) FROM dyad_day WHERE dataset = 'counts' GROUP BY year
                    """)
        }
        #expect(perYear.count == expected.count)
        for row in perYear {
            let year: Int = row[0]
            let sums: [Int] = [row[1], row[2], row[3], row[4]]
            #expect(sums == expected[year], "\(year)")
            // A year's row spans 1 January to 31 December: never pinned to a day.
            #expect((row[5] as Int) == 101 && (row[6] as Int) == 1231, "\(year)")
        }
        #expect(try store.datasets().first { $0.name == "counts" }?.aggregatedEvents == events)
        // A pair's rows share one block of keys: the keys cost about a bit a row, not a block a row.
        let pairs = Set(lines.dropFirst().map { line in csvFields(line).prefix(2).joined(separator: ">") })
        let blocks = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ingest_key_block WHERE namespace = 'counts:counts'")
        }
        #expect(blocks == pairs.count)

        // Every analysis reads them as any other data: a series by year, and one by quarter that spreads each year.
        let dyad = Dyad("AGO", "COD", directed: true)
        let angolaCongo = lines.dropFirst().map(csvFields).filter { $0[0] == "AGO" && $0[1] == "COD" }
        let yearly = DyadSeries.make(dyad: dyad, aggregates: try store.monthlyAggregates(of: dyad, within: nil), by: .year)
        #expect(yearly.points.filter { $0.events > 0 }.count == angolaCongo.count)
        for fields in angolaCongo {
            let point = try #require(yearly.points.first { $0.period.year == Int(fields[4])! })
            #expect(point.counts == fields[5...8].map { Double($0)! })
        }
        let quarterly = DyadSeries.make(dyad: dyad, aggregates: try store.aggregates(of: dyad, within: nil), by: .quarter)
        #expect(abs(quarterly.totalEvents - yearly.totalEvents) < 1e-9)
        #expect(quarterly.points.allSatisfy { abs($0.spread - $0.events) < 1e-9 })
    }

    /// States by name: the code columns emptied, the names resolve (ISO's inverted forms too) to the very states the
    /// codes named; names that name no state are counted as non-state and listed.
    @Test func namesResolveToTheStatesTheCodesName() throws {
        let lines = try String(contentsOfFile: Samples.icewsDyadYears, encoding: .utf8).split(separator: "\n")
        let folder = try TemporaryFolder()
        var text = "source,target,sourceName,targetName,year,verbalCooperation,materialCooperation,verbalConflict,materialConflict\n"
        for line in lines.dropFirst() {
            let fields = csvFields(line)
            text += ",," + fields[2...].map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\n"
        }
        let byName = try freshStore(in: folder, "names.sqlite")
        let names = try ingest([try folder.write("names.csv", text)], into: byName)
        let byCode = try freshStore(in: folder, "codes.sqlite")
        try ingest([Samples.icewsDyadYears], into: byCode)
        let fromNames = try countRows(byName, dataset: "counts")
        let fromCodes = try countRows(byCode, dataset: "counts")
        // Each row read by name is the row read by code: a name never resolves to another state.
        for (key, value) in fromNames { #expect(fromCodes[key] == value, "\(key)") }
        #expect(names.read == Int64(lines.count - 1))
        #expect(names.stored + names.nonState == names.read)
        #expect(names.stored > names.read * 85 / 100)
        for resolved in ["Congo, The Democratic Republic Of", "Korea, Republic Of", "Cote D'ivoire", "Bosnia And Herzegovina"] {
            #expect(names.unknownCountries[resolved] == nil, "\(resolved)")
        }
        // ISO's formal names the model's country table lacks (at most these): listed, their rows counted as non-state.
        let lacking: Set = [
            "Bolivia, Plurinational State Of", "Congo, Republic Of", "Iran, Islamic Republic Of", "Korea, Democratic People's Republic Of",
            "Lao People's Democratic Republic", "Libyan Arab Jamahiriya", "Syrian Arab Republic",
        ]
        #expect(Set(names.unknownCountries.keys).isSubset(of: lacking), "\(names.unknownCountries)")
        #expect(names.unknownCountries.values.reduce(0, +) >= names.nonState)

        // A code that names no state gives way to its name; a name of nothing is counted and said.
        let mixed = """
            source,target,sourceName,targetName,year,verbalCooperation,materialCooperation,verbalConflict,materialConflict
            XXX,FRA,Russian Federation,France,2010,1,2,3,4
            RUS,,,Atlantis,2010,5,0,0,0
            Soviet Union,DEU,,,1985,7,0,0,1

            """
        let store = try freshStore(in: folder, "mixed.sqlite")
        let summary = try ingest([try folder.write("mixed.csv", mixed)], into: store)
        #expect(summary.stored == 2 && summary.nonState == 1)
        #expect(summary.unknownCountries == ["Atlantis": 1])
        let rows = try countRows(store, dataset: "counts")
        #expect(rows["RUS>FRA 20100101-20101231"] == [1, 2, 3, 4, 0, 10])
        #expect(rows["RUS>DEU 19850101-19851231"] == [7, 0, 0, 1, 0, 8])  // the Soviet Union on Russia's lineage
    }

    /// What `entente dyad A B --directed --format csv` writes — its periods, first and last days, counts and Goldstein
    /// sums, with other columns beside them — reads back as aggregates over exactly those days.
    @Test func aDyadSeriesWrittenAsCSVReadsBack() throws {
        let header = "source,target,period,start,end,events,verbalCooperation,materialCooperation,verbalConflict,materialConflict,goldsteinSum,cooperationIndex,low,high"
        let text = """
            \(header)
            RUS,PAK,2014,2014-01-01,2014-12-31,6,5,1,0,0,21.5,1,0.61,1
            RUS,PAK,2015-Q2,2015-04-01,2015-06-30,3,2,1,0,0,13,0.9,0.2,1
            RUS,PAK,2015-06,2015-06-01,2015-06-30,0,0,0,0,0,0,,,
            PAK,RUS,2015-10,2015-10-01,2015-10-31,4,2,0,1,1,-1.5,0.0,-0.7,0.7

            """
        let folder = try TemporaryFolder()
        let path = try folder.write("rus-pak.csv", text)
        let store = try freshStore(in: folder)
        let summary = try ingest([path], into: store)
        #expect(summary.read == 4 && summary.stored == 3 && summary.emptyRows == 1 && summary.quarantined == 0)
        #expect(summary.countedEvents == 13)
        let rows = try countRows(store, dataset: "counts")
        #expect(rows == [
            "RUS>PAK 20140101-20141231": [5, 1, 0, 0, 21.5, 6],
            "RUS>PAK 20150401-20150630": [2, 1, 0, 0, 13, 3],
            "PAK>RUS 20151001-20151031": [2, 0, 1, 1, -1.5, 4],
        ])
        // Read back by the analysis: the directed series by year holds what the file said.
        let series = DyadSeries.make(
            dyad: Dyad("RUS", "PAK", directed: true), aggregates: try store.monthlyAggregates(of: Dyad("RUS", "PAK", directed: true), within: nil),
            by: .year)
        #expect(series.points.map(\.events) == [6, 3])
        #expect(series.points.map(\.goldsteinSum) == [21.5, 13])

        // Ingested again: the file is skipped; the same rows in another order and with other columns are each known
        // by their pair and period, and so is a revised count for a period counted before (the first stays).
        let again = try ingest([path], into: store)
        #expect(again.filesSkipped == 1 && again.stored == 0)
        let reordered = """
            period,end,start,target,source,goldsteinSum,materialConflict,verbalConflict,materialCooperation,verbalCooperation,spread
            2015-10,2015-10-31,2015-10-01,RUS,PAK,-1.5,1,1,0,2,0
            2014,2014-12-31,2014-01-01,PAK,RUS,21.5,0,0,1,5,0
            2015-Q2,2015-06-30,2015-04-01,PAK,RUS,20,0,0,0,9,0
            2016,2016-12-31,2016-01-01,PAK,RUS,2,0,0,0,1,0

            """
        let other = try ingest([try folder.write("other.csv", reordered)], into: store)
        #expect(other.duplicates == 3 && other.stored == 1)
        #expect(other.warnings.count == 1 && other.warnings[0].contains("3 rows of counts gave a pair and period of the dataset 'counts' counted before"))
        var expected = rows
        expected["RUS>PAK 20160101-20161231"] = [1, 0, 0, 0, 2, 1]
        #expect(try countRows(store, dataset: "counts") == expected)
        // A year is one period however it is written: a year column, a period, or its first and last day.
        let byYear = "source,target,year,q1,q2,q3,q4\nRUS,PAK,2014,1,1,1,1\nRUS,PAK,2013,1,0,0,0\n"
        let third = try ingest([try folder.write("years.csv", byYear)], into: store)
        #expect(third.duplicates == 1 && third.stored == 1)
    }

    /// Counts without Goldstein sums — no such column (as ICEWS's dyad-years), or a cell left empty — are counted,
    /// and their dataset is marked so that its Goldstein means read as unknown, never as 0 (the whole dataset: a mark
    /// per dataset, not per row); a dataset with the sums keeps its mean, and a period holding both reads the mean of
    /// the events that carry one.
    @Test func countsWithoutGoldsteinHaveNoGoldsteinMean() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let with = try ingest([try folder.write("with.csv", "source,target,year,q1,q2,q3,q4,goldstein\nRUS,PAK,2014,3,1,0,0,12\n")], into: store) {
            $0.dataset = "with"
        }
        #expect(with.warnings.isEmpty)
        let without = try ingest([try folder.write("without.csv", "source,target,year,q1,q2,q3,q4\nRUS,PAK,2014,1,0,1,0\nRUS,PAK,2015,2,0,0,0\n")], into: store) {
            $0.dataset = "without"
        }
        #expect(without.stored == 2)
        #expect(without.warnings == ["2 rows of counts of the dataset 'without' carry no Goldstein sum: its Goldstein means are shown as unknown (–), not 0"])
        let partial = try ingest(
            [try folder.write("partial.csv", "source,target,year,q1,q2,q3,q4,goldstein\nPAK,RUS,2016,1,0,0,0,3\nPAK,RUS,2017,1,0,0,0,\n")], into: store
        ) { $0.dataset = "partial" }
        #expect(partial.warnings.count == 1 && partial.warnings[0].hasPrefix("1 row of counts of the dataset 'partial' carries no Goldstein sum"))
        #expect(try DatasetMetadata.withoutGoldstein(["with", "without", "partial"], in: store) == ["without", "partial"])

        let reader = try RelationsReader(store: store, datasets: ["with", "without", "partial"])
        let series = try reader.series(Dyad("RUS", "PAK"), by: .year, range: nil)
        // 2014: 4 events with a sum of 12 (dataset 'with') and 2 without: the mean is 12 / 4, not 12 / 6.
        #expect(series.points.map(\.events) == [6, 2, 1, 1])
        #expect(series.points.map(\.goldsteinMean) == [3, nil, nil, nil])
        let text = SeriesText.render(series)
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  2015") && $0.contains("  –  ") })
        // Written as CSV, a period whose events do not all carry Goldstein leaves the sum empty.
        let csv = SeriesOutput.csv(series).split(separator: "\n").map { csvFields($0) }
        let column = try #require(csv[0].firstIndex(of: "goldsteinSum"))
        #expect(csv.dropFirst().map { $0[column] } == ["", "", "", ""])
        let alone = try RelationsReader(store: store, datasets: ["with"]).series(Dyad("RUS", "PAK"), by: .year, range: nil)
        #expect(SeriesOutput.csv(alone).split(separator: "\n").map { csvFields($0) }[1][column] == "12")
    }

    /// GDELT 1.0's reduced sample: per directed pair, the events and Goldstein sums equal a sum done here (NumEvents
    /// of each row between two states, by the leading three letters of its actor codes).
    @Test func gdeltReducedSampleMatchesAnIndependentSum() throws {
        let lines = try String(contentsOfFile: Samples.gdeltReduced, encoding: .utf8).split(separator: "\n")
        var expected: [String: (events: Int, goldstein: Double, articles: Int)] = [:]
        var rows = 0
        for line in lines.dropFirst() {
            rows += 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let source = IndependentCount.state(code: String(fields[1].prefix(3))),
                let target = IndependentCount.state(code: String(fields[2].prefix(3))), source != target
            else { continue }
            let key = "\(source)>\(target) \(fields[0])"
            let events = Int(fields[4])!
            let known = expected[key] ?? (0, 0, 0)
            expected[key] = (known.events + events, known.goldstein + Double(events) * Double(fields[7])!, known.articles + Int(fields[5])!)
        }
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        let summary = try ingest([Samples.gdeltReduced], into: store)
        #expect(summary.read == Int64(rows) && rows == 999)
        #expect(summary.quarantined == 0)
        #expect(summary.read == summary.stored + summary.nonState + summary.domestic)
        #expect(try eventCount(store) == 0)
        let stored = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT source, target, start_day, end_day, events, goldstein_sum, articles FROM dyad_day WHERE dataset = 'gdelt1-reduced'")
        }
        var found: [String: (events: Int, goldstein: Double, articles: Int)] = [:]
        for row in stored {
            #expect((row["start_day"] as Int) == (row["end_day"] as Int))
            found["\(row["source"] as String)>\(row["target"] as String) \(row["start_day"] as Int)"] = (row["events"], row["goldstein_sum"], row["articles"])
        }
        #expect(found.keys.sorted() == expected.keys.sorted())
        for (key, value) in expected {
            #expect(found[key]?.events == value.events && found[key]?.articles == value.articles, "\(key)")
            #expect(abs((found[key]?.goldstein ?? .nan) - value.goldstein) < 1e-9, "\(key)")
        }
        // A pair of the sample: the United States toward China in January 1979.
        let usaChina = try store.aggregates(of: Dyad("USA", "CHN", directed: true), within: nil, datasets: ["gdelt1-reduced"])
        #expect(usaChina.reduce(0) { $0 + $1.total } == expected.filter { $0.key.hasPrefix("USA>CHN ") }.reduce(0) { $0 + $1.value.events })
        #expect(!usaChina.isEmpty)

        // Read again under another name, nothing is added: each row is known by its content.
        try FileManager.default.copyItem(atPath: Samples.gdeltReduced, toPath: folder.path("copy.txt"))
        try store.writer.write { db in try db.execute(sql: "DELETE FROM ingest_file") }
        let again = try ingest([folder.path("copy.txt")], into: store)
        #expect(again.duplicates == summary.stored && again.stored == 0)
    }

    @Test func theDatasetOptionNamesTheDatasetAndEventsKeepTheirOwn() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        try ingest([Samples.icewsDyadYears], into: store, keep: .none) { $0.dataset = "icews-dyad-years" }
        try ingest([Samples.gdelt1], into: store, keep: .none) { $0.dataset = "gdelt-sample" }
        let events = """
            {"id":"own:1","date":"2015-06-12","source":"RUS","target":"PAK","cameo":"057","dataset":"mine"}
            {"id":"own:2","date":"2015-06","source":"RUS","target":"PAK","cameo":"042"}

            """
        try ingest([try folder.write("own.jsonl", events)], into: store) { $0.dataset = "brief-2015" }
        let names = Set(try store.datasets().map(\.name))
        #expect(names == ["icews-dyad-years", "gdelt-sample", "mine", "brief-2015"])
        #expect(try store.events(matching: EventQuery()).map(\.provenance.dataset).sorted() == ["brief-2015", "mine"])

        for bad in ["", "a b", String(repeating: "x", count: 65), "gdelt/1", "données"] {
            #expect(throws: DatasetName.Invalid.self) { try DatasetName.check(bad) }
        }
        try DatasetName.check("icews-dyad-years_2002.v2")
        try DatasetName.check(String(repeating: "x", count: 64))
    }

    /// The command: `--dataset` names the dataset of what it reads, and a name that cannot be one is refused before
    /// anything is read.
    @Test func theCommandTakesADatasetAndRefusesABadName() throws {
        let binary = try ententeBinary()
        let folder = try TemporaryFolder()
        let path = try folder.write("counts.csv", "source,target,year,q1,q2,q3,q4\nRUS,PAK,2014,1,2,3,4\n")
        let database = folder.path("db.sqlite")
        #expect(try run(binary, ["ingest", path, "--db", database, "--dataset", "rus pak"]) != 0)
        #expect(!FileManager.default.fileExists(atPath: database))
        #expect(try run(binary, ["ingest", path, "--db", database, "--dataset", "rus-pak.2014", "--keep-actors", "none"]) == 0)
        let store = try SQLiteStore(path: database)
        #expect(try countRows(store, dataset: "rus-pak.2014") == ["RUS>PAK 20140101-20141231": [1, 2, 3, 4, 0, 10]])
    }

    @Test func countsAndReducedFilesAreDetectedFromTheirHeaders() throws {
        func detect(_ text: String) -> FormatDetector.Detection { FormatDetector.detect(Array(text.utf8)) }
        #expect(detect("source,target,year,verbCoop,matlCoop,verbConf,matlConf\nRUS,PAK,2015,1,0,0,0\n") == .format(.counts))
        #expect(detect("Source\tTarget\tMonth\tQ1\tQ2\tQ3\tQ4\n") == .format(.counts))
        #expect(detect("\u{FEFF}\"source\",\"target\",\"period\",\"verbal_cooperation\"\n") == .format(.counts))
        #expect(detect("Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\n") == .format(.gdeltReduced))
        // Named pairs without counts are no counts table.
        guard case .unknown = detect("source,target,year,notes\n") else {
            Issue.record("a table without counts was taken for one")
            return
        }
        #expect(FormatDetector.detect(Array(try Data(contentsOf: URL(fileURLWithPath: Samples.icewsDyadYears)).prefix(65536))) == .format(.counts))
        #expect(FormatDetector.detect(Array(try Data(contentsOf: URL(fileURLWithPath: Samples.gdeltReduced)).prefix(65536))) == .format(.gdeltReduced))
    }
}

/// Counts per year read by quarter or month: refused with what to do, since each year would be spread evenly over its
/// periods and every change between them would be the spreading's (with intervals of nothing).
@Suite struct CountsResolutionTests {
    @Test func yearlyCountsAreNotReadByQuarter() throws {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        try ingest([try folder.write("years.csv", "source,target,year,q1,q2,q3,q4\nRUS,PAK,2014,30,1,5,0\nRUS,PAK,2015,90,2,5,1\n")], into: store)
        for length in [PeriodLength.quarter, .month] {
            let request = try SeriesRequest(dyad: Dyad("RUS", "PAK"), length: length)
            #expect(throws: RequestError.self) { try DyadSeries.read(request, from: store) }
        }
        let byYear = try DyadSeries.read(try SeriesRequest(dyad: Dyad("RUS", "PAK"), length: .year), from: store)
        #expect(byYear.series.observed.count == 2)
        // Daily events beside them: the quarters say something again.
        let events = "{\"id\":\"own:1\",\"date\":\"2015-06-12\",\"source\":\"RUS\",\"target\":\"PAK\",\"cameo\":\"057\"}\n"
        try ingest([try folder.write("own.jsonl", events)], into: store)
        _ = try DyadSeries.read(try SeriesRequest(dyad: Dyad("RUS", "PAK"), length: .quarter), from: store)
    }
}
