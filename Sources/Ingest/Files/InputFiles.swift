import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input to read: a file, or a member of a zip archive, decompressed as it is read.
public struct InputFile: Sendable, CustomStringConvertible {
    /// The path as the user sees it; `archive.zip#member.csv` for a member of an archive.
    public let path: String
    public let compression: Compression
    let source: any ByteSource

    public enum Compression: String, Sendable {
        case none, gzip, zip
    }

    public var description: String { path }

    /// Bytes on disk (compressed size for compressed inputs).
    public var diskSize: Int64 { source.diskSize }

    /// The format its first bytes say (as an ingest detects it), nil when they say none.
    public func detectedFormat() -> InputFormat? {
        guard let head = try? source.peek(FormatDetector.headLength), case .format(let format) = FormatDetector.detect(head) else { return nil }
        return format
    }
}

/// Turns what the user named into inputs: files, directories (walked in name order), glob patterns, and the
/// members of zip archives. Compression is recognised from the first bytes, not the name.
public enum InputFiles {
    /// - Throws: ``InputError`` for a path that does not exist, a pattern that matches nothing, or an archive
    ///   that cannot be opened.
    public static func expand(_ paths: [String]) throws -> [InputFile] {
        var inputs: [InputFile] = []
        for path in paths {
            for file in try files(for: path) {
                inputs += try open(file)
            }
        }
        return inputs
    }

    static func files(for path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return [path] }
            return try walk(path)
        }
        guard path.contains(where: { "*?[".contains($0) }) else {
            throw InputError(path: path, reason: "no such file or directory")
        }
        let matches = try glob(path)
        guard !matches.isEmpty else { throw InputError(path: path, reason: "no file matches this pattern") }
        var result: [String] = []
        for match in matches { result += try files(for: match) }
        return result
    }

    static func walk(_ directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw InputError(path: directory, reason: "cannot list this directory")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if isDocument(name) { continue }
            let full = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }

    /// Whether a file found in a directory is its documentation (a README, a licence, SOURCE.md), left out of a
    /// directory's inputs as `.hidden` files are; named on its own, it is read (and quarantined) like any file.
    static func isDocument(_ name: String) -> Bool {
        let lower = name.lowercased()
        let extensions = [".md", ".markdown", ".rst", ".html", ".htm", ".pdf"]
        let stems = ["readme", "license", "licence", "copying", "notice"]
        return extensions.contains { lower.hasSuffix($0) } || stems.contains { lower.hasPrefix($0) }
    }

    static func glob(_ pattern: String) throws -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        #if canImport(Glibc)
        let code = Glibc.glob(pattern, 0, nil, &result)
        #else
        let code = Darwin.glob(pattern, 0, nil, &result)
        #endif
        if code == GLOB_NOMATCH { return [] }
        guard code == 0 else { throw InputError(path: pattern, reason: "cannot expand this pattern") }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
        }
        return paths.sorted()
    }

    /// The inputs one file holds, shown under another name (`name`, `name#member.csv`): a file received over
    /// HTTP and kept in a temporary file, say.
    ///
    /// - Throws: ``InputError`` (naming `name`) when the file cannot be read or is a zip archive that cannot be opened.
    public static func open(_ path: String, named name: String) throws -> [InputFile] {
        let inputs: [InputFile]
        do {
            inputs = try open(path)
        } catch let error as InputError {
            throw InputError(path: name, reason: error.reason)
        }
        return inputs.map { InputFile(path: name + $0.path.dropFirst(path.count), compression: $0.compression, source: $0.source) }
    }

    /// The inputs one file holds: itself (plain or gzip), or each member of a zip.
    static func open(_ path: String) throws -> [InputFile] {
        let magic = try PlainFileSource(path: path).peek(4)
        if magic.starts(with: [0x1F, 0x8B]) {
            return [InputFile(path: path, compression: .gzip, source: try GzipSource(path: path))]
        }
        if magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06] {
            return try ZipEntrySource.entries(of: path).map {
                InputFile(path: "\(path)#\($0.entryPath)", compression: .zip, source: $0)
            }
        }
        return [InputFile(path: path, compression: .none, source: try PlainFileSource(path: path))]
    }
}
