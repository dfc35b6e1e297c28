/// The forms results are written in: text for people, JSON (one document), JSON Lines and CSV for programs,
/// Markdown for documents.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, csv, markdown
}

/// Why a result cannot be written in the asked form.
public struct UnsupportedFormat: Error, CustomStringConvertible, Sendable {
    public let format: OutputFormat
    public let what: String
    public let supported: [OutputFormat]

    public init(_ format: OutputFormat, for what: String, supported: [OutputFormat]) {
        self.format = format
        self.what = what
        self.supported = supported
    }

    public var description: String {
        "\(what) cannot be written as \(format.rawValue); use one of: \(supported.map(\.rawValue).joined(separator: ", "))"
    }
}
