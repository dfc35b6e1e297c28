import EntenteAnalysis
import EntenteModel
import Testing

struct BalanceTests {
    /// Heider: balanced when the product of the signs is positive.
    @Test(arguments: [
        ([Sign.positive, .positive, .positive], Balance.balanced),
        ([.positive, .negative, .negative], .balanced),
        ([.negative, .positive, .negative], .balanced),
        ([.positive, .positive, .negative], .unbalanced),
        ([.negative, .negative, .negative], .unbalanced),
        ([.positive, .neutral, .negative], .undetermined),
    ])
    func triad(signs: [Sign], balance: Balance) {
        #expect(Balance.of(signs) == balance)
    }

    /// A hand-built signed graph of four states: A and B friends, C and D friends, the two camps at odds, except
    /// that B and C are friends too. Its four triads by hand: ABC (+ − +) unbalanced, ABD (+ − −) balanced,
    /// ACD (− − +) balanced, BCD (+ − +) unbalanced.
    @Test func shareOfBalancedTriadsInASet() {
        let signs: [Dyad: Sign] = [
            Dyad("A", "B"): .positive, Dyad("C", "D"): .positive, Dyad("A", "C"): .negative, Dyad("A", "D"): .negative,
            Dyad("B", "D"): .negative, Dyad("B", "C"): .positive,
        ]
        let window = HandBuilt.window(2015)
        let measure = StructuralBalance(states: ["A", "B", "C", "D"], window: window) { first, second in
            SignedDyad(dyad: Dyad(first, second), window: window, sign: signs[Dyad(first, second)]!)
        }
        #expect(measure.triangles.map { $0.states.joined() } == ["ABC", "ABD", "ACD", "BCD"])
        #expect(measure.triangles.map(\.balance) == [.unbalanced, .balanced, .balanced, .unbalanced])
        #expect(measure.balanced == 2)
        #expect(measure.unbalanced == 2)
        #expect(measure.share == 0.5)
    }

    @Test func undeterminedTriadsAreLeftOutOfTheShare() {
        let window = HandBuilt.window(2015)
        let measure = StructuralBalance(states: ["A", "B", "C", "D"], window: window) { first, second in
            let sign: Sign = (first == "D" || second == "D") ? .neutral : .positive
            return SignedDyad(dyad: Dyad(first, second), window: window, sign: sign)
        }
        #expect(measure.balanced == 1)
        #expect(measure.undetermined == 3)
        #expect(measure.share == 1)
        let unknown = StructuralBalance(states: ["A", "B", "C"], window: window) { SignedDyad(dyad: Dyad($0, $1), window: window, sign: .neutral) }
        #expect(unknown.share == nil)
    }
}
