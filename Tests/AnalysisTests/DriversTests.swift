import EntenteAnalysis
import EntenteModel
import Testing

struct DriversTests {
    static let events: [Event] = [
        // Russia → Pakistan, cooperative, 2015.
        HandBuilt.event("e1", HandBuilt.month(2015, 3), "RUS", "PAK", "057", issues: ["energy"]),
        HandBuilt.event("e2", HandBuilt.month(2015, 6), "RUS", "PAK", "062", issues: ["energy", "arms"]),
        HandBuilt.event("e3", HandBuilt.month(2015, 7), "RUS", "PAK", "042"),
        HandBuilt.event("e4", HandBuilt.month(2015, 9), "RUS", "PAK", "072", issues: ["arms"]),
        // Russia → Pakistan, conflictual, 2015.
        HandBuilt.event("k1", HandBuilt.month(2015, 2), "RUS", "PAK", "111", issues: ["terrorism"]),
        // Pakistan → Russia, cooperative, 2014 and 2015.
        HandBuilt.event("p1", HandBuilt.month(2014, 5), "PAK", "RUS", "042", issues: ["diplomacy"]),
        HandBuilt.event("p2", HandBuilt.month(2015, 5), "PAK", "RUS", "057", issues: ["arms"]),
        // Another pair: not counted.
        HandBuilt.event("x1", HandBuilt.month(2015, 5), "RUS", "IND", "057", issues: ["arms"]),
        // Dated only to 2015: spread over the two halves of the year by days.
        HandBuilt.event("y1", EventDate(year: 2015), "PAK", "RUS", "057", issues: ["trade"]),
    ]

    /// By hand: e1 gives energy 1; e2 energy ½ and arms ½; e3 untagged 1; e4 arms 1. Total 4: energy 1.5 (37.5 %),
    /// arms 1.5 (37.5 %), untagged 1 (25 %).
    @Test func sharesMatchAHandCount() throws {
        let drivers = Drivers(first: "RUS", second: "PAK", events: Self.events, windows: [HandBuilt.window(2015)])
        let mix = try #require(drivers.mix(side: "RUS", tone: .cooperative, window: HandBuilt.window(2015)))
        #expect(mix.total == 4)
        #expect(mix.share(of: "energy") == 0.375)
        #expect(mix.share(of: "arms") == 0.375)
        #expect(mix.share(of: Drivers.untagged) == 0.25)
        #expect(mix.shares.reduce(0) { $0 + $1.share } == 1)
        #expect(Set(mix.shares.first { $0.issue == "energy" }?.events ?? []) == ["e1", "e2"])
        #expect(Set(mix.shares.first { $0.issue == "arms" }?.events ?? []) == ["e2", "e4"])
        #expect(mix.shares.first { $0.issue == "arms" }?.eventCount == 2)
        let conflict = try #require(drivers.mix(side: "RUS", tone: .conflictual, window: HandBuilt.window(2015)))
        #expect(conflict.total == 1)
        #expect(conflict.shares.map(\.issue) == ["terrorism"])
        #expect(drivers.mix(side: "PAK", tone: .conflictual, window: HandBuilt.window(2015)) == nil)
    }

    @Test func aCoarseDateCountsForItsShareOfEachWindow() throws {
        let first = Window(Day(year: 2015, month: 1, day: 1), Day(year: 2015, month: 6, day: 30))
        let second = Window(Day(year: 2015, month: 7, day: 1), Day(year: 2015, month: 12, day: 31))
        let drivers = Drivers(first: "RUS", second: "PAK", events: Self.events, windows: [first, second])
        let early = try #require(drivers.mix(side: "PAK", tone: .cooperative, window: first))
        let late = try #require(drivers.mix(side: "PAK", tone: .cooperative, window: second))
        // p2 (May) is in the first half; y1 spreads 181/365 and 184/365.
        #expect(abs(early.total - (1 + 181.0 / 365)) < 1e-12)
        #expect(abs(late.total - 184.0 / 365) < 1e-12)
        #expect(late.shares.map(\.issue) == ["trade"])
    }

    @Test func theMixMovesBetweenWindows() throws {
        let drivers = Drivers(first: "RUS", second: "PAK", events: Self.events, windows: [HandBuilt.window(2014), HandBuilt.window(2015)])
        let movement = try #require(drivers.movements.first { $0.side == "PAK" && $0.issue == "diplomacy" })
        #expect(movement.before == 1)
        #expect(movement.after == 0)
        #expect(drivers.findings.contains { $0.text.contains("Pakistan's cooperative events toward Russia in 2015") })
        let arms = try #require(drivers.movements.first { $0.side == "PAK" && $0.issue == "arms" })
        #expect(arms.events == ["p2"])
    }
}
