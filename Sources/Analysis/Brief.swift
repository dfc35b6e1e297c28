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

        public init(
            first: String, second: String, focal: String, from: Int? = nil, to: Int? = nil, length: PeriodLength = .year,
            context: [String] = [], band: NeutralBand = .standard
        ) {
            self.first = first
            self.second = second
            self.focal = focal
            self.from = from
            self.to = to
            self.length = length
            self.context = context
            self.band = band
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
        public let shifts: [Shift]
        /// The dyad's stored events in the range, oldest first (empty when only aggregates are kept).
        public let events: [Event]
    }

    /// A sentence the data supports, with the events that support it and the figures behind it.
    public struct Finding: Sendable, Hashable, Codable {
        public let text: String
        /// Ids of the events behind the sentence.
        public let evidence: [String]
        /// Figures behind it that are not events: "SIPRI register 2009–2015, Russia → India: TIV 14,210 of 45,512".
        public let figures: [String]

        public init(_ text: String, evidence: [String] = [], figures: [String] = []) {
            self.text = text
            self.evidence = evidence
            self.figures = figures
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            evidence = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
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
