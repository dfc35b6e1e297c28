import EntenteAnalysis
import EntenteCase
import EntenteModel
import EntenteReport
import EntenteStore
import Foundation
import Hummingbird

/// The dashboard: one HTML page where the pair, the focal state and the period are chosen with a plain form,
/// drawn with the same charts as the HTML document.
///
/// It stays light with thousands of events: the timeline marks events one by one only up to
/// ``ServerConfiguration/Limits/maxTimelineMarks`` and counts them per period beyond; the event table is paged.
struct Dashboard: Sendable {
    let api: EntenteAPI
    static let pageSize = 50
    static let parameters: Set<String> = ["a", "b", "focal", "context", "by", "from", "to", "dataset", "page"]

    func page(_ request: Request) throws -> Response {
        var choice = Choice()
        do {
            let query = try QueryParameters(request, allowed: Self.parameters, limits: api.limits)
            choice = Choice(query: query)
            let first = try query.state("a") ?? BuiltInCase.pair.0
            let second = try query.state("b") ?? BuiltInCase.pair.1
            guard first != second else { throw APIError.badParameter("b", "a pair needs two different states, got \(first) twice") }
            choice.a = first
            choice.b = second
            choice.focal = try query.state("focal") ?? BuiltInCase.focal
            let from = try query.year("from"), to = try query.year("to")
            if let from, let to, from > to { throw APIError.badParameter("from", "\(from) is after to \(to)") }
            let context = query.string("context") == nil
                ? BuiltInCase.context(forPair: first, second, focal: choice.focal) : try query.states("context")
            choice.context = context.joined(separator: ",")
            let briefRequest = Brief.Request(
                first: first, second: second, focal: choice.focal, from: from, to: to, length: try query.length(),
                context: context.filter { ![first, second, choice.focal].contains($0) }, datasets: try query.datasets(limits: api.limits))
            try api.check(briefRequest)
            let (brief, baseline) = try api.assemble(briefRequest)
            let pageNumber = try query.integer("page", in: 1...100_000) ?? 1
            return AnyHTML.response(try render(brief, baseline: baseline, choice: choice, page: pageNumber), status: .ok)
        } catch let error as APIError where error.status == .badRequest {
            return AnyHTML.response(render(error: error.message, choice: choice), status: .badRequest)
        }
    }

    /// What the form shows: the values as given, so that a mistake can be corrected in place.
    struct Choice {
        var a = BuiltInCase.pair.0
        var b = BuiltInCase.pair.1
        var focal = BuiltInCase.focal
        var context = BuiltInCase.context.joined(separator: ",")
        var by = "year"
        var from = ""
        var to = ""
        /// The datasets named, comma-separated; empty for the default selection.
        var dataset = ""

        init() {}

        init(query: QueryParameters) {
            a = query.string("a") ?? a
            b = query.string("b") ?? b
            focal = query.string("focal") ?? focal
            context = query.string("context") ?? context
            by = query.string("by") ?? by
            from = query.string("from") ?? ""
            to = query.string("to") ?? ""
            dataset = query.string("dataset") ?? ""
        }

        var queryString: String { Self.encoded(["a=\(a)", "b=\(b)", "focal=\(focal)", "context=\(context)", "by=\(by)"] + optional) }

        var briefQuery: String { Self.encoded(["pair=\(a):\(b)", "focal=\(focal)", "context=\(context)", "by=\(by)"] + optional) }

        /// `from`, `to` and `dataset`, when given.
        var optional: [String] {
            var items: [String] = []
            if !from.isEmpty { items.append("from=\(from)") }
            if !to.isEmpty { items.append("to=\(to)") }
            if !dataset.isEmpty { items.append("dataset=\(dataset)") }
            return items
        }

        static func encoded(_ items: [String]) -> String {
            items.map { $0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0 }.joined(separator: "&")
        }
    }

    func render(error: String, choice: Choice) -> String {
        let body = header() + form(choice) + "<main>\n<p class=\"error\" role=\"alert\"><strong>Cannot show this:</strong> \(HTML.escape(error))</p>\n</main>\n"
        return BriefHTML.page(title: "Entente — dashboard", body: body)
    }

    /// The page for a brief: the same findings, charts and sections as the document, with the pair's events paged
    /// from the store.
    func render(_ brief: Brief, baseline: BaselinePolicy.Stamp, choice: Choice, page: Int) throws -> String {
        let resolver = CountryResolver.standard
        let briefRequest = brief.request
        var citations = CitationIndex([])
        let title = "\(briefRequest.label(for: briefRequest.pair)), seen from \(resolver.name(of: briefRequest.focal))"
        var body = header() + form(choice)
        body += "<main>\n<h1 id=\"title\">\(HTML.escape(title))</h1>\n"
        body += "<p class=\"scope\">\(HTML.escape(scope(brief)))</p>\n"
        body += "<p class=\"no-print\">This brief as a <a href=\"/brief?\(HTML.escape(choice.briefQuery))\">document to send or print</a> · "
            + "<a href=\"/api/brief?\(HTML.escape(choice.briefQuery))\">JSON</a></p>\n"
        body += BriefHTML.findings(brief, citations: &citations)

        // The pair.
        let pair = brief.pair
        let pairLabel = briefRequest.label(for: pair.dyad)
        body += "<section id=\"pair\" aria-labelledby=\"pair-heading\">\n<h2 id=\"pair-heading\">\(HTML.escape(pairLabel))</h2>\n"
        body += BriefHTML.charts(pair, label: pairLabel, id: "pair")
        for shift in pair.shifts {
            body += "<p class=\"shift-\(shift.kind.rawValue)\">\(BriefHTML.shiftSummary(shift))</p>\n"
        }
        body += try timeline(pair, label: pairLabel, id: "pair-timeline", brief: brief)
        body += try eventTable(pair, page: page, choice: choice, brief: brief, citations: &citations)
        body += "</section>\n"

        // The focal state's own dyads.
        for (index, reading) in brief.focalDyads.enumerated() {
            let label = briefRequest.label(for: reading.dyad)
            body += "<section id=\"focal-\(index + 1)\" aria-labelledby=\"focal-\(index + 1)-heading\">\n"
                + "<h2 id=\"focal-\(index + 1)-heading\">\(HTML.escape(label))</h2>\n"
            body += BriefHTML.charts(reading, label: label, id: "focal-\(index + 1)")
            for shift in reading.shifts {
                body += "<p class=\"shift-\(shift.kind.rawValue)\">\(BriefHTML.shiftSummary(shift))</p>\n"
            }
            body += try timeline(reading, label: label, id: "focal-\(index + 1)-timeline", brief: brief)
            var query = "actors=\(reading.dyad.first),\(reading.dyad.second)"
            if !choice.dataset.isEmpty { query += "&dataset=" + Choice.encoded([choice.dataset]) }
            body += "<p class=\"muted\">\(Format.grouped(reading.storedEvents)) stored events · "
                + "<a href=\"/api/events?\(HTML.escape(query))\">as JSON</a></p>\n</section>\n"
        }
        body += BriefHTML.drivers(brief.drivers)
        if let implications = brief.implications {
            body += BriefHTML.implications(implications, brief: brief, citations: &citations)
        }
        body += BriefHTML.sources(citations)
        body += "</main>\n<footer>Entente dashboard · the same charts as <code>entente brief --html</code> · datasets: "
            + "\(HTML.escape(brief.datasets.description)) · relative measures against the baseline fitted \(HTML.escape(baseline.fitted))"
            + (baseline.generation.map { " (data generation \($0))" } ?? "") + " · API described in docs/openapi.json</footer>\n"
        return BriefHTML.page(title: "Entente — \(title)", body: body, head: Self.script)
    }

    func scope(_ brief: Brief) -> String {
        let series = brief.pair.series
        var parts: [String] = []
        if let span = BriefText.span(of: series) { parts.append(span) }
        parts.append("\(Format.count(series.totalEvents)) events between the pair")
        parts.append("\(brief.pair.shifts.count) shift\(brief.pair.shifts.count == 1 ? "" : "s")")
        parts.append("datasets: \(brief.datasets.description)")
        return parts.joined(separator: " · ")
    }

    /// The events between a dyad's states that the page lists: its stored events in the brief's span and datasets
    /// (those ``Brief/DyadReading/storedEvents`` counts), oldest first.
    func events(of reading: Brief.DyadReading, brief: Brief, limit: Int? = nil, offset: Int = 0) throws -> [Event] {
        try api.store.events(
            matching: EventQuery(
                actors: [reading.dyad.first, reading.dyad.second], range: brief.request.range, datasets: brief.datasets.names,
                limit: limit, offset: offset))
    }

    /// Marks for each stored event when there are few enough, counts per period otherwise.
    func timeline(_ reading: Brief.DyadReading, label: String, id: String, brief: Brief) throws -> String {
        guard reading.storedEvents > 0, reading.storedEvents <= api.limits.maxTimelineMarks else {
            guard reading.series.totalEvents > 0 else { return "" }
            let why = reading.storedEvents == 0
                ? "only aggregates are stored for this dyad" : "\(Format.grouped(reading.storedEvents)) stored events"
            return BriefHTML.figure(
                TimelineChart.svg(binned: reading.series, id: id, title: label, standalone: false),
                caption: "Events per \(reading.series.length.rawValue) by quad class (\(why)).")
        }
        return BriefHTML.figure(
            TimelineChart.svg(try events(of: reading, brief: brief), id: id, title: label, linked: false, standalone: false),
            caption: "Events by quad class; open dashed marks are hypothetical (what-if) events. Hover a mark for the event.")
    }

    /// A page of the pair's stored events, oldest first.
    func eventTable(
        _ reading: Brief.DyadReading, page: Int, choice: Choice, brief: Brief, citations: inout CitationIndex
    ) throws -> String {
        let total = reading.storedEvents
        guard total > 0 else { return "" }
        let pages = (total + Self.pageSize - 1) / Self.pageSize
        let page = min(page, pages)
        let slice = try events(of: reading, brief: brief, limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        var out = "<h3 id=\"events\">Events</h3>\n"
        out += BriefHTML.eventTable(
            slice, citations: &citations, anchored: true,
            caption: "Events \(Format.grouped((page - 1) * Self.pageSize + 1))–\(Format.grouped((page - 1) * Self.pageSize + slice.count)) of \(Format.grouped(total)), oldest first")
        if pages > 1 {
            out += "<nav class=\"pager\" aria-label=\"Event pages\">"
            if page > 1 { out += "<a rel=\"prev\" href=\"/?\(HTML.escape(choice.queryString))&amp;page=\(page - 1)#events\">← earlier</a>" }
            out += "<span>page \(page) of \(pages)</span>"
            if page < pages { out += "<a rel=\"next\" href=\"/?\(HTML.escape(choice.queryString))&amp;page=\(page + 1)#events\">later →</a>" }
            out += "</nav>\n"
        }
        return out
    }

    func header() -> String {
        "<header class=\"no-print\"><p><strong>Entente</strong> — how relations between states move, from event data.</p></header>\n"
    }

    func form(_ choice: Choice) -> String {
        var out = "<form class=\"choose\" method=\"get\" action=\"/\" aria-label=\"Choose the pair, the focal state and the period\">\n"
        out += input("a", "State A", choice.a) + input("b", "State B", choice.b) + input("focal", "Seen from", choice.focal)
        out += "<label for=\"context\">Context states<input id=\"context\" name=\"context\" class=\"context\" autocomplete=\"off\" "
            + "value=\"\(HTML.escape(choice.context))\" aria-describedby=\"states-hint\"></label>\n"
        out += "<label for=\"by\">Period<select id=\"by\" name=\"by\">"
        for length in PeriodLength.allCases {
            out += "<option value=\"\(length.rawValue)\"\(choice.by == length.rawValue ? " selected" : "")>\(length.rawValue)</option>"
        }
        out += "</select></label>\n"
        out += "<label for=\"from\">From year<input id=\"from\" class=\"year\" name=\"from\" inputmode=\"numeric\" pattern=\"[0-9]{4}\" value=\"\(HTML.escape(choice.from))\" placeholder=\"any\"></label>\n"
        out += "<label for=\"to\">To year<input id=\"to\" class=\"year\" name=\"to\" inputmode=\"numeric\" pattern=\"[0-9]{4}\" value=\"\(HTML.escape(choice.to))\" placeholder=\"any\"></label>\n"
        out += "<label for=\"dataset\">Datasets<input id=\"dataset\" class=\"dataset\" name=\"dataset\" autocomplete=\"off\" "
            + "value=\"\(HTML.escape(choice.dataset))\" placeholder=\"what was ingested\" aria-describedby=\"dataset-hint\"></label>\n"
        out += "<button type=\"submit\">Show</button>\n</form>\n"
        out += Self.statesList
        return out
    }

    func input(_ name: String, _ label: String, _ value: String) -> String {
        "<label for=\"\(name)\">\(label)<input id=\"\(name)\" class=\"state\" name=\"\(name)\" list=\"states\" required "
            + "autocomplete=\"off\" value=\"\(HTML.escape(value))\" aria-describedby=\"states-hint\"></label>\n"
    }

    /// Every state by code and name, for the inputs' suggestions.
    static let statesList: String = {
        var out = "<datalist id=\"states\">"
        for country in CountryResolver.standard.countries where !country.isHistorical {
            out += "<option value=\"\(country.code)\">\(HTML.escape(country.name))</option>"
        }
        return out + "</datalist><p id=\"states-hint\" class=\"muted no-print\">States by code (RUS) or name (Russia).</p>\n"
            + "<p id=\"dataset-hint\" class=\"muted no-print\">Datasets by name, comma-separated (gdelt1,icews); empty: what was "
            + "ingested, or the built-in case (entente-case) when nothing else is stored.</p>\n"
    }()

    /// The page's only script: choosing a period redraws at once. Everything works without it.
    static let script = """
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          var by = document.getElementById("by");
          if (by) by.addEventListener("change", function () { by.form.submit(); });
        });
        </script>

        """
}

enum AnyHTML {
    static func response(_ text: String, status: HTTPResponse.Status) -> Response {
        var response = EntenteAPI.html(text)
        response.status = status
        return response
    }
}
