import EntenteModel
import EntenteStore
import GRDB

extension SQLiteStore {
    /// Counts by root code in SQL over the same index branches a listing walks, and reads only the weightiest
    /// `limit` events whole.
    ///
    /// - Complexity: the matching index entries once for the counts (the code is in the state indexes), and for the
    ///   weightiest a walk in weight order that stops at `limit` (a pair's branches, on `event_by_dyad_weight`).
    public func eventSummary(matching query: EventQuery, directed: Dyad?, weightiest limit: Int) throws -> EventSummary {
        let branches = Self.branches(query.unpaged, directed: directed)
        return try writer.read { db in
            var roots: [String: Int] = [:]
            for branch in branches {
                let rows = try Row.fetchCursor(
                    db,
                    sql: Self.readable(
                        "SELECT substr(cameo, 1, 2), COUNT(*) FROM event INDEXED BY \(branch.index) WHERE \(branch.condition) GROUP BY 1", db),
                    arguments: StatementArguments(branch.arguments))
                while let row = try rows.next() { roots[row[0], default: 0] += row[1] as Int }
            }
            return EventSummary(rootCounts: roots, weightiest: try Self.weightiest(branches, limit: limit, in: db))
        }
    }

    public func weightiestEvents(matching query: EventQuery, directed: Dyad?, limit: Int) throws -> [Event] {
        let branches = Self.branches(query.unpaged, directed: directed)
        return try writer.read { db in try Self.weightiest(branches, limit: limit, in: db) }
    }

    /// Groups in SQL, over the branches a listing walks (the pair's index holds every column read): a pair of hundreds
    /// of thousands of events comes back as a row per direction, quad class, issues and window — the events of one day
    /// counted window by window over the index's days, those of several days by their dates. Beyond
    /// ``tallyWindowLimit`` windows, every event by its dates.
    public func eventTallies(matching query: EventQuery, windows: [ClosedRange<Day>]) throws -> [EventTally] {
        let branches = Self.branches(query.unpaged)
        let windows = windows.count <= Self.tallyWindowLimit ? windows : []
        return try writer.read { db in
            var tallies: [EventTally] = []
            func tally(_ sql: String, _ arguments: [any DatabaseValueConvertible], dated window: ClosedRange<Day>?) throws {
                let rows = try Row.fetchCursor(db, sql: Self.readable(sql, db), arguments: StatementArguments(arguments))
                while let row = try rows.next() {
                    guard let quadClass = QuadClass(rawValue: row[2]) else { continue }
                    let issues: String = row[3]
                    tallies.append(EventTally(
                        source: row[0], target: row[1], quadClass: quadClass,
                        issues: EventTally.issues(stored: issues),
                        start: window?.lowerBound ?? Day(key: row[4]), end: window?.upperBound ?? Day(key: row[5]), count: row[6]))
                }
            }
            for branch in branches {
                let from = "FROM event INDEXED BY \(branch.index) WHERE \(branch.condition)"
                guard !windows.isEmpty else {
                    try tally(
                        "SELECT source, target, quad_class, issues, start_day, end_day, COUNT(*) \(from) GROUP BY 1, 2, 3, 4, 5, 6",
                        branch.arguments, dated: nil)
                    continue
                }
                // A branch of one direction groups by quad class and issues alone: sorting on the two states, the same
                // in every row, took longer than the rest of the query.
                let states = branch.direction == nil ? ["source", "target"] : ["?", "?"]
                let stateArguments: [any DatabaseValueConvertible] = branch.direction.map { [$0.source, $0.target] } ?? []
                let groups = branch.direction == nil ? "3, 4, 1, 2" : "3, 4"
                for window in windows {
                    try tally(
                        """
                        SELECT \(states[0]), \(states[1]), quad_class, issues, 0, 0, COUNT(*) \(from)
                        AND start_day = end_day AND start_day BETWEEN ? AND ? GROUP BY \(groups)
                        """,
                        stateArguments + branch.arguments + [window.lowerBound.key, window.upperBound.key], dated: window)
                }
                try tally(
                    "SELECT source, target, quad_class, issues, start_day, end_day, COUNT(*) \(from) AND end_day > start_day GROUP BY 1, 2, 3, 4, 5, 6",
                    branch.arguments, dated: nil)
            }
            return tallies
        }
    }

    /// How many windows a tally counts apart in SQL (a query per window).
    static let tallyWindowLimit = 8

    /// The branches of `query`, narrowed to one direction when `directed` is given.
    static func branches(_ query: EventQuery, directed: Dyad?) -> [Branch] {
        var branches = branches(query)
        if let directed {
            for index in branches.indices {
                branches[index].condition += " AND source = ? AND target = ?"
                branches[index].arguments += [directed.first, directed.second]
            }
        }
        return branches
    }

    /// Each branch's weightiest, then the weightiest of those (the branches are disjoint). A pair's branch walks
    /// `event_by_dyad_weight` in weight order and stops at `limit` (its day index read every event of the pair: half a
    /// second for a pair of 560,000); the others their own index, as the counts: left to the planner, the spanning branch
    /// of a pair took the pair's index with `start_day <` and read every domestic event of either state.
    static func weightiest(_ branches: [Branch], limit: Int, in db: Database) throws -> [Event] {
        guard limit > 0 else { return [] }
        let order = "ORDER BY abs(goldstein) DESC, COALESCE(mentions, 0) DESC, COALESCE(articles, 0) DESC, start_day, id"
        var weightiest: [Event] = []
        for branch in branches {
            let index = branch.index == "event_by_dyad_day" ? "event_by_dyad_weight" : branch.index
            weightiest += try EventRecord.fetchAll(
                db, sql: Self.readable("SELECT * FROM event INDEXED BY \(index) WHERE \(branch.condition) \(order) LIMIT \(limit)", db),
                arguments: StatementArguments(branch.arguments)
            ).map { try $0.event() }
        }
        return Array(weightiest.sorted(by: EventSummary.weightier).prefix(limit))
    }
}
