import EntenteModel
import EntenteStore
import GRDB

// Reading events a page at a time. A filter is split into branches that each walk one index in the order events
// are listed (first day, last day, id), so that a page reads about as many rows as it shows, and a count reads
// index entries only, never the table:
//
// - no state: the events that start in the range (`event_by_day`);
// - one state X: `source = X` (`event_by_source_day`) and `target = X AND source <> target` (`event_by_target_day`);
// - several states: one branch per ordered pair of them (`event_by_dyad_day`, which also holds what an outline reads);
// - the target's and the pairs' indexes hold only events between two states (`WHERE source <> target`): a branch on
//   them says `source <> target` in so many words, or SQLite will not take them;
// - with a range, each branch takes the events that start in it, and one more branch the events that start before
//   it and end in or after it (`event_spanning`: only events whose date spans several days can).
//
// The branches are disjoint, so a page is the first rows of their union, and a count is the sum of theirs.

extension SQLiteStore {
    public func events(matching query: EventQuery) throws -> [Event] {
        try writer.read { db in
            let (sql, arguments) = Self.listSQL(query, columns: "*")
            return try EventRecord.fetchAll(db, sql: Self.readable(sql, db), arguments: arguments).map { try $0.event() }
        }
    }

    /// The events with these ids that the store holds, in list order (first day, last day, id); unknown ids are
    /// left out.
    public func events(ids: [String]) throws -> [Event] {
        try writer.read { db in
            var records: [EventRecord] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                let batch = ids[start..<min(start + 500, ids.count)]
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                records += try EventRecord.fetchAll(
                    db, sql: "SELECT * FROM event WHERE id IN (\(marks))", arguments: StatementArguments(Array(batch)))
            }
            records.sort { ($0.startDay, $0.endDay, $0.id) < ($1.startDay, $1.endDay, $1.id) }
            return try records.map { try $0.event() }
        }
    }

    /// The outlines of the events ``events(matching:)`` returns, in the same order: their text columns unread.
    public func eventOutlines(matching query: EventQuery) throws -> [EventOutline] {
        try writer.read { db in
            let (sql, arguments) = Self.listSQL(query, columns: "id, start_day, end_day, precision, source, target, quad_class")
            // A cursor reads each row in place (no copy of it, as fetchAll makes).
            let rows = try Row.fetchCursor(db, sql: Self.readable(sql, db), arguments: arguments)
            var outlines: [EventOutline] = []
            while let row = try rows.next() {
                let id: String = row[0]
                guard let precision = EventDate.Precision(rawValue: row[3]),
                    let date = try? EventDate(start: Day(key: row[1]), end: Day(key: row[2]), precision: precision),
                    let quadClass = QuadClass(rawValue: row[6])
                else { throw StoreError(path: nil, reason: "event \(id) has a bad date or quad class") }
                outlines.append(EventOutline(id: id, source: row[4], target: row[5], date: date, quadClass: quadClass))
            }
            return outlines
        }
    }

    /// The query listing `query`'s events in order (first day, last day, id), reading `columns`.
    static func listSQL(_ query: EventQuery, columns: String) -> (String, StatementArguments) {
        let branches = Self.branches(query)
        let order = "ORDER BY start_day, end_day, id"
        let window = query.limit.map { max(0, $0) + max(0, query.offset) }
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        for branch in branches {
            var sql = "SELECT \(columns) FROM event INDEXED BY \(branch.index) WHERE \(branch.condition) \(order)"
            if branches.count > 1 {
                if let window { sql += " LIMIT \(window)" }
                sql = "SELECT * FROM (\(sql))"
            }
            parts.append(sql)
            arguments += branch.arguments
        }
        var sql = parts.joined(separator: " UNION ALL ")
        if branches.count > 1 { sql += " \(order)" }
        if let limit = query.limit {
            sql += " LIMIT \(max(0, limit)) OFFSET \(max(0, query.offset))"
        }
        return (sql, StatementArguments(arguments))
    }

    /// - Complexity: index entries only, for filters by states and dates; codes and datasets are tested in the
    ///   state indexes too, but a filter by datasets (or by codes without a state) reads the matching rows.
    public func count(matching query: EventQuery) throws -> Int {
        try writer.read { db in
            var total = 0
            for branch in Self.branches(query) {
                total += try Int.fetchOne(
                    db, sql: Self.readable("SELECT COUNT(*) FROM event INDEXED BY \(branch.index) WHERE \(branch.condition)", db),
                    arguments: StatementArguments(branch.arguments)) ?? 0
            }
            return total
        }
    }

    struct Branch {
        var index: String
        var condition: String
        var arguments: [any DatabaseValueConvertible]
        /// The one direction the branch reads, when it reads one (a pair's branches).
        var direction: (source: String, target: String)? = nil
    }

    static func branches(_ query: EventQuery) -> [Branch] {
        // The filters every branch shares.
        var common: [String] = []
        var commonArguments: [any DatabaseValueConvertible] = []
        if !query.codes.isEmpty {
            common.append("(" + query.codes.map { _ in "cameo LIKE ? || '%'" }.joined(separator: " OR ") + ")")
            commonArguments += query.codes
        }
        if !query.datasets.isEmpty {
            common.append("dataset IN (\(Array(repeating: "?", count: query.datasets.count).joined(separator: ",")))")
            commonArguments += query.datasets
        }
        if let after = query.after {
            // The first term lets the branch's index start at the cursor; the second is the exact order.
            common.append("start_day >= ? AND (start_day, end_day, id) > (?, ?, ?)")
            commonArguments += [after.startDay.key, after.startDay.key, after.endDay.key, after.id]
        }

        // By states: (index, condition, arguments).
        var byStates: [(String, String, [any DatabaseValueConvertible], (source: String, target: String)?)] = []
        switch query.actors.count {
        case 0:
            byStates.append(("event_by_day", "", [], nil))
        case 1:
            let state = query.actors[0]
            byStates.append(("event_by_source_day", "source = ?", [state], nil))
            byStates.append(("event_by_target_day", "target = ? AND source <> target", [state], nil))
        default:
            for source in query.actors {
                for target in query.actors where target != source {
                    byStates.append(
                        ("event_by_dyad_day", "source = ? AND target = ? AND source <> target", [source, target], (source, target)))
                }
            }
        }

        func join(_ terms: [String]) -> String {
            let terms = terms.filter { !$0.isEmpty }
            return terms.isEmpty ? "1" : terms.joined(separator: " AND ")
        }
        var branches: [Branch] = []
        guard let range = query.range else {
            for (index, condition, arguments, direction) in byStates {
                branches.append(Branch(index: index, condition: join([condition] + common), arguments: arguments + commonArguments, direction: direction))
            }
            return branches
        }
        let lower = range.lowerBound.key
        let upper = range.upperBound.key
        for (index, condition, arguments, direction) in byStates {
            branches.append(Branch(
                index: index, condition: join([condition, "start_day BETWEEN ? AND ?"] + common),
                arguments: arguments + [lower, upper] + commonArguments, direction: direction))
        }
        // Events that start before the range and reach into it: few (a date that spans days), one branch for all.
        var states = ""
        var stateArguments: [any DatabaseValueConvertible] = []
        switch query.actors.count {
        case 0: break
        case 1:
            states = "(source = ? OR target = ?)"
            stateArguments = [query.actors[0], query.actors[0]]
        default:
            let marks = Array(repeating: "?", count: query.actors.count).joined(separator: ",")
            states = "source IN (\(marks)) AND target IN (\(marks)) AND source <> target"
            stateArguments = query.actors + query.actors
        }
        branches.append(Branch(
            index: "event_spanning",
            condition: join(["end_day > start_day AND end_day >= ? AND start_day < ?", states] + common),
            arguments: [lower, lower] + stateArguments + commonArguments))
        return branches
    }
}
