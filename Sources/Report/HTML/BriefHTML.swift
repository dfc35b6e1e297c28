import EntenteAnalysis
import EntenteModel

/// The brief as one self-contained HTML document: findings with their evidence, each dyad's series chart with
/// its shifts, the timeline of events, every event with its citation, and the sources.
///
/// Nothing is loaded from elsewhere: no scripts, fonts, images or style sheets outside the file; charts are
/// inline SVG with text alternatives. It prints on A4 (see ``HTMLStyle``).
public enum BriefHTML {
    public static func render(_ brief: Brief) -> String {
        let request = brief.request
        let title = "\(request.label(for: request.pair)), seen from \(CountryResolver.standard.name(of: request.focal))"
        var citations = CitationIndex(brief.pair.events + brief.focalDyads.flatMap(\.events))
        let readings = [brief.pair] + brief.focalDyads
        var body = "<header>\n<h1>\(HTML.escape(title))</h1>\n<p class=\"scope\">\(HTML.escape(BriefText.scope(brief)))</p>\n</header>\n"
        body += "<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong><ul>"
        body += "<li><a href=\"#findings\">Findings</a></li>"
        for reading in readings {
            body += "<li><a href=\"#\(sectionID(reading.dyad))\">\(HTML.escape(request.label(for: reading.dyad)))</a></li>"
        }
        if !brief.drivers.mixes.isEmpty { body += "<li><a href=\"#drivers\">Drivers</a></li>" }
        if brief.implications != nil {
            body += "<li><a href=\"#implications\">What it means for \(HTML.escape(CountryResolver.standard.name(of: request.focal)))</a></li>"
        }
        body += "<li><a href=\"#sources\">Sources</a></li></ul></nav>\n"
        body += "<main>\n"
        body += findings(brief, citations: &citations)
        for reading in readings {
            body += section(reading, label: request.label(for: reading.dyad), citations: &citations)
        }
        body += drivers(brief.drivers)
        if let implications = brief.implications {
            body += self.implications(implications, brief: brief, citations: &citations)
        }
        body += sources(citations)
        body += "</main>\n<footer>Written by Entente from event data; every event names its source. "
            + "The cooperation index is (cooperative − conflictual) / all events, with Wilson's 95 % interval; "
            + "shifts are change points found by PELT with a binomial cost and a BIC penalty.</footer>\n"
        return page(title: title, body: body)
    }

    /// A whole page around `body`, with the shared style sheet and no outside resources.
    public static func page(title: String, body: String, head: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Entente">
        <title>\(HTML.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        \(head)</head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func sectionID(_ dyad: Dyad) -> String { "dyad-\(dyad.first)-\(dyad.second)".lowercased() }

    /// The findings, each with links to the events that support it.
    public static func findings(_ brief: Brief, citations: inout CitationIndex) -> String {
        let byID = Dictionary((brief.pair.events + brief.focalDyads.flatMap(\.events)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "<section id=\"findings\" aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings</h2>\n<ul class=\"findings\">\n"
        for finding in brief.findings {
            out += "<li>\(HTML.escape(finding.text))"
            let evidence = finding.evidence.compactMap { byID[$0] }
            if !evidence.isEmpty {
                out += "\n<details><summary>Evidence: \(evidence.count) event\(evidence.count == 1 ? "" : "s")</summary>"
                out += evidenceList(evidence, citations: &citations) + "</details>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    /// The events behind a finding as links to their rows; past `limit`, a count (the events table has them all).
    static func evidenceList(_ events: [Event], citations: inout CitationIndex, limit: Int = 100) -> String {
        var out = "<ul class=\"evidence\">"
        for event in events.prefix(limit) {
            let number = citations.number(for: event)
            out += "<li><a href=\"#\(HTML.anchor(for: event.id))\">\(HTML.escape(event.date.description))</a> "
                + "\(HTML.escape(Text.direction(event))): \(HTML.escape(event.summary.isEmpty ? event.cameo.name : event.summary))"
                + "\(HTML.escape(Text.flags(event))) <a href=\"#src-\(number)\">[\(number)]</a></li>"
        }
        if events.count > limit { out += "<li class=\"muted\">and \(Format.grouped(events.count - limit)) more, in the events table</li>" }
        return out + "</ul>"
    }

    /// One dyad: its series chart, its shifts with their evidence, its timeline and its events.
    public static func section(_ reading: Brief.DyadReading, label: String, citations: inout CitationIndex) -> String {
        let id = sectionID(reading.dyad)
        var out = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(HTML.escape(label))</h2>\n"
        guard reading.series.totalEvents > 0 else {
            return out + "<p>No events between them in the store for this period.</p>\n</section>\n"
        }
        out += figure(
            SeriesChart.svg(reading.series, shifts: reading.shifts, id: "\(id)-series", title: label, standalone: false),
            caption: "Cooperation index of \(label) by \(reading.series.length.rawValue): the line is the index, the band "
                + "its 95 % interval (wide where events are few), grey bars the number of events; dashed lines mark shifts. "
                + "Open points include events dated only to a year or decade, spread over the periods they span.")
        if reading.shifts.isEmpty {
            out += "<p>No shift: no change point earns its penalty.</p>\n"
        }
        let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for shift in reading.shifts {
            out += "<div class=\"shift-\(shift.kind.rawValue)\">\n<h3>\(shift.kind == .rapprochement ? "▲" : "▼") "
                + "\(HTML.escape(shift.kind.rawValue.capitalized)) between \(shift.from) and \(shift.to)</h3>\n"
            out += "<p>Before: \(HTML.escape(BriefText.segment(shift.before))).<br>After: \(HTML.escape(BriefText.segment(shift.after))).</p>\n"
            let evidence = shift.evidence.compactMap { byID[$0] }
            if evidence.isEmpty {
                out += "<p class=\"muted\">No raw events stored for this dyad (aggregates only).</p>\n"
            } else {
                out += "<details\(evidence.count <= 12 ? " open" : "")><summary>Evidence: the \(evidence.count) "
                    + "\(shift.kind == .rapprochement ? "cooperative" : "conflictual") events since \(shift.to)</summary>\n"
                out += evidenceList(evidence, citations: &citations) + "</details>\n"
            }
            out += "</div>\n"
        }
        if !reading.events.isEmpty {
            out += figure(
                TimelineChart.svg(reading.events, id: "\(id)-timeline", title: label, linked: true, standalone: false),
                caption: "Every stored event of \(label), one lane per quad class; bars span dates known only to a month, "
                    + "year or decade; open dashed marks are hypothetical (what-if) events, faded ones reported but unconfirmed.")
            out += "<h3>Events</h3>\n" + eventTable(reading.events, citations: &citations, anchored: true)
        }
        return out + "</section>\n"
    }

    /// What each side's cooperative and conflictual events are about, window by window.
    public static func drivers(_ drivers: Drivers) -> String {
        guard !drivers.mixes.isEmpty else { return "" }
        var out = "<section id=\"drivers\" aria-labelledby=\"drivers-heading\">\n<h2 id=\"drivers-heading\">Drivers</h2>\n"
        out += "<table class=\"drivers\"><caption>What each side's events are about: issues by share of the events' weight</caption>\n"
        out += "<thead><tr><th scope=\"col\">side</th><th scope=\"col\">tone</th><th scope=\"col\">window</th>"
            + "<th scope=\"col\" class=\"number\">events</th><th scope=\"col\">issues</th></tr></thead>\n<tbody>\n"
        for mix in drivers.mixes {
            let issues = mix.shares.prefix(6).map { "\($0.issue) \(Format.decimal($0.share * 100, places: 0)) %" }.joined(separator: ", ")
            out += "<tr><td>\(HTML.escape(mix.side))→\(HTML.escape(mix.other))</td><td>\(mix.tone.rawValue)</td>"
                + "<td>\(HTML.escape(mix.window.label))</td><td class=\"number\">\(Format.count(mix.total))</td>"
                + "<td>\(HTML.escape(issues.isEmpty ? "no issue tagged" : issues))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// What the pair's shift means for the focal state: its triads before and after, drawn, and its leverage.
    public static func implications(_ implications: Implications, brief: Brief, citations: inout CitationIndex) -> String {
        let focalName = CountryResolver.standard.name(of: implications.focal)
        var out = "<section id=\"implications\" aria-labelledby=\"implications-heading\">\n"
            + "<h2 id=\"implications-heading\">What it means for \(HTML.escape(focalName))</h2>\n"
        let byID = Dictionary((brief.pair.events + brief.focalDyads.flatMap(\.events)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        out += "<ul class=\"findings\">\n"
        for finding in implications.findings {
            out += "<li>\(HTML.escape(finding.text))"
            let evidence = finding.evidence.compactMap { byID[$0] }
            if !evidence.isEmpty {
                out += "\n<details><summary>Evidence: \(evidence.count) event\(evidence.count == 1 ? "" : "s")</summary>"
                out += evidenceList(evidence, citations: &citations) + "</details>"
            }
            if !finding.figures.isEmpty {
                out += "<ul class=\"evidence\">" + finding.figures.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n"
        for (index, triad) in implications.triads.enumerated() {
            let triangles = [triad.before, triad.after].compactMap { $0 }
            let label = triad.states.map { CountryResolver.standard.name(of: $0) }.joined(separator: "–")
            out += "<h3>\(HTML.escape(label))</h3>\n"
            out += figure(
                TriangleChart.svg(triangles, id: "triad-\(index + 1)", title: label, standalone: false),
                caption: "The triangle \(label) \(triad.before == nil ? "in" : "before and after") the pair's shift: solid + ties positive, "
                    + "dashed − ties negative, dotted ? ties the data cannot decide; roles under each state. \(triad.finding.text)")
        }
        if let leverage = implications.leverage {
            let links = leverage.focalLinks + leverage.pairLinks
            out += "<h3>Leverage through arms</h3>\n"
            out += figure(
                LeverageChart.svg(links, id: "implications-leverage", title: "\(focalName) and the pair", standalone: false),
                caption: "Each bar pair: how much of the supplier's deliveries the recipient takes, and how much of the recipient's "
                    + "imports the supplier provides (SIPRI trend-indicator values).")
        }
        return out + "</section>\n"
    }

    public static func figure(_ svg: String, caption: String) -> String {
        "<figure>\n\(svg)\n<figcaption>\(HTML.escape(caption))</figcaption>\n</figure>\n"
    }

    /// Events as a table, each with its citation number linking to the sources list.
    ///
    /// - Parameter anchored: give each row the event's anchor, so that findings and charts can link to it.
    public static func eventTable(_ events: [Event], citations: inout CitationIndex, anchored: Bool, caption: String? = nil) -> String {
        var out = "<table class=\"events\">\n"
        if let caption { out += "<caption>\(HTML.escape(caption))</caption>\n" }
        out += "<thead><tr><th scope=\"col\">date</th><th scope=\"col\">who</th><th scope=\"col\">code</th>"
            + "<th scope=\"col\">class</th><th scope=\"col\" class=\"number\">Goldstein</th><th scope=\"col\">what happened</th>"
            + "<th scope=\"col\">source</th></tr></thead>\n<tbody>\n"
        for event in events {
            let number = citations.number(for: event)
            let id = anchored ? " id=\"\(HTML.anchor(for: event.id))\"" : ""
            var flags = ""
            if event.hypothetical { flags += " <span class=\"tag\">what-if</span>" }
            if event.reported { flags += " <span class=\"tag\">reported</span>" }
            if let magnitude = event.magnitude { flags += " <span class=\"muted\">(\(HTML.escape(magnitude.description)))</span>" }
            out += "<tr\(id)\(event.hypothetical ? " class=\"hypothetical\"" : "")><td>\(HTML.escape(event.date.description))</td>"
                + "<td>\(HTML.escape(Text.direction(event)))</td>"
                + "<td><abbr title=\"\(HTML.escape(event.cameo.name))\">\(event.cameo)</abbr></td>"
                + "<td class=\"quad\">\(quadSwatch(event.quadClass)) \(event.quadClass.rawValue)</td>"
                + "<td class=\"number\">\(Format.signed(event.goldstein, places: 1))</td>"
                + "<td>\(HTML.escape(event.summary.isEmpty ? event.cameo.name : event.summary))\(flags)</td>"
                + "<td><a href=\"#src-\(number)\">[\(number)]</a></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A quad class's mark as a small inline SVG, named for screen readers.
    static func quadSwatch(_ quad: QuadClass) -> String {
        "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" role=\"img\" aria-label=\"\(quad)\"><title>\(quad)</title>"
            + TimelineChart.shape(quad, cx: 6, cy: 6, color: Palette.color(of: quad), hypothetical: false) + "</svg>"
    }

    /// The numbered sources, with a link where a source has a URL.
    public static func sources(_ citations: CitationIndex) -> String {
        var out = "<section id=\"sources\" aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n<ol class=\"sources\">\n"
        for (index, citation) in citations.citations.enumerated() {
            out += "<li id=\"src-\(index + 1)\">\(linked(citation))</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// A citation with any URL in it as a link.
    static func linked(_ citation: String) -> String {
        var parts: [String] = []
        for part in citation.split(separator: ", ", omittingEmptySubsequences: false) {
            let text = String(part)
            if text.hasPrefix("http://") || text.hasPrefix("https://") {
                parts.append("<a href=\"\(HTML.escape(text))\">\(HTML.escape(text))</a>")
            } else {
                parts.append(HTML.escape(text))
            }
        }
        return parts.joined(separator: ", ")
    }
}
