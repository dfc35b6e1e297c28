import EntenteCase
import EntenteModel
import Testing

/// Every event of the built-in case is well formed: known code and states, honest date, summary, citation.
@Suite struct CaseIntegrityTests {
    static let ids = BuiltInCase.events.map(\.id)

    @Test func theCaseIsOfTheExpectedSize() {
        // The brief relates some sixty to a hundred-odd events; far fewer means entries were lost.
        #expect(BuiltInCase.events.count >= 60)
        #expect(BuiltInCase.events.count <= 150)
    }

    /// The case's context states go with the case's own brief, either way round; any other brief reads none unless
    /// named.
    @Test func theDefaultContextIsTheCasesOnlyForItsOwnBrief() {
        #expect(BuiltInCase.context(forPair: "RUS", "PAK", focal: "IND") == ["USA", "CHN", "AFG"])
        #expect(BuiltInCase.context(forPair: "PAK", "RUS", focal: "IND") == ["USA", "CHN", "AFG"])
        #expect(BuiltInCase.context(forPair: "THA", "KHM", focal: "VNM").isEmpty)
        #expect(BuiltInCase.context(forPair: "RUS", "PAK", focal: "CHN").isEmpty)
    }

    @Test func idsAreUnique() {
        var seen: Set<String> = []
        for id in Self.ids {
            #expect(!seen.contains(id), "duplicate id \(id)")
            seen.insert(id)
        }
    }

    @Test(arguments: ids)
    func idIsAStableSlug(id: String) throws {
        #expect(id.hasPrefix("case:"))
        let slug = id.dropFirst("case:".count)
        #expect(!slug.isEmpty)
        #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(id)")
    }

    @Test(arguments: ids)
    func codeIsInTheCodebook(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        let entry = try #require(Codebook.standard.entry(for: event.cameo.rawValue), "\(id): \(event.cameo)")
        #expect(event.goldstein == entry.goldstein)
        #expect(event.quadClass == entry.quadClass)
        #expect(event.rootCode == entry.rootCode)
    }

    @Test(arguments: ids)
    func statesAreKnown(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        for actor in [event.source, event.target] {
            #expect(CountryResolver.standard.isKnown(code: actor.country), "\(id): \(actor.country)")
            // Series and dyads use current states; a historical one rides along as `historical`.
            #expect(CountryResolver.standard.country(code: actor.country)?.isHistorical == false, "\(id)")
            if let historical = actor.historical {
                let country = try #require(CountryResolver.standard.country(code: historical), "\(id): \(historical)")
                #expect(country.successor == actor.country, "\(id)")
            }
            if let sector = actor.sector {
                #expect(!sector.isEmpty && sector.allSatisfy { ("A"..."Z").contains($0) }, "\(id): \(sector)")
            }
        }
        // An event is a relation between two states, never a state with itself.
        #expect(event.source.country != event.target.country, "\(id)")
    }

    @Test(arguments: ids)
    func summaryIsOneShortLine(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        #expect(event.summary.contains { !$0.isWhitespace }, "\(id)")
        #expect(event.summary.count <= 110, "\(id): \(event.summary.count) characters")
        #expect(!event.summary.contains("\n"), "\(id)")
    }

    @Test(arguments: ids)
    func eventCitesTheBriefAndASection(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        #expect(!event.citation.isEmpty)
        #expect(event.provenance.dataset == "entente-case")
        #expect(event.provenance.document == BuiltInCase.document)
        let locator = try #require(event.provenance.locator, "\(id)")
        #expect(BuiltInCase.Section.allCases.contains { locator == "section \"\($0.rawValue)\"" }, "\(id): \(locator)")
        #expect(!event.issues.isEmpty, "\(id) has no issue")
        #expect(!event.hypothetical, "\(id)")
    }

    @Test(arguments: ids)
    func dateKeepsTheBriefsPrecision(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        let date = event.date
        // The brief never gives a day, so no event may claim one.
        #expect(date.precision != .day, "\(id) claims a day the brief does not give")
        // The date is consistent with its own precision, and lies within what the brief covers.
        #expect((try? EventDate(start: date.start, end: date.end, precision: date.precision)) == date, "\(id)")
        #expect(date.start.year >= 1947, "\(id)")
        #expect(date.end.year <= 2015, "\(id)")
        if let magnitude = event.magnitude {
            #expect(magnitude.amount > 0 && !magnitude.unit.isEmpty, "\(id)")
        }
    }

    @Test(arguments: ids)
    func reportedEventsSayTheyAreReported(id: String) throws {
        let event = try #require(BuiltInCase.events.first { $0.id == id })
        let summary = event.summary.lowercased()
        let hedged = ["report", "unconfirmed", "speculate"].contains { summary.contains($0) }
        #expect(event.reported == hedged, "\(id): reported is \(event.reported) but the summary reads \(hedged ? "hedged" : "as fact")")
    }

    @Test func theSovietUnionCountsOnRussiasLineage() {
        let soviet = BuiltInCase.events.filter { $0.source.historical == "SUN" || $0.target.historical == "SUN" }
        #expect(soviet.count >= 8)
        for event in BuiltInCase.events {
            for actor in [event.source, event.target] where actor.historical == "SUN" {
                #expect(actor.country == "RUS", "\(event.id)")
                #expect(event.date.end.year <= 1990, "\(event.id): the Soviet Union after the Cold War")
            }
            // Every event of Russia's lineage wholly within the Cold War is the Soviet Union's.
            for actor in [event.source, event.target] where actor.country == "RUS" && event.date.end.year <= 1990 {
                #expect(actor.historical == "SUN", "\(event.id): Russia before 1990 must be the Soviet Union")
            }
        }
    }

    @Test func everySectionButTheAbstractContributes() {
        for section in BuiltInCase.Section.allCases where section != .abstract {
            let locator = "section \"\(section.rawValue)\""
            #expect(BuiltInCase.events.contains { $0.provenance.locator == locator }, "nothing from \(section.rawValue)")
        }
    }

    @Test func eventsAreOldestFirst() {
        let dates = BuiltInCase.events.map(\.date)
        #expect(dates == dates.sorted())
    }
}
