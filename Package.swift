// swift-tools-version:6.2
import PackageDescription

/// One set of settings for every target (as Hummingbird does).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
        .library(name: "EntenteModel", targets: ["EntenteModel"]),
        .library(name: "EntenteCase", targets: ["EntenteCase"]),
        .library(name: "EntenteIngest", targets: ["EntenteIngest"]),
        .library(name: "EntenteParser", targets: ["EntenteParser"]),
        .library(name: "EntenteCoder", targets: ["EntenteCoder"]),
        .library(name: "EntenteStore", targets: ["EntenteStore"]),
        .library(name: "EntenteSQLite", targets: ["EntenteSQLite"]),
        .library(name: "EntenteClickHouse", targets: ["EntenteClickHouse"]),
        .library(name: "EntenteSetup", targets: ["EntenteSetup"]),
        .library(name: "EntenteAnalysis", targets: ["EntenteAnalysis"]),
        .library(name: "EntenteReport", targets: ["EntenteReport"]),
        .library(name: "EntenteServer", targets: ["EntenteServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.60.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // Words of the field: events, actors, dyads, dates with precision, the CAMEO codebook, countries.
        .target(name: "EntenteModel", path: "Sources/Model", swiftSettings: swiftSettings),
        // The built-in case: the worked example's events, each with its source.
        .target(name: "EntenteCase", dependencies: ["EntenteModel"], path: "Sources/Case", swiftSettings: swiftSettings),
        // English text into dependency trees: tokens, UPOS tags, arc-eager parse, relations; the model (trained on the
        // English Web Treebank by Scripts/train-parser, CC BY-SA 4.0) ships as a resource.
        .target(
            name: "EntenteParser", dependencies: ["EntentePrefetch"], path: "Sources/Parser", exclude: ["Resources/SOURCE.md"],
            resources: [.copy("Resources")], swiftSettings: swiftSettings),
        // Memory hints for the parser's weight tables, which only C can give: prefetch, huge pages.
        .target(name: "EntentePrefetch", path: "Sources/Prefetch"),
        // Text into events: reads the PETRARCH/TABARI dictionaries and codes sentences into CAMEO events.
        .target(name: "EntenteCoder", dependencies: ["EntenteModel", "EntenteParser"], path: "Sources/Coder", swiftSettings: swiftSettings),
        // Readers of published formats (GDELT, ICEWS, SIPRI, Entente's own JSON Lines and CSV) and the ingest
        // that streams them into the store.
        .target(
            name: "EntenteIngest",
            dependencies: [
                "EntenteModel", "EntenteStore", "EntenteZlib", "EntenteScan",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/Ingest",
            swiftSettings: swiftSettings
        ),
        // Byte marks 64 at a time with vector instructions, for the tab-separated scanner.
        .target(name: "EntenteScan", path: "Sources/Scan"),
        // SQLite's process-wide settings (threading, memory statistics), which only C can make.
        .target(name: "EntenteSQLiteSetup", path: "Sources/SQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        // zlib, the system's, for reading .gz files as a stream.
        .systemLibrary(name: "EntenteZlib", path: "Sources/Zlib"),
        // What Entente asks of a store, with no database in it: the protocols (events, aggregates, ingest sessions,
        // the change log, metadata) and the values they carry.
        .target(name: "EntenteStore", dependencies: ["EntenteModel"], path: "Sources/Store", swiftSettings: swiftSettings),
        // The store in one SQLite file, through GRDB.
        .target(
            name: "EntenteSQLite",
            dependencies: [
                "EntenteModel", "EntenteStore", "EntenteSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/SQLite",
            swiftSettings: swiftSettings
        ),
        // The store on a ClickHouse server or cluster, through its HTTP interface (async-http-client): its schema and
        // migrations, reads summed on the servers, an idempotent and kill-safe bulk ingest.
        .target(
            name: "EntenteClickHouse",
            dependencies: [
                "EntenteModel", "EntenteStore", "EntenteZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/ClickHouse",
            swiftSettings: swiftSettings
        ),
        // Opens the store the user names (--db, --store, the environment, the default) and prepares it: loads the
        // built-in case. Used by the command line and `entente serve` alike.
        .target(
            name: "EntenteSetup",
            dependencies: [
                "EntenteModel", "EntenteCase", "EntenteStore", "EntenteSQLite", "EntenteClickHouse",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Setup",
            swiftSettings: swiftSettings
        ),
        // What the events mean: series, shifts, and the brief assembled from them.
        .target(
            name: "EntenteAnalysis",
            dependencies: ["EntenteModel", "EntenteStore"],
            path: "Sources/Analysis",
            swiftSettings: swiftSettings
        ),
        // How results look: text, Markdown, JSON, CSV, and HTML with SVG charts.
        .target(
            name: "EntenteReport",
            dependencies: ["EntenteModel", "EntenteAnalysis"],
            path: "Sources/Report",
            swiftSettings: swiftSettings
        ),
        // The JSON API and the dashboard over HTTP (Hummingbird): one `buildApplication` for the command and tests.
        .target(
            name: "EntenteServer",
            dependencies: [
                "EntenteModel", "EntenteCase", "EntenteStore", "EntenteIngest", "EntenteAnalysis", "EntenteReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Sources/Server",
            swiftSettings: swiftSettings
        ),
        // Event counts between made-up states, drawn from a model measured on real counts, with planted shifts: the
        // known answers for calibration tests and benchmarks.
        .target(
            name: "EntenteSynthetic", dependencies: ["EntenteModel", "EntenteStore", "EntenteAnalysis"], path: "Sources/Synthetic",
            swiftSettings: swiftSettings),
        // The thin command-line front.
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteModel", "EntenteCase", "EntenteIngest", "EntenteParser", "EntenteCoder", "EntenteStore", "EntenteSetup",
                "EntenteAnalysis", "EntenteReport", "EntenteServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/entente",
            swiftSettings: swiftSettings
        ),
        // Shared by the tests: where the real data and the built binary are, and a store holding the built-in case.
        .target(name: "TestSupport", dependencies: ["EntenteSQLite", "EntenteSetup"], path: "Tests/Support", swiftSettings: swiftSettings),
        .testTarget(name: "ModelTests", dependencies: ["EntenteModel", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "CaseTests", dependencies: ["EntenteCase", "EntenteModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "EntenteIngest", "EntenteStore", "EntenteSQLite", "EntenteModel", "EntenteReport", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "StoreTests", dependencies: ["EntenteStore", "EntenteModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SQLiteTests",
            dependencies: [
                "EntenteSQLite", "EntenteStore", "EntenteCase", "EntenteModel", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The ClickHouse store against real servers (a single one and a two-shard cluster that Scripts/clickhouse
        // starts): the same answers as SQLite, idempotent and kill-safe ingest, shards down.
        .testTarget(
            name: "ClickHouseTests",
            dependencies: [
                "EntenteClickHouse", "EntenteSetup", "EntenteIngest", "EntenteAnalysis", "EntenteStore", "EntenteSQLite",
                "EntenteCase", "EntenteModel", "TestSupport", .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SetupTests",
            dependencies: ["EntenteSetup", "EntenteSQLite", "EntenteStore", "EntenteCase", "EntenteModel", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["EntenteAnalysis", "EntenteStore", "EntenteSQLite", "EntenteCase", "EntenteReport", "EntenteSynthetic", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        // SIPRI's arms-transfer files read, stored and turned into leverage, checked against the real files.
        .testTarget(
            name: "LeverageTests",
            dependencies: ["EntenteIngest", "EntenteStore", "EntenteSQLite", "EntenteAnalysis", "EntenteCase", "EntenteModel", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CLITests", dependencies: ["entente", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CoderTests",
            dependencies: ["EntenteCoder", "EntenteParser", "EntenteModel", "EntenteCase", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParserTests", dependencies: ["EntenteParser", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReportTests",
            dependencies: ["EntenteReport", "EntenteAnalysis", "EntenteStore", "EntenteSQLite", "EntenteModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "EntenteServer", "EntenteStore", "EntenteSQLite", "EntenteModel", "EntenteReport", "EntenteAnalysis", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

// The coder's speed benchmark: a small release-built executable, outside the test suite (as Hummingbird does with
// ENABLE_HB_BENCHMARKS). Run it with `Benchmarks/coder/run.sh`.
if Context.environment["ENABLE_ENTENTE_BENCHMARKS"] != nil {
    package.targets.append(
        .executableTarget(
            name: "entente-coder-bench",
            dependencies: ["EntenteCoder", "EntenteParser", "EntenteModel"],
            path: "Benchmarks/coder/Sources",
            swiftSettings: swiftSettings
        )
    )
    // The scale benchmark's data: tens of millions of synthetic events (Benchmarks/scale/run.sh).
    package.targets.append(
        .executableTarget(
            name: "entente-scale-data",
            dependencies: ["EntenteSynthetic", "EntenteStore", "EntenteModel"],
            path: "Benchmarks/scale/Sources",
            swiftSettings: swiftSettings
        )
    )
}

// The parser's training: a release-built executable run by `Scripts/train-parser`, never by the tests or CI.
if Context.environment["ENABLE_ENTENTE_TRAINING"] != nil {
    package.targets.append(
        .executableTarget(
            name: "entente-train-parser",
            dependencies: ["EntenteParser"],
            path: "Scripts/ParserTraining",
            swiftSettings: swiftSettings
        )
    )
}
