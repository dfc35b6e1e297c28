import ArgumentParser
import EntenteServer
import EntenteSetup
import EntenteStore
import Foundation
import Hummingbird
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the dashboard over HTTP.",
        discussion: """
            Reads are open; writes (POST /api/events) need the token in ENTENTE_TOKEN, sent as \
            'Authorization: Bearer <token>'; without ENTENTE_TOKEN the server takes no writes. The routes are \
            described in docs/openapi.json and docs/server.md. Stop with Ctrl-C (SIGINT) or SIGTERM.
            """
    )

    @Option(help: ArgumentHelp("The address to listen on (loopback by default).", valueName: "host"))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port: Int = 8080

    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: String = "info"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level '\(logLevel)'") }
    }

    func run() async throws {
        var logger = Logger(label: "entente.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let token = ProcessInfo.processInfo.environment["ENTENTE_TOKEN"]
        let configuration = ServerConfiguration(host: host, port: port, token: token)
        let location = try store.location()
        let database = try location.open()
        logger.info(
            "serving",
            metadata: [
                "store": "\(location)", "url": "http://\(host):\(port)/",
                "writes": "\(configuration.token == nil ? "disabled (no ENTENTE_TOKEN)" : "enabled with the token")",
            ])
        let app = buildApplication(configuration: configuration, store: database, logger: logger)
        try await app.runService()
    }
}
