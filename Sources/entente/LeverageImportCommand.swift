import ArgumentParser
import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteSetup
import EntenteStore
import Foundation

struct LeverageImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load SIPRI's trade register or TIV tables (files or folders) into the database.",
        discussion: """
            The register as SIPRI exports it (preamble, header, one row per deal and delivery year) and the TIV tables \
            ("TIV of arms exports from <supplier>, 1950-2021") are told apart by their content. Rows that cannot be \
            read go to the quarantine file, each as `path:line:column: reason` followed by the raw row. Importing a \
            file again replaces its rows; the register is used for the years it covers, the TIV tables for the others.
            """
    )

    @Argument(help: "SIPRI files, or folders of them.")
    var files: [String]

    @Option(help: ArgumentHelp("Where rejected rows go (default: quarantine/sipri-<time>.txt beside the database).", valueName: "path"))
    var quarantine: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.openToWrite()
        let quarantine = try self.quarantine ?? defaultQuarantine()
        let summary = try SIPRIImport.run(paths: files, into: database, quarantine: quarantine)
        var out = ""
        // A file a line when there are few; otherwise a line per kind of file, and the files with rejected rows.
        let listed = summary.files.count <= 5 ? summary.files : summary.files.filter { $0.rejected > 0 }
        if summary.files.count > 5 {
            // "TIV table (Albania)" and "TIV table (Zambia)" are one kind of file.
            let kindOf = { (file: SIPRIImport.Summary.File) in String(file.kind.split(separator: " (").first ?? "") }
            for kind in Set(summary.files.map(kindOf)).sorted() {
                let files = summary.files.filter { kindOf($0) == kind }
                out += "\(Format.count(Double(files.count), "file")), \(kind): \(Format.grouped(files.reduce(0) { $0 + $1.rows })) rows → "
                    + "\(Format.grouped(files.reduce(0) { $0 + $1.transfers })) transfers\n"
            }
        }
        for file in listed {
            out += "\(file.path): \(file.kind), \(Format.grouped(file.rows)) rows → \(Format.grouped(file.transfers)) transfers"
            out += file.rejected > 0 ? ", \(Format.grouped(file.rejected)) quarantined\n" : "\n"
        }
        out += "Stored \(Format.grouped(summary.added)) new transfers, replaced \(Format.grouped(summary.replaced)).\n"
        let kinds: [(ArmsTransfer.Party.Kind, String)] = [
            (.nonState, "armed groups and unrecognised entities"), (.organisation, "international organisations"),
            (.unknown, "unknown suppliers or recipients"),
        ]
        let present = kinds.filter { summary.nonStates[$0.0] != nil }
        if !present.isEmpty {
            out += "Not states (counted in a state's totals, never as a state):\n"
            for (kind, label) in present {
                let parties = summary.nonStates[kind]!
                out += Text.wrap(
                    "\(label): \(Format.grouped(parties.rows)) transfers, TIV \(Format.grouped(Int(parties.tiv.rounded()))), "
                        + "\(parties.names.count) names (\(parties.names.sorted().prefix(6).joined(separator: "; "))"
                        + "\(parties.names.count > 6 ? "; …" : ""))", firstPrefix: "  ", prefix: "    ")
            }
        }
        if !summary.historical.isEmpty {
            out += Text.wrap(
                "Historical states, counted on their successors' lineage: \(summary.historical.sorted().joined(separator: ", "))",
                prefix: "  ")
        }
        if !summary.rejected.isEmpty {
            out += "Quarantined \(Format.grouped(summary.rejected.count)) rows → \(quarantine)\n"
            for row in summary.rejected.prefix(5) { out += "  \(row)\n" }
        }
        write(out)
        if !summary.failures.isEmpty {
            throw ImportFailure(failures: summary.failures)
        }
    }

    func defaultQuarantine() throws -> String {
        let folder = URL(fileURLWithPath: try store.location().folder).appendingPathComponent("quarantine")
        let stamp = Int(Date().timeIntervalSince1970)
        return folder.appendingPathComponent("sipri-\(stamp).txt").path
    }

    struct ImportFailure: Error, CustomStringConvertible {
        let failures: [ReadError]
        var description: String {
            "could not read \(failures.count) file\(failures.count == 1 ? "" : "s"):\n" + failures.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
