/// The event as flat text fields, in ``Event/CodingKeys`` order: the CSV form, read and written the same way.
extension Event {
    /// The field names, in order: the CSV header.
    public static let fieldNames: [String] = CodingKeys.allCases.map(\.stringValue)

    /// The event's fields as text, in ``fieldNames`` order; absent values are empty.
    public var fieldValues: [String] {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return CodingKeys.allCases.map { key in
            switch key {
            case .id: id
            case .date: date.text
            case .precision: date.precision.rawValue
            case .source: source.country
            case .sourceSector: source.sector ?? ""
            case .sourceName: source.name ?? ""
            case .sourceHistorical: source.historical ?? ""
            case .target: target.country
            case .targetSector: target.sector ?? ""
            case .targetName: target.name ?? ""
            case .targetHistorical: target.historical ?? ""
            case .cameo: cameo.rawValue
            case .rootCode: rootCode
            case .quadClass: String(quadClass.rawValue)
            case .goldstein: number(goldstein)
            case .magnitude: magnitude.map { number($0.amount) } ?? ""
            case .magnitudeUnit: magnitude?.unit ?? ""
            case .summary: summary
            case .dataset: provenance.dataset
            case .document: provenance.document ?? ""
            case .locator: provenance.locator ?? ""
            case .url: provenance.url ?? ""
            case .citation: citation
            case .issues: issues.map(\.rawValue).joined(separator: ";")
            case .reported: reported ? "true" : "false"
            case .hypothetical: hypothetical ? "true" : "false"
            case .mentions: mentions.map(String.init) ?? ""
            case .sources: sources.map(String.init) ?? ""
            case .articles: articles.map(String.init) ?? ""
            }
        }
    }

    /// An event from its text fields by name, as ``fieldValues`` writes them.
    ///
    /// Derived fields (`rootCode`, `quadClass`, `citation`, `precision`) are checked against the code and date
    /// when present, not trusted.
    /// - Throws: ``EventFieldError`` naming the field and what it expected.
    public init(fields: [String: String]) throws(EventFieldError) {
        func text(_ key: CodingKeys) -> String? {
            guard let value = fields[key.stringValue], !value.isEmpty else { return nil }
            return value
        }
        func required(_ key: CodingKeys) throws(EventFieldError) -> String {
            guard let value = text(key) else { throw EventFieldError(field: key.stringValue, expected: "a value") }
            return value
        }
        func integer(_ key: CodingKeys) throws(EventFieldError) -> Int? {
            guard let value = text(key) else { return nil }
            guard let number = Int(value) else { throw EventFieldError(field: key.stringValue, expected: "a whole number, got '\(value)'") }
            return number
        }
        func double(_ key: CodingKeys) throws(EventFieldError) -> Double? {
            guard let value = text(key) else { return nil }
            guard let number = Double(value), number.isFinite else {
                throw EventFieldError(field: key.stringValue, expected: "a number, got '\(value)'")
            }
            return number
        }
        func flag(_ key: CodingKeys) throws(EventFieldError) -> Bool {
            switch text(key)?.lowercased() {
            case nil, "false", "0": return false
            case "true", "1": return true
            case let other?: throw EventFieldError(field: key.stringValue, expected: "true or false, got '\(other)'")
            }
        }
        let dateText = try required(.date)
        let date: EventDate
        do {
            date = try EventDate(parsing: dateText)
        } catch {
            throw EventFieldError(field: "date", expected: error.expected)
        }
        if let precision = text(.precision), precision != date.precision.rawValue {
            throw EventFieldError(field: "precision", expected: "'\(date.precision.rawValue)' for the date '\(dateText)', got '\(precision)'")
        }
        let codeText = try required(.cameo)
        guard let cameo = CAMEOCode(codeText) else { throw EventFieldError(field: "cameo", expected: "a CAMEO event code, got '\(codeText)'") }
        if let quad = text(.quadClass), quad != String(cameo.quadClass.rawValue) {
            throw EventFieldError(field: "quadClass", expected: "\(cameo.quadClass.rawValue) for code \(cameo), got '\(quad)'")
        }
        var magnitude: Magnitude?
        if let amount = try double(.magnitude) { magnitude = Magnitude(amount, text(.magnitudeUnit) ?? "") }
        self.init(
            id: try required(.id), date: date,
            source: Actor(try required(.source), sector: text(.sourceSector), name: text(.sourceName), historical: text(.sourceHistorical)),
            target: Actor(try required(.target), sector: text(.targetSector), name: text(.targetName), historical: text(.targetHistorical)),
            cameo: cameo, goldstein: try double(.goldstein), magnitude: magnitude, summary: text(.summary) ?? "",
            provenance: Provenance(dataset: text(.dataset) ?? "entente", document: text(.document), locator: text(.locator), url: text(.url)),
            issues: (text(.issues) ?? "").split(separator: ";").map { Issue(String($0)) },
            reported: try flag(.reported), hypothetical: try flag(.hypothetical),
            mentions: try integer(.mentions), sources: try integer(.sources), articles: try integer(.articles))
    }
}

/// A field of an event's text form that could not be read.
public struct EventFieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let expected: String

    public init(field: String, expected: String) {
        self.field = field
        self.expected = expected
    }

    public var description: String { "field '\(field)': expected \(expected)" }
}
