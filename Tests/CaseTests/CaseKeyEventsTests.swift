import EntenteCase
import EntenteModel
import Testing

/// The events the brief's argument rests on are there, with the right date, precision, dyad and code.
@Suite struct CaseKeyEventsTests {
    @Test func lahoreKarachiPipeline() throws {
        let pipeline = try #require(BuiltInCase.event("2015-10-pipeline-agreement"))
        #expect(pipeline.date == (try EventDate(year: 2015, month: 10)))
        #expect(pipeline.runs(from: "RUS", to: "PAK"))
        #expect(pipeline.cameo.isWithin("057"))
        #expect(pipeline.magnitude == Magnitude(2e9, "USD"))
        #expect(pipeline.magnitude?.description == "$2 billion")
        #expect(pipeline.issues.contains(.energy))
        #expect(!pipeline.reported)
        // Signing is reciprocal; the figure is carried once, so that sums do not double it.
        let reciprocal = try #require(BuiltInCase.event("2015-10-pipeline-agreement-pakistan"))
        #expect(reciprocal.runs(from: "PAK", to: "RUS") && reciprocal.cameo.isWithin("057"))
        #expect(reciprocal.date == pipeline.date && reciprocal.magnitude == nil)
        // The builder is named, with the 25 years it runs the line before handing it over.
        let builder = try #require(BuiltInCase.event("2015-10-pipeline-build-own-operate-transfer"))
        #expect(builder.source == Actor("RUS", sector: "BUS", name: "RT Global Resources"))
        #expect(builder.magnitude == Magnitude(25, "years"))
        #expect(builder.quadClass == .materialCooperation)
    }

    @Test func shoiguVisitAndMilitaryCooperationAgreement() throws {
        let november2014 = try EventDate(year: 2014, month: 11)
        let visit = try #require(BuiltInCase.event("2014-11-shoigu-visit"))
        #expect(visit.date == november2014)
        #expect(visit.runs(from: "RUS", to: "PAK"))
        #expect(visit.cameo.rawValue == "042")
        #expect(visit.source.name?.contains("Sergei Shoigu") == true)
        #expect(visit.source.sector == "GOVMIL")
        let agreements = BuiltInCase.events(between: "RUS", and: "PAK").filter {
            $0.date == november2014 && $0.cameo.isWithin("057")
        }
        #expect(agreements.contains { $0.runs(from: "RUS", to: "PAK") })
        #expect(agreements.contains { $0.runs(from: "PAK", to: "RUS") })
        #expect(agreements.allSatisfy { $0.issues.contains(.military) })
    }

    @Test func fourMi35s() throws {
        let deal = try #require(BuiltInCase.event("2015-06-mi35-deal"))
        #expect(deal.date == (try EventDate(year: 2015, month: 6)))
        #expect(deal.runs(from: "RUS", to: "PAK"))
        #expect(deal.quadClass.isCooperation)
        #expect(deal.magnitude == Magnitude(4, "helicopters"))
        #expect(deal.issues.contains(.arms))
        // India objected; Russia answered that they are for fighting terrorists.
        let objection = try #require(BuiltInCase.event("2015-india-objects-to-mi35s"))
        #expect(objection.runs(from: "IND", to: "RUS") && objection.quadClass == .verbalConflict)
        let answer = try #require(BuiltInCase.event("2015-russia-answers-india-on-mi35s"))
        #expect(answer.runs(from: "RUS", to: "IND") && answer.issues.contains(.terrorism))
    }

    @Test func mi17sIn2002OverIndiasObjections() throws {
        let supply = try #require(BuiltInCase.event("2002-mi17-helicopters"))
        #expect(supply.date == EventDate(year: 2002))
        #expect(supply.date.precision == .year)
        #expect(supply.runs(from: "RUS", to: "PAK"))
        #expect(supply.cameo.isWithin("07") || supply.cameo.isWithin("06"))
        #expect(supply.magnitude == nil, "the brief says only \"several\"")
        let objection = try #require(BuiltInCase.event("2002-india-objects-to-mi17s"))
        #expect(objection.date == supply.date)
        #expect(objection.runs(from: "IND", to: "RUS"))
        #expect(objection.cameo.isWithin("11"))
    }

    @Test func rd93EnginesAreOnlyReported() throws {
        let engines = try #require(BuiltInCase.event("2015-rd93-engines"))
        #expect(engines.reported)
        #expect(engines.date == EventDate(year: 2015), "\"early 2015\" is not a month")
        #expect(engines.runs(from: "RUS", to: "PAK"))
        #expect(engines.issues.contains(.arms))
    }

    @Test func visitsAndTheCancelledSummit() throws {
        let zardari = try #require(BuiltInCase.event("2011-zardari-visit"))
        #expect(zardari.date == EventDate(year: 2011) && zardari.runs(from: "PAK", to: "RUS"))
        #expect(zardari.cameo.rawValue == "042")
        let kayani = try #require(BuiltInCase.event("2012-10-kayani-visit"))
        #expect(kayani.date == (try EventDate(year: 2012, month: 10)))
        #expect(kayani.runs(from: "PAK", to: "RUS") && kayani.source.sector == "MIL")
        let putin = try #require(BuiltInCase.event("2012-putin-cancels-islamabad-visit"))
        #expect(putin.date == EventDate(year: 2012) && putin.runs(from: "RUS", to: "PAK"))
        #expect(putin.cameo.isWithin("16"))
        #expect(!putin.quadClass.isCooperation)
        let floated = try #require(BuiltInCase.event("2009-quadrilateral-floated"))
        #expect(floated.date == EventDate(year: 2009) && floated.quadClass.isCooperation)
        // Three summits, undated beyond 2009–2012, and never a single year.
        let summits = try #require(BuiltInCase.event("2009-2012-quadrilateral-summits"))
        #expect(summits.date == (try EventDate(years: 2009, through: 2012)))
        #expect(summits.magnitude == Magnitude(3, "summits"))
        #expect(BuiltInCase.events.contains { $0.id.hasPrefix("case:2009-2012-quadrilateral") && $0.target.country == "TJK" })
    }

    @Test func badrLaunchIs2001NotTheGluedFootnote() throws {
        let badr = try #require(BuiltInCase.event("2001-badr-satellite-launch"))
        #expect(badr.date == EventDate(year: 2001))
        #expect(badr.runs(from: "RUS", to: "PAK") && badr.issues.contains(.space))
    }

    @Test func coldWarEventsKeepTheirCoarsePrecision() throws {
        let liaquat = try #require(BuiltInCase.event("1947-1951-liaquat-visits-us"))
        #expect(liaquat.date == (try EventDate(years: 1947, through: 1951)))
        #expect(liaquat.runs(from: "PAK", to: "USA") && liaquat.cameo.rawValue == "042")
        #expect(BuiltInCase.event("1947-1951-soviet-invitation")?.source.historical == "SUN")
        #expect(BuiltInCase.event("1947-1951-liaquat-passes-over-moscow")?.target.historical == "SUN")
        for slug in ["cold-war-pakistan-in-cento", "cold-war-pakistan-in-seato"] {
            let membership = try #require(BuiltInCase.event(slug))
            #expect(membership.date.precision == .years, "\(slug): the brief dates it no closer than the Cold War")
            #expect(membership.runs(from: "PAK", to: "USA") && membership.issues.contains(.alliance))
        }
        let steel = try #require(BuiltInCase.event("1970s-soviets-build-steel-mills"))
        #expect(steel.date == EventDate.decade(1970) && steel.source.historical == "SUN")
        let mujahideen = try #require(BuiltInCase.event("1980s-pakistan-trains-mujahideen"))
        #expect(mujahideen.date == EventDate.decade(1980) && mujahideen.runs(from: "PAK", to: "AFG"))
        let bangladesh = try #require(BuiltInCase.event("1970s-india-liberates-bangladesh"))
        #expect(bangladesh.date == EventDate.decade(1970) && bangladesh.quadClass == .materialConflict)
    }

    @Test func indiasLeverageOverRussia() throws {
        let arms = try #require(BuiltInCase.event("2015-india-buys-russian-arms"))
        #expect(arms.runs(from: "RUS", to: "IND"))
        #expect(arms.date == EventDate(year: 2015))
        #expect(arms.magnitude == Magnitude(2e9, "USD"))
        let parrikar = try #require(BuiltInCase.event("2014-2015-parrikar-concern"))
        #expect(parrikar.runs(from: "IND", to: "RUS") && !parrikar.quadClass.isCooperation)
        #expect(parrikar.source.name?.contains("Parrikar") == true)
    }

    @Test func theUSPakistanRupturesOf2011() throws {
        let raid = try #require(BuiltInCase.event("2011-abbottabad-raid"))
        #expect(raid.date == EventDate(year: 2011) && raid.runs(from: "USA", to: "PAK"))
        #expect(raid.quadClass == .materialConflict)
        let base = try #require(BuiltInCase.event("2011-2015-us-attack-on-pakistani-base"))
        #expect(base.quadClass == .materialConflict && base.magnitude?.amount == 24)
        let drawdown = try #require(BuiltInCase.event("2014-12-us-drawdown-from-afghanistan"))
        #expect(drawdown.date == (try EventDate(year: 2014, month: 12)) && drawdown.runs(from: "USA", to: "AFG"))
    }
}
