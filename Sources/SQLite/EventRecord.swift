import EntenteModel
import EntenteStore
import GRDB

/// A row of the `event` table.
struct EventRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "event"

    enum Columns {
        static let id = Column("id")
        static let dataset = Column("dataset")
    }

    var id: String
    var startDay: Int
    var endDay: Int
    var precision: String
    var source: String
    var sourceSector: String?
    var sourceName: String?
    var sourceHistorical: String?
    var target: String
    var targetSector: String?
    var targetName: String?
    var targetHistorical: String?
    var cameo: String
    var quadClass: Int
    var goldstein: Double
    var magnitude: Double?
    var magnitudeUnit: String?
    var summary: String
    var dataset: String
    var document: String?
    var locator: String?
    var url: String?
    var issues: String
    var reported: Bool
    var hypothetical: Bool
    var mentions: Int?
    var sources: Int?
    var articles: Int?

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    static let insertSQL = """
        INSERT OR IGNORE INTO event (id, start_day, end_day, precision, source, source_sector, source_name,
          source_historical, target, target_sector, target_name, target_historical, cameo, quad_class, goldstein,
          magnitude, magnitude_unit, summary, dataset, document, locator, url, issues, reported, hypothetical,
          mentions, sources, articles)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(for event: Event) -> StatementArguments {
        [
            event.id, event.date.start.key, event.date.end.key, event.date.precision.rawValue,
            event.source.country, event.source.sector, event.source.name, event.source.historical,
            event.target.country, event.target.sector, event.target.name, event.target.historical,
            event.cameo.rawValue, event.quadClass.rawValue, event.goldstein,
            event.magnitude?.amount, event.magnitude?.unit, event.summary,
            event.provenance.dataset, event.provenance.document, event.provenance.locator, event.provenance.url,
            event.issues.map(\.rawValue).joined(separator: ","), event.reported, event.hypothetical,
            event.mentions, event.sources, event.articles,
        ]
    }

    /// The model's event; throws when the row holds what no event can (a row written by hand, say).
    func event() throws -> Event {
        guard let code = CAMEOCode(cameo) else {
            throw StoreError(path: nil, reason: "event \(id) has unknown CAMEO code '\(cameo)'")
        }
        let date: EventDate
        do {
            guard let precision = EventDate.Precision(rawValue: precision) else { throw EventDateError.inconsistent }
            date = try EventDate(start: Day(key: startDay), end: Day(key: endDay), precision: precision)
        } catch {
            throw StoreError(path: nil, reason: "event \(id) has a bad date (\(error))")
        }
        return Event(
            id: id, date: date,
            source: Actor(source, sector: sourceSector, name: sourceName, historical: sourceHistorical),
            target: Actor(target, sector: targetSector, name: targetName, historical: targetHistorical),
            cameo: code, goldstein: goldstein,
            magnitude: magnitude.map { Magnitude($0, magnitudeUnit ?? "") },
            summary: summary,
            provenance: Provenance(dataset: dataset, document: document, locator: locator, url: url),
            issues: issues.split(separator: ",").map { Issue(String($0)) },
            reported: reported, hypothetical: hypothetical, mentions: mentions, sources: sources, articles: articles)
    }
}

/// A row of the `dyad_day` table: one direction of a dyad on one date (a day, or a coarser span), in one dataset.
struct DyadAggregateRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "dyad_day"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var source: String
    var target: String
    var dataset: String
    var startDay: Int
    var endDay: Int
    var events: Int
    var q1: Int
    var q2: Int
    var q3: Int
    var q4: Int
    var goldsteinSum: Double
    var mentions: Int
    var sources: Int
    var articles: Int

    /// Adds to the row for (source, target, dataset, start, end), creating it if needed.
    static let upsertSQL = """
        INSERT INTO dyad_day (source, target, dataset, start_day, end_day, events, q1, q2, q3, q4, goldstein_sum,
          mentions, sources, articles)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source, target, dataset, start_day, end_day) DO UPDATE SET
          events = events + excluded.events,
          q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4,
          goldstein_sum = goldstein_sum + excluded.goldstein_sum,
          mentions = mentions + excluded.mentions, sources = sources + excluded.sources,
          articles = articles + excluded.articles
        """

    var aggregate: DyadAggregate {
        DyadAggregate(
            source: source, target: target, start: Day(key: startDay), end: Day(key: endDay),
            counts: [q1, q2, q3, q4], goldsteinSum: goldsteinSum, mentions: mentions, sources: sources,
            articles: articles, dataset: dataset)
    }
}
