import EntenteModel
import EntenteStore
import EntenteSynthetic
import Foundation

// Writes a store's worth of synthetic events for the scale benchmark (Benchmarks/scale/run.sh):
//   counts.csv    every pair's daily counts, as `entente ingest` reads a counts table (stored as aggregates)
//   events.jsonl  the events of the pairs among the first three states, one by one (stored raw: the brief's evidence)
// The model is EntenteSynthetic's, measured on real ICEWS counts; the states borrow real codes (the ingest knows
// only real states), with no meaning. Usage: entente-scale-data FOLDER [EVENTS] [STATES] [YEARS]

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: entente-scale-data FOLDER [EVENTS=10000000] [STATES=150] [YEARS=30]\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let events = arguments.count > 2 ? Double(arguments[2]) ?? 10_000_000 : 10_000_000
let states = arguments.count > 3 ? Int(arguments[3]) ?? 150 : 150
let years = arguments.count > 4 ? Int(arguments[4]) ?? 30 : 30
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

var profile = SyntheticRelations.Profile()
profile.states = states
profile.periods = years
profile.firstYear = 2024 - years
profile.eventsPerPeriod = events / Double(years)
var relations = SyntheticRelations(profile: profile, seed: 2_026)
// Real codes, in the country table's order, skipping historical states.
relations.names = Array(CountryResolver.standard.countries.filter { $0.successor == nil }.map(\.code).prefix(states))
guard relations.names!.count == states else { fatalError("the country table has fewer than \(states) states") }
// The three busiest states are the ones kept raw (the brief's pair and focal state): a first pass counts each
// state's events (the draws are the same on every pass).
var activity: [String: Int] = [:]
relations.generate { row in activity[row.source, default: 0] += row.total }
let busiest = activity.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key)
let watched = Set(busiest)
try busiest.joined(separator: ",").write(to: folder.appendingPathComponent("watched.txt"), atomically: true, encoding: .utf8)

/// A file written through a buffer of 4 MiB.
final class Output {
    let handle: FileHandle
    var buffer = Data()

    init(_ url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 4 << 20 { flush() }
    }

    func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

let counts = try Output(folder.appendingPathComponent("counts.csv"))
let raw = try Output(folder.appendingPathComponent("events.jsonl"))
counts.write("source,target,date,verbalCooperation,materialCooperation,verbalConflict,materialConflict,goldsteinSum\n")
let codes: [CAMEOCode] = ["042", "061", "112", "190"]
var total = 0
var rawTotal = 0
relations.generate(byDay: true) { row in
    total += row.total
    guard watched.contains(row.source) && watched.contains(row.target) else {
        counts.write("\(row.source),\(row.target),\(row.start.iso),\(row.counts[0]),\(row.counts[1]),\(row.counts[2]),\(row.counts[3]),\(row.goldsteinSum)\n")
        return
    }
    for quad in 0..<4 {
        for n in 0..<row.counts[quad] {
            rawTotal += 1
            let code = codes[quad]
            raw.write(
                "{\"id\":\"bench:\(row.source)-\(row.target)-\(row.start.key)-\(quad)-\(n)\",\"date\":\"\(row.start.iso)\",\"source\":\"\(row.source)\","
                    + "\"target\":\"\(row.target)\",\"cameo\":\"\(code.rawValue)\",\"summary\":\"\(code.name)\",\"dataset\":\"synthetic\"}\n")
        }
    }
}
counts.flush()
raw.flush()
print("wrote \(total) events: \(total - rawTotal) as daily counts (counts.csv), \(rawTotal) one by one (events.jsonl, pairs of \(watched.sorted().joined(separator: ", ")))")
