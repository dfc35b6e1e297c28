import EntenteCase
import EntenteModel
import Testing

/// The case has the shape of the brief's argument: the dyads it weighs, cold then warming.
@Suite struct CaseShapeTests {
    /// The dyads the brief weighs: the pair, each side's ties to the US and China, and India's to each.
    static let dyads: [(String, String)] = [
        ("RUS", "PAK"), ("USA", "PAK"), ("CHN", "PAK"), ("RUS", "CHN"), ("IND", "RUS"), ("IND", "USA"),
        ("IND", "PAK"), ("USA", "RUS"),
    ]

    @Test(arguments: dyads.map { "\($0.0)-\($0.1)" })
    func dyadIsCovered(pair: String) {
        let states = pair.split(separator: "-").map(String.init)
        #expect(!BuiltInCase.events(between: states[0], and: states[1]).isEmpty, "no event between \(pair)")
    }

    @Test func afghanistanIsInTheCase() {
        #expect(BuiltInCase.events.contains { $0.source.country == "AFG" || $0.target.country == "AFG" })
    }

    /// Counts of cooperative and conflictual events, and the mean Goldstein weight.
    static func balance(_ events: [Event]) -> (cooperation: Int, conflict: Int, meanGoldstein: Double) {
        let cooperation = events.count { $0.quadClass.isCooperation }
        let total = events.map(\.goldstein).reduce(0, +)
        return (cooperation, events.count - cooperation, events.isEmpty ? 0 : total / Double(events.count))
    }

    @Test func russiaAndPakistanWereColdThroughTheColdWar() {
        // Events that end by 1990, the year the brief says the Cold War ended.
        let coldWar = BuiltInCase.events(between: "RUS", and: "PAK").filter { $0.date.end.year <= 1990 }
        let balance = Self.balance(coldWar)
        #expect(coldWar.count >= 4)
        #expect(balance.conflict > balance.cooperation, "\(balance)")
        #expect(balance.meanGoldstein < 0, "\(balance)")
    }

    @Test func russiaAndPakistanWarmFrom2009() {
        let thaw = BuiltInCase.events(between: "RUS", and: "PAK").filter {
            $0.date.lies(within: Day(year: 2009, month: 1, day: 1), Day(year: 2015, month: 12, day: 31))
        }
        let balance = Self.balance(thaw)
        #expect(thaw.count >= 20)
        #expect(balance.cooperation >= 4 * balance.conflict, "\(balance)")
        #expect(balance.meanGoldstein > 2, "\(balance)")
        // Some of the warming is material (agreements and sales), not only talk.
        #expect(thaw.contains { $0.quadClass == .materialCooperation })
    }

    @Test func pakistanStaysTiedToTheUSAndChina() {
        let brief = (Day(year: 2015, month: 1, day: 1), Day(year: 2015, month: 12, day: 31))
        for partner in ["USA", "CHN"] {
            let now = BuiltInCase.events(between: "PAK", and: partner).filter { $0.date.overlaps(brief.0, brief.1) }
            #expect(now.contains { $0.quadClass == .materialCooperation }, "PAK–\(partner)")
        }
    }
}
