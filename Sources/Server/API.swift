import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteReport
import EntenteStore
import Foundation
import Hummingbird
import NIOCore

/// The JSON API's handlers: each reads its parameters strictly, asks the store and the analyses, and encodes
/// what they return. Reads only through ``EventStore``; writes need ``WriteAccess``.
struct EntenteAPI: Sendable {
    let store: SQLiteStore
    let configuration: ServerConfiguration
    /// Told of every write, so that cached responses are never served after it.
    let generation: DataGeneration
    var limits: ServerConfiguration.Limits { configuration.limits }

    // MARK: - Events

    /// A page of events, oldest first, with the total and the link to the next page.
    struct EventPage: Encodable {
        let total: Int
        let offset: Int
        let limit: Int
        let next: String?
        let events: [Event]
    }

    func events(_ request: Request) throws -> Response {
        let query = try QueryParameters(
            request, allowed: ["actors", "from", "to", "codes", "dataset", "limit", "offset"], limits: limits)
        let limit = try query.integer("limit", in: 1...limits.maxPageSize) ?? limits.defaultPageSize
        let offset = try query.integer("offset", in: 0...limits.maxOffset) ?? 0
        let datasets = (query.string("dataset") ?? "").split(separator: ",").map { String($0.prefix(64)) }
        guard datasets.count <= limits.maxActors else { throw APIError.badParameter("dataset", "at most \(limits.maxActors) datasets") }
        var eventQuery = EventQuery(
            actors: try query.states("actors"), range: try query.range(), codes: try query.codes("codes"), datasets: datasets,
            limit: limit, offset: offset)
        let events = try store.events(matching: eventQuery)
        eventQuery.limit = nil
        eventQuery.offset = 0
        let total = try store.count(matching: eventQuery)
        var next: String?
        if offset + events.count < total {
            next = Self.link(request, replacing: ["offset": String(offset + limit), "limit": String(limit)])
        }
        return try Self.json(EventPage(total: total, offset: offset, limit: limit, next: next, events: events))
    }

    // MARK: - Writing

    /// What an upload did.
    struct UploadSummary: Encodable {
        struct Rejected: Encodable {
            let line: Int
            let reason: String
        }
        let format: String
        let bytes: Int
        let read: Int
        let stored: Int
        let duplicates: Int
        let quarantined: Int
        /// The first rejected lines (at most 100), each with why.
        let rejected: [Rejected]
        /// The watchlist checked after the upload, as an ingest does: the alerts that fired, in a line each.
        let alerts: [String]
    }

    /// Reads events from the body (Entente's JSON Lines: one event per line, as `entente events --format json`
    /// writes them) and stores the new ones.
    func upload(_ request: Request, access: WriteAccess) async throws -> Response {
        try access.check(request)
        let query = try QueryParameters(request, allowed: ["format"], limits: limits)
        let format = query.string("format") ?? "jsonl"
        guard format == "jsonl" else {
            throw APIError.badParameter("format", "expected jsonl (Entente's JSON Lines event form), got '\(format.prefix(32))'")
        }
        var body = request.body
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limits.maxUploadBytes)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the upload is larger than \(limits.maxUploadBytes / 1_048_576) MiB; split the file")
        }
        let bytes = Array(buffer.readableBytesView)
        guard bytes.contains(where: { !Self.isSpace($0) }) else { throw APIError(.badRequest, "the request body is empty") }
        let decoder = JSONDecoder()
        var events: [Event] = []
        var rejected: [UploadSummary.Rejected] = []
        var quarantined = 0
        var read = 0
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !Self.isSpace($0) }) else { continue }
            read += 1
            do {
                events.append(try decoder.decode(Event.self, from: Data(line)))
            } catch {
                quarantined += 1
                if rejected.count < 100 { rejected.append(.init(line: lineNumber, reason: Self.reason(error))) }
            }
        }
        guard !events.isEmpty || quarantined == 0 else {
            throw APIError(.badRequest, "no line could be read as an event; line \(rejected[0].line): \(rejected[0].reason)")
        }
        let (stored, report) = try await blocking { [store, generation, events] in
            var stored = 0
            var start = 0
            while start < events.count {
                let end = min(start + 10_000, events.count)
                stored += try store.write(events: Array(events[start..<end]))
                generation.recordWrite()
                start = end
            }
            return (stored, stored > 0 ? try WatchReport.check(store, today: Day.todayUTC()) : nil)
        }
        return try Self.json(
            UploadSummary(
                format: format, bytes: bytes.count, read: read, stored: stored, duplicates: events.count - stored,
                quarantined: quarantined, rejected: rejected, alerts: report?.alerts.map { (reading: WatchReading) in reading.text } ?? []))
    }

    // MARK: - Dyads

    /// The dyad of the path (`/api/dyads/{a}/{b}/…`) and the series parameters common to its routes.
    struct DyadRequest {
        let dyad: Dyad
        let length: PeriodLength
        let range: ClosedRange<Day>?
    }

    func dyadRequest(_ request: Request, parameters: Parameters) throws -> DyadRequest {
        let query = try QueryParameters(request, allowed: ["by", "from", "to", "directed"], limits: limits)
        let first = try QueryParameters.state(parameters.get("a") ?? "", parameter: "a")
        let second = try QueryParameters.state(parameters.get("b") ?? "", parameter: "b")
        guard first != second else { throw APIError.badParameter("b", "a dyad needs two different states, got \(first) twice") }
        let dyad = Dyad(first, second, directed: try query.flag("directed"))
        let length = try query.length()
        let range = try query.range()
        if let range { try checkSpan(range, length: length, parameter: "from") }
        return DyadRequest(dyad: dyad, length: length, range: range)
    }

    /// Refuses a series longer than ``ServerConfiguration/Limits/maxPeriods``.
    func checkSpan(_ range: ClosedRange<Day>, length: PeriodLength, parameter: String) throws {
        let years = range.upperBound.year - range.lowerBound.year + 1
        let periods = switch length {
        case .year: years
        case .quarter: years * 4
        case .month: years * 12
        }
        guard periods <= limits.maxPeriods else {
            throw APIError.badParameter(
                parameter, "the series would span \(periods) \(length.rawValue)s; at most \(limits.maxPeriods): narrow from/to or use a longer period")
        }
    }

    /// The dyad's series over the asked range (or its data's span) and its shifts, with the events behind them.
    func reading(_ dyadRequest: DyadRequest) throws -> (series: DyadSeries, shifts: [Shift], evidence: [Event]) {
        let aggregates = try store.aggregates(of: dyadRequest.dyad, within: dyadRequest.range)
        let range = Brief.clippedRange(dyadRequest.range, aggregates)
        if let range { try checkSpan(range, length: dyadRequest.length, parameter: "from") }
        let series = DyadSeries.make(dyad: dyadRequest.dyad, aggregates: aggregates, by: dyadRequest.length, range: range)
        let bare = series.shifts(events: [])
        guard let earliest = bare.map(\.after.first.start).min() else { return (series, [], []) }
        // Only the events after the earliest shift can be evidence: read those, not the dyad's whole history.
        let upper = range?.upperBound ?? Day(year: limits.years.upperBound, month: 12, day: 31)
        let events = try store.events(
            matching: EventQuery(actors: [dyadRequest.dyad.first, dyadRequest.dyad.second], range: earliest...max(earliest, upper)))
            .filter { dyadRequest.dyad.contains(source: $0.source.country, target: $0.target.country) }
        let shifts = series.shifts(events: events)
        let evidenceIDs = Set(shifts.flatMap(\.evidence))
        return (series, shifts, events.filter { evidenceIDs.contains($0.id) })
    }

    func series(_ request: Request, parameters: Parameters) throws -> Response {
        let reading = try reading(try dyadRequest(request, parameters: parameters))
        return try Self.json(SeriesDocument(reading.series, shifts: reading.shifts))
    }

    struct ShiftsDocument: Encodable {
        let dyad: [String]
        let directed: Bool
        let period: String
        let shifts: [Shift]
        /// The events the shifts name as evidence.
        let evidence: [Event]
    }

    func shifts(_ request: Request, parameters: Parameters) throws -> Response {
        let dyadRequest = try dyadRequest(request, parameters: parameters)
        let reading = try reading(dyadRequest)
        return try Self.json(
            ShiftsDocument(
                dyad: [dyadRequest.dyad.first, dyadRequest.dyad.second], directed: dyadRequest.dyad.directed,
                period: dyadRequest.length.rawValue, shifts: reading.shifts, evidence: reading.evidence))
    }

    // MARK: - The brief

    static let briefParameters: Set<String> = ["pair", "focal", "context", "from", "to", "by"]

    /// The brief's request from `pair`, `focal`, `from`, `to` and `by`; the built-in case's pair and focal
    /// state when absent.
    func briefRequest(_ query: QueryParameters) throws -> Brief.Request {
        let (first, second) = try query.pair("pair") ?? BuiltInCase.pair
        let focal = try query.state("focal") ?? BuiltInCase.focal
        let from = try query.year("from")
        let to = try query.year("to")
        if let from, let to, from > to { throw APIError.badParameter("from", "\(from) is after to \(to)") }
        let context = query.string("context") == nil ? BuiltInCase.context : try query.states("context")
        let request = Brief.Request(
            first: first, second: second, focal: focal, from: from, to: to, length: try query.length(),
            context: context.filter { ![first, second, focal].contains($0) })
        if let range = request.range { try checkSpan(range, length: request.length, parameter: "from") }
        return request
    }

    func assemble(_ request: Brief.Request) throws -> Brief {
        let brief = try Brief.assemble(request, from: store)
        let periods = brief.pair.series.points.count
        guard periods <= limits.maxPeriods else {
            throw APIError.badParameter(
                "from", "the brief would span \(periods) \(request.length.rawValue)s; at most \(limits.maxPeriods): give from/to or a longer period")
        }
        return brief
    }

    func brief(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.briefParameters, limits: limits)
        return try Self.json(BriefDocument(try assemble(try briefRequest(query))))
    }

    /// The brief as the self-contained HTML document `entente brief --html` writes.
    func briefDocument(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.briefParameters, limits: limits)
        return Self.html(BriefHTML.render(try assemble(try briefRequest(query))))
    }

    struct Health: Encodable {
        let status: String
        let writes: Bool
    }

    func health(_ request: Request) throws -> Response {
        _ = try QueryParameters(request, allowed: [], limits: limits)
        return try Self.json(Health(status: "ok", writes: configuration.token != nil))
    }

    // MARK: - Responses

    static func json(_ value: some Encodable) throws -> Response {
        let text = try JSONOutput.encode(value, pretty: false)
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The request's own path and query with some parameters replaced: for `next` links.
    static func link(_ request: Request, replacing: [String: String]) -> String {
        var items: [(String, String)] = []
        for (key, value) in request.uri.queryParameters where replacing[String(key)] == nil {
            items.append((String(key), String(value)))
        }
        for key in replacing.keys.sorted() { items.append((key, replacing[key]!)) }
        return request.uri.path + "?" + items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:,")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// A decoding error in a sentence.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "\(path): ") + (context.underlyingError.map { _ in "not valid JSON" } ?? context.debugDescription)
        case DecodingError.keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(let type, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): expected \(type)"
        case DecodingError.valueNotFound(let type, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): expected \(type), got null"
        default: return "\(error)"
        }
    }
}

extension Brief {
    /// ``Brief/clipped(_:_:)`` for the server: the asked range narrowed to where the dyad has data.
    static func clippedRange(_ range: ClosedRange<Day>?, _ aggregates: [DyadAggregate]) -> ClosedRange<Day>? {
        guard let first = aggregates.map(\.start).min(), let last = aggregates.map(\.end).max() else { return range }
        guard let range else { return first...last }
        let lower = max(range.lowerBound, min(first, range.upperBound))
        let upper = min(range.upperBound, max(last, lower))
        return lower...upper
    }
}
