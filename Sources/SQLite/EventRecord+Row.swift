import EntenteStore
import GRDB

// Rows read by column position, without Codable and its key conversion, nor a lookup by name: reading is the
// server's hot path, and GRDB's Decodable path with `convertFromSnakeCase` costs tens of microseconds a row (a
// dyad's thousands of per-day aggregates took 50–70 ms in a release build). The positions are the columns'
// order in `SELECT *` for events (the v1 migration's, which is never edited; later migrations can only add columns
// after them), and the order ``SQLiteStore/aggregates(_:table:of:within:datasets:)`` selects for aggregates.

extension EventRecord {
    init(row: Row) throws {
        id = row[0]
        startDay = row[1]
        endDay = row[2]
        precision = row[3]
        source = row[4]
        sourceSector = row[5]
        sourceName = row[6]
        sourceHistorical = row[7]
        target = row[8]
        targetSector = row[9]
        targetName = row[10]
        targetHistorical = row[11]
        cameo = row[12]
        quadClass = row[13]
        goldstein = row[14]
        magnitude = row[15]
        magnitudeUnit = row[16]
        summary = row[17]
        dataset = row[18]
        document = row[19]
        locator = row[20]
        url = row[21]
        issues = row[22]
        reported = row[23]
        hypothetical = row[24]
        mentions = row[25]
        sources = row[26]
        articles = row[27]
    }
}

extension DyadAggregateRecord {
    init(row: Row) throws {
        source = row[0]
        target = row[1]
        startDay = row[2]
        endDay = row[3]
        events = row[4]
        q1 = row[5]
        q2 = row[6]
        q3 = row[7]
        q4 = row[8]
        goldsteinSum = row[9]
        mentions = row[10]
        sources = row[11]
        articles = row[12]
        dataset = row[13]
    }
}
