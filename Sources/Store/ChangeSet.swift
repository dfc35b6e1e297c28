import EntenteModel
import GRDB

/// The pairs of states one transaction changed (events or aggregates), and over which days: written to
/// `change_log` as one generation just before the transaction commits, so that readers learn what went stale.
///
/// A pair is unordered (RUS–PAK and PAK–RUS are one); a domestic event is the pair of its state with itself.
struct ChangeSet {
    struct Pair: Hashable {
        let first: String
        let second: String

        init(_ source: String, _ target: String) {
            if source <= target {
                first = source
                second = target
            } else {
                first = target
                second = source
            }
        }
    }

    private(set) var days: [Pair: (first: Int, last: Int)] = [:]

    var isEmpty: Bool { days.isEmpty }

    /// Notes that the pair changed on the days `startDay...endDay` (YYYYMMDD keys).
    mutating func note(_ source: String, _ target: String, startDay: Int, endDay: Int) {
        let pair = Pair(source, target)
        if let known = days[pair] {
            days[pair] = (min(known.first, startDay), max(known.last, endDay))
        } else {
            days[pair] = (startDay, endDay)
        }
    }

    mutating func formUnion(_ other: ChangeSet) {
        for (pair, span) in other.days {
            note(pair.first, pair.second, startDay: span.first, endDay: span.last)
        }
    }

    /// How many generations `change_log` keeps: a reader further behind than that must take everything as changed.
    static let kept: Int64 = 512

    /// Writes the changes as the next generation (nothing when empty) and forgets generations older than ``kept``.
    /// Call it inside the transaction that made the changes.
    func write(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw StoreError(path: nil, reason: "the connection is closed") }
        try write(connection)
    }

    /// The same through SQLite's C interface, for an ingest's checkpoint lane (``IngestCheckpoint``).
    func write(_ connection: OpaquePointer) throws {
        guard !days.isEmpty else { return }
        let latest = try RawStatement(connection, "SELECT MAX(generation) FROM change_log").integer("cannot read the change log")
        let generation = (latest ?? 0) + 1
        let insert = try RawStatement(
            connection, "INSERT INTO change_log (generation, first_state, second_state, first_day, last_day) VALUES (?, ?, ?, ?, ?)")
        for (pair, span) in days {
            insert.bind(1, generation)
            insert.bind(2, pair.first)
            insert.bind(3, pair.second)
            insert.bind(4, span.first)
            insert.bind(5, span.last)
            try insert.run("cannot write the change log")
        }
        let forget = try RawStatement(connection, "DELETE FROM change_log WHERE generation <= ?")
        forget.bind(1, generation - Self.kept)
        try forget.run("cannot trim the change log")
    }
}

/// A pair of states whose stored events or aggregates changed, and the days the change touched.
public struct DataChange: Sendable, Hashable {
    /// The pair, in alphabetical order; the same state twice for its domestic events.
    public var first: String
    public var second: String
    public var days: ClosedRange<Day>

    public init(first: String, second: String, days: ClosedRange<Day>) {
        self.first = first
        self.second = second
        self.days = days
    }
}

/// What changed after a generation of the store's data.
public struct DataChanges: Sendable {
    /// The latest generation (0 when nothing was ever logged).
    public var generation: Int64
    /// False when generations after the one asked for are no longer kept: take everything as changed.
    public var complete: Bool
    public var changes: [DataChange]
}

extension SQLiteStore {
    /// The changes to events and aggregates committed after `generation`, by pair of states.
    ///
    /// Every write to the `event`, `dyad_day` and `dyad_month` tables (``write(events:)``, the built-in case,
    /// ``ingest(quarantinePath:_:)``) logs the pairs it changed in the same transaction, one generation a commit.
    /// - Complexity: one indexed read of the generations after `generation`.
    public func changes(since generation: Int64) throws -> DataChanges {
        try writer.read { db in
            let latest = try Int64.fetchOne(db, sql: "SELECT MAX(generation) FROM change_log") ?? 0
            guard latest > generation else { return DataChanges(generation: latest, complete: true, changes: []) }
            let oldest = try Int64.fetchOne(db, sql: "SELECT MIN(generation) FROM change_log") ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT first_state, second_state, first_day, last_day FROM change_log WHERE generation > ? AND generation <= ?",
                arguments: [generation, latest])
            let changes = rows.map { row in
                DataChange(first: row[0], second: row[1], days: Day(key: row[2])...max(Day(key: row[2]), Day(key: row[3])))
            }
            return DataChanges(generation: latest, complete: oldest <= generation + 1, changes: changes)
        }
    }
}
