import EntenteAnalysis
import EntenteModel
import EntenteReport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("HTML document and charts")
struct BriefHTMLTests {
    @Test func documentIsSelfContained() throws {
        let html = BriefHTML.render(try Sample.brief())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        // The only references outside the file are the sources' own links, as plain hyperlinks.
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        for href in hrefs { #expect(href.hasPrefix("#") || href.hasPrefix("https://example.org/"), "unexpected link \(href)") }
    }

    @Test func documentHasChartsWithTextAlternatives() throws {
        let html = BriefHTML.render(try Sample.brief())
        let svgs = html.components(separatedBy: "<svg").count - 1
        #expect(svgs >= 6)
        for id in ["dyad-pak-rus-series", "dyad-pak-rus-timeline", "dyad-ind-rus-series", "dyad-ind-pak-series"] {
            #expect(html.contains("id=\"\(id)\""), "missing chart \(id)")
            #expect(html.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(html.contains("<title id=\"\(id)-title\">"))
            #expect(html.contains("<desc id=\"\(id)-desc\">"))
        }
        // From conflict to cooperation: a thaw in tone (four states: no baseline to read relative measures against).
        #expect(html.contains("class=\"shift thaw tone\""))
        #expect(html.contains("Thaw in tone between 2008 and 2009"))
        #expect(!html.contains("relative-chart"))
    }

    @Test func documentSaysWhatItReadAndHowItMoved() throws {
        let brief = try Sample.brief()
        let html = BriefHTML.render(brief)
        #expect(html.contains("datasets: test"))
        // The shift: what moved, before and after on its measure's scale, the change with its interval, and the
        // weightiest of the events that carry it with how many there are and how to list the rest.
        let shift = try #require(brief.pair.shifts.first)
        #expect(shift.evidence.count < shift.evidenceCount)
        #expect(html.contains("<div class=\"shift shift-thaw\">"))
        #expect(html.contains("Change: \(Format.signed(shift.change.value)) [\(Format.signed(shift.change.low)), \(Format.signed(shift.change.high))] in index"))
        #expect(html.contains("Evidence: the \(shift.evidence.count) weightiest of \(shift.evidenceCount) stored cooperative events since 2009"))
        #expect(html.contains("<code>entente events --actors PAK,RUS --from 2009-01-01 --to 2015-12-31 --codes 01-09</code>"))
        // The series as a table, a row per year with events.
        let table = try #require(html.components(separatedBy: "<table class=\"series\">").dropFirst().first)
        #expect(table.prefix(while: { $0 != "/" }).contains("periods with events"))
        #expect(table.components(separatedBy: "</table>")[0].components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 15)
        // What it means for the focal state says which shift it reads around, as the text and Markdown do.
        let implications = try #require(html.components(separatedBy: "<section id=\"implications\"").dropFirst().first)
        #expect(implications.contains("<p class=\"scope\">Read around Russia–Pakistan&#39;s thaw in tone between 2008 and 2009"), "\(implications.prefix(400))")
    }

    @Test func longSeriesAreCondensedAndTheDocumentStaysBounded() throws {
        // Every day for twenty-two years between Russia and Pakistan, read by month: 264 periods, 8,036 events.
        var events: [Event] = []
        for index in 0..<8_036 {
            let day = Day(year: 2000, month: 1, day: 1).adding(days: index)
            let conflictual = day.year < 2011 ? index % 3 != 0 : index % 7 == 0
            events.append(Sample.event("day-\(index)", day.iso, index % 2 == 0 ? "RUS" : "PAK", index % 2 == 0 ? "PAK" : "RUS",
                                       conflictual ? "190" : "042", "Daily event \(index)"))
        }
        let brief = try Sample.brief(events, length: .month)
        #expect(brief.pair.series.points.count == 264)
        let html = BriefHTML.render(brief)
        let table = try #require(html.components(separatedBy: "<table class=\"series\">").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(table.contains("condensed to its stretches between shifts (the whole series: entente dyad PAK RUS --by month)"))
        let rows = table.components(separatedBy: "<tr><th scope=\"row\">").count - 1
        #expect(rows >= 2 && rows <= brief.pair.shifts.count + 1, "\(rows) rows for \(brief.pair.shifts.count) shifts")
        // The events shown are the weightiest few and those the shifts name, however many are stored.
        let shown = html.components(separatedBy: "<tr id=\"ev-").count - 1
        #expect(shown == brief.pair.events.count && shown <= 10 + 10 * brief.pair.shifts.count)
        #expect(brief.pair.storedEvents == 8_036)
        #expect(html.contains("the \(brief.pair.events.count) weightiest of 8,036 stored events"))
        // Longer series than 240 periods draw their line and band, not a mark per month.
        #expect(!html.contains("<circle class=\"point\""))
        #expect(html.utf8.count < 300_000, "\(html.utf8.count) bytes")
    }

    @Test func everyEventIsCitedAndAnchored() throws {
        let brief = try Sample.brief()
        let html = BriefHTML.render(brief)
        for event in brief.pair.events + brief.focalDyads.flatMap(\.events) {
            #expect(html.contains("id=\"\(HTML.anchor(for: event.id))\""), "no row for \(event.id)")
            // The sources list cites it: document and locator, and the URL as a link.
            #expect(html.contains(HTML.escape(event.provenance.locator!)), "no citation for \(event.id)")
            if let url = event.provenance.url { #expect(html.contains("<a href=\"\(url)\">\(url)</a>")) }
        }
        #expect(html.contains("<ol class=\"sources\">"))
        // Findings link to their evidence.
        let shift = try #require(brief.pair.shifts.first)
        #expect(html.contains("href=\"#\(HTML.anchor(for: shift.evidence[0]))\""))
    }

    @Test func textIsEscaped() throws {
        let html = BriefHTML.render(try Sample.brief())
        #expect(!html.contains("<b>&</b>"))
        #expect(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"))
    }

    @Test func printsOnA4() throws {
        let html = BriefHTML.render(try Sample.brief())
        #expect(html.contains("@media print"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func hypotheticalAndReportedEventsAreMarked() throws {
        // A year of events with the reported and the hypothetical ones among the weightiest the brief shows.
        let brief = try Sample.brief(
            Sample.events.filter { $0.date.start.year == 2015 || $0.id == "test:rp-reported" } + [Sample.hypothetical])
        #expect(brief.pair.events.contains(where: \.hypothetical) && brief.pair.events.contains(where: \.reported))
        let html = BriefHTML.render(brief)
        #expect(html.contains("event q4 hypothetical"))
        #expect(html.contains("stroke-dasharray=\"2 1.5\""))
        #expect(html.contains("event q1 reported"))
        #expect(html.contains("<span class=\"tag\">what-if</span>"))
        #expect(html.contains("hypothetical (what-if) events are drawn as open dashed marks"))
    }

    @Test func seriesChartDrawsIndexIntervalVolumeAndShifts() throws {
        let brief = try Sample.brief()
        let svg = SeriesChart.svg(brief.pair.series, shifts: brief.pair.shifts, id: "s", title: "Russia–Pakistan")
        let observed = brief.pair.series.observed.count
        #expect(svg.components(separatedBy: "<circle class=\"point\"").count - 1 == observed)
        #expect(svg.components(separatedBy: "<rect class=\"volume\"").count - 1 == observed)
        #expect(svg.contains("<polygon class=\"interval\""))
        #expect(svg.contains("<path class=\"index-line\" d=\"M"))
        #expect(svg.contains("<g class=\"shift thaw tone\">"))
        #expect(svg.contains("▲ thaw 2009"))
        #expect(svg.contains("Thaw in tone between 2008 and 2009: index −0.60 (2001–2008) to index +0.81 (2009–2015)."))
        try wellFormed(svg)
    }

    /// Hostility, where the series carries it, on engagement's panel (the same scale: × the expected), dashed and in its
    /// own colour, with its shifts there and in the text alternative.
    @Test func relativeChartDrawsHostilityBesideEngagement() throws {
        let plain = Sample.relativeSeries()
        let points = plain.points.enumerated().map { offset, point in
            let hostility = offset == 4 ? log(40.0) : log(2.0)
            return DyadSeries.Point(
                period: point.period, counts: point.counts, goldsteinSum: point.goldsteinSum, spread: 0, mentions: 0,
                relative: .init(
                    tone: point.relative!.tone, expectedIndex: point.relative!.expectedIndex, engagement: point.relative!.engagement,
                    expectedEvents: point.relative!.expectedEvents, hostility: Estimate(value: hostility, standardError: 0.1),
                    expectedConflict: 1))
        }
        let series = DyadSeries(dyad: plain.dyad, length: .year, points: points, noise: plain.noise)
        let shifts = series.shifts(of: .hostility)
        #expect(shifts.map(\.kind) == [.escalation] && shifts.first?.isSpell == true)
        let svg = RelativeChart.svg(series, shifts: shifts, id: "h", title: "Russia–Pakistan")
        #expect(svg.components(separatedBy: "<path class=\"hostility-line\" d=\"M").count - 1 == 1)
        #expect(svg.contains("stroke=\"\(Palette.hostility)\"") && svg.contains("stroke-dasharray=\"6 3\""))
        #expect(svg.contains("<g class=\"shift escalation hostility\">"))
        #expect(svg.contains(">32×<"))
        #expect(svg.contains("least 2.0× in 2010, most 40× in 2014"))
        #expect(svg.contains("Escalation in hostility in 2014 alone, back by 2015"))
        #expect(!RelativeChart.svg(plain, shifts: [], id: "p", title: "Russia–Pakistan").contains("hostility-line"))
        try wellFormed(svg)
    }

    /// Relative tone (0: as expected) and engagement (1×: as expected) with their intervals, the shifts of each on its
    /// own panel, and a text alternative that says it.
    @Test func relativeChartDrawsEachMeasureAndItsShifts() throws {
        let series = Sample.relativeSeries()
        let shifts = Sample.relativeShifts(series)
        let svg = RelativeChart.svg(series, shifts: shifts, id: "r", title: "Russia–Pakistan")
        #expect(svg.contains("class=\"chart relative-chart\""))
        #expect(svg.components(separatedBy: "<path class=\"relative-tone-line\" d=\"M").count - 1 == 1)
        #expect(svg.components(separatedBy: "<path class=\"engagement-line\" d=\"M").count - 1 == 1)
        #expect(svg.components(separatedBy: "<polygon class=\"interval\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"as-expected\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "<circle class=\"point engagement\"").count - 1 == 10)
        #expect(svg.contains("<g class=\"shift thaw relativeTone\">") && svg.contains("▲ thaw 2015"))
        #expect(svg.contains("<g class=\"shift disengagement engagement\">") && svg.contains("▼ disengagement 2013"))
        // The tone shift belongs to the index chart, not here.
        #expect(!svg.contains("shift rapprochement tone"))
        #expect(svg.contains(">4×<") && svg.contains(">1×<") && svg.contains(">1/4×<"))
        #expect(svg.contains("<desc id=\"r-desc\">Relative tone and engagement by year, 2010 to 2019"))
        #expect(svg.contains("Thaw in relative tone between 2014 and 2015: relative tone −1.00 (2010–2014) to relative tone +0.80 (2015–2019)."))
        #expect(svg.contains("Disengagement in engagement between 2012 and 2013: 3.0× the expected events (2010–2012) to 0.5× the expected events (2013–2019)."))
        try wellFormed(svg)
        // The index chart draws the expected index as a dotted line and only the shift in tone.
        let index = SeriesChart.svg(series, shifts: shifts, id: "s", title: "Russia–Pakistan")
        #expect(index.contains("<path class=\"expected-line\""))
        #expect(index.components(separatedBy: "<g class=\"shift").count - 1 == 1)
        #expect(index.contains("shift rapprochement tone"))
        try wellFormed(index)
        // A series the baseline cannot read says so.
        let sparse = RelativeChart.svg(try Sample.brief().pair.series, shifts: [], id: "x", title: "Sparse")
        #expect(sparse.contains("relative-chart empty") && sparse.contains("cannot be read"))
    }

    @Test func timelineShowsCoarseDatesAsSpans() throws {
        let events = Sample.events.filter { $0.id == "test:rp-year" || $0.id == "test:rp-2012-0" }
        let svg = TimelineChart.svg(events, id: "t", title: "Russia–Pakistan")
        #expect(svg.contains("rx=\"3\""))
        #expect(svg.contains("1 events dated only to a month, year or decade are bars across their span"))
        try wellFormed(svg)
    }

    @Test func timelineCountsManyEvents() throws {
        var events: [Event] = []
        for index in 0..<(TimelineChart.markLimit + 10) {
            let day = Day(year: 2000, month: 1, day: 1).adding(days: index * 3)
            events.append(Sample.event("many-\(index)", day.iso, "RUS", "PAK", index % 4 == 0 ? "190" : "042", "event \(index)"))
        }
        let svg = TimelineChart.svg(events, id: "t", title: "Many")
        #expect(!svg.contains("class=\"event"))
        #expect(svg.contains("class=\"bin q1\""))
        #expect(svg.contains("class=\"bin q4\""))
        #expect(svg.utf8.count < 120_000)
        try wellFormed(svg)
    }

    @Test func binnedTimelineFromASeries() throws {
        let brief = try Sample.brief()
        let svg = TimelineChart.svg(binned: brief.pair.series, id: "b", title: "Russia–Pakistan")
        #expect(svg.contains("class=\"bin q1\""))
        #expect(svg.contains("class=\"chart timeline-chart binned\""))
        try wellFormed(svg)
    }

    @Test func emptyChartsSaySo() throws {
        let brief = try Sample.brief([])
        let svg = SeriesChart.svg(brief.pair.series, shifts: [], id: "e", title: "Nothing")
        #expect(svg.contains("No events between them for this period."))
        #expect(TimelineChart.svg([], id: "t", title: "Nothing").contains("No stored events to show."))
        #expect(BriefHTML.render(brief).contains("No events between them in the store for this period."))
        try wellFormed(svg)
    }

    @Test func markdownWritesChartsBesideIt() throws {
        let document = BriefMarkdown.document(try Sample.brief(), prefix: "brief")
        #expect(document.charts.map(\.name).contains("brief-pak-rus-series.svg"))
        #expect(document.charts.map(\.name).contains("brief-pak-rus-timeline.svg"))
        for chart in document.charts {
            #expect(document.markdown.contains("](\(chart.name))"))
            #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            try wellFormed(chart.svg)
        }
    }

    /// WCAG 2 contrast: text ink ≥ 7:1 and secondary text ≥ 4.5:1 on white; chart colours ≥ 3:1 against white
    /// where they carry meaning alone (the marks have a dark outline besides).
    @Test func paletteHasContrast() {
        #expect(contrast(Palette.ink, "#ffffff") >= 7)
        #expect(contrast(Palette.muted, "#ffffff") >= 4.5)
        #expect(contrast(Palette.index, "#ffffff") >= 3)
        #expect(contrast(Palette.estrangement, "#ffffff") >= 3)
        #expect(contrast(Palette.rapprochement, "#ffffff") >= 3)
        #expect(contrast(Palette.engagement, "#ffffff") >= 3)
        for quad in QuadClass.allCases {
            // Each fill against the mark's outline.
            #expect(contrast(Palette.color(of: quad), Palette.ink) >= 3, "quad \(quad)")
        }
        // Okabe–Ito, as published.
        #expect(Set(QuadClass.allCases.map(Palette.color(of:))) == ["#0072B2", "#009E73", "#E69F00", "#D55E00"])
    }

    func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    func wellFormed(_ svg: String) throws {
        let parser = XMLParser(data: Data(svg.utf8))
        let ok = parser.parse()
        #expect(ok, "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }
}
