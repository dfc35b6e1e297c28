import EntenteModel
import EntenteStore

// Aggregates summed on the servers: the committed batches' rows of `dyad_day` grouped by their key (per day), by
// month, or by period over every pair. On a cluster each shard sums its own rows and the server asked adds them up;
// a dyad lives on one shard, so its rows come from one.
extension ClickHouseStore {
    static let sums = "sum(events), sum(q1), sum(q2), sum(q3), sum(q4), sum(goldstein_sum), sum(mentions), sum(sources), sum(articles)"

    /// - Complexity: one query; the dyad's rows within `range`, read from the front of the sort key (source, target).
    public func aggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        try dyadAggregates(
            dyad, within: range, datasets: datasets, start: "start_day", end: "end_day",
            groupBy: "source, target, dataset, start_day, end_day")
    }

    /// Per month, summed on the server (a row's dates: the earliest and latest day it holds); when `range` starts or
    /// ends inside a month, that month's rows stay per day, so that the range counts only its own days.
    ///
    /// - Complexity: one query; a row a month for the months wholly inside `range` (a dyad's decades of days are
    ///   a few hundred rows, not tens of thousands: measured on the read benchmark, Russia–Pakistan's 33,600 days
    ///   read per day took most of a brief's time on the cluster).
    public func monthlyAggregates(of dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        // The months a range cuts: their days are read one by one.
        var cut: [Int] = []
        if let range {
            if range.lowerBound.day != 1 { cut.append(range.lowerBound.key / 100) }
            if range.upperBound.adding(days: 1).day != 1 { cut.append(range.upperBound.key / 100) }
        }
        let cutMonths = cut.isEmpty ? "" : " AND intDiv(start_day, 100) NOT IN (\(cut.map(String.init).joined(separator: ", ")))"
        // A row within one month rolls up into it; a coarser date (a year, a span), or a day of a month cut by the
        // range, stays as it is.
        let month = "if(intDiv(start_day, 100) = intDiv(end_day, 100)\(cutMonths), intDiv(start_day, 100), toUInt32(start_day) * 100000000 + end_day)"
        return try dyadAggregates(
            dyad, within: range, datasets: datasets, start: "min(start_day)", end: "max(end_day)", groupBy: "source, target, dataset, \(month)")
    }

    private func dyadAggregates(
        _ dyad: Dyad, within range: ClosedRange<Day>?, datasets: [String], start: String, end: String, groupBy: String
    ) throws -> [DyadAggregate] {
        var pairs = "(source = \(Self.quote(dyad.first)) AND target = \(Self.quote(dyad.second)))"
        if !dyad.directed { pairs += " OR (source = \(Self.quote(dyad.second)) AND target = \(Self.quote(dyad.first)))" }
        var terms = ["(\(pairs))", committed]
        if !datasets.isEmpty { terms.append("dataset IN (\(Self.quoted(datasets)))") }
        if let range { terms.append("start_day <= \(range.upperBound.key) AND end_day >= \(range.lowerBound.key)") }
        let sql = """
            SELECT source, target, dataset, \(start) AS row_first, \(end) AS row_last, \(Self.sums)
            FROM \(table(ClickHouseSchema.dyadDay)) WHERE \(terms.joined(separator: " AND "))
            GROUP BY \(groupBy) ORDER BY row_first, row_last
            """
        var rows: [DyadAggregate] = []
        var source: (bytes: ArraySlice<UInt8>, text: String) = ([], "")
        var target = source
        var dataset = source
        try select(sql, groupsWholeOnShards: true) { row in
            rows.append(
                Self.aggregate(
                    row, source: row.text(0, reusing: &source), target: row.text(1, reusing: &target), dataset: row.text(2, reusing: &dataset),
                    start: Day(key: row.int(3)), end: Day(key: row.int(4))))
        }
        // In date order, as SQLite reads them: each shard sorts its own, and one holds the dyad. (Sorting here instead,
        // by five keys, cost a brief 0.8 s of the client's CPU on the read benchmark: 15 pairs of 33,600 days.)
        return rows
    }

    /// An aggregate from a row whose ``sums`` start at column 5 (events; the quad classes from 6).
    static func aggregate(_ row: TabSeparatedReader, source: String, target: String, dataset: String, start: Day, end: Day) -> DyadAggregate {
        DyadAggregate(
            source: source, target: target, start: start, end: end, counts: [row.int(6), row.int(7), row.int(8), row.int(9)],
            goldsteinSum: row.double(10), mentions: row.int(11), sources: row.int(12), articles: row.int(13), dataset: dataset)
    }

    /// Every pair's aggregates summed per period on the servers: the rows within one period grouped by it, the rest
    /// (coarse dates spanning periods) as they are.
    ///
    /// - Complexity: one pass over `dyad_day` within `range`, on every shard at once; the answer is one row per
    ///   pair and period.
    public func periodAggregates(by length: PeriodLength, within range: ClosedRange<Day>?, datasets: [String]) throws -> [DyadAggregate] {
        let key: (String) -> String
        let first: String
        let last: String
        switch length {
        case .year:
            key = { "intDiv(\($0), 10000)" }
            first = "intDiv(start_day, 10000) * 10000 + 101"
            last = "intDiv(start_day, 10000) * 10000 + 1231"
        case .quarter:
            key = { "intDiv(\($0), 10000) * 4 + intDiv(intDiv(\($0), 100) % 100 - 1, 3)" }
            first = "intDiv(start_day, 10000) * 10000 + (intDiv(intDiv(start_day, 100) % 100 - 1, 3) * 3 + 1) * 100 + 1"
            last = "intDiv(start_day, 10000) * 10000 + (intDiv(intDiv(start_day, 100) % 100 - 1, 3) * 3 + 3) * 100 + 31"
        case .month:
            key = { "intDiv(\($0), 100)" }
            first = "intDiv(start_day, 100) * 100 + 1"
            last = "intDiv(start_day, 100) * 100 + 31"
        }
        let within = "\(key("start_day")) = \(key("end_day"))"
        var terms = [committed]
        if !datasets.isEmpty { terms.append("dataset IN (\(Self.quoted(datasets)))") }
        if let range { terms.append("start_day <= \(range.upperBound.key) AND end_day >= \(range.lowerBound.key)") }
        let sql = """
            SELECT source, target, '' AS pooled, toUInt32(if(\(within), \(first), start_day)) AS period_first,
              toUInt32(if(\(within), \(last), end_day)) AS period_last, \(Self.sums)
            FROM \(table(ClickHouseSchema.dyadDay)) WHERE \(terms.joined(separator: " AND "))
            GROUP BY source, target, period_first, period_last
            """
        var rows: [DyadAggregate] = []
        try select(sql, groupsWholeOnShards: true) { row in
            let last = Day(key: row.int(4))
            // A month's key ends on its 31st: the period's real last day.
            let end = Day(year: last.year, month: last.month, day: min(last.day, Day.daysIn(month: last.month, year: last.year)))
            rows.append(Self.aggregate(row, source: row.text(0), target: row.text(1), dataset: "", start: Day(key: row.int(3)), end: end))
        }
        return rows
    }

    /// - Complexity: one row per dataset and batch, from `dataset_tally`, summed on the server.
    public func datasets() throws -> [DatasetSummary] {
        var summaries: [DatasetSummary] = []
        try select(
            """
            SELECT dataset, sum(raw_events) AS raw, sum(aggregated_events) AS aggregated, min(first_day), max(last_day)
            FROM \(table(ClickHouseSchema.datasetTally)) WHERE \(committed)
            GROUP BY dataset HAVING raw + aggregated > 0 ORDER BY dataset
            """, groupsWholeOnShards: true
        ) { row in
            summaries.append(
                DatasetSummary(name: row.text(0), rawEvents: row.int(1), aggregatedEvents: row.int(2), firstDay: Day(key: row.int(3)), lastDay: Day(key: row.int(4))))
        }
        return summaries
    }
}
