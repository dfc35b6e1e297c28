import ArgumentParser
import EntenteAnalysis
import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteSetup
import EntenteStore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read GDELT, ICEWS, counts tables and Entente event files into the store, at disk speed, losing nothing.",
        discussion: """
            Keeps per-dyad-per-day aggregates for every pair of states (so that `entente dyad` and `entente brief` \
            answer for any pair at once) and raw events for the states named by --keep-actors. Each event is \
            counted once by its dataset's own id (GDELT's GLOBALEVENTID; ICEWS's event id with its date): \
            ingesting a file twice changes nothing, and an ingest that was killed resumes where its last \
            checkpoint left it.

            Reads GDELT 1.0 (57 or 58 columns) and 2.0 (61) exports, GDELT 1.0's reduced historical files, ICEWS \
            files as published on Dataverse, tables of event counts per directed pair and period (ICEWS \
            dyad-years, what `entente dyad --directed --format csv` writes: a header naming source, target, a \
            period and the four quad-class counts), and what `entente events --format json|csv` writes; plain, \
            .gz or .zip; files, directories and glob patterns. The format is detected from each file's content; \
            --input-format overrides it. Counts are stored as aggregates, never as events; a row of counts is \
            known by its pair and period (a second row for them in the dataset adds nothing), so that reading \
            it again adds nothing.

            Every aggregate and event belongs to a dataset: gdelt1, gdelt2, icews, gdelt1-reduced, counts (for \
            counts tables), or what Entente's own files name per event (entente when they name none). --dataset \
            NAME puts the rows of every format under NAME instead; an event of Entente's files that names its \
            own dataset keeps it.

            Two options name formats: --input-format says what the files ARE (gdelt1, gdelt2, icews, jsonl, csv); \
            --format says how to PRINT the summary (text, or json for scripts), as --format does for every \
            command that prints results.

            Rows that cannot be read go to the quarantine file as `path:line:column: reason [N bytes]` followed by \
            the row's bytes; the summary counts them by reason, and the command exits 1 when more than \
            --max-errors rows were rejected (after storing every good row). See docs/ingest.md.
            """
    )

    @Argument(help: ArgumentHelp("Files, directories or glob patterns.", valueName: "path"))
    var paths: [String]

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "What the files are: gdelt1, gdelt2, gdelt1-reduced, icews, counts, jsonl or csv (default: detected from their content).",
            valueName: "format"))
    var inputFormat: String?

    @Option(
        help: ArgumentHelp(
            "The dataset to store the rows under (default: each format's own; A–Z a–z 0–9 . _ -, at most 64).",
            valueName: "name"))
    var dataset: String?

    @Option(
        name: .customLong("keep-actors"),
        help: ArgumentHelp("Keep raw events of these states (RUS,PAK,…), 'all' or 'none' (aggregates only).", valueName: "states"))
    var keepActors = "all"

    @Option(help: ArgumentHelp("Where rejected rows go (default: beside the database, NAME.quarantine.txt).", valueName: "file"))
    var quarantine: String?

    @Option(name: .customLong("max-errors"), help: ArgumentHelp("Exit 1 when more rows than this were rejected.", valueName: "n"))
    var maxErrors = 0

    @Flag(
        name: .customLong("merge-duplicates"),
        help: "Merge events with the same day, dyad, event code and source URL (GDELT re-emits one event under several ids).")
    var mergeDuplicates = false

    @Option(help: ArgumentHelp("How to print the summary: text or json (one JSON object).", valueName: "text|json"))
    var format = "text"

    @Option(help: .hidden)
    var workers: Int?

    /// Checkpoint at least every this many MB of input (tests make it small to kill an ingest between two).
    @Option(name: .customLong("checkpoint-mb"), help: .hidden)
    var checkpointMegabytes: Int?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if InputFormat(rawValue: format) != nil {
            throw ValidationError(
                "--format says how to print the summary (text or json); to say what the files are, use --input-format \(format)")
        }
        guard format == "text" || format == "json" else {
            throw ValidationError("--format: the summary is printed as text or json, not '\(format)'")
        }
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError(
                "--input-format: expected one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(inputFormat)'")
        }
        if let dataset {
            do { try DatasetName.check(dataset) } catch { throw ValidationError("--dataset: \(error)") }
        }
        if maxErrors < 0 { throw ValidationError("--max-errors must be 0 or more") }
        if let workers, workers < 1 { throw ValidationError("--workers must be 1 or more") }
    }

    func run() throws {
        var options = IngestOptions()
        options.format = inputFormat.flatMap(InputFormat.init(rawValue:))
        options.dataset = dataset
        options.keep = try keepPolicy()
        options.mergeDuplicates = mergeDuplicates
        options.quarantinePath = try quarantine ?? store.location().defaultQuarantinePath
        if let workers { options.workers = workers }
        if let checkpointMegabytes {
            options.checkpointBytes = Int64(max(1, checkpointMegabytes)) << 20
            options.chunkBytes = min(options.chunkBytes, max(2 << 20, Int(options.checkpointBytes)))
        }
        // A path that names nothing is an error of the run, as in the other commands: said, without the usage.
        let inputs = try InputFiles.expand(paths)
        let database = try store.openToWrite()
        let progressLine = isatty(STDERR_FILENO) != 0 ? ProgressLine() : nil
        var watch: WatchReport?
        let summary = try Ingester(store: database, options: options).run(
            inputs, progress: progressLine.map { line in { line.show($0) } },
            afterIngest: { watch = try Self.afterIngest($0, store: database) })
        progressLine?.clear()
        if format == "json" {
            write(try JSONOutput.encode(summary, pretty: false) + "\n")
        } else {
            write(Self.text(summary))
        }
        // After the summary it follows, not before it.
        if let watch { note(WatchOutput.summary(watch)) }
        if summary.quarantined > maxErrors {
            let place = summary.quarantineFile.map { "; see \($0)" } ?? ""
            let rows = summary.quarantined - Int64(summary.filesRejected)
            let what = [
                rows > 0 ? Format.count(Double(rows), "row") : nil,
                summary.filesRejected > 0 ? Format.count(Double(summary.filesRejected), "whole file") : nil,
            ].compactMap { $0 }.joined(separator: " and ")
            FileHandle.standardError.write(Data("entente: \(what) rejected, more than --max-errors \(maxErrors)\(place)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Runs after every ingest, once it is committed, with the dyads it changed and over which days: the
    /// watchlist check (DESIGN.md "Watch") runs here; what fired is written to standard error after the summary.
    static func afterIngest(_ report: IngestReport, store: any EventStore & WatchStore) throws -> WatchReport? {
        guard report.summary.stored > 0 else { return nil }
        return try checkWatchlist(of: store)
    }

    func keepPolicy() throws -> KeepPolicy {
        switch keepActors.lowercased() {
        case "all": return .all
        case "none": return .none
        default:
            let states = try keepActors.split(separator: ",").map { try parseState(String($0), option: "--keep-actors") }
            guard !states.isEmpty else { throw ValidationError("--keep-actors: expected states (RUS,PAK), 'all' or 'none'") }
            return .states(Set(states))
        }
    }

    static func text(_ summary: IngestSummary) -> String {
        func count(_ value: Int64) -> String { Format.grouped(Int(value)) }
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        var out = "Read \(Format.count(Double(summary.read), "row")) (\(Format.decimal(Double(summary.bytes) / 1e6, places: 1)) MB) from \(files) "
        out += "in \(Format.decimal(summary.seconds, places: 1)) s: \(Format.decimal(summary.megabytesPerSecond, places: 0)) MB/s, "
        out += "\(count(Int64(summary.rowsPerSecond))) rows/s.\n"
        let events = summary.stored - summary.countRows
        if events > 0 || summary.countRows == 0 {
            out += "  stored       \(count(events)) new \(events == 1 ? "event" : "events") (\(count(summary.aggregated - summary.countRows)) in dyad aggregates, \(count(summary.kept)) kept raw)\n"
        }
        if summary.countRows > 0 {
            out += "  stored       \(count(summary.countRows)) new \(summary.countRows == 1 ? "row" : "rows") of counts (\(Format.count(Double(summary.countedEvents), "event")), in dyad aggregates)\n"
        }
        out += "  duplicates   \(count(summary.duplicates)) (counted before: an event by its id, a row of counts by its pair and period)\n"
        out += "  merged       \(count(summary.merged))\n"
        out += "  non-state    \(count(summary.nonState)) (an actor that is not a state: not stored)\n"
        out += "  domestic     \(count(summary.domestic)) (one state on both sides, not kept)\n"
        if summary.emptyRows > 0 { out += "  empty        \(count(summary.emptyRows)) (rows of counts that are all 0: nothing to add)\n" }
        out += "  quarantined  \(count(summary.quarantined))"
        if !summary.reasons.isEmpty {
            out += ": " + summary.reasons.sorted { $0.key < $1.key }.map { "\($0.key) \(count($0.value))" }.joined(separator: ", ")
        }
        if let file = summary.quarantineFile { out += " → \(file)" }
        out += "\n"
        if summary.filesRejected > 0 {
            out += "Rejected whole (\(Format.count(Double(summary.filesRejected), "file"))), not read:\n"
            for rejection in summary.fileRejections { out += "  \(rejection)\n" }
            if summary.filesRejected > summary.fileRejections.count {
                out += "  … and \(summary.filesRejected - summary.fileRejections.count) more in the quarantine file\n"
            }
        }
        if summary.filesSkipped > 0 {
            let read = summary.filesSkipped - summary.filesRejectedBefore
            if read > 0 { out += "Skipped \(read == 1 ? "1 file" : "\(read) files") read to the end before (nothing changed).\n" }
            let rejected = summary.filesRejectedBefore
            if rejected > 0 {
                out += "Skipped \(rejected == 1 ? "1 file" : "\(rejected) files") rejected whole before (empty, binary or in no format Entente reads); the quarantine file has \(rejected == 1 ? "it" : "them").\n"
            }
        }
        if summary.filesResumed > 0 {
            out += "Resumed \(summary.filesResumed == 1 ? "1 file" : "\(summary.filesResumed) files") where an earlier ingest stopped.\n"
        }
        if !summary.unknownCountries.isEmpty {
            let top = summary.unknownCountries.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
            out += "Country names Entente does not know (rows counted as non-state): "
            out += top.map { "\($0.key) (\(count($0.value)))" }.joined(separator: ", ")
            out += summary.unknownCountries.count > 5 ? ", …\n" : "\n"
        }
        for warning in summary.warnings { out += "Note: \(warning)\n" }
        return out
    }
}

/// The progress line on a terminal: bytes, rows/s, time left, rewritten in place on stderr.
final class ProgressLine {
    func show(_ progress: IngestProgress) {
        let rate = progress.seconds > 0 ? Double(progress.rows) / progress.seconds : 0
        var text = "\(Format.decimal(Double(progress.diskBytesDone) / 1e6, places: 0)) of \(Format.decimal(Double(progress.diskBytesTotal) / 1e6, places: 0)) MB"
        text += " · \(Format.grouped(Int(progress.rows))) rows · \(Format.grouped(Int(rate))) rows/s"
        if progress.diskBytesDone > 0 && progress.diskBytesTotal > progress.diskBytesDone {
            let left = progress.seconds * Double(progress.diskBytesTotal - progress.diskBytesDone) / Double(progress.diskBytesDone)
            text += " · \(Int(left.rounded())) s left"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
