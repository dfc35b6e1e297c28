import EntenteModel
import EntenteStore
import GRDB

extension SQLiteStore {
    /// Counts by root code in SQL over the same index branches a listing walks, and reads only the weightiest
    /// `limit` events whole.
    ///
    /// - Complexity: the matching index entries once for the counts (the code is in the state indexes), and one
    ///   ordered pass for the weightiest.
    public func eventSummary(matching query: EventQuery, directed: Dyad?, weightiest limit: Int) throws -> EventSummary {
        var unpaged = query
        unpaged.limit = nil
        unpaged.offset = 0
        unpaged.after = nil
        var branches = Self.branches(unpaged)
        if let directed {
            for index in branches.indices {
                branches[index].condition += " AND source = ? AND target = ?"
                branches[index].arguments += [directed.first, directed.second]
            }
        }
        return try writer.read { db in
            var roots: [String: Int] = [:]
            for branch in branches {
                let rows = try Row.fetchCursor(
                    db,
                    sql: "SELECT substr(cameo, 1, 2), COUNT(*) FROM event INDEXED BY \(branch.index) WHERE \(branch.condition) GROUP BY 1",
                    arguments: StatementArguments(branch.arguments))
                while let row = try rows.next() { roots[row[0], default: 0] += row[1] as Int }
            }
            var weightiest: [Event] = []
            if limit > 0 {
                // Each branch's weightiest, then the weightiest of those (the branches are disjoint). Each on its branch's
                // index, as the counts: left to the planner, the spanning branch of a pair took the pair's index with
                // `start_day <` and read every domestic event of either state (30 ms for the United States).
                let order = "ORDER BY abs(goldstein) DESC, COALESCE(mentions, 0) DESC, COALESCE(articles, 0) DESC, start_day, id"
                for branch in branches {
                    weightiest += try EventRecord.fetchAll(
                        db, sql: "SELECT * FROM event INDEXED BY \(branch.index) WHERE \(branch.condition) \(order) LIMIT \(limit)",
                        arguments: StatementArguments(branch.arguments)
                    ).map { try $0.event() }
                }
                weightiest = Array(weightiest.sorted(by: EventSummary.weightier).prefix(limit))
            }
            return EventSummary(
                count: roots.values.reduce(0, +),
                rootCodes: roots.map { (root: $0.key, events: $0.value) }.sorted { ($0.events, $1.root) > ($1.events, $0.root) },
                weightiest: weightiest)
        }
    }
}
