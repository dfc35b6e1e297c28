import EntenteModel
import EntenteStore

extension Brief {
    /// Reads what the brief needs from the store and analyses it.
    ///
    /// - Throws: the store's errors.
    /// - Complexity: a handful of indexed queries; the series come from per-day aggregates, so the cost does
    ///   not grow with how many events were ingested for other dyads.
    public static func assemble(_ request: Brief.Request, from store: any EventStore) throws -> Brief {
        let pair = try read(request.pair, request: request, store: store)
        let focalDyads = try [request.first, request.second]
            .filter { $0 != request.focal }
            .map { try read(Dyad(request.focal, $0, directed: false), request: request, store: store) }
        let observed = observedWindow(pair.series, request: request)
        let shift = pair.shifts.last
        let windows = shift.map { [Window($0.before), Window($0.after)] } ?? observed.map { [$0] } ?? []
        let drivers = Drivers(first: request.first, second: request.second, events: pair.events, windows: windows)
        let implications = try observed.map { try readImplications(request, shift: shift, observed: $0, store: store) }
        return Brief(
            request: request, pair: pair, focalDyads: focalDyads,
            findings: findings(pair: pair, focalDyads: focalDyads, request: request),
            sources: sources(of: ([pair] + focalDyads).flatMap(\.events)), drivers: drivers, implications: implications)
    }

    /// The span the pair's series covers; nil without events.
    static func observedWindow(_ series: DyadSeries, request: Brief.Request) -> Window? {
        let observed = series.observed
        guard let first = observed.first?.period, let last = observed.last?.period else { return nil }
        return Window(first.start, last.end, label: first == last ? first.description : "\(first)–\(last)")
    }

    /// Reads the ties among the focal state, the pair and the context states, their events and the arms
    /// transfers they hold, and reads the implications from them.
    static func readImplications(_ request: Brief.Request, shift: Shift?, observed: Window, store: any EventStore) throws -> Implications {
        let states = ([request.focal, request.first, request.second] + request.context).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var aggregates: [Dyad: [DyadAggregate]] = [:]
        for i in states.indices {
            for j in states.indices where j > i {
                let dyad = Dyad(states[i], states[j])
                aggregates[dyad] = try store.aggregates(of: dyad, within: request.range)
            }
        }
        let events = try store.events(matching: EventQuery(actors: states, range: request.range))
        var ledger: ArmsLedger?
        if let arms = store as? any ArmsTransferStore {
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
        return Implications(
            focal: request.focal, pair: (request.first, request.second), context: request.context, shift: shift,
            observed: observed,
            tie: { first, second, window in
                let dyad = Dyad(first, second)
                return SignedDyad(tally: DyadTally.make(dyad: dyad, aggregates: aggregates[dyad] ?? [], window: window), band: band)
            },
            events: events, ledger: ledger)
    }

    static func read(_ dyad: Dyad, request: Brief.Request, store: any EventStore) throws -> DyadReading {
        let aggregates = try store.monthlyAggregates(of: dyad, within: request.range)
        let series = DyadSeries.make(dyad: dyad, aggregates: aggregates, by: request.length, range: clipped(request.range, aggregates))
        let events = try store.events(matching: EventQuery(actors: [dyad.first, dyad.second], range: request.range))
        return DyadReading(dyad: dyad, series: series, shifts: series.shifts(events: events), events: events)
    }

    /// The asked range narrowed to where the dyad has data, so that an open end does not run to year 9999.
    static func clipped(_ range: ClosedRange<Day>?, _ aggregates: [DyadAggregate]) -> ClosedRange<Day>? {
        guard let first = aggregates.map(\.start).min(), let last = aggregates.map(\.end).max() else { return range }
        guard let range else { return first...last }
        let lower = max(range.lowerBound, min(first, range.upperBound))
        let upper = min(range.upperBound, max(last, lower))
        return lower...upper
    }

    static func sources(of events: [Event]) -> [SourceCount] {
        var counts: [String: (document: String?, events: Set<String>)] = [:]
        for event in events {
            counts[event.provenance.dataset, default: (event.provenance.document, [])].events.insert(event.id)
        }
        return counts.map { SourceCount(dataset: $0.key, document: $0.value.document, events: $0.value.events.count) }
            .sorted { ($0.events, $1.dataset) > ($1.events, $0.dataset) }
    }

    /// The headline sentences: where each dyad stands and how it moved.
    static func findings(pair: DyadReading, focalDyads: [DyadReading], request: Brief.Request) -> [Finding] {
        var findings: [Finding] = []
        for reading in [pair] + focalDyads {
            let names = request.label(for: reading.dyad)
            if reading.series.totalEvents == 0 {
                findings.append(Finding("\(names): no events in the store for this period."))
                continue
            }
            if reading.shifts.isEmpty {
                let total = reading.series.observed.reduce(0) { $0 + $1.events }
                let cooperative = reading.series.observed.reduce(0) { $0 + $1.cooperative }
                let index = (2 * cooperative - total) / total
                findings.append(
                    Finding(
                        "\(names): no shift in the period; the relation stays \(tone(index)) (index \(signed(index)) over "
                            + "\(Format.count(total, "event"))).", evidence: []))
                continue
            }
            for shift in reading.shifts {
                let direction = shift.kind == .rapprochement ? "moves toward cooperation" : "moves toward conflict"
                findings.append(
                    Finding(
                        "\(names) \(direction) (\(shift.kind.rawValue)) between \(shift.from) and \(shift.to): "
                            + "index \(signed(shift.before.index)) over \(shift.before.first)–\(shift.before.last) "
                            + "(\(Format.count(shift.before.events, "event"))) → \(signed(shift.after.index)) over "
                            + "\(shift.after.first)–\(shift.after.last) (\(Format.count(shift.after.events, "event"))).",
                        evidence: shift.evidence))
            }
        }
        return findings
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
