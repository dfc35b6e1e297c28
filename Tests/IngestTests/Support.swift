import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteStore
import Foundation
import GRDB
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real samples (../shared/data beside the repository, through TestSupport), read where they lie.
enum Samples {
    static func path(_ relative: String) -> String { SharedData.url(relative).path }

    static let gdelt1 = path("gdelt/events.csv")
    static let gdelt2 = path("gdelt/events2samp.tsv")
    static let icews = path("icews/events.2018.sample.tab")
}

/// A folder of its own for one test, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = self.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

/// Runs a program to its end; returns its exit status.
@discardableResult
func run(_ program: String, _ arguments: [String], in directory: String? = nil) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// Runs a program and kills it with SIGKILL once `ready` holds of the database it writes (read every 20 ms, on a
/// connection of its own), or after `seconds`; returns whether it was still running when killed.
func runAndKill(
    _ program: String, _ arguments: [String], database: String, within seconds: TimeInterval, when ready: (Database) throws -> Bool
) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline {
        usleep(20_000)
        if (try? DatabaseQueue(path: database).read(ready)) == true { break }
    }
    let running = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return running && process.terminationReason == .uncaughtSignal
}

/// Per directed dyad, how many events the store's aggregates hold.
func dyadCounts(_ store: SQLiteStore) throws -> [String: Int] {
    try store.writer.read { db in
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT source, target, SUM(events) AS n FROM dyad_day GROUP BY source, target") {
            let source: String = row["source"]
            let target: String = row["target"]
            counts["\(source)>\(target)"] = row["n"]
        }
        return counts
    }
}

/// Every monthly aggregate row, as text (Goldstein sums rounded to 6 places).
func monthRows(_ store: SQLiteStore) throws -> [String] {
    try store.writer.read { db in
        try String.fetchAll(
            db,
            sql: """
                SELECT source || ' ' || target || ' ' || dataset || ' ' || start_day || ' ' || end_day || ' ' || first_day
                  || ' ' || last_day || ' ' || events || ' ' || q1 || ' ' || q2 || ' ' || q3 || ' ' || q4 || ' '
                  || printf('%.6f', goldstein_sum) || ' ' || mentions || ' ' || sources || ' ' || articles
                FROM dyad_month ORDER BY source, target, dataset, start_day, end_day
                """)
    }
}

/// Every aggregate row, as text, for comparing two stores exactly (Goldstein sums rounded to 6 places).
func aggregateRows(_ store: SQLiteStore) throws -> [String] {
    try store.writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM dyad_day ORDER BY source, target, dataset, start_day, end_day").map { row in
            let goldstein: Double = row["goldstein_sum"]
            let parts: [String] = [
                row["source"], row["target"], row["dataset"], "\(row["start_day"] as Int)", "\(row["end_day"] as Int)",
                "\(row["events"] as Int)", "\(row["q1"] as Int)", "\(row["q2"] as Int)", "\(row["q3"] as Int)",
                "\(row["q4"] as Int)", String(format: "%.6f", goldstein), "\(row["mentions"] as Int)",
                "\(row["sources"] as Int)", "\(row["articles"] as Int)",
            ]
            return parts.joined(separator: " ")
        }
    }
}

func eventCount(_ store: SQLiteStore, dataset: String? = nil) throws -> Int {
    try store.writer.read { db in
        if let dataset {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE dataset = ?", arguments: [dataset]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
    }
}

/// A fresh store in a file of the folder (no built-in case, so that only ingested events are in it).
func freshStore(in folder: TemporaryFolder, _ name: String = "store.sqlite") throws -> SQLiteStore {
    try SQLiteStore(path: folder.path(name))
}

/// Ingests paths into a store.
@discardableResult
func ingest(
    _ paths: [String], into store: SQLiteStore, keep: KeepPolicy = .all, merge: Bool = false, quarantine: String? = nil,
    format: InputFormat? = nil, configure: (inout IngestOptions) -> Void = { _ in }
) throws -> IngestSummary {
    var options = IngestOptions()
    options.keep = keep
    options.mergeDuplicates = merge
    options.quarantinePath = quarantine
    options.format = format
    configure(&options)
    return try Ingester(store: store, options: options).run(try InputFiles.expand(paths))
}

/// Counts per directed dyad done here, from the raw file, independently of the readers: a state is a code (or a
/// name, for ICEWS) the model's resolver knows; historical states count for their successors; events between
/// one state and itself, or with an actor that is no state, add to no dyad.
enum IndependentCount {
    static func state(code: String) -> String? {
        guard let country = CountryResolver.standard.country(code: code) else { return nil }
        return country.successor ?? country.code
    }

    static func state(name: String) -> String? {
        guard name != "NA", let resolution = CountryResolver.standard.resolve(name) else { return nil }
        return CountryResolver.standard.isKnown(code: resolution.code) || resolution.historical != nil ? resolution.code : nil
    }

    /// GDELT: tab-separated, Actor1CountryCode and Actor2CountryCode as GDELT's codebook places them.
    static func gdelt(_ path: String) throws -> [String: Int] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var counts: [String: Int] = [:]
        var ids = Set<Substring>()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard ids.insert(fields[0]).inserted else { continue }
            guard let source = state(code: String(fields[7])), let target = state(code: String(fields[17])), source != target else { continue }
            counts["\(source)>\(target)", default: 0] += 1
        }
        return counts
    }

    /// ICEWS: by the header's names; an event is its id with its date.
    static func icews(_ path: String) throws -> [String: Int] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let id = header.firstIndex(of: "Event ID")!
        let date = header.firstIndex(of: "Event Date")!
        let sourceColumn = header.firstIndex(of: "Source Country")!
        let targetColumn = header.firstIndex(of: "Target Country")!
        var counts: [String: Int] = [:]
        var seen = Set<String>()
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard seen.insert("\(fields[id])|\(fields[date])").inserted else { continue }
            guard let source = state(name: String(fields[sourceColumn])), let target = state(name: String(fields[targetColumn])),
                source != target
            else { continue }
            counts["\(source)>\(target)", default: 0] += 1
        }
        return counts
    }
}

/// The built `entente` program, beside the test bundle.
func ententeBinary() throws -> String {
    let path = SharedData.executable.path
    guard FileManager.default.isExecutableFile(atPath: path) else { throw TestFailure("the entente program is not built (swift build first)") }
    return path
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Rows of the real GDELT 1.0 sample in the daily (58-column) layout.
func gdeltDailyRows() throws -> [String] {
    try String(contentsOfFile: Samples.gdelt1, encoding: .utf8).split(separator: "\n")
        .filter { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 58 }.map(String.init)
}

/// The real 58-column rows again and again, each time with fresh ids (from `firstID` + 1) and dated one day later
/// (from `firstDay`), so that each repetition adds new dyad-days; `day` says which repetition a row is in.
func gdeltRowsOverDays(_ days: Int, from firstDay: Int, firstID: Int) throws -> [(row: String, id: Int, day: Int)] {
    let rows = try gdeltDailyRows()
    let first = Day(key: firstDay).ordinal
    var result: [(row: String, id: Int, day: Int)] = []
    var id = firstID
    for day in 0..<days {
        for row in rows {
            id += 1
            result.append((replacing(withID(row, id), field: 1, with: String(Day(ordinal: first + day).key)), id, day))
        }
    }
    return result
}

/// A row with its GLOBALEVENTID replaced.
func withID(_ row: String, _ id: Int) -> String {
    var fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    fields[0] = String(id)
    return fields.joined(separator: "\t")
}

/// A row with one field replaced.
func replacing(_ row: String, field: Int, with value: String) -> String {
    var fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    fields[field] = value
    return fields.joined(separator: "\t")
}
