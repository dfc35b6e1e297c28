import EntenteModel

/// How many of an answer key's events a coding found: same states (either direction), same CAMEO root code,
/// same year.
public struct CaseRecall: Sendable {
    public var found: [Event]
    public var missed: [Event]
    public var recall: Double { found.count + missed.count == 0 ? 1 : Double(found.count) / Double(found.count + missed.count) }
}

extension Evaluation {
    /// Scores coded events against an answer key (the built-in case's `BuiltInCase.events`, or any list).
    ///
    /// - Complexity: O(k · n) for k key events and n coded ones.
    public static func recall(of coded: [Event], against key: [Event]) -> CaseRecall {
        var result = CaseRecall(found: [], missed: [])
        for expected in key {
            let hit = coded.contains { event in
                Dyad(event.source.country, event.target.country) == Dyad(expected.source.country, expected.target.country)
                    && event.rootCode == expected.rootCode && event.date.year == expected.date.year
            }
            if hit { result.found.append(expected) } else { result.missed.append(expected) }
        }
        return result
    }
}
