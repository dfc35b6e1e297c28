import EntenteModel

/// What happened in one direction of a dyad on one date: counts per quad class and Goldstein sum.
///
/// Dates keep their precision here too: an event known only to its year aggregates over that year
/// (`start` 1 Jan, `end` 31 Dec), never onto a made-up day.
public struct DyadAggregate: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    /// The dataset of the events it counts; ``unattributedDataset`` for rows a database held before aggregates had
    /// a dataset.
    public var dataset: String
    public var start: Day
    public var end: Day
    /// Events per quad class, indexed by `QuadClass.rawValue - 1`.
    public var counts: [Int]
    public var goldsteinSum: Double
    public var mentions: Int
    public var sources: Int
    public var articles: Int

    public init(
        source: String, target: String, start: Day, end: Day, counts: [Int], goldsteinSum: Double,
        mentions: Int = 0, sources: Int = 0, articles: Int = 0, dataset: String = DyadAggregate.unattributedDataset
    ) {
        self.source = source
        self.target = target
        self.dataset = dataset
        self.start = start
        self.end = end
        self.counts = counts
        self.goldsteinSum = goldsteinSum
        self.mentions = mentions
        self.sources = sources
        self.articles = articles
    }

    /// The dataset of aggregates whose dataset is not known: those a store held before every aggregate belonged to a
    /// dataset (docs/ingest.md).
    public static let unattributedDataset = "unattributed"

    public var total: Int { counts.reduce(0, +) }

    public func count(_ quadClass: QuadClass) -> Int { counts[quadClass.rawValue - 1] }
}
