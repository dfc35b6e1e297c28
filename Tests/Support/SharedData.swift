import Foundation

/// Where the tests find the real third-party data (never copied into this repository) and the built binary.
public enum SharedData {
    /// The repository's root folder.
    public static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared/data` beside the repository, as DESIGN.md places it.
    public static let folder: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// A file under `../shared/data`, e.g. `url("gdelt/events.csv")`.
    public static func url(_ relativePath: String) -> URL { folder.appendingPathComponent(relativePath) }

    /// The seed brief the built-in case comes from.
    public static let seedBrief: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/seed/000_57111fbd01a09451.txt")

    /// The lines of a shared data file, decoded as UTF-8 (or Latin-1 where it is not valid UTF-8).
    public static func lines(_ relativePath: String) throws -> [String] {
        let data = try Data(contentsOf: url(relativePath))
        let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The `entente` executable built beside the test bundle.
    public static var executable: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("entente")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return products.appendingPathComponent("entente")
    }

    /// A fresh temporary folder for one test.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// What a run of the `entente` executable printed and how it ended.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs the built `entente` with `arguments`, with `environment` added to the test's own.
public func runEntente(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = SharedData.executable
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let standardInput = Pipe()
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(input) }
    try standardInput.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
        standardError: String(decoding: errData, as: UTF8.self))
}
