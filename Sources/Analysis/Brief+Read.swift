import EntenteModel
import EntenteStore
import Foundation

extension Brief {
    /// How many events the timeline shows per dyad: its weightiest over the span.
    public static let timelineLimit = 10

    /// Reads the brief: what `entente brief` prints and `/api/brief` answers.
    ///
    /// - Throws: ``RequestError`` for a bad request or an unknown dataset; the store's errors.
    /// - Complexity: a handful of indexed reads per dyad (its monthly aggregates; its events summarised by the store,
    ///   the weightiest few read whole), the baseline once per reader, and the pair's raw events for its drivers. Its
    ///   size does not grow with the data: a few shifts, a capped timeline, counts instead of lists.
    public static func read(_ request: Brief.Request, from store: any EventStore) throws -> Brief {
        try read(request, from: RelationsReader(store: store, datasets: request.datasets))
    }

    /// Reads the brief through a reader (its datasets and baselines), as the server does.
    public static func read(_ request: Brief.Request, from reader: RelationsReader) throws -> Brief {
        try request.validate()
        let (pair, pairSummary) = try readWithSummary(request.pair, request: request, reader: reader)
        try pair.series.checkResolution()
        let focalDyads = try [request.first, request.second]
            .filter { $0 != request.focal }
            .map { try read(Dyad(request.focal, $0), request: request, reader: reader) }
        let observed = observedWindow(pair.series)
        let shift = anchor(pair)
        let windows = shift.map { [Window($0.before), Window($0.after)] } ?? observed.map { [$0] } ?? []
        let drivers = try reader.drivers(request.first, request.second, range: request.range, windows: windows)
        let implications = try observed.map { observed in
            // Without a range, the pair's events over the span it is observed in are all its events: summarised once.
            if request.range == nil { reader.remember(pairSummary, of: request.pair, over: observed) }
            return try readImplications(request, shift: shift, observed: observed, reader: reader)
        }
        return Brief(
            request: request, datasets: reader.datasets, pair: pair, focalDyads: focalDyads,
            findings: findings(
                pair: pair, focalDyads: focalDyads, request: request,
                absent: try reader.absentStates([request.first, request.second, request.focal] + request.context, length: request.length),
                datasets: reader.datasets),
            sources: try sources(of: [pair] + focalDyads, request: request, reader: reader), drivers: drivers,
            implications: implications)
    }

    /// The shift the brief reads the focal state's implications around: the pair's latest lasting shift (not a
    /// spell of one period, after which the pair is back where it was) in relative tone where the series carries it,
    /// else in tone; failing that, in hostility, then in engagement. Real relations can break with their share of
    /// cooperation unmoved — meetings and statements go on while the clashes multiply — and a brief that read such a
    /// pair as having "no shift" would miss the one move its data show.
    static func anchor(_ reading: DyadReading) -> Shift? {
        anchor(reading.series) { measure in reading.shifts.filter { $0.measure == measure } }
    }

    /// The same for a series whose shifts are not read yet: each measure's read only when the ones before have none.
    static func anchor(_ series: DyadSeries, shifts: ((Shift.Measure) -> [Shift])? = nil) -> Shift? {
        let order: [Shift.Measure] = series.isRelative ? [.relativeTone, .hostility, .engagement] : [.tone]
        for measure in order {
            if let shift = (shifts?(measure) ?? series.shifts(of: measure)).last(where: { !$0.isSpell }) { return shift }
        }
        return nil
    }

    /// The measures whose shifts the brief reads: the relative ones where the baseline can say what is expected of the
    /// pair (real data), tone where it cannot (sparse data).
    static func measures(_ series: DyadSeries) -> [Shift.Measure] {
        series.isRelative ? Shift.Measure.relative : [.tone]
    }

    /// The span the pair's series covers; nil without events.
    static func observedWindow(_ series: DyadSeries) -> Window? {
        let observed = series.observed
        guard let first = observed.first?.period, let last = observed.last?.period else { return nil }
        return Window(first.start, last.end, label: first == last ? first.description : "\(first)–\(last)")
    }

    static func read(_ dyad: Dyad, request: Brief.Request, reader: RelationsReader) throws -> DyadReading {
        try readWithSummary(dyad, request: request, reader: reader).reading
    }

    /// A dyad's reading and the summary of its events in the brief's range (its timeline's weightiest).
    static func readWithSummary(_ dyad: Dyad, request: Brief.Request, reader: RelationsReader) throws -> (reading: DyadReading, summary: EventSummary) {
        let series = try reader.series(dyad, by: request.length, range: request.range)
        let names = reader.datasets.names
        var known: [EventQuery: EventSummary] = [:]
        let shifts = try series.shifts(measures: measures(series)).map {
            try $0.carryingEvidence(from: reader.store, dyad: dyad, datasets: names, limit: Shift.evidenceLimit, known: &known)
        }
        let summary = try reader.store.eventSummary(
            matching: EventQuery(actors: [dyad.first, dyad.second], range: request.range, datasets: names), directed: nil,
            weightiest: timelineLimit)
        var ids = summary.weightiest.map(\.id)
        for shift in shifts { ids += shift.evidence.filter { !ids.contains($0) } }
        let events = try reader.store.events(ids: ids)
        return (DyadReading(dyad: dyad, series: series, shifts: shifts, events: events, storedEvents: summary.count), summary)
    }

    /// Reads the ties among the focal state, the pair and the context states, and the arms transfers they hold,
    /// and reads the implications from them.
    static func readImplications(
        _ request: Brief.Request, shift: Shift?, observed: Window, reader: RelationsReader
    ) throws -> Implications {
        let states = ([request.focal, request.first, request.second] + request.context).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var series: [Dyad: DyadSeries] = [:]
        for i in states.indices {
            for j in states.indices where j > i {
                let dyad = Dyad(states[i], states[j])
                series[dyad] = try reader.series(dyad, by: request.length, range: request.range)
            }
        }
        var ledger: ArmsLedger?
        if let arms = reader.store as? any ArmsTransferStore {
            let coverage = try arms.armsTransferCoverage()
            if !coverage.isEmpty {
                let pairAndFocal = [request.focal, request.first, request.second]
                var seen: Set<String> = []
                let transfers = try (arms.armsTransfers(matching: ArmsTransferQuery(suppliers: pairAndFocal))
                    + arms.armsTransfers(matching: ArmsTransferQuery(recipients: pairAndFocal)))
                    .filter { seen.insert($0.id).inserted }
                ledger = ArmsLedger(transfers: transfers, coverage: coverage)
            }
        }
        let band = request.band
        return try Implications(
            focal: request.focal, pair: (request.first, request.second), context: request.context, shift: shift, observed: observed,
            tie: { first, second, window in
                let dyad = Dyad(first, second)
                guard let tie = series[dyad] else { return SignedDyad(dyad: dyad, window: window, events: 0, cooperative: 0, band: band) }
                return SignedDyad(series: tie, window: window, band: band)
            },
            evidence: { ties, window in try reader.evidence(on: ties, window: window) },
            ledger: ledger)
    }

    /// The events each dataset holds for the brief's dyads in its span, most first.
    static func sources(of readings: [DyadReading], request: Brief.Request, reader: RelationsReader) throws -> [SourceCount] {
        var counts: [String: Int] = [:]
        for reading in readings {
            for row in try reader.monthlyAggregates(of: reading.dyad, within: request.range) {
                counts[row.dataset, default: 0] += row.total
            }
        }
        let documents = Dictionary(
            readings.flatMap(\.events).compactMap { event in event.provenance.document.map { (event.provenance.dataset, $0) } },
            uniquingKeysWith: { first, _ in first })
        return counts.map { SourceCount(dataset: $0.key, document: documents[$0.key], events: $0.value) }
            .sorted { ($0.events, $1.dataset) > ($1.events, $0.dataset) }
    }

    // MARK: - Findings

    /// The headline sentences: where each dyad stands and how it moved. A state the datasets read never name is
    /// said first: its dyads are not covered, which is not the same as quiet.
    static func findings(
        pair: DyadReading, focalDyads: [DyadReading], request: Brief.Request, absent: [String] = [], datasets: DatasetSelection
    ) -> [Finding] {
        var findings: [Finding] = []
        if !absent.isEmpty {
            let names = Format.list(absent.map(name), conjunction: "and")
            let verb = absent.count == 1 ? "is" : "are"
            findings.append(Finding(
                "\(names) \(verb) in no event of the data read (\(datasets.description)): their relations cannot be read from "
                    + "them. Name another dataset with --dataset, or ingest data that cover \(absent.count == 1 ? "it" : "them")."))
        }
        for reading in [pair] + focalDyads {
            let names = request.label(for: reading.dyad)
            guard reading.series.totalEvents > 0, let span = observedWindow(reading.series) else {
                let missing = [reading.dyad.first, reading.dyad.second].filter(absent.contains)
                findings.append(Finding(
                    missing.isEmpty
                        ? "\(names): no events in the store for this period."
                        : "\(names): not covered by the data read (\(Format.list(missing.map(name), conjunction: "and")) in none of its events)."))
                continue
            }
            if reading.series.isRelative {
                findings.append(standing(reading, names: names, span: span, band: request.band))
            } else if reading.shifts.isEmpty {
                let total = reading.series.observed.reduce(0) { $0 + $1.events }
                let cooperative = reading.series.observed.reduce(0) { $0 + $1.cooperative }
                let index = (2 * cooperative - total) / total
                findings.append(
                    Finding(
                        "\(names): no shift in the period; the relation stays \(tone(index)) (index \(signed(index)) over "
                            + "\(Format.count(total, "event")))."))
            }
            for shift in reading.shifts { findings.append(finding(shift, names: names)) }
            if reading.series.isRelative, reading.shifts.isEmpty {
                let read = reading.series.measuresReadForShifts.filter { $0 != .tone }
                let unread = Shift.Measure.relative.filter { !read.contains($0) }
                var text = read.isEmpty ? "\(names): " : "\(names): no shift in \(Format.list(read.map(\.name), conjunction: "or")) in \(span)"
                if !unread.isEmpty {
                    text += (read.isEmpty ? "" : "; ") + "moves in \(Format.list(unread.map(\.name), conjunction: "and")) not read as shifts: too few pairs in the "
                        + "data have \(Int(Baseline.minimumEventsForNoise)) events in consecutive periods to say how much they wobble"
                }
                findings.append(Finding(text + "."))
            }
        }
        return findings
    }

    /// Where a dyad stands over its whole span, against what is expected of its two states.
    static func standing(_ reading: DyadReading, names: String, span: Window, band: NeutralBand) -> Finding {
        let tie = SignedDyad(series: reading.series, window: span, band: band)
        var text = "\(names) over \(span): "
        if let relative = tie.relative, let expected = tie.expectedIndex {
            let how = switch (tie.sign, tie.reason) {
            case (_, .noiseUnknown): "whether friendlier than expected, too few busy pairs in the data to tell (how relative tone wobbles is unknown)"
            case (.positive, _): "friendlier than their relations with everyone else lead one to expect"
            case (.negative, _): "less friendly than their relations with everyone else lead one to expect"
            case (.neutral, _): "about as friendly as their relations with everyone else lead one to expect"
            }
            text += "\(how) (relative tone \(relative.signedText); index "
                + "\(signed(tie.index ?? 0)) against \(signed(expected)) expected, over \(Format.count(tie.events, "event")))"
            if tie.reason != .noiseUnknown { text += apart(from: tie, reading.series, band: band) }
        } else {
            text += "\(Format.count(tie.events, "event"))"
        }
        let engaged = reading.series.points.compactMap { point in point.relative.map { (point.events, $0.expectedEvents) } }
        let observed = engaged.reduce(0) { $0 + $1.0 }
        let expected = engaged.reduce(0) { $0 + $1.1 }
        if expected > 0 {
            // Expected events are an estimate: whole when many, with decimals when few (6 against "0" said nothing).
            let expectedText = expected >= 10 ? Format.count(expected.rounded()) : Format.decimal(expected, places: expected < 0.1 ? 2 : 1)
            text += "; \(Format.count(observed, "event")) against \(expectedText) expected of their activity "
                + "(\(Format.ratio(observed / expected))×)"
        }
        return Finding(text + ".")
    }

    /// The periods whose own reading is clear and not the span's sign, in words: "; read on its own, 2011 less friendly
    /// (−1.51 [−2.85, −0.16])". A pooled span hides a hostile year; the analyst should see it. At most three, the
    /// furthest from the span's reading first, then how many more.
    static func apart(from tie: SignedDyad, _ series: DyadSeries, band: NeutralBand) -> String {
        let periods = SignedDyad.series(series, band: band).filter { $0.reason == .clear && $0.sign != tie.sign }
        guard !periods.isEmpty, let span = tie.relative else { return "" }
        let furthest = periods.sorted { abs(($0.relative?.value ?? 0) - span.value) > abs(($1.relative?.value ?? 0) - span.value) }
        let named = furthest.prefix(3).sorted { $0.window < $1.window }.compactMap { period -> String? in
            guard let relative = period.relative else { return nil }
            let how = period.sign == .positive ? "friendlier" : "less friendly"
            return "\(period.window) \(how) (\(relative.signedText))"
        }
        let more = periods.count > named.count ? " and \(periods.count - named.count) more \(periods.count - named.count == 1 ? "period" : "periods")" : ""
        return "; read on its own, \(Format.list(named, conjunction: "and"))\(more)"
    }

    /// A shift in words, with the size of the move, its interval, and what carries it.
    static func finding(_ shift: Shift, names: String) -> Finding {
        let level = { (segment: Shift.Segment) in
            switch shift.measure {
            case .tone: "index \(signed(segment.level.value))"
            case .relativeTone: "relative tone \(signed(segment.level.value))"
            case .engagement: "\(Format.ratio(log: segment.level.value))× the expected volume"
            case .hostility: "\(Format.ratio(log: segment.level.value))× the expected conflict"
            }
        }
        let change = switch shift.measure {
        case .engagement, .hostility: shift.change.ratioText
        case .tone, .relativeTone: shift.change.signedText
        }
        var text = "\(names): \(shift.kind.rawValue) in \(shift.measure.name) \(shift.when): "
            + "\(level(shift.before)) over \(shift.before.label) (\(shift.before.events(for: shift.measure))) → \(level(shift.after)) "
            + "over \(shift.after.label) (\(shift.after.events(for: shift.measure))); change \(change)."
        if shift.evidenceCount > 0 {
            let carrying = shift.isCarriedByCooperation.map { $0 ? "cooperative events" : "conflictual events" } ?? "events"
            let roots = shift.rootCodeSummary(limit: 3)
            text += " Carried by \(Format.count(Double(shift.evidenceCount))) stored \(carrying)"
            text += roots.isEmpty ? "." : " (most: " + roots.joined(separator: ", ") + ")."
        }
        return Finding(text, evidence: shift.evidence, evidenceCount: shift.evidenceCount)
    }

    static func name(_ code: String) -> String { CountryResolver.standard.name(of: code) }

    static func tone(_ index: Double) -> String {
        switch index {
        case 0.5...: "cooperative"
        case 0.1..<0.5: "mostly cooperative"
        case -0.1..<0.1: "mixed"
        case -0.5 ..< -0.1: "mostly conflictual"
        default: "conflictual"
        }
    }

    static func signed(_ value: Double) -> String { Format.signed(value) }
}
