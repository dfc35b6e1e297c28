import EntenteAnalysis
import EntenteIngest
import EntenteModel
import Foundation
import Hummingbird

/// A request's query parameters, read strictly: unknown or repeated names (but ``repeatable`` ones), and values
/// that do not parse, are 400s that name the parameter and say what was expected.
struct QueryParameters {
    private var values: [String: String] = [:]
    let limits: ServerConfiguration.Limits

    /// Parameters that may be given more than once, as `--dataset` may: their values are joined by commas.
    static let repeatable: Set<String> = ["dataset"]

    /// - Throws: ``APIError`` for a parameter the route does not take, or one given twice.
    init(_ request: Request, allowed: Set<String>, limits: ServerConfiguration.Limits) throws {
        self.limits = limits
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw APIError.badParameter(name, "unknown parameter; this route takes \(known.isEmpty ? "none" : known)")
            }
            let text = String(value).replacingOccurrences(of: "+", with: " ").trimmingCharacters(in: .whitespaces)
            if let given = values[name] {
                guard Self.repeatable.contains(name) else { throw APIError.badParameter(name, "given more than once") }
                values[name] = given + "," + text
            } else {
                values[name] = text
            }
        }
    }

    /// The value, nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    func state(_ name: String) throws -> String? {
        guard let text = string(name) else { return nil }
        return try Self.state(text, parameter: name)
    }

    static func state(_ text: String, parameter: String) throws -> String {
        guard text.count <= 64, let resolution = CountryResolver.standard.resolve(text) else {
            throw APIError.badParameter(
                parameter, "unknown state '\(text.prefix(64))'; use an ISO 3166 alpha-3 code (RUS, PAK, IND…) or a country's name")
        }
        return resolution.code
    }

    /// States separated by commas.
    func states(_ name: String) throws -> [String] {
        guard let text = string(name) else { return [] }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count <= limits.maxActors else {
            throw APIError.badParameter(name, "at most \(limits.maxActors) states, got \(parts.count)")
        }
        var states: [String] = []
        for part in parts {
            let state = try Self.state(part, parameter: name)
            if !states.contains(state) { states.append(state) }
        }
        return states
    }

    /// `A:B` (or `A,B`): two different states.
    func pair(_ name: String) throws -> (String, String)? {
        guard let text = string(name) else { return nil }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "," })
        guard parts.count == 2 else { throw APIError.badParameter(name, "expected two states as A:B (for example RUS:PAK), got '\(text.prefix(64))'") }
        let first = try Self.state(String(parts[0]), parameter: name)
        let second = try Self.state(String(parts[1]), parameter: name)
        guard first != second else { throw APIError.badParameter(name, "a pair needs two different states, got \(first) twice") }
        return (first, second)
    }

    /// A date at its precision: `2015`, `2015-06` or `2015-06-12`.
    func date(_ name: String) throws -> EventDate? {
        guard let text = string(name) else { return nil }
        guard let date = try? EventDate(parsing: text), [.day, .month, .year].contains(date.precision) else {
            throw APIError.badParameter(name, "expected a year (2015), a month (2015-06) or a day (2015-06-12), got '\(text.prefix(64))'")
        }
        guard limits.years.contains(date.start.year) else {
            throw APIError.badParameter(name, "years from \(limits.years.lowerBound) to \(limits.years.upperBound), got \(date.start.year)")
        }
        return date
    }

    /// The days from `from` to `to`; nil when neither is given.
    func range(from: String = "from", to: String = "to") throws -> ClosedRange<Day>? {
        let first = try date(from)
        let last = try date(to)
        guard first != nil || last != nil else { return nil }
        let lower = first?.start ?? Day(year: limits.years.lowerBound, month: 1, day: 1)
        let upper = last?.end ?? Day(year: limits.years.upperBound, month: 12, day: 31)
        guard lower <= upper else { throw APIError.badParameter(from, "\(first!.text) is after \(to) \(last!.text)") }
        return lower...upper
    }

    /// A year, within the allowed years.
    func year(_ name: String) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard text.count == 4, let year = Int(text) else { throw APIError.badParameter(name, "expected a year such as 2015, got '\(text.prefix(64))'") }
        guard limits.years.contains(year) else {
            throw APIError.badParameter(name, "years from \(limits.years.lowerBound) to \(limits.years.upperBound), got \(year)")
        }
        return year
    }

    func integer(_ name: String, in allowed: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), allowed.contains(value) else {
            throw APIError.badParameter(name, "expected a whole number from \(allowed.lowerBound) to \(allowed.upperBound), got '\(text.prefix(64))'")
        }
        return value
    }

    func length(_ name: String = "by") throws -> PeriodLength {
        guard let text = string(name) else { return .year }
        guard let length = PeriodLength(rawValue: text) else {
            throw APIError.badParameter(name, "expected year, quarter or month, got '\(text.prefix(64))'")
        }
        return length
    }

    func flag(_ name: String) throws -> Bool {
        switch string(name)?.lowercased() {
        case nil, "false", "0", "no": return false
        case "true", "1", "yes", "on": return true
        case let other?: throw APIError.badParameter(name, "expected true or false, got '\(other.prefix(64))'")
        }
    }

    /// CAMEO code prefixes separated by commas; each must be a code of the codebook.
    func codes(_ name: String) throws -> [String] {
        guard let text = string(name) else { return [] }
        let codes = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard codes.count <= limits.maxCodes else { throw APIError.badParameter(name, "at most \(limits.maxCodes) codes, got \(codes.count)") }
        for code in codes where Codebook.standard.entry(for: code) == nil {
            throw APIError.badParameter(name, "'\(code.prefix(16))' is not a CAMEO event code (two to four digits, as in 08 or 0831)")
        }
        return codes
    }

    /// `dataset`: the datasets named (repeated, or comma-separated); empty for the default selection.
    func datasets(limits: ServerConfiguration.Limits) throws -> [String] {
        let names = (string("dataset") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard names.count <= limits.maxActors else { throw APIError.badParameter("dataset", "at most \(limits.maxActors) datasets") }
        // The rule the ingest names datasets by: no name passes here that no ingest could make.
        for name in names {
            do { try DatasetName.check(name) } catch { throw APIError.badParameter("dataset", "\(error)") }
        }
        return names
    }
}
