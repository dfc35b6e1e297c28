import EntenteAnalysis
import EntenteModel

/// Three states' strategic triangle period by period, as `entente triangle` prints it.
public struct TriangleDocument: Codable, Sendable, Hashable {
    public let states: [String]
    public let period: String
    /// The datasets read.
    public let datasets: [String]
    public let triangles: [Triangle]
    public let transitions: [TriangleTransition]
    /// The states in no event of the datasets read.
    public let absentStates: [String]

    public init(
        states: [String], period: PeriodLength, datasets: [String], triangles: [Triangle], transitions: [TriangleTransition],
        absentStates: [String] = []
    ) {
        self.states = states
        self.period = period.rawValue
        self.datasets = datasets
        self.triangles = triangles
        self.transitions = transitions
        self.absentStates = absentStates
    }

    public init(_ reading: TriangleReading) {
        self.init(
            states: reading.request.states, period: reading.request.length, datasets: reading.datasets.names,
            triangles: reading.triangles, transitions: reading.transitions, absentStates: reading.absentStates)
    }
}

public enum TriangleOutput {
    public static func render(_ document: TriangleDocument, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return text(document)
        case .json: return try JSONOutput.encode(document) + "\n"
        case .csv: return csv(document)
        case .markdown, .jsonl: throw UnsupportedFormat(format, for: "a triangle", supported: [.text, .json, .csv])
        }
    }

    public static func csv(_ document: TriangleDocument) -> String {
        let states = document.states
        var out = CSV.line(
            ["period", "first", "last"] + states.map { "state\(states.firstIndex(of: $0)! + 1)" }
                + ["tie12", "tie13", "tie23", "events12", "events13", "events23", "index12", "index13", "index23",
                   "relativeTone12", "relativeTone13", "relativeTone23", "basis", "type", "role1", "role2", "role3", "candidates",
                   "balance", "stretch12", "stretch13", "stretch23"])
        for triangle in document.triangles {
            let edges = triangle.edges
            out += CSV.line(
                [triangle.window.label, triangle.window.first.iso, triangle.window.last.iso] + states
                    + edges.map { String($0.sign.rawValue) } + edges.map { DriversOutput.number($0.events) }
                    + edges.map { $0.index.map(DriversOutput.number) ?? "" }
                    + edges.map { $0.relative.map { DriversOutput.number($0.value) } ?? "" }
                    + [edges.contains { $0.basis == .relativeTone } ? SignedDyad.Basis.relativeTone.rawValue : SignedDyad.Basis.tone.rawValue]
                    + [triangle.type.rawValue] + states.map { triangle.roles[$0]?.rawValue ?? "" }
                    + [triangle.candidates.map(\.rawValue).joined(separator: ";"), triangle.balance.rawValue]
                    + edges.map { $0.stretch?.window.label ?? "" })
        }
        return out
    }

    public static func text(_ document: TriangleDocument) -> String {
        let names = document.states.map { CountryResolver.standard.name(of: $0) }
        let title = "\(names.joined(separator: "–")) by \(document.period)"
        var out = title + "\n" + String(repeating: "─", count: title.count) + "\n"
        guard !document.triangles.isEmpty else { return out + "  No events between any two of them in the store for this period.\n" }
        let codes = document.states
        out += "  datasets: \(document.datasets.joined(separator: ", "))\n"
        if !document.absentStates.isEmpty {
            let absent = document.absentStates.map { CountryResolver.standard.name(of: $0) }
            out += Text.wrap(
                "\(Format.list(absent, conjunction: "and")) \(absent.count == 1 ? "is" : "are") in no event of the data read: "
                    + "\(absent.count == 1 ? "its" : "their") ties are not covered (0 here means unknown, not neutral).",
                firstPrefix: "  ", prefix: "    ")
        }
        let relative = document.triangles.contains { $0.edges.contains { $0.basis == .relativeTone } }
        let basis = relative
            ? "signed by relative tone: + friendlier, − less friendly than the two states' relations with everyone else lead one to expect, 0 neither (the interval straddles what is expected, or under 3 events)"
            : "signed by the cooperation index: + positive, − negative, 0 neutral (the interval straddles 0, or under 3 events)"
        out += Text.wrap(
            "Ties \(codes[0])–\(codes[1]), \(codes[0])–\(codes[2]), \(codes[1])–\(codes[2]), \(basis)", firstPrefix: "  ", prefix: "    ") + "\n"
        out += table(document.triangles, states: codes, indent: 2)
        if document.triangles.contains(where: { $0.edges.contains { $0.reason == .noiseUnknown } }) {
            out += Text.wrap(
                "0 here is not neutral: the data hold too few busy pairs (20 events in consecutive periods) to estimate how "
                    + "relative tone wobbles from period to period, and an interval that counts events alone is too narrow to sign by.",
                firstPrefix: "  ", prefix: "    ")
        }
        let stretches = stretchReadings(document.triangles)
        if !stretches.isEmpty {
            out += Text.wrap(
                "Read over a stretch — a period whose own interval straddles what is expected takes the sign of the periods "
                    + "around it with no shift in relative tone between them, when theirs is clear: " + stretches.joined(separator: "; ") + ".",
                firstPrefix: "  ", prefix: "    ")
        }
        out += "\n"
        if document.transitions.isEmpty {
            out += "  Transitions: none between periods whose type the data decide.\n"
        } else {
            out += "  Transitions\n"
            for transition in document.transitions {
                out += Text.wrap(transition.text, firstPrefix: "  • ", prefix: "    ")
                if !transition.evidence.isEmpty {
                    let more = transition.evidenceCount > transition.evidence.count ? " (the weightiest of \(transition.evidenceCount))" : ""
                    out += Text.wrap("evidence\(more): " + Text.ids(transition.evidence), firstPrefix: "    ", prefix: "      ")
                }
            }
        }
        return out
    }

    /// Triangles as rows: window, the three ties with their counts, type, roles, balance.
    static func table(_ triangles: [Triangle], states: [String], indent: Int) -> String {
        var table = TextTable([
            .init("period"), .init("ties", .right), .init("events", .right), .init("type"), .init("balance"), .init("roles / possible types"),
        ])
        for triangle in triangles {
            table.append([
                triangle.window.label, triangle.edges.map(\.sign.symbol).joined(),
                triangle.edges.map { Format.count($0.events) }.joined(separator: "/"), triangle.type.name,
                triangle.balance == .undetermined ? "–" : triangle.balance.rawValue, roles(triangle),
            ])
        }
        return table.render(indent: indent)
    }

    /// The ties read over a stretch rather than their period alone, each stretch once: "North Korea–South Korea 2002–2007 −0.80
    /// [−1.34, −0.26]".
    static func stretchReadings(_ triangles: [Triangle]) -> [String] {
        var seen: Set<[String]> = []
        var lines: [String] = []
        for triangle in triangles {
            for (index, edge) in triangle.edges.enumerated() {
                let name = triangle.tieName(index)
                guard let stretch = edge.stretch, seen.insert([name, stretch.window.label]).inserted else { continue }
                lines.append("\(name) \(stretch.window) \(stretch.relative.signedText)")
            }
        }
        return lines
    }

    static func roles(_ triangle: Triangle) -> String {
        if triangle.type == .undetermined {
            return triangle.candidates.count == 4 ? "any" : triangle.candidates.map(\.name).joined(separator: " or ")
        }
        return triangle.states.map { "\($0) \(triangle.roles[$0]?.rawValue ?? "")" }.joined(separator: ", ")
    }
}
