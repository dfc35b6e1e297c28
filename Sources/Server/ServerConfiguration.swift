/// How `entente serve` runs: where it listens, which database it reads, who may write, and its limits.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// The bearer token that writes need; nil means the server takes no writes at all.
    public var token: String?
    public var limits: Limits
    /// The least time between two fits of the baselines that relative measures are read against, while the data keep
    /// changing: how stale, at most, the baseline of a cached answer may be (docs/server.md, "Caching").
    public var baselineRefitSeconds: Double

    /// Thirty seconds: an ingest every second refits the baselines twice a minute, not sixty times.
    public static let defaultBaselineRefitSeconds = 30.0

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, limits: Limits = Limits(),
        baselineRefitSeconds: Double = ServerConfiguration.defaultBaselineRefitSeconds
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.limits = limits
        self.baselineRefitSeconds = baselineRefitSeconds
    }

    /// The bounds on what one request may ask, so that no request can tie the server up.
    public struct Limits: Sendable {
        /// Events per page when a request does not say.
        public var defaultPageSize = 50
        /// The most events one page may hold.
        public var maxPageSize = 500
        /// Events named per shift by the series and shifts routes unless `limit` says otherwise (up to
        /// `maxPageSize`).
        public var defaultEvidence = 100
        /// The largest offset into a list of events (deeper pages: narrow the filters instead).
        public var maxOffset = 1_000_000
        /// The most periods a series may span (100 years by month).
        public var maxPeriods = 1_200
        /// The most states one events query may name.
        public var maxActors = 8
        /// The most CAMEO code prefixes one events query may name.
        public var maxCodes = 32
        /// The largest upload, in bytes.
        public var maxUploadBytes = 64 * 1024 * 1024
        /// The earliest and latest years any query may name.
        public var years: ClosedRange<Int> = 1800...2100
        /// The most events a dashboard timeline marks one by one; more are counted per period.
        public var maxTimelineMarks = 1_500

        public init() {}
    }
}
