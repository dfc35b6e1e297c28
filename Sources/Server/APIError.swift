import Foundation
import Hummingbird
import Logging

/// An error an API client reads: a status and a message that says what was wrong, as JSON
/// `{"error": {"status": 400, "message": "…", "parameter": "from"}}`.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    public let status: HTTPResponse.Status
    public let message: String
    /// The query parameter, path parameter or header at fault, when one is.
    public let parameter: String?
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.parameter = parameter
        self.headers = headers
    }

    /// A bad parameter: 400 naming it.
    static func badParameter(_ name: String, _ message: String) -> APIError {
        APIError(.badRequest, "\(name): \(message)", parameter: name)
    }

    public var description: String { "\(status.code) \(message)" }

    struct Body: Encodable {
        struct Detail: Encodable {
            let status: Int
            let message: String
            let parameter: String?
        }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Self.jsonResponse(status: status, message: message, parameter: parameter)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func jsonResponse(status: HTTPResponse.Status, message: String, parameter: String? = nil) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Body(error: .init(status: status.code, message: message, parameter: parameter)))) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error into a JSON error: Hummingbird's own (404, 405, 413…) get a message, anything unexpected
/// becomes a 500 that is logged and says nothing of the inside.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            let message = error.body ?? Self.message(for: error.status, request: request)
            var response = APIError.jsonResponse(status: error.status, message: message)
            response.headers.append(contentsOf: error.headers)
            return response
        } catch let error as any HTTPResponseError {
            return APIError.jsonResponse(status: error.status, message: Self.message(for: error.status, request: request))
        } catch {
            context.logger.error("internal error", metadata: ["error": "\(error)", "uri": "\(request.uri)"])
            return APIError.jsonResponse(status: .internalServerError, message: "internal error; the server's log has the details")
        }
    }

    static func message(for status: HTTPResponse.Status, request: Request) -> String {
        switch status {
        case .notFound: "no route for \(request.method) \(request.uri.path); the routes are listed in docs/openapi.json"
        case .methodNotAllowed: "\(request.method) is not allowed on \(request.uri.path)"
        case .contentTooLarge: "the request body is too large"
        default: status.reasonPhrase
        }
    }
}
