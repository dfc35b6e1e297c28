import EntenteAnalysis
import EntenteModel

/// The watchlist and its checks, as `entente watch` prints them.
public enum WatchOutput {
    public static func list(_ indicators: [WatchIndicator], as format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONOutput.encode(indicators) + "\n"
        case .csv:
            var out = CSV.line(["name", "states", "directed", "codes", "quadClass", "issues", "comparison", "threshold", "windowDays", "origin", "note"])
            for indicator in indicators {
                out += CSV.line([
                    indicator.name, indicator.states.joined(separator: ";"), indicator.directed ? "true" : "false",
                    indicator.codes.joined(separator: ";"), indicator.quadClass.map { String($0.rawValue) } ?? "",
                    indicator.issues.map(\.rawValue).joined(separator: ";"), indicator.comparison.rawValue,
                    DriversOutput.number(indicator.threshold), String(indicator.windowDays), indicator.origin.rawValue, indicator.note,
                ])
            }
            return out
        case .text:
            guard !indicators.isEmpty else { return "No indicators. Add one with: entente watch add NAME --dyad RUS:PAK --codes 057 --above 0\n" }
            var out = ""
            for indicator in indicators {
                out += "\(indicator.name)\(indicator.origin == .builtInCase ? " (built-in case)" : "")\n"
                out += Text.wrap(indicator.rule, firstPrefix: "  ", prefix: "  ")
                if !indicator.note.isEmpty { out += Text.wrap(indicator.note, firstPrefix: "  ", prefix: "  ") }
                if let check = indicator.lastCheck {
                    out += "  last checked as of \(check.day.iso): \(Format.count(check.value))\(check.fired ? ", alert" : ", quiet")\n"
                }
            }
            return out
        case .markdown, .jsonl: throw UnsupportedFormat(format, for: "the watchlist", supported: [.text, .json, .csv])
        }
    }

    public static func check(_ report: WatchReport, as format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONOutput.encode(report) + "\n"
        case .csv:
            var out = CSV.line(["name", "asOf", "first", "last", "value", "comparison", "threshold", "fired", "standing", "events", "eventIds"])
            for reading in report.readings {
                out += CSV.line([
                    reading.indicator.name, reading.asOf.iso, reading.window.first.iso, reading.window.last.iso,
                    DriversOutput.number(reading.value), reading.indicator.comparison.rawValue,
                    DriversOutput.number(reading.indicator.threshold), reading.fired ? "true" : "false",
                    reading.standing ? "true" : "false", String(reading.events.count), reading.events.map(\.id).joined(separator: ";"),
                ])
            }
            return out
        case .text: return text(report)
        case .markdown, .jsonl: throw UnsupportedFormat(format, for: "a watch check", supported: [.text, .json, .csv])
        }
    }

    /// Alerts first, each with the events behind it; then the quiet indicators in one line each.
    /// A few lines for the end of an ingest: one per alert, new ones first, and where to see the rest.
    public static func summary(_ report: WatchReport) -> String {
        let alerts = report.alerts
        guard !alerts.isEmpty else {
            return "watch: no alerts as of \(report.asOf.iso) (\(report.readings.count) indicators)\n"
        }
        let fresh = alerts.filter { !$0.standing }
        var out = "watch: \(alerts.count) alert\(alerts.count == 1 ? "" : "s") as of \(report.asOf.iso)"
        out += fresh.isEmpty ? ", all standing from the previous check\n" : ", \(fresh.count) new\n"
        for reading in fresh + alerts.filter(\.standing) {
            out += Text.wrap(reading.text, firstPrefix: reading.standing ? "  " : "  NEW ", prefix: "      ")
        }
        return out + "  the events behind each: entente watch check\n"
    }

    public static func text(_ report: WatchReport, alertsOnly: Bool = false) -> String {
        var out = ""
        let alerts = report.alerts
        out += alerts.isEmpty
            ? "No alerts as of \(report.asOf.iso) (\(report.readings.count) indicators checked).\n"
            : "\(alerts.count) alert\(alerts.count == 1 ? "" : "s") as of \(report.asOf.iso) (\(report.readings.count) indicators checked)\n"
        for reading in alerts {
            out += "\n"
            out += Text.wrap(reading.text, firstPrefix: "ALERT ", prefix: "      ")
            out += Text.wrap(reading.indicator.rule, firstPrefix: "  rule: ", prefix: "        ")
            if !reading.indicator.note.isEmpty { out += Text.wrap(reading.indicator.note, firstPrefix: "  ", prefix: "  ") }
            if !reading.sides.isEmpty {
                out += "  sides: " + reading.sides.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.count($0.value))" }.joined(separator: ", ") + "\n"
            }
            if reading.events.isEmpty {
                out += "  no events in the window (that is what the rule watches for)\n"
            } else {
                var table = TextTable([.init("date"), .init("who"), .init("code", .right), .init("what happened")])
                for event in reading.events {
                    table.append([event.date.description, Text.direction(event), event.cameo.rawValue, event.summary + Text.flags(event)])
                }
                out += "  events behind it:\n" + table.render(indent: 4)
            }
        }
        if !alertsOnly {
            let quiet = report.readings.filter { !$0.fired }
            if !quiet.isEmpty {
                out += "\nQuiet\n"
                for reading in quiet { out += Text.wrap(reading.text, firstPrefix: "  ", prefix: "    ") }
            }
        }
        return out
    }
}
