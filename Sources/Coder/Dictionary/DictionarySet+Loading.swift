import Foundation

/// A dictionary folder or file that could not be used.
public struct DictionaryLoadError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension DictionarySet {
    /// Loads the named files of each kind from `directory` and builds the indexes.
    ///
    /// - Throws: ``FileReadError`` for a file that cannot be read; ``DictionaryParseError`` for a malformed line
    ///   under ``MalformedLinePolicy/fail``.
    public static func load(
        directory: String, files: [(Kind, String)], policy: MalformedLinePolicy = .skip
    ) throws -> DictionarySet {
        var set = DictionarySet()
        for (kind, name) in files {
            let path = name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name)
            try set.add(kind, path: path, bytes: try FileBytes.read(path), policy: policy)
        }
        set.finish()
        return set
    }

    /// Loads every dictionary in a folder, telling the kind from the file name: `*.verbs.txt` and
    /// `CAMEO.*.txt` verbs, `*.actors.txt` actors, `*.agents.txt` agents, `*.discards.txt` discards,
    /// `*IssueCoding*` issues.
    ///
    /// - Throws: ``DictionaryLoadError`` when the folder holds no verb dictionary, and what ``load(directory:files:policy:)``
    ///   throws.
    public static func load(directory: String, policy: MalformedLinePolicy = .skip) throws -> DictionarySet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw DictionaryLoadError(message: "\(directory): no such directory (expected a folder of PETRARCH/TABARI dictionaries)")
        }
        guard isDirectory.boolValue else {
            throw DictionaryLoadError(message: "\(directory): not a directory (expected a folder of PETRARCH/TABARI dictionaries)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var files: [(Kind, String)] = []
        for name in names {
            let lower = name.lowercased()
            guard lower.hasSuffix(".txt") else { continue }
            if lower.contains(".verbs.") || (lower.hasPrefix("cameo.") && !lower.contains("codefile")) {
                files.append((.verbs, name))
            } else if lower.hasSuffix(".actors.txt") {
                files.append((.actors, name))
            } else if lower.hasSuffix(".agents.txt") {
                files.append((.agents, name))
            } else if lower.hasSuffix(".discards.txt") {
                files.append((.discards, name))
            } else if lower.contains("issuecoding") {
                files.append((.issues, name))
            }
        }
        guard files.contains(where: { $0.0 == .verbs }) else {
            throw DictionaryLoadError(message: "\(directory): no verb dictionary (expected a file named *.verbs.txt or CAMEO.*.txt)")
        }
        return try load(directory: directory, files: files, policy: policy)
    }

    /// Loads the dictionaries a validation file's `<Environment>` names, from `directory`.
    public static func load(for validation: ValidationFile, directory: String, policy: MalformedLinePolicy = .skip) throws -> DictionarySet {
        var files: [(Kind, String)] = []
        let kinds: [(String, Kind)] = [("Verbfile", .verbs), ("Actorfile", .actors), ("Agentfile", .agents), ("Discardfile", .discards), ("Issuefile", .issues)]
        for (element, kind) in kinds {
            guard let value = validation.environment[element] else { continue }
            for name in value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }) { files.append((kind, String(name))) }
        }
        guard files.contains(where: { $0.0 == .verbs }) else {
            throw DictionaryLoadError(message: "the records' <Environment> names no <Verbfile>")
        }
        return try load(directory: directory, files: files, policy: policy)
    }
}
