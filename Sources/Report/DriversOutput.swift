import EntenteAnalysis
import EntenteModel

/// The drivers of a pair as `entente drivers` and the brief print them.
public enum DriversOutput {
    public static func render(_ drivers: Drivers, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return text(drivers)
        case .json: return try JSONOutput.encode(drivers) + "\n"
        case .csv: return csv(drivers)
        case .markdown: return markdown(drivers)
        case .jsonl: throw UnsupportedFormat(format, for: "drivers", supported: [.text, .json, .csv, .markdown])
        }
    }

    /// One row per side, tone, window and issue, with the events behind each share.
    public static func csv(_ drivers: Drivers) -> String {
        var out = CSV.line(["side", "other", "tone", "window", "first", "last", "total", "issue", "weight", "share", "events", "eventIds"])
        for mix in drivers.mixes {
            for share in mix.shares {
                out += CSV.line([
                    mix.side, mix.other, mix.tone.rawValue, mix.window.label, mix.window.first.iso, mix.window.last.iso,
                    number(mix.total), share.issue.rawValue, number(share.weight), number(share.share),
                    String(share.events.count), share.events.joined(separator: ";"),
                ])
            }
        }
        return out
    }

    /// Why a pair has no drivers: its events are aggregates only, or it has none.
    static func none(_ drivers: Drivers, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        guard !drivers.windows.isEmpty else { return margin + "No events between the pair to read.\n" }
        // Windows come from the pair's series: it has events, but none stored one by one.
        return margin + "No raw events stored for the pair (its data are aggregates: counts, or states not kept with --keep-actors);\n"
            + margin + "drivers read each event's issues.\n"
    }

    /// The mixes as tables, one per side and tone, with the findings under them.
    public static func text(_ drivers: Drivers, indent: Int = 2, findings: Bool = true) -> String {
        let name = { (code: String) in CountryResolver.standard.name(of: code) }
        let margin = String(repeating: " ", count: indent)
        guard !drivers.mixes.isEmpty else { return none(drivers, indent: indent) }
        var out = ""
        for (side, other) in [(drivers.first, drivers.second), (drivers.second, drivers.first)] {
            for tone in Drivers.Tone.allCases {
                let mixes = drivers.windows.compactMap { drivers.mix(side: side, tone: tone, window: $0) }
                out += margin + "\(name(side)) → \(name(other)), \(tone.rawValue)\n"
                guard !mixes.isEmpty else {
                    out += margin + "  no events\n\n"
                    continue
                }
                var table = TextTable([.init("window"), .init("events", .right), .init("what they are about (share of the events' weight)")])
                for mix in mixes {
                    table.append([mix.window.label, Format.count(mix.total), shares(mix)])
                }
                out += table.render(indent: indent + 2) + "\n"
            }
        }
        if findings {
            for finding in drivers.findings {
                out += Text.wrap(finding.text, firstPrefix: margin + "• ", prefix: margin + "  ")
            }
        }
        return out
    }

    static func markdown(_ drivers: Drivers) -> String {
        let name = { (code: String) in CountryResolver.standard.name(of: code) }
        guard !drivers.mixes.isEmpty else { return none(drivers, indent: 0) + "\n" }
        var out = ""
        for (side, other) in [(drivers.first, drivers.second), (drivers.second, drivers.first)] {
            for tone in Drivers.Tone.allCases {
                let mixes = drivers.windows.compactMap { drivers.mix(side: side, tone: tone, window: $0) }
                out += "**\(name(side)) → \(name(other)), \(tone.rawValue)**\n\n"
                guard !mixes.isEmpty else {
                    out += "No events.\n\n"
                    continue
                }
                out += "| window | events | what they are about |\n|---|--:|---|\n"
                for mix in mixes { out += "| \(mix.window.label) | \(Format.count(mix.total)) | \(shares(mix)) |\n" }
                out += "\n"
            }
        }
        for finding in drivers.findings { out += "- \(BriefMarkdown.escape(finding.text))\n" }
        return out + "\n"
    }

    static func shares(_ mix: Drivers.Mix) -> String {
        let shown = mix.shares.prefix(6).map { "\($0.issue) \(percent($0.share))" }
        let rest = mix.shares.count > 6 ? " · +\(mix.shares.count - 6) more" : ""
        return shown.joined(separator: " · ") + rest
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A pair's drivers with what was read: `first`, `second`, `windows`, `mixes`, `datasets` and `period`, as
/// `entente drivers --format json` prints them and `/api/dyads/{a}/{b}/drivers` answers.
public struct DriversDocument: Encodable {
    public let reading: DriversReading

    public init(_ reading: DriversReading) { self.reading = reading }

    enum CodingKeys: String, CodingKey { case datasets, period }

    public func encode(to encoder: any Encoder) throws {
        try reading.drivers.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reading.datasets.names, forKey: .datasets)
        try container.encodeIfPresent(reading.request.length?.rawValue, forKey: .period)
    }
}
