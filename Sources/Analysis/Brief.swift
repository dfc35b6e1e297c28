import EntenteModel

/// The analysis of a pair of states seen from a focal state: what `entente brief` prints.
///
/// A value only; renderers in EntenteReport turn it into text, Markdown, JSON or HTML.
public struct Brief: Sendable, Hashable {
    /// What was asked.
    public struct Request: Sendable, Hashable {
        /// The pair's states in the order asked ("RUS", "PAK"): the order the brief names them in.
        public var first: String
        public var second: String
        public var focal: String
        public var from: Int?
        public var to: Int?
        public var length: PeriodLength
        /// The states whose triads with the focal state and the pair the brief reads ("What it means for…").
        public var context: [String]
        /// How many events a tie needs before it can carry a sign at all.
        public var band: NeutralBand
        /// The datasets named; empty for the default selection (``DatasetSelection``).
        public var datasets: [String]

        public init(
            first: String, second: String, focal: String, from: Int? = nil, to: Int? = nil, length: PeriodLength = .year,
            context: [String] = [], band: NeutralBand = .standard, datasets: [String] = []
        ) {
            self.first = first
            self.second = second
            self.focal = focal
            self.from = from
            self.to = to
            self.length = length
            self.context = context
            self.band = band
            self.datasets = datasets
        }

        /// Checks what a brief needs: two different states in the pair, a span that is not empty.
        ///
        /// - Throws: ``RequestError`` naming the part that is wrong.
        public func validate() throws {
            guard first != second else { throw RequestError("pair", "a pair needs two different states, got \(first) twice") }
            if let from, let to, from > to { throw RequestError("from", "--from \(from) is after --to \(to)") }
            if let from, !(1...9999).contains(from) { throw RequestError("from", "expected a year, got \(from)") }
            if let to, !(1...9999).contains(to) { throw RequestError("to", "expected a year, got \(to)") }
        }

        /// The pair as an undirected dyad.
        public var pair: Dyad { Dyad(first, second) }

        /// How the brief names a dyad: the pair in the order asked, a focal dyad with the focal state first.
        public func label(for dyad: Dyad) -> String {
            let name = { (code: String) in CountryResolver.standard.name(of: code) }
            if dyad == pair { return "\(name(first))–\(name(second))" }
            if dyad.first == focal || dyad.second == focal {
                let other = dyad.first == focal ? dyad.second : dyad.first
                return "\(name(focal))–\(name(other))"
            }
            return "\(name(dyad.first))–\(name(dyad.second))"
        }

        /// The days the years `from`…`to` cover; nil when neither is given.
        public var range: ClosedRange<Day>? {
            guard from != nil || to != nil else { return nil }
            return Day(year: from ?? 1, month: 1, day: 1)...Day(year: to ?? 9999, month: 12, day: 31)
        }
    }

    /// One dyad as the brief reads it: its series, its shifts and the events behind them.
    public struct DyadReading: Sendable, Hashable {
        public let dyad: Dyad
        public let series: DyadSeries
        /// Its shifts, each with its evidence counted and the weightiest few named.
        public let shifts: [Shift]
        /// The events the brief shows for the dyad, oldest first: its weightiest over the span (the timeline) and
        /// those its shifts name — a few, however many are stored (empty when only aggregates are kept).
        public let events: [Event]
        /// How many raw events of the dyad are stored in the span (those `entente events` lists).
        public let storedEvents: Int
    }

    /// A sentence the data supports, with the events that support it and the figures behind it.
    public struct Finding: Sendable, Hashable, Codable {
        public let text: String
        /// Ids of the weightiest events behind the sentence: a few, however many there are.
        public let evidence: [String]
        /// How many events are behind the sentence (`evidence.count` when all are named).
        public let evidenceCount: Int
        /// Figures behind it that are not events: "SIPRI register 2009–2015, Russia → India: TIV 14,210 of 45,512".
        public let figures: [String]

        public init(_ text: String, evidence: [String] = [], evidenceCount: Int? = nil, figures: [String] = []) {
            self.text = text
            self.evidence = evidence
            self.evidenceCount = evidenceCount ?? evidence.count
            self.figures = figures
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            evidence = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
            evidenceCount = try container.decodeIfPresent(Int.self, forKey: .evidenceCount) ?? evidence.count
            figures = try container.decodeIfPresent([String].self, forKey: .figures) ?? []
        }
    }

    /// How many of the brief's events come from each dataset.
    public struct SourceCount: Sendable, Hashable, Codable {
        public let dataset: String
        public let document: String?
        public let events: Int
    }

    public let request: Brief.Request
    /// The datasets the brief read.
    public let datasets: DatasetSelection
    public let pair: DyadReading
    /// The focal state's own dyads with each state of the pair.
    public let focalDyads: [DyadReading]
    public let findings: [Finding]
    public let sources: [SourceCount]
    /// What each side of the pair's events are about, before and after its latest shift (or over the whole span).
    public let drivers: Drivers
    /// What the pair's shift means for the focal state; nil when the pair has no events to read.
    public let implications: Implications?

    public var focal: String { request.focal }
}
