import EntenteAnalysis
import EntenteReport
import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The dashboard and the HTML document in a real headless Chromium (Debian's `chromium`, which Scripts/test
/// installs): elements in the DOM, and pixels on the screenshot.
@Suite("In a real browser", .serialized)
struct BrowserTests {
    /// Where the screenshots go, for a person to look at: `ENTENTE_SCREENSHOTS`, else a temporary folder.
    static let screenshots: URL = {
        let path = ProcessInfo.processInfo.environment["ENTENTE_SCREENSHOTS"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("entente-screenshots").path
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// What the page shows, as JSON: the title, the query, and counts of the charts' drawn elements.
    static let probe = """
        JSON.stringify((() => {
          const count = (selector) => document.querySelectorAll(selector).length;
          const charts = Array.from(document.querySelectorAll("svg.chart"));
          const series = document.querySelector("#pair-series");
          return {
            title: (document.querySelector("h1") || {}).textContent || "",
            search: location.search,
            charts: charts.length,
            chartsWithText: charts.filter(c => c.querySelector("title") && c.querySelector("desc") && c.getAttribute("role") === "img").length,
            chartsDrawn: charts.filter(c => c.getBoundingClientRect().width > 300 && c.getBoundingClientRect().height > 40).length,
            seriesPoints: count("#pair-series circle.point"),
            seriesLine: count("#pair-series path.index-line"),
            seriesInterval: count("#pair-series .interval"),
            seriesShifts: count("#pair-series g.shift"),
            seriesWidth: series ? series.getBoundingClientRect().width : 0,
            timelineMarks: count("#pair-timeline g.event"),
            rows: count("table.events tbody tr"),
            valueA: (document.getElementById("a") || {}).value || ""
          };
        })())
        """

    struct Probe: Decodable {
        let title: String
        let search: String
        let charts: Int
        let chartsWithText: Int
        let chartsDrawn: Int
        let seriesPoints: Int
        let seriesLine: Int
        let seriesInterval: Int
        let seriesShifts: Int
        let seriesWidth: Double
        let timelineMarks: Int
        let rows: Int
        let valueA: String
    }

    static func probe(_ browser: Browser) throws -> Probe {
        let text = try #require(try browser.evaluate(Self.probe) as? String)
        return try JSONDecoder().decode(Probe.self, from: Data(text.utf8))
    }

    @Test func dashboardDrawsChartsAndFollowsTheChosenPair() async throws {
        let app = try Fixture.app()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"
            let (before, after, screenshot) = try await Browser.session { browser in
                try browser.navigate(base + "/")
                let before = try Self.probe(browser)
                // Change the pair on the page, as a person would: type into the form and submit it.
                _ = browser.drain("Page.loadEventFired")
                try browser.evaluate(
                    """
                    document.getElementById("a").value = "China";
                    document.getElementById("b").value = "PAK";
                    document.querySelector("form.choose").requestSubmit();
                    true
                    """)
                try browser.waitFor("Page.loadEventFired")
                let after = try Self.probe(browser)
                return (before, after, try browser.screenshot())
            }
            #expect(before.title == "Russia–Pakistan, seen from India")
            #expect(before.seriesPoints == 15)
            #expect(before.seriesLine == 1)
            #expect(before.seriesInterval >= 1)
            #expect(before.seriesShifts == 1)
            #expect(before.timelineMarks == 150)
            #expect(before.rows == 50)

            #expect(after.title == "China–Pakistan, seen from India")
            #expect(after.search.contains("a=China") && after.search.contains("b=PAK"))
            #expect(after.valueA == "CHN")
            #expect(after.seriesPoints == 15)
            #expect(after.seriesLine == 1)
            #expect(after.seriesShifts == 0)
            #expect(after.timelineMarks == 15)
            #expect(after.rows == 15)
            #expect(after.charts >= 4)
            #expect(after.chartsWithText == after.charts)
            #expect(after.chartsDrawn >= 3)
            #expect(after.seriesWidth > 500)

            try Self.expectDrawn(screenshot, name: "dashboard-after-changing-pair.png")
        }
    }

    /// The document of a brief whose series carry relative measures (the fixture with its world).
    @Test func documentOpensWithoutNetworkAndShowsItsCharts() async throws {
        let brief = try Brief.read(Brief.Request(first: "RUS", second: "PAK", focal: "IND"), from: try Fixture.store(Fixture.events + Fixture.world))
        #expect(brief.pair.series.isRelative)
        let file = Self.screenshots.appendingPathComponent("brief.html")
        try Data(BriefHTML.render(brief).utf8).write(to: file)
        let url = file.absoluteString
        let (probe, requests, screenshot, pdf) = try await Browser.session { browser in
            try browser.send("Network.enable")
            try browser.send("Network.emulateNetworkConditions", ["offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1])
            try browser.navigate(url)
            let text = try #require(try browser.evaluate(
                """
                JSON.stringify({
                  charts: document.querySelectorAll("svg.chart").length,
                  drawn: Array.from(document.querySelectorAll("svg.chart")).filter(c => c.getBoundingClientRect().width > 300).length,
                  points: document.querySelectorAll("#dyad-pak-rus-series circle.point").length,
                  marks: document.querySelectorAll("#dyad-pak-rus-timeline g.event").length,
                  shifts: document.querySelectorAll("#dyad-pak-rus-series g.shift").length,
                  relativeLines: document.querySelectorAll("#dyad-pak-rus-relative path.relative-tone-line").length,
                  engagementLines: document.querySelectorAll("#dyad-pak-rus-relative path.engagement-line").length,
                  relativeBands: document.querySelectorAll("#dyad-pak-rus-relative .interval").length,
                  relativeShifts: document.querySelectorAll("#dyad-pak-rus-relative g.shift.thaw.relativeTone").length,
                  relativeWidth: (document.querySelector("#dyad-pak-rus-relative") || {getBoundingClientRect: () => ({width: 0})}).getBoundingClientRect().width,
                  seriesRows: document.querySelectorAll("#dyad-pak-rus table.series tbody tr").length,
                  shiftSections: document.querySelectorAll("#dyad-pak-rus div.shift-thaw").length,
                  images: document.images.length,
                  scripts: document.scripts.length,
                  sheets: Array.from(document.styleSheets).filter(s => s.href).length
                })
                """) as? String)
            let requests = browser.drain("Network.requestWillBeSent").compactMap { ($0["request"] as? [String: Any])?["url"] as? String }
            return (text, requests, try browser.screenshot(), try browser.pdf())
        }
        struct DocumentProbe: Decodable {
            let charts, drawn, points, marks, shifts, images, scripts, sheets: Int
            let relativeLines, engagementLines, relativeBands, relativeShifts, seriesRows, shiftSections: Int
            let relativeWidth: Double
        }
        let document = try JSONDecoder().decode(DocumentProbe.self, from: Data(probe.utf8))
        #expect(document.charts >= 9)
        #expect(document.drawn == document.charts)
        #expect(document.points == 15)
        // The timeline marks the events the brief shows: the weightiest and those its shifts name, not all 150.
        #expect(document.marks == brief.pair.events.count && document.marks < 150)
        // Relative tone and engagement with their intervals, and the thaw in relative tone marked on them; none in the
        // index chart, which draws shifts in tone only.
        #expect(document.shifts == 0)
        #expect(document.relativeLines == 1 && document.engagementLines == 1)
        #expect(document.relativeBands >= 2)
        #expect(document.relativeShifts == 1)
        #expect(document.relativeWidth > 500)
        #expect(document.seriesRows == 15)
        #expect(document.shiftSections == 1)
        #expect(document.images == 0 && document.scripts == 0 && document.sheets == 0)
        // The page asked for nothing but itself.
        #expect(!requests.isEmpty)
        for request in requests { #expect(request == url || request.hasPrefix("data:"), "the document requested \(request)") }
        try Self.expectDrawn(screenshot, name: "brief-document.png")
        // Printed, it is A4 (595 × 842 points).
        let pdfText = String(decoding: pdf, as: UTF8.self)
        let box = try #require(pdfText.range(of: "/MediaBox [0 0 "))
        let sizes = pdfText[box.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
        #expect(sizes.count == 2 && abs(sizes[0] - 595) < 2 && abs(sizes[1] - 842) < 2, "page size \(sizes)")
        try Data(pdf).write(to: Self.screenshots.appendingPathComponent("brief-document.pdf"))
    }

    /// A screenshot that is not blank: many colours, a fair share of ink, and the index line's blue painted.
    static func expectDrawn(_ png: [UInt8], name: String) throws {
        let file = screenshots.appendingPathComponent(name)
        try Data(png).write(to: file)
        let image = try PNGImage(png)
        #expect(image.width >= 1000 && image.height >= 1000, "\(image.width)×\(image.height)")
        #expect(image.distinctColors > 64, "\(file.path): only \(image.distinctColors) colours")
        #expect(image.inkedShare > 0.03 && image.inkedShare < 0.9, "\(file.path): inked share \(image.inkedShare)")
        var blue = 0
        for index in stride(from: 0, to: image.pixels.count, by: 4)
        where abs(Int(image.pixels[index]) - 0x00) < 24 && abs(Int(image.pixels[index + 1]) - 0x72) < 24 && abs(Int(image.pixels[index + 2]) - 0xB2) < 24 {
            blue += 1
        }
        #expect(blue > 150, "\(file.path): the index line's blue covers \(blue) pixels")
        print("screenshot: \(file.path) (\(image.distinctColors) colours, \(Int(image.inkedShare * 100)) % inked)")
    }
}
