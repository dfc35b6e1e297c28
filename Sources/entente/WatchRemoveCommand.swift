import ArgumentParser
import EntenteStore

struct WatchRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an indicator from the watchlist.")

    @Argument(help: "The indicator's name.")
    var name: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard try store.open().removeIndicator(named: name) else {
            throw CommandFailure("no indicator named '\(name)' (entente watch list shows them)")
        }
        write("Removed \(name).\n")
    }
}
