import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore
import Foundation
import Hummingbird

/// The routes of the relations analyses: triangles, leverage through arms, and the watchlist's alerts.
extension EntenteAPI {
    static let triangleParameters: Set<String> = ["states", "by", "from", "to", "dataset"]

    /// Dittmer's triangle of three states per period, with its transitions.
    func triangles(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: Self.triangleParameters, limits: limits)
        let states = try query.states("states")
        guard states.count == 3 else {
            throw APIError.badParameter("states", "expected three different states, as A,B,C (for example IND,RUS,PAK), got \(states.count)")
        }
        let asked = try Self.analysis {
            try TriangleRequest(
                states: states, length: try query.length(), range: try query.range(), datasets: try query.datasets(limits: limits),
                maximumPeriods: limits.maxPeriods)
        }
        if let range = asked.range {
            // As a dyad route refuses it: a span of more periods than a series may have.
            try Self.analysis {
                try SeriesRequest.check(range, by: asked.length, maximumPeriods: limits.maxPeriods)
            }
        }
        let (reading, baseline) = try read(datasets: asked.datasets, length: asked.length) { try Triangle.read(asked, from: $0) }
        return try Self.json(Baselined(TriangleDocument(reading), baseline: baseline))
    }

    /// A supplier's leverage over its recipients and theirs over it, through arms transfers, per year and over the span.
    func leverage(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["supplier", "recipients", "from", "to", "by"], limits: limits)
        guard let supplier = try query.state("supplier") else { throw APIError.badParameter("supplier", "required: the supplying state, such as RUS") }
        let recipients = try query.states("recipients")
        let by = query.string("by") ?? "year"
        guard by == "year" || by == "span" else { throw APIError.badParameter("by", "expected year or span, got '\(by.prefix(32))'") }
        let coverage = try store.armsTransferCoverage()
        guard let first = coverage.values.map(\.lowerBound).min(), let last = coverage.values.map(\.upperBound).max() else {
            throw APIError(.notFound, "no arms-transfer data loaded: import SIPRI's register first (entente leverage import FILE)")
        }
        let to = try query.year("to") ?? last
        let from = try query.year("from") ?? max(first, to - 9)
        guard from <= to else { throw APIError.badParameter("from", "\(from) is after to \(to)") }
        guard to - from < 100 else { throw APIError.badParameter("from", "at most 100 years at once, got \(to - from + 1)") }
        let leverage = try Leverage.read(
            supplier: supplier, recipients: recipients, years: from...to, spanOnly: by == "span", from: store, coverage: coverage)
        return try Self.json(leverage)
    }

    struct AlertsDocument: Encodable {
        let asOf: Day
        /// The datasets whose events the indicators counted.
        let datasets: [String]
        /// How many indicators were read.
        let indicators: Int
        /// The readings that crossed their thresholds, each with the events behind it.
        let alerts: [WatchReading]
        /// Every reading, when `all=true`.
        let readings: [WatchReading]?
    }

    /// The watchlist read as of a day (the latest stored event's by default), without recording the check.
    func watchAlerts(_ request: Request) throws -> Response {
        let query = try QueryParameters(request, allowed: ["asOf", "all", "dataset"], limits: limits)
        var asOf: Day?
        if let date = try query.date("asOf") {
            guard date.precision == .day else { throw APIError.badParameter("asOf", "expected a day such as 2015-12-31, got '\(date.text)'") }
            asOf = date.start
        }
        let all = try query.flag("all")
        let datasets = try query.datasets(limits: limits)
        let report = try Self.analysis { try WatchReport.check(store, asOf: asOf, today: Day.todayUTC(), recording: false, datasets: datasets) }
        return try Self.json(
            AlertsDocument(
                asOf: report.asOf, datasets: report.datasets.names, indicators: report.readings.count, alerts: report.alerts,
                readings: all ? report.readings : nil))
    }
}

extension Day {
    /// Today in UTC: the watch check's "today" when the store holds no events.
    static func todayUTC() -> Day { Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))) }
}
