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
            body += section(reading, label: request.label(for: reading.dyad), datasets: brief.datasets, citations: &citations)
        }
        body += drivers(brief.drivers)
        if let implications = brief.implications {
            body += self.implications(implications, brief: brief, citations: &citations)
        }
        body += sources(citations)
        body += "</main>\n<footer>Written by Entente from event data (datasets: \(HTML.escape(brief.datasets.description))); "
            + "every event names its source. The cooperation index is (cooperative − conflictual) / all events; relative tone is "
            + "its log-odds against what the two states' relations with everyone else lead one to expect (0: as expected); "
            + "engagement is the pair's events against those expected of each state's activity with others (1×: as expected). "
            + "Intervals are 95 % and allow for the extra-binomial noise of real counts where every pair's data can estimate it; "
            + "shifts are change points in each measure (PELT, its penalty calibrated to 5 % false shifts).</footer>\n"
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
            out += evidence(finding, byID: byID, citations: &citations)
            out += "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    /// A finding's events, folded: the weightiest few it names, and how many there are in all.
    static func evidence(_ finding: Brief.Finding, byID: [String: Event], citations: inout CitationIndex) -> String {
        let evidence = finding.evidence.compactMap { byID[$0] }
        guard !evidence.isEmpty else { return "" }
        let summary = finding.evidenceCount > evidence.count
            ? "Evidence: the \(evidence.count) weightiest of \(Format.grouped(finding.evidenceCount)) events"
            : "Evidence: \(evidence.count) event\(evidence.count == 1 ? "" : "s")"
        return "\n<details><summary>\(summary)</summary>" + evidenceList(evidence, citations: &citations) + "</details>"
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

    /// One dyad: its charts (the cooperation index; relative tone and engagement where the series carries them), its
    /// series as a table (condensed to the stretches between shifts when long), its shifts with the weightiest of the
    /// events that carry them, and the timeline of its weightiest events.
    ///
    /// - Parameter datasets: what was read, for the commands that list the rest of the events.
    public static func section(
        _ reading: Brief.DyadReading, label: String, datasets: DatasetSelection? = nil, citations: inout CitationIndex
    ) -> String {
        let id = sectionID(reading.dyad)
        var out = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(HTML.escape(label))</h2>\n"
        guard reading.series.totalEvents > 0 else {
            return out + "<p>No events between them in the store for this period.</p>\n</section>\n"
        }
        out += charts(reading, label: label, id: id)
        out += seriesTable(reading, datasets: datasets)
        if reading.shifts.isEmpty {
            out += "<p>No shift: no change point earns its penalty"
                + (reading.series.isRelative ? " in relative tone, engagement or hostility" : "") + ".</p>\n"
        }
        let byID = Dictionary(reading.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for shift in reading.shifts {
            out += self.shift(shift, dyad: reading.dyad, byID: byID, datasets: datasets, citations: &citations)
        }
        if !reading.events.isEmpty {
            let stored = max(reading.storedEvents, reading.events.count)
            let shown = reading.events.count < stored
                ? "the \(reading.events.count) weightiest of \(Format.grouped(stored)) stored events" : "its \(reading.events.count) stored events"
            out += figure(
                TimelineChart.svg(reading.events, range: span(reading.series), id: "\(id)-timeline", title: label, linked: true, standalone: false),
                caption: "\(label): \(shown) (the largest Goldstein weights, and those that carry its shifts), one lane per quad class; "
                    + "bars span dates known only to a month, year or decade; open dashed marks are hypothetical (what-if) events, "
                    + "faded ones reported but unconfirmed.")
            out += "<h3>Key events</h3>\n" + eventTable(reading.events, citations: &citations, anchored: true)
        }
        return out + "</section>\n"
    }

    /// The days a series covers, so that a timeline of a few events spans the whole series.
    static func span(_ series: DyadSeries) -> ClosedRange<Day>? {
        guard let first = series.points.first?.period.start, let last = series.points.last?.period.end else { return nil }
        return first...last
    }

    /// A dyad's charts: the cooperation index with its shifts in tone, and its relative measures with theirs where
    /// the series carries them.
    public static func charts(_ reading: Brief.DyadReading, label: String, id: String) -> String {
        var out = figure(
            SeriesChart.svg(reading.series, shifts: reading.shifts, id: "\(id)-series", title: label, standalone: false),
            caption: "Cooperation index of \(label) by \(reading.series.length.rawValue): the line is the index, the band "
                + "its 95 % interval (wide where events are few), grey bars the number of events"
                + (reading.series.isRelative ? ", the dotted line the index expected of the pair" : "; dashed lines mark shifts in tone")
                + ". Open points include events dated only to a year or decade, spread over the periods they span.")
        if reading.series.isRelative {
            out += figure(
                RelativeChart.svg(reading.series, shifts: reading.shifts, id: "\(id)-relative", title: label, standalone: false),
                caption: "Relative tone of \(label) (above: friendlier than expected, below: colder; 0 as expected) and its "
                    + "engagement (events against those expected, 1× as expected), each with its 95 % interval; dashed lines mark "
                    + "the shifts of each.")
        }
        return out
    }

    /// The series as a table: every period with events when few, else one row per stretch between the shifts of its
    /// leading measure (the brief stays short however long the series).
    static func seriesTable(_ reading: Brief.DyadReading, datasets: DatasetSelection?) -> String {
        let series = reading.series
        let relative = series.isRelative
        var rows = SeriesText.runs(series.observed)
        var caption = "\(series.length.rawValue.capitalizedFirst) by \(series.length.rawValue), periods with events"
        if rows.count > BriefText.seriesRows {
            rows = SeriesText.condensed(series, shifts: reading.shifts)
            caption = "By \(series.length.rawValue), condensed to its stretches between shifts (the whole series: entente dyad "
                + "\(reading.dyad.first) \(reading.dyad.second) --by \(series.length.rawValue)"
                + (datasets.map(BriefText.datasetOptions) ?? "") + ")"
        }
        var out = "<table class=\"series\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr><th scope=\"col\">period</th>"
            + "<th scope=\"col\" class=\"number\">events</th><th scope=\"col\" class=\"number\">coop.</th>"
            + "<th scope=\"col\" class=\"number\">conflict</th><th scope=\"col\" class=\"number\">index</th><th scope=\"col\">95 % interval</th>"
        if relative {
            out += "<th scope=\"col\" class=\"number\">expected index</th><th scope=\"col\" class=\"number\">relative tone</th>"
                + "<th scope=\"col\">95 % interval</th><th scope=\"col\" class=\"number\">× expected events</th>"
                + "<th scope=\"col\" class=\"number\">× expected conflict</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let point = row.total
            let label = (row.first == row.last ? row.first.description : "\(row.first)–\(row.last)") + (point.spread > 0 ? "~" : "")
            out += "<tr><th scope=\"row\">\(label)</th><td class=\"number\">\(Format.count(point.events))</td>"
                + "<td class=\"number\">\(Format.count(point.cooperative))</td><td class=\"number\">\(Format.count(point.conflictual))</td>"
                + "<td class=\"number\">\(point.cooperationIndex.map { Format.signed($0) } ?? "")</td><td>\(Text.interval(point.interval))</td>"
            if relative {
                let relative = point.relative
                let tone = relative?.tone
                out += "<td class=\"number\">\(relative.map { Format.signed($0.expectedIndex) } ?? "")</td>"
                    + "<td class=\"number\">\(tone.map { Format.signed($0.value) } ?? "")</td>"
                    + "<td>\(tone.map { Text.interval($0.low...$0.high) } ?? "")</td>"
                    + "<td class=\"number\">\(point.engagementRatio.map { Format.ratio($0) } ?? "")</td>"
                    + "<td class=\"number\">\(point.hostilityRatio.map { Format.ratio($0) } ?? "")</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if series.points.contains(where: { $0.spread > 0 }) {
            out += "<p class=\"muted\">~ includes events dated only to a year or a span of years, spread evenly over its periods.</p>\n"
        }
        return out
    }

    /// A shift in one line of HTML: its kind and measure, the levels before and after, the change and how many
    /// events carry it.
    public static func shiftSummary(_ shift: Shift) -> String {
        var text = "<strong>\(SeriesChart.arrow(shift)) \(HTML.escape(shift.kind.rawValue.capitalizedFirst)) in \(shift.measure.name) "
            + "\(shift.when)</strong>: \(HTML.escape(BriefText.segment(shift.before, measure: shift.measure))) → "
            + "\(HTML.escape(BriefText.segment(shift.after, measure: shift.measure))); change \(HTML.escape(BriefText.change(shift)))"
        if shift.evidenceCount > 0 {
            let carrying = BriefText.carrying(shift)
            text += "; \(Format.grouped(shift.evidenceCount)) stored \(carrying.isEmpty ? "" : carrying + " ")events carry it"
        }
        return text + "."
    }

    /// A shift: what moved and how far, before and after, and the weightiest of the events that carry it.
    static func shift(
        _ shift: Shift, dyad: Dyad, byID: [String: Event], datasets: DatasetSelection?, citations: inout CitationIndex
    ) -> String {
        var out = "<div class=\"shift shift-\(shift.kind.rawValue)\">\n<h3>\(SeriesChart.arrow(shift)) "
            + "\(HTML.escape(shift.kind.rawValue.capitalizedFirst)) in \(shift.measure.name) \(shift.when)</h3>\n"
        let sides = BriefText.sides(shift)
        out += "<p>\(sides.before.capitalizedFirst): \(HTML.escape(BriefText.segment(shift.before, measure: shift.measure))).<br>"
            + "\(sides.after.capitalizedFirst): \(HTML.escape(BriefText.segment(shift.after, measure: shift.measure))).<br>"
            + "Change: \(HTML.escape(BriefText.change(shift))).</p>\n"
        let evidence = shift.evidence.compactMap { byID[$0] }
        if shift.evidenceCount == 0 {
            out += "<p class=\"muted\">No raw events stored for this dyad (aggregates only).</p>\n"
        } else {
            let carrying = BriefText.carrying(shift)
            let roots = shift.rootCodeSummary(limit: 4)
            let count = "\(Format.grouped(shift.evidenceCount)) stored \(carrying.isEmpty ? "" : carrying + " ")events since \(shift.after.first)"
            out += "<details\(evidence.count <= 12 ? " open" : "")><summary>Evidence: "
                + (evidence.count < shift.evidenceCount ? "the \(evidence.count) weightiest of \(count)" : count)
                + (roots.isEmpty ? "" : " (most: \(HTML.escape(roots.joined(separator: ", "))))") + "</summary>\n"
            out += evidenceList(evidence, citations: &citations)
            if evidence.count < shift.evidenceCount {
                let command = BriefText.listCommand(shift, dyad: dyad, datasets: datasets ?? DatasetSelection(names: [], isDefault: true))
                out += "<p class=\"muted\">The rest: <code>\(HTML.escape(command))</code></p>\n"
            }
            out += "</details>\n"
        }
        return out + "</div>\n"
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
            + "<p class=\"scope\">\(HTML.escape(BriefText.scope(implications, request: brief.request)))</p>\n"
        let byID = Dictionary((brief.pair.events + brief.focalDyads.flatMap(\.events)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        out += "<ul class=\"findings\">\n"
        for finding in implications.findings {
            out += "<li>\(HTML.escape(finding.text))"
            out += evidence(finding, byID: byID, citations: &citations)
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
