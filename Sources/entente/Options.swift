import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteSetup
import EntenteStore
import Foundation

/// `--store URL` or `--db PATH`: which store; every command that reads or writes events takes them.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The store: sqlite:PATH, or clickhouse://HOST:PORT/DB[?cluster=NAME] (made by `entente store init`). Default: ENTENTE_STORE, else ENTENTE_DB, else entente.sqlite in your data folder.",
            valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("The SQLite database file: the same as --store sqlite:PATH.", valueName: "path"))
    var db: String?

    func validate() throws {
        do {
            _ = try location()
        } catch let error as StoreLocationError {
            throw ValidationError(error.description)
        }
    }

    /// The store named by the options, the environment or the default.
    func location() throws -> StoreLocation { try StoreLocation.resolve(store: url, db: db) }

    /// Opens the store to read from it. A store named by `--store` or `--db` must be there already: a mistyped path
    /// would otherwise make a new store of the built-in case and read it as if it were the user's. The default store,
    /// or one the environment names, is created and filled with the built-in case on first use.
    func open() throws -> any Store {
        let location = try location()
        if url != nil || db != nil { try location.requirePresent() }
        return try location.open()
    }

    /// Opens the store to write into it, creating it and loading the built-in case on first use.
    func openToWrite() throws -> any Store { try location().open() }
}

/// `--db PATH` alone, for `entente code`, whose `--store` flag says to store the events it codes: the store is then
/// the file named, else the one `ENTENTE_STORE`, `ENTENTE_DB` or the default names, as for every command.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file (default: ENTENTE_STORE, else ENTENTE_DB, else entente.sqlite in your data folder).", valueName: "path"))
    var db: String?

    /// Opens the store, creating it and loading the built-in case on first use.
    func open() throws -> any Store { try StoreLocation.resolve(store: nil, db: db).open() }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--dataset NAME` (repeatable, or comma-separated): the datasets a reading command reads.
struct DatasetOptions: ParsableArguments {
    @Option(
        name: .customLong("dataset"),
        help: ArgumentHelp(
            "A dataset to read (gdelt1, gdelt2, icews, entente-case, a named file…); repeat for several. Default: every dataset you ingested, and the built-in case only when nothing else is stored.",
            valueName: "name"))
    var names: [String] = []

    /// The names given, commas split.
    var datasets: [String] {
        names.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Runs an analysis read, saying a request the analysis refuses as the command line says it: an argument that is
/// wrong prints the usage; an unknown dataset (a fact of the store) is an error alone.
func reading<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as RequestError {
        if error.parameter == "datasets" { throw CommandFailure(error.message) }
        throw ValidationError(error.message)
    }
}
extension PeriodLengthArgument: ExpressibleByArgument {}

/// `--by year|quarter|month`.
enum PeriodLengthArgument: String, CaseIterable {
    case year, quarter, month
}

/// Reads a state as the user writes it: a code (RUS), a name (Russia), a demonym or a capital (Moscow).
func parseState(_ text: String, option: String) throws -> String {
    if let resolution = CountryResolver.standard.resolve(text) { return resolution.code }
    throw ValidationError(
        "\(option): unknown state '\(text)'. Use an ISO 3166 alpha-3 code (RUS, PAK, IND, USA, CHN…) or a country's name.")
}

/// Reads `A:B` (or `A-B`, `A,B`) into two states.
func parsePair(_ text: String, option: String) throws -> (String, String) {
    let parts = text.split(whereSeparator: { $0 == ":" || $0 == "," }).map(String.init)
    guard parts.count == 2 else { throw ValidationError("\(option): expected two states as A:B (for example RUS:PAK), got '\(text)'") }
    let first = try parseState(parts[0], option: option)
    let second = try parseState(parts[1], option: option)
    guard first != second else { throw ValidationError("\(option): a pair needs two different states, got \(first) twice") }
    return (first, second)
}

/// `--from DATE --to DATE`: the days a command reads.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Latest date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var to: String?

    /// The days between them, nil when neither is given; a ValidationError names the option that is wrong.
    func range() throws -> ClosedRange<Day>? {
        try dayRange(from: try parseDate(from, option: "--from"), to: try parseDate(to, option: "--to"))
    }
}

/// Reads `--from`/`--to`: a year, a month (YYYY-MM) or a day (YYYY-MM-DD).
func parseDate(_ text: String?, option: String) throws -> EventDate? {
    guard let text else { return nil }
    do {
        return try EventDate(parsing: text)
    } catch {
        throw ValidationError("\(option): expected a year (2015), a month (2015-06) or a day (2015-06-12), got '\(text)'")
    }
}

/// The days between `--from` and `--to`, nil when neither is given.
func dayRange(from: EventDate?, to: EventDate?) throws -> ClosedRange<Day>? {
    guard from != nil || to != nil else { return nil }
    let lower = from?.start ?? Day(year: 1, month: 1, day: 1)
    let upper = to?.end ?? Day(year: 9999, month: 12, day: 31)
    guard lower <= upper else { throw ValidationError("--from \(from!.text) is after --to \(to!.text)") }
    return lower...upper
}

/// Reads a comma-separated list of states ("USA,CHN,AFG").
func parseStates(_ text: String, option: String) throws -> [String] {
    try text.split(separator: ",").map { try parseState(String($0).trimmingCharacters(in: .whitespaces), option: option) }
}

/// Reads a window length: `90d`, `12w`, `6m` (30 days each), `1y` (365 days), or a number of days.
func parseDays(_ text: String, option: String) throws -> Int {
    let units: [Character: Int] = ["d": 1, "w": 7, "m": 30, "y": 365]
    var body = Substring(text.lowercased())
    var unit = 1
    if let last = body.last, let days = units[last] {
        unit = days
        body = body.dropLast()
    }
    guard let count = Int(body), count > 0 else {
        throw ValidationError("\(option): expected a length such as 90d, 12w, 6m or 1y, got '\(text)'")
    }
    return count * unit
}

extension Day {
    /// Today in UTC.
    static func today() -> Day {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return Day(ordinal: days)
    }
}

/// Writes to standard error, for notes that must not mix with results.
func note(_ text: String) {
    fflush(nil)  // what was printed before comes before it, also when both go to one pipe
    FileHandle.standardError.write(Data(text.utf8))
}

/// Prints without a trailing newline of its own: renderers end their lines.
func write(_ text: String) {
    print(text, terminator: "")
}

/// A command that cannot do what it was asked for a reason of the data or the disk, not of its arguments: said as
/// `Error: …` with no usage (a ValidationError thrown by `run` would print the usage as if an argument were wrong).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
