import ArgumentParser
import EntenteSetup

struct StoreStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which store is used, whether every server of it answers, and what it holds per dataset."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        write(try store.location().status())
    }
}
