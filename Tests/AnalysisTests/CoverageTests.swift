import EntenteAnalysis
import EntenteModel
import EntenteSQLite
import Testing
import TestSupport

/// A brief or a triangle about states the data read do not cover says so, rather than reading their dyads as quiet.
struct CoverageTests {
    @Test func aStateInNoEventOfTheDataReadIsSaidToBeUncovered() throws {
        let store = try TestStores.withCase()
        try store.write(events: HandBuilt.events("aa", "ARM", "AZE", year: 2010, cooperative: 2, conflictual: 6))
        try store.write(events: HandBuilt.events("ai", "AZE", "IRN", year: 2010, cooperative: 3, conflictual: 0))
        // Georgia is in no event of the user's data (the built-in case, which is not read by default, has none either).
        let brief = try Brief.read(Brief.Request(first: "ARM", second: "AZE", focal: "GEO", context: []), from: store)
        #expect(brief.datasets.names == ["test"])
        let texts = brief.findings.map(\.text)
        #expect(texts.first?.hasPrefix("Georgia is in no event of the data read (test)") == true)
        #expect(texts.contains("Georgia–Armenia: not covered by the data read (Georgia in none of its events)."))
        #expect(!texts.contains { $0.hasPrefix("Armenia–Azerbaijan: not covered") })
        // A state of the data that merely has no events with another is quiet, not uncovered.
        let quiet = try Brief.read(Brief.Request(first: "ARM", second: "AZE", focal: "IRN", context: []), from: store)
        #expect(!quiet.findings.contains { $0.text.contains("no event of the data read") })
        #expect(quiet.findings.map(\.text).contains("Iran–Armenia: no events in the store for this period."))
    }

    @Test func aTriangleNamesTheStatesTheDataDoNotCover() throws {
        let store = try TestStores.withCase()
        try store.write(events: HandBuilt.events("aa", "ARM", "AZE", year: 2010, cooperative: 2, conflictual: 6))
        let reading = try Triangle.read(try TriangleRequest(states: ["ARM", "AZE", "GEO"], length: .year), from: store)
        #expect(reading.absentStates == ["GEO"])
        let both = try Triangle.read(try TriangleRequest(states: ["ARM", "AZE", "GEO"], length: .year, datasets: ["test", "entente-case"]), from: store)
        #expect(both.absentStates == ["GEO"])
        let present = try Triangle.read(try TriangleRequest(states: ["RUS", "PAK", "IND"], length: .year, datasets: ["entente-case"]), from: store)
        #expect(present.absentStates.isEmpty)
    }
}
