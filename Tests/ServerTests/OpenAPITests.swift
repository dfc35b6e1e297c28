import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// docs/openapi.json against the server: the same routes, and every route's responses, on a live server,
/// valid against the document's schemas (objects closed: a field the document does not describe fails).
@Suite("OpenAPI document")
struct OpenAPITests {
    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.json")

    static func spec() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: specURL))
        return try #require(object as? [String: Any])
    }

    struct Operation: @unchecked Sendable {
        let method: String
        let path: String
        let body: [String: Any]
    }

    static func operations(_ spec: [String: Any]) throws -> [Operation] {
        let paths = try #require(spec["paths"] as? [String: [String: Any]])
        return paths.flatMap { path, methods in
            methods.compactMap { method, body in (body as? [String: Any]).map { Operation(method: method.uppercased(), path: path, body: $0) } }
        }.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    @Test func documentsExactlyTheRoutesTheServerHas() throws {
        let router = buildRouter(configuration: Fixture.configuration(), store: try Fixture.store([]))
        let served = Set(router.routes.map { route in
            let parts = route.path.description.split(separator: "/").map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }
            return "\(route.method.rawValue) /" + parts.joined(separator: "/")
        })
        let documented = Set(try Self.operations(try Self.spec()).map { "\($0.method) \($0.path)" })
        #expect(served == documented, "served \(served.sorted()), documented \(documented.sorted())")
        #expect(served.count == 12)
    }

    /// Every route with every documented parameter at its example (the `dataset` examples name the built-in case), and
    /// with the required ones only (the default selection: the fixture and its world, whose series carry relative
    /// measures).
    @Test func everyRouteAnswersAsDocumentedOnALiveServer() async throws {
        let spec = try Self.spec()
        let operations = try Self.operations(spec)
        let validator = SchemaValidator(spec: spec)
        let store = try Fixture.store(Fixture.events + Fixture.world, builtInCase: true)
        try await Fixture.app(store).test(.live) { client in
            var answered = ""
            for operation in operations {
                let parameters = operation.body["parameters"] as? [[String: Any]] ?? []
                var path = operation.path
                var query: [String] = []
                var required: [String] = []
                for parameter in parameters {
                    let name = try #require(parameter["name"] as? String)
                    let example = try #require(parameter["example"], "\(operation.method) \(operation.path): parameter \(name) has no example")
                    let isBoolean = (parameter["schema"] as? [String: Any])?["type"] as? String == "boolean"
                    let text = isBoolean ? ((example as? Bool) == true ? "true" : "false") : "\(example)"
                    if parameter["in"] as? String == "path" {
                        path = path.replacingOccurrences(of: "{\(name)}", with: text)
                    } else {
                        let item = "\(name)=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)"
                        query.append(item)
                        if parameter["required"] as? Bool == true { required.append(item) }
                    }
                }
                let method = HTTPRequest.Method(rawValue: operation.method)!
                var headers: HTTPFields = [:]
                var body: ByteBuffer?
                if let requestBody = operation.body["requestBody"] as? [String: Any] {
                    let content = try #require(requestBody["content"] as? [String: [String: Any]])
                    let (type, media) = try #require(content.first)
                    body = ByteBuffer(string: try #require(media["example"] as? String))
                    headers[.contentType] = type
                }
                if operation.body["security"] != nil { headers[.authorization] = "Bearer \(Fixture.token)" }

                // With every documented parameter at its example value, and with only the required ones (the defaults).
                let minimal = path + (required.isEmpty ? "" : "?" + required.joined(separator: "&"))
                for uri in [path + (query.isEmpty ? "" : "?" + query.joined(separator: "&")), minimal] {
                    let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                    try Self.check(response, operation: operation, uri: uri, validator: validator, expecting: 200)
                    answered += String(buffer: response.body)
                }
                // An unknown parameter: a documented 400.
                let badURI = minimal + (required.isEmpty ? "?" : "&") + "undocumented=1"
                let bad = try await client.execute(uri: badURI, method: method, headers: headers, body: body)
                try Self.check(bad, operation: operation, uri: badURI, validator: validator, expecting: 400)
                // A write without the token: a documented 401.
                if operation.body["security"] != nil {
                    let unauthorised = try await client.execute(uri: path, method: method, body: body)
                    try Self.check(unauthorised, operation: operation, uri: path + " (no token)", validator: validator, expecting: 401)
                }
            }
            // The answers carried what the document describes beyond the sparse case: relative measures, shifts in
            // them, ties signed by them, and whole-event counts of the watch.
            for field in ["\"relativeTone\":", "\"engagementLow\":", "\"measure\":\"relativeTone\"", "\"basis\":\"relativeTone\"",
                          "\"rootCodes\":[{", "\"evidenceCount\":", "\"straddling\":", "\"storedEvents\":", "\"eventCount\":"] {
                #expect(answered.contains(field), "no answer carried \(field)")
            }
        }
    }

    static func check(_ response: TestResponse, operation: Operation, uri: String, validator: SchemaValidator, expecting status: Int) throws {
        let name = "\(operation.method) \(uri)"
        #expect(Int(response.status.code) == status, "\(name): \(response.status) \(String(buffer: response.body).prefix(300))")
        let responses = try #require(operation.body["responses"] as? [String: [String: Any]])
        let documented = try #require(responses[String(response.status.code)], "\(name): status \(response.status.code) is not documented")
        let content = try #require(documented["content"] as? [String: [String: Any]], "\(name): no content documented")
        let contentType = response.headers[.contentType] ?? ""
        let media = try #require(content.first { contentType.hasPrefix($0.key) }, "\(name): content type \(contentType) not documented")
        guard let schema = media.value["schema"] as? [String: Any] else { return }
        if media.key == "application/json" {
            let problems = validator.validate(response.body, against: schema, at: "$")
            #expect(problems.isEmpty, "\(name): \(problems.prefix(10).joined(separator: "; "))")
        } else {
            #expect(schema["type"] as? String == "string")
            #expect(String(buffer: response.body).hasPrefix("<!DOCTYPE html>"), "\(name): not an HTML page")
        }
    }
}

/// A JSON value that keeps booleans, integers and other numbers apart (JSONSerialization blurs them).
enum JSONValue: Decodable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
        case .string(let value): value
        case .array(let value): "[\(value.count) items]"
        case .object: "{…}"
        }
    }
}

/// The part of JSON Schema the document uses: $ref, type, required, properties (closed), items, enum,
/// pattern, minimum/maximum, minItems/maxItems.
struct SchemaValidator: @unchecked Sendable {
    let spec: [String: Any]

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/") else { return schema }
        var node: Any = spec
        for part in reference.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return resolve(node as? [String: Any] ?? [:])
    }

    func validate(_ body: ByteBuffer, against schema: [String: Any], at path: String) -> [String] {
        do {
            return validate(try JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView)), against: schema, at: path)
        } catch {
            return ["\(path): not JSON (\(error))"]
        }
    }

    func validate(_ value: JSONValue, against raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        var problems: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) {
            return ["\(path): expected \(type), got \(value)"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == value.description || ($0 as? Int).map { "\($0)" } == value.description }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        switch value {
        case .string(let text):
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): '\(text)' does not match \(pattern)")
            }
        case .number(let number):
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { problems.append("\(path): \(number) < \(minimum)") }
            if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { problems.append("\(path): \(number) > \(maximum)") }
        case .object(let object):
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required '\(key)'")
            }
            let additional = schema["additionalProperties"]
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                guard let property = properties[key] else {
                    if let values = additional as? [String: Any] {
                        problems += validate(member, against: values, at: "\(path).\(key)")
                    } else if additional as? Bool != true {
                        problems.append("\(path): '\(key)' is not in the document")
                    }
                    continue
                }
                problems += validate(member, against: property, at: "\(path).\(key)")
            }
        case .array(let array):
            if let minimum = schema["minItems"] as? Int, array.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum { problems.append("\(path): more than \(maximum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += validate(item, against: items, at: "\(path)[\(index)]") }
            }
        default: break
        }
        return problems
    }

    func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number): true
        case ("integer", .number(let number)): number == number.rounded()
        default: false
        }
    }
}
