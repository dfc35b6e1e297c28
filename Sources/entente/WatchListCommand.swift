import ArgumentParser
import EntenteReport
import EntenteStore

struct WatchListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the watchlist's indicators.")

    @Option(help: "The form of the output.")
    var format: OutputFormat = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .markdown { throw ValidationError("--format: the watchlist is written as text, json or csv") }
    }

    func run() throws {
        write(try WatchOutput.list(try store.open().indicators(), as: format))
    }
}
