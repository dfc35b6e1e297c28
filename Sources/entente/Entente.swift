import ArgumentParser

@main
struct Entente: AsyncParsableCommand {
    /// The release: what `entente --version` prints. Raised with every landing that changes what users see.
    static let version = "0.16.0"

    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "How relations between states move, why, and what it means for a third state — from event data.",
        discussion: """
            With no database given, Entente uses entente.sqlite in your data folder ($XDG_DATA_HOME/entente or \
            ~/.local/share/entente; ENTENTE_DB overrides), created on first use and filled with the built-in case: \
            the Russia–Pakistan rapprochement of 2009–2015, seen from India. A file named with --db is made only by a \
            command that writes (ingest, store init); a reading command given one that does not exist says so.
            """,
        version: version,
        subcommands: [
            BriefCommand.self, EventsCommand.self, DyadCommand.self, CodeCommand.self, ParseCommand.self, DriversCommand.self,
            TriangleCommand.self, LeverageCommand.self, WatchCommand.self, IngestCommand.self, ServeCommand.self,
            StoreCommand.self,
        ],
        defaultSubcommand: nil
    )
}
