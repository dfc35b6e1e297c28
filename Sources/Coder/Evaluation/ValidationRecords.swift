import EntenteModel

/// Validation records in PETRARCH's XML format (`PETR.UnitTest.records.xml`): an `<Environment>` naming the
/// dictionaries, `<Config>` options that hold from where they stand, and `<Sentence>` records with their
/// expected `<EventCoding>`s and raw `<Text>`.
///
/// Read leniently: real files in this format are not always well-formed XML (unquoted spaces around `=`,
/// single-quoted values holding double quotes, stray comments), so this is a tag scanner, not an XML parser.
/// The `<Parse>` trees are skipped unread: the coder works from the raw text only.
public struct ValidationFile: Sendable {
    /// `Verbfile`, `Actorfile`, `Agentfile`, `Discardfile` → file name, as the `<Environment>` gives them.
    public var environment: [String: String]
    /// The categories `<Include>` names; nil when it names none (then every category counts).
    public var includedCategories: Set<String>?
    public var records: [ValidationRecord]

    /// The triple PETRARCH's records expect: source code, target code, event code.
    public struct Triple: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var source: String
        public var target: String
        public var code: String

        public init(source: String, target: String, code: String) {
            self.source = source
            self.target = target
            self.code = code
        }

        public var description: String { "\(source)→\(target) \(code)" }
        public static func < (lhs: Triple, rhs: Triple) -> Bool { lhs.description < rhs.description }
    }
}

/// One validation record.
public struct ValidationRecord: Sendable {
    public var id: String
    public var category: String
    public var date: Day?
    public var text: String
    public var expected: [ValidationFile.Triple]
    /// True when the record says it should give no event (`noevents="True"`, or an `error=` coding).
    public var expectsNoEvents: Bool
    /// False when the record is marked not to be evaluated (`evaluate="false"`, or PETRARCH's
    /// `sentence="false"`), or its category is not in the file's `<Include>`.
    public var evaluate: Bool
    /// The options the `<Config>` elements before it set.
    public var options: Coder.Options
    /// 1-based line of the `<Sentence>` tag.
    public var line: Int
}

extension ValidationFile {
    /// Reads records from the bytes of a file.
    public init(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var scanner = TagScanner(text)
        var environment: [String: String] = [:]
        var included: Set<String>?
        var records: [ValidationRecord] = []
        var options = Coder.Options.petrarch
        var current: ValidationRecord?
        while let tag = scanner.nextTag() {
            switch tag.name.lowercased() {
            case "environment":
                while let inner = scanner.nextTag(), inner.name.lowercased() != "/environment" {
                    let name = inner.name
                    if name.hasPrefix("/") { continue }
                    if name.lowercased() == "config" {
                        Self.apply(inner.attributes, to: &options)
                        continue
                    }
                    let value = scanner.text(until: "</" + name).trimmingCharacters(in: " \t\n\r")
                    if name == "Include" {
                        included = Set(value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { String($0).uppercased() })
                    } else {
                        environment[name] = value
                    }
                }
            case "config":
                Self.apply(tag.attributes, to: &options)
            case "sentence":
                let attributes = tag.attributes
                let category = attributes["category"] ?? ""
                var evaluate = true
                if let flag = attributes["evaluate"]?.lowercased(), flag == "false" || flag == "no" || flag == "0" { evaluate = false }
                if let flag = attributes["sentence"]?.lowercased(), flag == "false" { evaluate = false }
                if let included, !included.contains(category.uppercased()) { evaluate = false }
                current = ValidationRecord(
                    id: attributes["id"] ?? "line \(tag.line)", category: category,
                    date: attributes["date"].flatMap { parseDictionaryDay(Substring($0)) }, text: "", expected: [],
                    expectsNoEvents: false, evaluate: evaluate, options: options, line: tag.line)
            case "eventcoding":
                let attributes = tag.attributes
                if attributes["noevents"]?.lowercased() == "true" || attributes["error"] != nil {
                    current?.expectsNoEvents = true
                } else if let source = attributes["sourcecode"], let target = attributes["targetcode"],
                    let code = attributes["eventcode"]
                {
                    let triple = Triple(source: source.uppercased(), target: target.uppercased(), code: code.uppercased())
                    if current?.expected.contains(triple) == false { current?.expected.append(triple) }
                }
            case "text":
                let value = scanner.text(until: "</Text")
                current?.text = value.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" }).joined(separator: " ")
            case "parse":
                _ = scanner.text(until: "</Parse")
            case "/sentence":
                if let record = current { records.append(record) }
                current = nil
            default:
                break
            }
        }
        if let record = current { records.append(record) }
        self.init(environment: environment, includedCategories: included, records: records)
    }

    static func apply(_ attributes: [String: String], to options: inout Coder.Options) {
        guard let option = attributes["option"]?.lowercased(), let value = attributes["value"] else { return }
        switch option {
        case "require_dyad": options.requireDyad = value.lowercased() != "false"
        case "new_actor_length": options.newActorLength = Int(value) ?? 0
        case "comma_min": options.commaMin = Int(value) ?? 0
        case "comma_max": options.commaMax = Int(value) ?? 0
        case "comma_bmin": options.commaBMin = Int(value) ?? 0
        case "comma_bmax": options.commaBMax = Int(value) ?? 0
        case "comma_emin": options.commaEMin = Int(value) ?? 0
        case "comma_emax": options.commaEMax = Int(value) ?? 0
        default: break
        }
    }
}

/// Finds tags in text that is XML-like: skips comments, keeps line numbers, reads attributes with either quote
/// and spaces around `=`.
struct TagScanner {
    struct Tag {
        var name: String
        var attributes: [String: String]
        var line: Int
    }

    let characters: [Character]
    var index = 0
    var line = 1

    init(_ text: String) { characters = Array(text) }

    mutating func advance() {
        if characters[index] == "\n" { line += 1 }
        index += 1
    }

    func startsWith(_ text: String, at position: Int) -> Bool {
        var probe = position
        for character in text {
            guard probe < characters.count, characters[probe] == character else { return false }
            probe += 1
        }
        return true
    }

    mutating func nextTag() -> Tag? {
        while index < characters.count {
            if characters[index] == "<" {
                if startsWith("<!--", at: index) {
                    while index < characters.count, !startsWith("-->", at: index) { advance() }
                    for _ in 0..<3 where index < characters.count { advance() }
                    continue
                }
                let tagLine = line
                advance()
                var body = ""
                var quote: Character?
                while index < characters.count {
                    let character = characters[index]
                    if let open = quote {
                        if character == open { quote = nil }
                    } else if character == "\"" || character == "'" {
                        quote = character
                    } else if character == ">" {
                        break
                    } else if character == "<" {
                        break  // an unclosed tag: give up on it
                    }
                    body.append(character)
                    advance()
                }
                if index < characters.count, characters[index] == ">" { advance() }
                var name = String(body.prefix(while: { !$0.isWhitespace }))
                if name.count > 1, name.hasSuffix("/") { name.removeLast() }
                guard !name.isEmpty, !name.hasPrefix("!"), !name.hasPrefix("?") else { continue }
                return Tag(name: name, attributes: Self.attributes(String(body.drop(while: { !$0.isWhitespace }))), line: tagLine)
            }
            advance()
        }
        return nil
    }

    /// The raw text up to `closing` (not consumed beyond it); entity references decoded.
    mutating func text(until closing: String) -> String {
        var result = ""
        while index < characters.count, !startsWith(closing, at: index) {
            result.append(characters[index])
            advance()
        }
        return result.replacingOccurrences("&amp;", with: "&").replacingOccurrences("&lt;", with: "<")
            .replacingOccurrences("&gt;", with: ">").replacingOccurrences("&quot;", with: "\"").replacingOccurrences("&apos;", with: "'")
    }

    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            while index < characters.count, !characters[index].isLetter { index += 1 }
            var name = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" || characters[index] == "-" {
                name.append(characters[index])
                index += 1
            }
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count, characters[index] == "=" else { continue }
            index += 1
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { break }
            var value = ""
            if characters[index] == "\"" || characters[index] == "'" {
                let quote = characters[index]
                index += 1
                while index < characters.count, characters[index] != quote {
                    value.append(characters[index])
                    index += 1
                }
                index += 1
            } else {
                while index < characters.count, !characters[index].isWhitespace, characters[index] != "/" {
                    value.append(characters[index])
                    index += 1
                }
            }
            if !name.isEmpty { result[name.lowercased()] = value }
        }
        return result
    }
}

extension String {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
