import EntenteModel

/// How many of an answer key's events a coding found.
///
/// A key event is *found* when some coded event has its dyad, its CAMEO root code and its year. The year rule:
/// every year the coded date can mean lies within the key event's years — a coded 2014 or November 2014 matches
/// a key event of 2014 or of November 2014 (the same year); a coded 2014 matches a key span of 2011–2015 or of
/// 2014–2015; a coded 1970s matches the 1970s and 1947–1990 but not 1975; a coded 2015 does not match the
/// 1980s. So a span in the key is matched by any year inside it, and a coarse coded date never matches a finer
/// key date.
public struct CaseRecall: Sendable {
    /// Key events found (by the rule above, each coded event may stand for several key events).
    public var found: [Event]
    public var missed: [Event]
    /// Key events found when each coded event may stand for one key event only (a maximum one-to-one matching):
    /// the stricter count, for key events that share dyad, root code and years.
    public var foundOneToOne: Int
    /// Coded events (between states, dated) that match no key event.
    public var unmatchedCoded: [Event]
    /// Whether the dyad was compared with its direction.
    public var directed: Bool

    public var keyCount: Int { found.count + missed.count }
    public var recall: Double { keyCount == 0 ? 1 : Double(found.count) / Double(keyCount) }
    public var recallOneToOne: Double { keyCount == 0 ? 1 : Double(foundOneToOne) / Double(keyCount) }
}

extension Evaluation {
    /// Whether a coded event counts as finding a key event: the same dyad (with its direction when `directed`),
    /// the same root code, and a coded date whose years lie within the key event's years.
    public static func matches(_ coded: Event, _ expected: Event, directed: Bool = true) -> Bool {
        let sameDyad =
            directed
            ? coded.source.country == expected.source.country && coded.target.country == expected.target.country
            : Dyad(coded.source.country, coded.target.country) == Dyad(expected.source.country, expected.target.country)
        return sameDyad && coded.rootCode == expected.rootCode && coded.date.start.year >= expected.date.start.year
            && coded.date.end.year <= expected.date.end.year
    }

    /// Scores coded events against an answer key (the built-in case's `BuiltInCase.events`, or any list).
    ///
    /// - Complexity: O(k · n) for k key events and n coded ones, and the matching's O(k · n · min(k, n)).
    public static func recall(of coded: [Event], against key: [Event], directed: Bool = true) -> CaseRecall {
        var result = CaseRecall(found: [], missed: [], foundOneToOne: 0, unmatchedCoded: [], directed: directed)
        var candidates: [[Int]] = []
        var used = Set<Int>()
        for expected in key {
            let hits = coded.indices.filter { matches(coded[$0], expected, directed: directed) }
            candidates.append(hits)
            used.formUnion(hits)
            if hits.isEmpty { result.missed.append(expected) } else { result.found.append(expected) }
        }
        result.unmatchedCoded = coded.indices.filter { !used.contains($0) }.map { coded[$0] }
        result.foundOneToOne = maximumMatching(candidates, right: coded.count)
        return result
    }

    /// The size of a maximum matching of left items to right items (augmenting paths; sizes here are small).
    static func maximumMatching(_ candidates: [[Int]], right: Int) -> Int {
        var owner = [Int](repeating: -1, count: right)
        func augment(_ left: Int, _ seen: inout [Bool]) -> Bool {
            for candidate in candidates[left] where !seen[candidate] {
                seen[candidate] = true
                if owner[candidate] < 0 || augment(owner[candidate], &seen) {
                    owner[candidate] = left
                    return true
                }
            }
            return false
        }
        var size = 0
        for left in candidates.indices {
            var seen = [Bool](repeating: false, count: right)
            if augment(left, &seen) { size += 1 }
        }
        return size
    }
}
