import Foundation

extension ParserModel {
    /// The model file's name in the package's resources.
    public static let resourceName = "english-ewt.entparser"

    /// Where the shipped model is looked for, in order (when `ENTENTE_PARSER_MODEL` is not set): the resource bundle beside the
    /// running executable (`Entente_EntenteParser.resources`, as SwiftPM lays out `swift build`, `swift run` and
    /// `swift test`), `../share/entente/` beside it (an installed binary), and the source tree it was built from.
    public static func candidatePaths() -> [String] {
        var paths: [String] = []
        var folders: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() { folders.append(executable) }
        for folder in folders {
            for bundle in ["Entente_EntenteParser.resources", "Entente_EntenteParser.bundle", "Entente_EntenteParser.bundle/Contents/Resources"] {
                paths.append(folder.appendingPathComponent(bundle).appendingPathComponent("Resources").appendingPathComponent(resourceName).path)
            }
            paths.append(folder.appendingPathComponent("../share/entente").appendingPathComponent(resourceName).standardized.path)
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        paths.append(source.appendingPathComponent("Resources").appendingPathComponent(resourceName).path)
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// The model that ships with Entente (trained on the English Web Treebank by `Scripts/train-parser`; CC BY-SA
    /// 4.0): the file `ENTENTE_PARSER_MODEL` names, else the first of ``candidatePaths()`` that exists.
    ///
    /// - Throws: ``ParserModelError`` naming every place looked in when none has it, or the damage in the file.
    /// - Complexity: reads a few MB; about 30–60 ms (release build).
    public static func shipped() throws -> ParserModel {
        if let path = ProcessInfo.processInfo.environment["ENTENTE_PARSER_MODEL"], !path.isEmpty {
            // Named by the user: that file or a clear error, never another model in its place.
            guard FileManager.default.fileExists(atPath: path) else {
                throw ParserModelError(path: path, offset: -1, expected: "the parser model ENTENTE_PARSER_MODEL names (no such file)")
            }
            return try read(path: path)
        }
        let candidates = candidatePaths()
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            return try read(path: path)
        }
        throw ParserModelError(
            path: resourceName, offset: -1,
            expected: "the parser model, not found in: \(candidates.joined(separator: ", ")) (set ENTENTE_PARSER_MODEL to its path, or run Scripts/train-parser)")
    }

    /// Reads a model file.
    public static func read(path: String) throws -> ParserModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParserModelError(path: path, offset: -1, expected: "a readable model file")
        }
        return try ParserModel(bytes: [UInt8](data), path: path)
    }
}
