import EntenteAnalysis
import EntenteModel

/// The brief as a stable JSON document: what `entente brief --format json` prints and the API returns.
///
/// Top-level keys: `pair`, `focal`, `datasets` (those read), `from`, `to`, `period`, `findings`, `series`, `shifts`,
/// `events` (the few shown), `storedEvents` (how many are stored), `focalDyads`, `sources`, and since the relations analyses `context`, `drivers` (the pair's issue mixes,
/// with the events behind each share) and `implications` (triads before and after the shift, balance,
/// leverage, and findings naming their events or figures; null when the pair has no events). Events carry `id`, `date`, `precision`, `source`, `target`, `cameo`, `quadClass`,
/// `goldstein`, `summary`, `citation` and the rest of the event form; shifts name their evidence by event id.
public struct BriefDocument: Codable, Sendable, Hashable {
    public struct DyadDocument: Codable, Sendable, Hashable {
        public let dyad: [String]
        public let label: String
        public let series: [SeriesPointDocument]
        public let shifts: [Shift]
        public let events: [Event]
        /// How many raw events of the dyad are stored in the span: `events` are the few the brief shows.
        public let storedEvents: Int
    }

    public let pair: [String]
    public let label: String
    public let focal: String
    /// The datasets the brief read.
    public let datasets: [String]
    public let from: String?
    public let to: String?
    public let period: String
    public let findings: [Brief.Finding]
    public let series: [SeriesPointDocument]
    public let shifts: [Shift]
    public let events: [Event]
    /// How many raw events between the pair are stored in the span.
    public let storedEvents: Int
    public let focalDyads: [DyadDocument]
    public let sources: [Brief.SourceCount]
    public let context: [String]
    public let drivers: Drivers
    public let implications: Implications?

    public init(_ brief: Brief) {
        let request = brief.request
        pair = [request.first, request.second]
        label = request.label(for: request.pair)
        focal = request.focal
        datasets = brief.datasets.names
        from = brief.pair.series.points.first?.period.description
        to = brief.pair.series.points.last?.period.description
        period = request.length.rawValue
        findings = brief.findings
        series = brief.pair.series.points.map(SeriesPointDocument.init)
        shifts = brief.pair.shifts
        events = brief.pair.events
        storedEvents = brief.pair.storedEvents
        focalDyads = brief.focalDyads.map { reading in
            DyadDocument(
                dyad: [request.focal, reading.dyad.first == request.focal ? reading.dyad.second : reading.dyad.first],
                label: request.label(for: reading.dyad), series: reading.series.points.map(SeriesPointDocument.init),
                shifts: reading.shifts, events: reading.events, storedEvents: reading.storedEvents)
        }
        sources = brief.sources
        context = request.context
        drivers = brief.drivers
        implications = brief.implications
    }
}
