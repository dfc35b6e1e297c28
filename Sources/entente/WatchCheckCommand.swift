import ArgumentParser
import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore

struct WatchCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every indicator; exit 3 when an alert fires (for scripts and cron).",
        discussion: """
            Each alert names the indicator, its window, its value against the threshold, and the events behind it. \
            Exit status: 0 when all is quiet, 3 when an alert fires, 1 on an error.
            """
    )

    @Option(help: ArgumentHelp("The day the windows end on (default: the last day of the stored events).", valueName: "date"))
    var asOf: String?

    @Option(help: "The form of the output.")
    var format: OutputFormat = .text

    @OptionGroup var datasets: DatasetOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown || format == .jsonl { throw ValidationError("--format: a check is written as text, json or csv") }
    }

    func run() throws {
        let day = try parseDate(asOf, option: "--as-of")?.end
        let report = try reading { try WatchReport.check(try store.open(), asOf: day, today: Day.today(), datasets: datasets.datasets) }
        write(try WatchOutput.check(report, as: format))
        if !report.alerts.isEmpty { throw ExitCode(WatchCheckCommand.alertStatus) }
    }

    /// The exit status when an alert fires.
    static let alertStatus: Int32 = 3
}
