import ArgumentParser

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Keep watch: indicators (states, event codes, threshold, window) checked after every ingest.",
        discussion: """
            An indicator counts the matching events whose dates fall in its window, which ends on the last day of \
            the stored events (or --as-of); for three states (--triad) it is the smallest count among the three \
            pairs, so a trilateral indicator moves only when every side does. What-if events never count. The \
            built-in case comes with the brief's own indicators (entente watch list).
            """,
        subcommands: [WatchAddCommand.self, WatchListCommand.self, WatchRemoveCommand.self, WatchCheckCommand.self]
    )
}
