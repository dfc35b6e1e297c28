import EntenteModel
import EntenteStore

/// The kinds of Dittmer's strategic triangle, from the signs of its three ties.
public enum TriangleType: String, Sendable, Hashable, Codable, CaseIterable {
    /// All three ties positive.
    case menageATrois
    /// One pivot on good terms with two wings who are at odds.
    case romanticTriangle
    /// Two partners on good terms, both at odds with an pariah.
    case stableMarriage
    /// All three ties negative.
    case unitVeto
    /// A tie is neutral: the data do not decide the type (see ``Triangle/candidates``).
    case undetermined

    /// The type's name in text: "ménage à trois".
    public var name: String {
        switch self {
        case .menageATrois: "ménage à trois"
        case .romanticTriangle: "romantic triangle"
        case .stableMarriage: "stable marriage"
        case .unitVeto: "unit veto"
        case .undetermined: "undetermined"
        }
    }

    /// The name with its article: "a ménage à trois", "an undetermined triangle".
    public var withArticle: String {
        switch self {
        case .undetermined: "an undetermined triangle"
        case .unitVeto: "a unit veto"
        default: "a " + name
        }
    }
}

/// A state's place in a strategic triangle.
public enum TriangleRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// On good terms with the other two (every state of a ménage à trois; the two of a stable marriage).
    case partner
    /// The state of a romantic triangle on good terms with two who are at odds.
    case pivot
    /// Either of the two a pivot courts.
    case wing
    /// The one the partners of a stable marriage are at odds with.
    case pariah
    /// Every state of a unit veto: at odds with both others, none singled out (Dittmer names no pariah there).
    case adversary
}

/// Three states and their ties in one window: Dittmer's type, each state's role, and Heider's balance.
///
/// A neutral tie leaves the type undetermined: the triangle names the types still possible (``candidates``,
/// each neutral tie taken either way) and gives no roles, rather than guess. Balance is undetermined then too.
public struct Triangle: Sendable, Hashable, Codable {
    /// The three states in the order asked.
    public let states: [String]
    /// The ties between states 0–1, 0–2 and 1–2.
    public let edges: [SignedDyad]
    public let window: Window
    public let type: TriangleType
    /// Each state's role; empty when the type is undetermined.
    public let roles: [String: TriangleRole]
    /// The types the data leave possible: the type itself when determined.
    public let candidates: [TriangleType]
    public let balance: Balance

    /// A triangle from its three measured ties, matched to the states' pairs whatever their order.
    ///
    /// - Precondition: three different states and a tie for each of their pairs.
    public init(states: [String], edges: [SignedDyad], window: Window) {
        precondition(states.count == 3 && Set(states).count == 3, "a triangle needs three different states")
        let pairs = [(0, 1), (0, 2), (1, 2)]
        let ordered = pairs.map { pair in
            let dyad = Dyad(states[pair.0], states[pair.1])
            guard let edge = edges.first(where: { Dyad($0.dyad.first, $0.dyad.second) == dyad }) else {
                preconditionFailure("no tie given for \(dyad)")
            }
            return edge
        }
        self.states = states
        self.edges = ordered
        self.window = window
        let signs = ordered.map(\.sign)
        let (type, roles) = Self.classify(signs)
        self.type = type
        var named: [String: TriangleRole] = [:]
        for (index, role) in roles.enumerated() { named[states[index]] = role }
        self.roles = named
        self.candidates = type == .undetermined ? Self.candidates(signs) : [type]
        self.balance = Balance.of(signs)
    }

    /// A triangle from given signs (ties 0–1, 0–2, 1–2): for hand-built graphs.
    public init(states: [String], signs: [Sign], window: Window) {
        let pairs = [(0, 1), (0, 2), (1, 2)]
        self.init(
            states: states,
            edges: zip(pairs, signs).map { SignedDyad(dyad: Dyad(states[$0.0.0], states[$0.0.1]), window: window, sign: $0.1) },
            window: window)
    }

    /// The pairs of states the ties join, by index into ``states``.
    static let pairs = [(0, 1), (0, 2), (1, 2)]

    /// The name of tie `index` in the triangle's own order: "India–Russia".
    public func tieName(_ index: Int) -> String {
        let pair = Self.pairs[index]
        return "\(Self.name(states[pair.0]))–\(Self.name(states[pair.1]))"
    }

    /// The tie between two of the triangle's states.
    public func tie(_ first: String, _ second: String) -> SignedDyad? {
        let dyad = Dyad(first, second)
        return edges.first { Dyad($0.dyad.first, $0.dyad.second) == dyad }
    }

    /// The type of a triangle whose ties 0–1, 0–2, 1–2 have these signs, and the role of each state (none when
    /// a sign is neutral).
    public static func classify(_ signs: [Sign]) -> (TriangleType, [TriangleRole]) {
        precondition(signs.count == 3)
        guard !signs.contains(.neutral) else { return (.undetermined, []) }
        // The state that is not on tie e: tie 0–1 leaves state 2, 0–2 leaves 1, 1–2 leaves 0.
        let opposite = [2, 1, 0]
        switch signs.count(where: { $0 == .positive }) {
        case 3:
            return (.menageATrois, [.partner, .partner, .partner])
        case 2:
            let pivot = opposite[signs.firstIndex(of: .negative)!]
            return (.romanticTriangle, (0..<3).map { $0 == pivot ? .pivot : .wing })
        case 1:
            let pariah = opposite[signs.firstIndex(of: .positive)!]
            return (.stableMarriage, (0..<3).map { $0 == pariah ? .pariah : .partner })
        default:
            return (.unitVeto, [.adversary, .adversary, .adversary])
        }
    }

    /// The types possible when each neutral tie may turn out positive or negative.
    static func candidates(_ signs: [Sign]) -> [TriangleType] {
        var found: Set<TriangleType> = []
        let open = signs.indices.filter { signs[$0] == .neutral }
        for mask in 0..<(1 << open.count) {
            var filled = signs
            for (bit, index) in open.enumerated() { filled[index] = mask & (1 << bit) != 0 ? .positive : .negative }
            found.insert(classify(filled).0)
        }
        return TriangleType.allCases.filter(found.contains)
    }

    /// The triangle's name: "India–Russia–Pakistan".
    public var label: String { states.map(Self.name).joined(separator: "–") }

    /// The type with its roles in words: "a romantic triangle (Russia the pivot, India and Pakistan its wings)".
    public var reading: String {
        let name = { (code: String) in Self.name(code) }
        let holding = { (role: TriangleRole) in self.states.filter { self.roles[$0] == role }.map(name) }
        switch type {
        case .menageATrois: return "a ménage à trois (all three on good terms)"
        case .unitVeto: return "a unit veto (all three at odds)"
        case .romanticTriangle:
            return "a romantic triangle (\(holding(.pivot).joined()) the pivot, \(holding(.wing).joined(separator: " and ")) its wings)"
        case .stableMarriage:
            return "a stable marriage (\(holding(.partner).joined(separator: " and ")) partners, \(holding(.pariah).joined()) the pariah)"
        case .undetermined:
            let neutral = edges.indices.filter { edges[$0].sign == .neutral }.map(tieName)
            let possible = candidates.count == 4 ? "any type" : Format.list(candidates.map(\.withArticle), conjunction: "or")
            return "undetermined (\(Format.list(neutral, conjunction: "and")) unsigned: it could be \(possible))"
        }
    }

    /// The signs of the three ties in words: "India–Russia +, India–Pakistan −, Russia–Pakistan +".
    public var signs: String {
        edges.indices.map { "\(tieName($0)) \(edges[$0].sign.symbol)" }.joined(separator: ", ")
    }

    static func name(_ code: String) -> String { CountryResolver.standard.name(of: code) }

}

/// A triangle changing type, or keeping its type with the roles moved, from one window to a later one.
public struct TriangleTransition: Sendable, Hashable, Codable {
    public let from: Triangle
    public let to: Triangle
    /// The ties whose sign differs between the two windows.
    public let changed: [Dyad]
    /// The weightiest events on the changed ties in the later window: a few, however many there are.
    public let evidence: [String]
    /// How many events the changed ties hold in the later window.
    public let evidenceCount: Int

    /// The transition in words.
    public var text: String {
        let ties = to.edges.indices.filter { changed.contains(Dyad(to.edges[$0].dyad.first, to.edges[$0].dyad.second)) }
            .map { "\(to.tieName($0)) turned \(to.edges[$0].sign)" }
        let verb = from.type == to.type ? "stays \(to.type.withArticle) with its roles moved: from" : "turns from"
        let tail = ties.isEmpty ? "" : "; " + ties.joined(separator: ", ")
        return "\(from.window) → \(to.window): \(to.label) \(verb) \(from.reading) into \(to.reading)\(tail)."
    }
}

extension Triangle {
    /// The triangle of three states in every period where any of their ties has events, each tie read as
    /// ``SignedDyad/byPeriod(_:band:)`` reads it: from the period alone when that is clear, else from its stretch.
    ///
    /// - Parameter series: the series of the ties 0–1, 0–2 and 1–2, of one period length.
    public static func series(states: [String], series: [DyadSeries], band: NeutralBand = .standard) -> [Triangle] {
        precondition(states.count == 3 && series.count == 3)
        let ties = series.map { SignedDyad.byPeriod($0, band: band) }
        let periods = Set(series.flatMap { $0.points.filter { $0.events > 0 }.map(\.period) })
        return periods.sorted().map { period in
            let window = Window(period)
            let edges = zip(series, ties).map { edge, byPeriod in
                byPeriod[period] ?? SignedDyad(dyad: edge.dyad, points: [], window: window, band: band)
            }
            return Triangle(states: states, edges: edges, window: window)
        }
    }

    /// The changes between consecutive determined triangles: of type, or of roles within a type.
    ///
    /// Undetermined windows between two determined ones are passed over (the change is reported between the
    /// determined windows around them), since the data say nothing either way there.
    /// - Parameter evidence: the weightiest few events on some ties over a window, and how many there are in all.
    public static func transitions(
        _ triangles: [Triangle], evidence: ([Dyad], Window) throws -> (ids: [String], count: Int)
    ) rethrows -> [TriangleTransition] {
        let determined = triangles.filter { $0.type != .undetermined }
        guard determined.count >= 2 else { return [] }
        var transitions: [TriangleTransition] = []
        for (from, to) in zip(determined, determined.dropFirst()) where from.type != to.type || from.roles != to.roles {
            let changed = zip(from.edges, to.edges).filter { $0.sign != $1.sign }.map { Dyad($0.1.dyad.first, $0.1.dyad.second) }
            let found = try evidence(changed, to.window)
            transitions.append(TriangleTransition(from: from, to: to, changed: changed, evidence: found.ids, evidenceCount: found.count))
        }
        return transitions
    }

    /// The transitions with no evidence read.
    public static func transitions(_ triangles: [Triangle]) -> [TriangleTransition] {
        transitions(triangles) { _, _ in ([], 0) }
    }

    /// The evidence of in-memory events: on the ties, in the window, the weightiest `limit`.
    public static func evidence(in events: [Event], limit: Int = Shift.evidenceLimit) -> ([Dyad], Window) -> (ids: [String], count: Int) {
        { ties, window in
            let on = events.filter { event in
                ties.contains { $0.contains(source: event.source.country, target: event.target.country) } && window.share(of: event.date) > 0
            }
            return (on.sorted(by: EventSummary.weightier).prefix(limit).map(\.id), on.count)
        }
    }
}
