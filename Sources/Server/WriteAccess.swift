import Hummingbird

/// Who may write: the holder of the token the server was started with (`ENTENTE_TOKEN`), and nobody when it
/// was started without one.
struct WriteAccess: Sendable {
    let token: [UInt8]?

    init(token: String?) {
        self.token = token.map { Array($0.utf8) }
    }

    /// - Throws: 403 when the server takes no writes; 401 (with `WWW-Authenticate: Bearer`) when the request
    ///   has no token or the wrong one.
    func check(_ request: Request) throws {
        guard let token else {
            throw APIError(.forbidden, "writes are disabled: the server was started without ENTENTE_TOKEN")
        }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"entente\""]
        guard let header = request.headers[.authorization] else {
            throw APIError(.unauthorized, "this route writes: send the header Authorization: Bearer <ENTENTE_TOKEN>",
                           parameter: "Authorization", headers: challenge)
        }
        let prefix = "Bearer "
        guard header.count > prefix.count, header.lowercased().hasPrefix(prefix.lowercased()) else {
            throw APIError(.unauthorized, "the Authorization header must be 'Bearer <token>'", parameter: "Authorization", headers: challenge)
        }
        let given = Array(header.utf8.dropFirst(prefix.utf8.count))
        guard Self.constantTimeEqual(given, token) else {
            throw APIError(.unauthorized, "the token is not the server's", parameter: "Authorization", headers: challenge)
        }
    }

    /// Compares two byte strings in time that depends only on their lengths, never on where they differ.
    static func constantTimeEqual(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in 0..<expected.count {
            let byte = index < given.count ? given[index] : ~expected[index]
            difference |= byte ^ expected[index]
        }
        return difference == 0
    }
}
