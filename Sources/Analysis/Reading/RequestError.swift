/// Why an analysis cannot be read as asked: a request that names no such state, an empty span, an unknown dataset.
///
/// `parameter` names what was wrong in the request's own words ("datasets", "from", "states"), so that the command
/// line and the server can each say it their way (an option, a query parameter); `description` is what the user
/// reads.
public struct RequestError: Error, CustomStringConvertible, Sendable, Hashable {
    public let parameter: String
    public let message: String

    public init(_ parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { message }
}
