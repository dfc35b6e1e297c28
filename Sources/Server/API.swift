import EntenteAnalysis
import EntenteCase
import EntenteIngest
import EntenteModel
import EntenteReport
import EntenteStore
import Foundation
import Hummingbird
import NIOCore

/// The JSON API's handlers: each reads its parameters strictly, asks the store and the analyses, and encodes
/// what they return. Reads only through ``EventStore``; writes need ``WriteAccess``.
struct EntenteAPI: Sendable {
    let store: any Store
    let configuration: ServerConfiguration
    /// Follows the data's changes for the caches; told of every write, so that no cached answer outlives it.
    let watch: DataWatch
    var limits: ServerConfiguration.Limits { configuration.limits }

    // MARK: - Events

    static let eventParameters: Set<String> = ["actors", "from", "to", "codes", "dataset", "limit", "offset", "after"]

    /// The events filter of a request, without its paging; its datasets as named (empty for the default selection).
    static func eventFilter(_ query: QueryParameters, limits: ServerConfiguration.Limits) throws -> EventQuery {
        EventQuery(
            actors: try query.states("actors"), range: try query.range(), codes: try query.codes("codes"),
            datasets: try query.datasets(limits: limits))
    }

    /// A page of events, oldest first: `datasets` (those read: the named ones, or by default what was ingested, the
    /// built-in case only alone), `events`, `limit`, `next` (the next page's link, paged by cursor), `offset` and
    /// `total`, as docs/openapi.json's `EventPage` says.
    func events(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.eventParameters, limits: limits)
        let limit = try query.integer("limit", in: 1...limits.maxPageSize) ?? limits.defaultPageSize
        let offset = try query.integer("offset", in: 0...limits.maxOffset) ?? 0
        var after: EventCursor?
        if let token = query.string("after") {
            guard let cursor = EventCursor(token: token) else {
                throw APIError.badParameter("after", "expected the token of a page's next link, got '\(token.prefix(64))'")
            }
            after = cursor
        }
        var filter = try Self.eventFilter(query, limits: limits)
        let datasets = try Self.analysis { try DatasetSelection.resolve(filter.datasets, in: store) }
        filter.datasets = datasets.names
        var pageQuery = filter
        pageQuery.limit = limit
        pageQuery.offset = offset
        pageQuery.after = after
        let page = try self.page(pageQuery)
        let total = try count(filter)
        var next: String?
        if let last = page.last {
            next = Self.link(request, replacing: ["after": last.token, "limit": String(limit)], removing: ["offset"])
        }
        // The keys in JSONOutput's order, the events as they were encoded when the page was read.
        var body = Array("{\"datasets\":".utf8)
        body += try CompactJSON.encode(datasets.names)
        body += Array(",\"events\":".utf8)
        body += page.events
        body += Array(",\"limit\":\(limit),".utf8)
        if let next {
            body += Array("\"next\":".utf8)
            CompactJSON.writeString(next, to: &body)
            body.append(UInt8(ascii: ","))
        }
        body += Array("\"offset\":\(offset),\"total\":\(total)}".utf8)
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A page of events, encoded, with the cursor after its last event when more follow.
    struct EncodedPage: Sendable {
        let events: [UInt8]
        let last: EventCursor?
    }

    /// The page `query` asks for (its limit, offset and cursor), kept until a commit changes it: one that adds or
    /// removes events listed up to its last one (events listed after a full page do not change it; a `total` is
    /// counted apart).
    func page(_ query: EventQuery) throws -> EncodedPage {
        let epoch = watch.epoch
        if let page = watch.pages.value(for: query) { return page }
        let limit = query.limit ?? limits.defaultPageSize
        var probe = query
        probe.limit = limit + 1  // one more: whether a next page exists
        var events = try store.events(matching: probe)
        var last: EventCursor?
        var scope = ReadScope(query)
        if events.count > limit {
            events.removeLast(events.count - limit)
            last = EventCursor(after: events[limit - 1])
            // Only events listed before the last one can change a full page: those that start by its first day.
            let lower = scope.days?.lowerBound ?? Day(year: 1, month: 1, day: 1)
            scope.days = lower...max(lower, events[limit - 1].date.start)
        }
        let page = EncodedPage(events: try CompactJSON.encode(events), last: last)
        if watch.caches { watch.pages.store(page, scope: scope, for: query, epoch: epoch) }
        return page
    }

    /// How many events match `filter`: counted once per filter and kept until a commit changes what it counts.
    func count(_ filter: EventQuery) throws -> Int {
        let epoch = watch.epoch
        if let total = watch.counts.value(for: filter) { return total }
        let total = try store.count(matching: filter)
        if watch.caches { watch.counts.store(total, scope: ReadScope(filter), for: filter, epoch: epoch) }
        return total
    }

    // MARK: - Writing

    /// What an upload did: the ingest's summary (as `entente ingest --format json` prints it), the format read, the
    /// first rejected rows with why, and the alerts of the watch check that followed.
    struct UploadSummary: Encodable {
        struct Rejected: Encodable {
            let line: Int64
            let column: Int?
            let reason: String
            let message: String
        }
        let summary: IngestSummary
        let format: String?
        /// The first rejected rows (at most ``EntenteAPI/maxReportedRejections``), each with where and why.
        let rejected: [Rejected]
        /// The watchlist checked after the upload, as an ingest does: the alerts that fired, in a line each.
        let alerts: [String]

        enum CodingKeys: String, CodingKey {
            case format, rejected, alerts
        }

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(format, forKey: .format)
            try container.encode(rejected, forKey: .rejected)
            try container.encode(alerts, forKey: .alerts)
        }
    }

    static let maxReportedRejections = 100

    /// Ingests the body as `entente ingest` ingests a file: GDELT 1.0/2.0, ICEWS, Entente JSON Lines or CSV, plain,
    /// gzip or zip, the format detected from the content unless `format` names it. The body goes to a temporary
    /// file, read by the ingest's ``Ingester`` (aggregates for every pair, raw events for every state, each event
    /// counted once by its dataset's id, bad rows rejected and reported); then the watch check runs.
    func upload(_ request: Request, access: WriteAccess) async throws -> Response {
        try access.check(request)
        let query = try QueryParameters(request, allowed: ["format"], limits: limits)
        var format: InputFormat?
        if let text = query.string("format") {
            guard let named = InputFormat(rawValue: text) else {
                let known = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError.badParameter("format", "expected one of \(known) (or none, to detect it from the content), got '\(text.prefix(32))'")
            }
            format = named
        }
        let body = request.body
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limits.maxUploadBytes)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the upload is larger than \(limits.maxUploadBytes / 1_048_576) MiB; split the file")
        }
        guard buffer.readableBytesView.contains(where: { !Self.isSpace($0) }) else { throw APIError(.badRequest, "the request body is empty") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("upload").path
        guard FileManager.default.createFile(atPath: file, contents: Data(buffer.readableBytesView)) else {
            throw APIError(.internalServerError, "cannot keep the upload in a temporary file")
        }
        let (summary, detected, rejected, alerts) = try await blocking { [store, watch, format] () throws -> (IngestSummary, String?, [UploadSummary.Rejected], [String]) in
            let inputs: [InputFile]
            do {
                inputs = try InputFiles.open(file, named: "upload")
            } catch let error as InputError {
                throw APIError(.badRequest, "the body cannot be read: \(error.reason.replacingOccurrences(of: file, with: "upload"))")
            }
            var options = IngestOptions()
            options.format = format
            options.keep = .all
            options.quarantinePath = nil
            // A body no row of which can be read is a 400 each time it is sent, not a note that it was sent before.
            options.remembersRejectedInputs = false
            var rejected: [UploadSummary.Rejected] = []
            var alerts: [String] = []
            defer { watch.recordWrite() }
            let summary: IngestSummary
            do {
              summary = try Ingester(store: store, options: options).run(
                inputs,
                rejected: { path, rejection in
                    guard rejected.count < Self.maxReportedRejections else { return }
                    rejected.append(UploadSummary.Rejected(
                        line: rejection.line, column: rejection.column, reason: rejection.reason.rawValue,
                        message: "\(rejection.location(in: path)): \(rejection.message)".replacingOccurrences(of: file, with: "upload")))
                },
                afterIngest: { report in
                    guard report.summary.stored > 0 else { return }
                    alerts = try WatchReport.check(store, today: Day.todayUTC()).alerts.map { (reading: WatchReading) in reading.text }
                })
            } catch let error as StoreError {
                throw APIError(.serviceUnavailable, "the upload could not be stored (\(error.reason)); nothing after its last checkpoint was kept: send it again")
            }
            let detected = format?.rawValue ?? inputs.lazy.compactMap { $0.detectedFormat()?.rawValue }.first
            return (summary, detected, rejected, alerts)
        }
        // An input that could not be read at all (empty, binary, in no format Entente reads): nothing to summarise.
        if summary.read == 0, summary.stored == 0, summary.filesSkipped == 0, let first = rejected.first {
            throw APIError(.badRequest, "no row could be read: \(first.message)", parameter: format == nil ? nil : "format")
        }
        return try Self.json(UploadSummary(summary: summary, format: detected, rejected: rejected, alerts: alerts))
    }

    // MARK: - Dyads

    static let dyadParameters: Set<String> = ["by", "from", "to", "directed", "limit", "dataset"]
    static let driversParameters: Set<String> = ["by", "from", "to", "dataset"]
    /// The routes under `/api/dyads/{a}/{b}/` and the parameters each takes.
    static let dyadRoutes: [String: Set<String>] = ["series": dyadParameters, "shifts": dyadParameters, "drivers": driversParameters]

    /// The series a dyad route asks for: the dyad of the path (`/api/dyads/{a}/{b}/…`) and the query's period,
    /// range, direction, evidence limit and datasets.
    func seriesRequest(_ request: Request, parameters: Parameters) throws -> SeriesRequest {
        let query = try QueryParameters(request, allowed: Self.dyadParameters, limits: limits)
        let (first, second) = try Self.pair(parameters)
        return try Self.analysis {
            let asked = try SeriesRequest(
                dyad: Dyad(first, second, directed: try query.flag("directed")), length: try query.length(), range: try query.range(),
                datasets: try query.datasets(limits: limits),
                evidenceLimit: try query.integer("limit", in: 0...limits.maxPageSize) ?? limits.defaultEvidence,
                maximumPeriods: limits.maxPeriods)
            // A span of more periods than a series may have is refused as asked, within the server's years, before any
            // read (the read path itself checks only the span the data fill).
            if let range = asked.range { try asked.check(range) }
            return asked
        }
    }

    /// The two states of a dyad route's path (`/api/dyads/{a}/{b}/…`).
    static func pair(_ parameters: Parameters) throws -> (String, String) {
        let first = try QueryParameters.state(parameters.get("a") ?? "", parameter: "a")
        let second = try QueryParameters.state(parameters.get("b") ?? "", parameter: "b")
        guard first != second else { throw APIError.badParameter("b", "a dyad needs two different states, got \(first) twice") }
        return (first, second)
    }

    /// Reads an analysis through a reader of the datasets asked, against the server's baseline of `length` (fitted
    /// once per adopted generation, ``BaselinePolicy``): what `body` returns and which baseline it read.
    func read<Value>(
        datasets: [String], length: PeriodLength, _ body: (RelationsReader) throws -> Value
    ) throws -> (Value, BaselinePolicy.Stamp) {
        let generation = watch.baselineGeneration
        return try Self.analysis {
            let reader = try generation.reader(of: store, datasets: datasets, held: watch.knownDatasets)
            let baseline = try generation.stamp(for: reader, length: length)
            return (try body(reader), baseline)
        }
    }

    /// Runs an analysis, saying a request it refuses as a 400 on the parameter it names.
    static func analysis<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RequestError {
            let parameter = switch error.parameter {
            case "datasets": "dataset"
            case "minimum-events": "minimumEvents"
            default: error.parameter
            }
            throw APIError.badParameter(parameter, error.message)
        }
    }

    func series(_ request: Request, parameters: Parameters) throws -> Response {
        let asked = try seriesRequest(request, parameters: parameters)
        let (reading, baseline) = try read(datasets: asked.datasets, length: asked.length) { try DyadSeries.read(asked, from: $0) }
        return try Self.json(Baselined(SeriesDocument(reading), baseline: baseline))
    }

    struct ShiftsDocument: Encodable {
        let dyad: [String]
        let directed: Bool
        let period: String
        let datasets: [String]
        let baseline: BaselinePolicy.Stamp
        let shifts: [Shift]
        /// The events the shifts name as evidence, in the order they name them.
        let evidence: [Event]
    }

    func shifts(_ request: Request, parameters: Parameters) throws -> Response {
        let asked = try seriesRequest(request, parameters: parameters)
        let (reading, baseline) = try read(datasets: asked.datasets, length: asked.length) { try DyadSeries.read(asked, from: $0) }
        // Only the events named are read whole.
        var seen: Set<String> = []
        let named = reading.shifts.flatMap(\.evidence).filter { seen.insert($0).inserted }
        let byID = Dictionary(try store.events(ids: named).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try Self.json(
            ShiftsDocument(
                dyad: [asked.dyad.first, asked.dyad.second], directed: asked.dyad.directed, period: asked.length.rawValue,
                datasets: reading.datasets.names, baseline: baseline, shifts: reading.shifts, evidence: named.compactMap { byID[$0] }))
    }

    /// What each side of a pair does to the other about, as `entente drivers A B --format json` prints it, with the
    /// datasets read and the baseline the windows around the pair's latest shift were found against.
    func drivers(_ request: Request, parameters: Parameters) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.driversParameters, limits: limits)
        let (first, second) = try Self.pair(parameters)
        let length = query.string("by") == nil ? nil : try query.length()
        let range = try query.range()
        let asked = try Self.analysis {
            try DriversRequest(first: first, second: second, range: range, length: length, datasets: try query.datasets(limits: limits))
        }
        if let range {
            try Self.analysis {
                try SeriesRequest.check(range, by: length ?? .year, maximumPeriods: limits.maxPeriods)
            }
        }
        let (reading, baseline) = try read(datasets: asked.datasets, length: length ?? .year) { try Drivers.read(asked, from: $0) }
        return try Self.json(Baselined(DriversDocument(reading), baseline: baseline))
    }

    // MARK: - The brief

    static let briefParameters: Set<String> = ["pair", "focal", "context", "from", "to", "by", "dataset"]

    /// The brief's request from `pair`, `focal`, `from`, `to` and `by`; the built-in case's pair and focal
    /// state when absent.
    func briefRequest(_ query: QueryParameters) throws -> Brief.Request {
        let (first, second) = try query.pair("pair") ?? BuiltInCase.pair
        let focal = try query.state("focal") ?? BuiltInCase.focal
        let from = try query.year("from")
        let to = try query.year("to")
        if let from, let to, from > to { throw APIError.badParameter("from", "\(from) is after to \(to)") }
        let context = query.string("context") == nil
            ? BuiltInCase.context(forPair: first, second, focal: focal) : try query.states("context")
        let request = Brief.Request(
            first: first, second: second, focal: focal, from: from, to: to, length: try query.length(),
            context: context.filter { ![first, second, focal].contains($0) }, datasets: try query.datasets(limits: limits))
        try check(request)
        return request
    }

    /// Checks a brief's request: its states and years, and a span within ``ServerConfiguration/Limits/maxPeriods``.
    func check(_ request: Brief.Request) throws {
        try Self.analysis { try request.validate() }
        if let range = request.range {
            try Self.analysis { try SeriesRequest.check(range, by: request.length, maximumPeriods: limits.maxPeriods) }
        }
    }

    /// Reads the brief (``Brief/read(_:from:)``) and which baseline it read.
    func assemble(_ request: Brief.Request) throws -> (Brief, BaselinePolicy.Stamp) {
        let (brief, baseline) = try read(datasets: request.datasets, length: request.length) { try Brief.read(request, from: $0) }
        let periods = brief.pair.series.points.count
        guard periods <= limits.maxPeriods else {
            throw APIError.badParameter(
                "from", "the brief would span \(periods) \(request.length.rawValue)s; at most \(limits.maxPeriods): give from/to or a longer period")
        }
        return (brief, baseline)
    }

    func brief(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.briefParameters, limits: limits)
        let (brief, baseline) = try assemble(try briefRequest(query))
        return try Self.json(Baselined(BriefDocument(brief), baseline: baseline))
    }

    /// The brief as the self-contained HTML document `entente brief --html` writes.
    func briefDocument(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.briefParameters, limits: limits)
        return Self.html(BriefHTML.render(try assemble(try briefRequest(query)).0))
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

    /// An analysis's document with the baseline it was read against (`baseline`), for answers that read one.
    struct Baselined<Document: Encodable>: Encodable {
        let document: Document
        let baseline: BaselinePolicy.Stamp

        init(_ document: Document, baseline: BaselinePolicy.Stamp) {
            self.document = document
            self.baseline = baseline
        }

        enum CodingKeys: String, CodingKey { case baseline }

        func encode(to encoder: any Encoder) throws {
            try document.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(baseline, forKey: .baseline)
        }
    }

    /// The value as compact JSON (``CompactJSON``: what `JSONOutput` writes, several times faster).
    static func json(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try CompactJSON.encode(value))))
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
    static func link(_ request: Request, replacing: [String: String], removing: Set<String> = []) -> String {
        var items: [(String, String)] = []
        for (key, value) in request.uri.queryParameters where replacing[String(key)] == nil && !removing.contains(String(key)) {
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
}
