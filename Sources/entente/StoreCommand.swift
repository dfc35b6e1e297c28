import ArgumentParser

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Make the store's schema (init) and say what it holds (status).",
        discussion: """
            A SQLite file is made on first use; a ClickHouse database (--store clickhouse://HOST:PORT/DB, with \
            ?cluster=NAME for a cluster) is made by `entente store init`, on the server named and on every shard of \
            the cluster. See docs/deployment.md.
            """,
        subcommands: [StoreInitCommand.self, StoreStatusCommand.self]
    )
}
