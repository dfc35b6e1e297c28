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
    ],
    targets: [
        // Words of the field: events, actors, dyads, dates with precision, the CAMEO codebook, countries.
        .target(name: "EntenteModel", path: "Sources/Model", swiftSettings: swiftSettings),
        // The built-in case: the worked example's events, each with its source.
        .target(name: "EntenteCase", dependencies: ["EntenteModel"], path: "Sources/Case", swiftSettings: swiftSettings),
        // English text into dependency trees: tokens, UPOS tags, arc-eager parse, relations; the model (trained on the
        // English Web Treebank by Scripts/train-parser, CC BY-SA 4.0) ships as a resource.
        .target(
            name: "EntenteParser", path: "Sources/Parser", exclude: ["Resources/SOURCE.md"], resources: [.copy("Resources")],
            swiftSettings: swiftSettings),
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
        // Where events and per-dyad-per-day aggregates live (SQLite through GRDB).
        .target(
            name: "EntenteStore",
            dependencies: [
                "EntenteModel", "EntenteCase", "EntenteSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/Store",
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
        // The thin command-line front.
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteModel", "EntenteCase", "EntenteIngest", "EntenteParser", "EntenteCoder", "EntenteStore", "EntenteAnalysis", "EntenteReport",
                "EntenteServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/entente",
            swiftSettings: swiftSettings
        ),
        // Shared by the tests: where the real data and the built binary are.
        .target(name: "TestSupport", path: "Tests/Support", swiftSettings: swiftSettings),
        .testTarget(name: "ModelTests", dependencies: ["EntenteModel", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "CaseTests", dependencies: ["EntenteCase", "EntenteModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "EntenteIngest", "EntenteStore", "EntenteModel", "EntenteReport", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "StoreTests", dependencies: ["EntenteStore", "EntenteCase", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["EntenteAnalysis", "EntenteStore", "EntenteCase", "EntenteReport", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        // SIPRI's arms-transfer files read, stored and turned into leverage, checked against the real files.
        .testTarget(
            name: "LeverageTests",
            dependencies: ["EntenteIngest", "EntenteStore", "EntenteAnalysis", "EntenteCase", "EntenteModel", "TestSupport"],
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
            dependencies: ["EntenteReport", "EntenteAnalysis", "EntenteStore", "EntenteModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "EntenteServer", "EntenteStore", "EntenteModel", "EntenteReport", "EntenteAnalysis", "TestSupport",
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
