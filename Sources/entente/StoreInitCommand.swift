import ArgumentParser
import EntenteSetup

struct StoreInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store's schema, or migrate it to this build's; running it again changes nothing.",
        discussion: """
            Then loads the built-in case into it, as the first command that opens a store does (--no-case: leave it \
            empty).
            """
    )

    @Flag(name: .customLong("no-case"), help: "Do not load the built-in case.")
    var noCase = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let location = try store.location()
        write(try location.initialize())
        if !noCase { _ = try location.open() }
    }
}
