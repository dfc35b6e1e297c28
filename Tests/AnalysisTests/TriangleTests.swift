import EntenteAnalysis
import EntenteModel
import Testing

struct TriangleTests {
    static let states = ["A", "B", "C"]
    static let window = HandBuilt.window(2015)

    static func triangle(_ signs: [Sign], window: Window = TriangleTests.window) -> Triangle {
        Triangle(states: states, signs: signs, window: window)
    }

    /// Every sign pattern of the ties A–B, A–C, B–C: Dittmer's type, each state's role, Heider's balance.
    @Test(arguments: [
        ([Sign.positive, .positive, .positive], TriangleType.menageATrois, [TriangleRole.partner, .partner, .partner], Balance.balanced),
        ([.positive, .positive, .negative], .romanticTriangle, [.pivot, .wing, .wing], .unbalanced),  // A courts B and C
        ([.positive, .negative, .positive], .romanticTriangle, [.wing, .pivot, .wing], .unbalanced),  // B courts A and C
        ([.negative, .positive, .positive], .romanticTriangle, [.wing, .wing, .pivot], .unbalanced),  // C courts A and B
        ([.positive, .negative, .negative], .stableMarriage, [.partner, .partner, .pariah], .balanced),  // A and B against C
        ([.negative, .positive, .negative], .stableMarriage, [.partner, .pariah, .partner], .balanced),  // A and C against B
        ([.negative, .negative, .positive], .stableMarriage, [.pariah, .partner, .partner], .balanced),  // B and C against A
        ([.negative, .negative, .negative], .unitVeto, [.adversary, .adversary, .adversary], .unbalanced),
    ])
    func everyTypeAndRole(signs: [Sign], type: TriangleType, roles: [TriangleRole], balance: Balance) {
        let triangle = Self.triangle(signs)
        #expect(triangle.type == type)
        #expect(Self.states.map { triangle.roles[$0] } == roles)
        #expect(triangle.balance == balance)
        #expect(triangle.candidates == [type])
    }

    /// A neutral tie leaves the type undetermined, with no roles, and names the types still possible.
    @Test(arguments: [
        ([Sign.neutral, .positive, .positive], [TriangleType.menageATrois, .romanticTriangle]),
        ([.neutral, .negative, .negative], [.stableMarriage, .unitVeto]),
        ([.neutral, .positive, .negative], [.romanticTriangle, .stableMarriage]),
        ([.neutral, .neutral, .positive], [.menageATrois, .romanticTriangle, .stableMarriage]),
        ([.neutral, .neutral, .neutral], [.menageATrois, .romanticTriangle, .stableMarriage, .unitVeto]),
    ])
    func neutralTiesLeaveTheTypeOpen(signs: [Sign], candidates: [TriangleType]) {
        let triangle = Self.triangle(signs)
        #expect(triangle.type == .undetermined)
        #expect(triangle.roles.isEmpty)
        #expect(triangle.balance == .undetermined)
        #expect(triangle.candidates == candidates)
    }

    static let representatives: [TriangleType: [Sign]] = [
        .menageATrois: [.positive, .positive, .positive], .romanticTriangle: [.positive, .positive, .negative],
        .stableMarriage: [.positive, .negative, .negative], .unitVeto: [.negative, .negative, .negative],
    ]

    static let typePairs: [(TriangleType, TriangleType)] = {
        let types: [TriangleType] = [.menageATrois, .romanticTriangle, .stableMarriage, .unitVeto]
        return types.flatMap { from in types.filter { $0 != from }.map { (from, $0) } }
    }()

    /// Every change of type between two periods is a transition, naming the ties that changed and their events.
    @Test(arguments: TriangleTests.typePairs)
    func everyTransition(from: TriangleType, to: TriangleType) {
        let earlier = Self.triangle(Self.representatives[from]!, window: HandBuilt.window(2014))
        let later = Self.triangle(Self.representatives[to]!, window: HandBuilt.window(2015))
        let events = [
            HandBuilt.event("ab", HandBuilt.month(2015, 3), "A", "B", "057"),
            HandBuilt.event("ac", HandBuilt.month(2015, 3), "C", "A", "111"),
            HandBuilt.event("bc", HandBuilt.month(2015, 3), "B", "C", "057"),
            HandBuilt.event("old", HandBuilt.month(2014, 3), "B", "C", "057"),
        ]
        let transitions = Triangle.transitions([earlier, later], evidence: Triangle.evidence(in: events))
        #expect(transitions.count == 1)
        let transition = transitions[0]
        #expect(transition.from.type == from)
        #expect(transition.to.type == to)
        let changed = zip(Self.representatives[from]!, Self.representatives[to]!).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { [Dyad("A", "B"), Dyad("A", "C"), Dyad("B", "C")][$0.offset] }
        #expect(transition.changed == changed)
        let dyadOf = ["ab": Dyad("A", "B"), "ac": Dyad("A", "C"), "bc": Dyad("B", "C")]
        #expect(Set(transition.evidence) == Set(["ab", "ac", "bc"].filter { changed.contains(dyadOf[$0]!) }))
        #expect(transition.text.contains("turns from \(from == .unitVeto ? "a unit veto" : "a " + from.name)"))
    }

    @Test func aNewPivotIsATransitionWithinTheType() {
        let aCourts = Self.triangle([.positive, .positive, .negative], window: HandBuilt.window(2014))
        let cCourts = Self.triangle([.negative, .positive, .positive], window: HandBuilt.window(2015))
        let transitions = Triangle.transitions([aCourts, cCourts])
        #expect(transitions.count == 1)
        #expect(transitions[0].text.contains("with its roles moved"))
    }

    @Test func undeterminedPeriodsArePassedOverAndSameTypesAreNoTransition() {
        let triangles = [
            Self.triangle([.positive, .positive, .positive], window: HandBuilt.window(2012)),
            Self.triangle([.neutral, .positive, .positive], window: HandBuilt.window(2013)),
            Self.triangle([.positive, .positive, .positive], window: HandBuilt.window(2014)),
            Self.triangle([.positive, .negative, .negative], window: HandBuilt.window(2015)),
        ]
        let transitions = Triangle.transitions(triangles)
        #expect(transitions.count == 1)
        #expect(transitions[0].from.window == HandBuilt.window(2014))
        #expect(transitions[0].to.type == .stableMarriage)
    }

    @Test func tiesAreMatchedToTheirPairsWhateverTheirOrder() {
        let window = Self.window
        let edges = [
            SignedDyad(dyad: Dyad("C", "B"), window: window, sign: .negative),
            SignedDyad(dyad: Dyad("A", "B"), window: window, sign: .positive),
            SignedDyad(dyad: Dyad("C", "A"), window: window, sign: .positive),
        ]
        let triangle = Triangle(states: ["A", "B", "C"], edges: edges, window: window)
        #expect(triangle.type == .romanticTriangle)
        #expect(triangle.roles["A"] == .pivot)
        #expect(triangle.tie("B", "C")?.sign == .negative)
    }

    /// The triangle of a period comes from the three dyads' series of that period.
    @Test func seriesOfTriangles() {
        let events = HandBuilt.events("ab14", "A", "B", year: 2014, cooperative: 6, conflictual: 0)
            + HandBuilt.events("ac14", "A", "C", year: 2014, cooperative: 6, conflictual: 0)
            + HandBuilt.events("bc14", "B", "C", year: 2014, cooperative: 0, conflictual: 6)
            + HandBuilt.events("ab15", "A", "B", year: 2015, cooperative: 6, conflictual: 0)
            + HandBuilt.events("ac15", "A", "C", year: 2015, cooperative: 6, conflictual: 0)
            + HandBuilt.events("bc15", "B", "C", year: 2015, cooperative: 6, conflictual: 0)
        let series = [Dyad("A", "B"), Dyad("A", "C"), Dyad("B", "C")].map { dyad in
            DyadSeries.make(dyad: dyad, aggregates: Aggregates.of(events), by: .year)
        }
        let triangles = Triangle.series(states: ["A", "B", "C"], series: series)
        #expect(triangles.map(\.type) == [.romanticTriangle, .menageATrois])
        let transitions = Triangle.transitions(triangles, evidence: Triangle.evidence(in: events))
        #expect(transitions.count == 1)
        #expect(transitions[0].changed == [Dyad("B", "C")])
        // The weightiest few of the six events on the tie that changed are named, all six counted.
        #expect(transitions[0].evidence.count == Shift.evidenceLimit)
        #expect(transitions[0].evidenceCount == 6)
        #expect(transitions[0].evidence.allSatisfy { $0.hasPrefix("bc15") })
    }
}
