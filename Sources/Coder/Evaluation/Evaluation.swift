/// Precision, recall and F1 from counts of true positives, predictions and expectations.
public struct Score: Hashable, Sendable, Codable {
    public var truePositives: Int
    public var predicted: Int
    public var expected: Int

    public init(truePositives: Int = 0, predicted: Int = 0, expected: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.expected = expected
    }

    /// 1 when nothing was predicted and nothing expected.
    public var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { expected == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(expected) }
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives, predicted: lhs.predicted + rhs.predicted, expected: lhs.expected + rhs.expected)
    }

    enum CodingKeys: String, CodingKey { case precision, recall, f1, truePositives, predicted, expected }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode((precision * 10_000).rounded() / 10_000, forKey: .precision)
        try container.encode((recall * 10_000).rounded() / 10_000, forKey: .recall)
        try container.encode((f1 * 10_000).rounded() / 10_000, forKey: .f1)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(predicted, forKey: .predicted)
        try container.encode(expected, forKey: .expected)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        predicted = try container.decode(Int.self, forKey: .predicted)
        expected = try container.decode(Int.self, forKey: .expected)
    }
}

/// How a coder did on validation records: event code and whole triple, overall and per category, and the
/// records it got wrong.
public struct ValidationReport: Sendable, Codable {
    public struct Category: Sendable, Codable {
        public var records: Int
        public var passed: Int
        public var event: Score
        public var triple: Score
    }

    /// A record whose coding differs from what it expects.
    public struct Miss: Sendable, Codable {
        public var id: String
        public var category: String
        public var text: String
        public var expected: [String]
        public var got: [String]
    }

    public var records: Int
    /// Records whose coded triples are exactly the expected ones.
    public var passed: Int
    /// Records skipped: marked not to be evaluated, or outside the `<Include>` categories.
    public var skipped: Int
    public var event: Score
    public var triple: Score
    public var categories: [String: Category]
    public var misses: [Miss]
    /// Ids of records coded exactly right, for the regression floor.
    public var passedIDs: [String]
}

/// Scores a coder against validation records.
public enum Evaluation {
    /// Codes each record's raw text (never its parse tree) with the record's date and options and compares the
    /// (source, target, event) triples with the expected ones.
    ///
    /// - Complexity: one coding per record.
    public static func run(_ file: ValidationFile, coder: Coder) -> ValidationReport {
        var report = ValidationReport(
            records: 0, passed: 0, skipped: 0, event: Score(), triple: Score(), categories: [:], misses: [], passedIDs: [])
        for record in file.records {
            guard record.evaluate else {
                report.skipped += 1
                continue
            }
            var recordCoder = coder
            recordCoder.options = record.options
            let result = recordCoder.code(sentence: record.text, day: record.date)
            let got = Array(Set(result.events.map { ValidationFile.Triple(source: $0.source.code, target: $0.target.code, code: $0.code) })).sorted()
            let expected = Array(Set(record.expected)).sorted()
            let triple = Score(
                truePositives: Set(got).intersection(expected).count, predicted: got.count, expected: expected.count)
            let gotCodes = Set(got.map(\.code))
            let expectedCodes = Set(expected.map(\.code))
            let event = Score(
                truePositives: gotCodes.intersection(expectedCodes).count, predicted: gotCodes.count, expected: expectedCodes.count)
            let passed = got == expected
            report.records += 1
            report.event = report.event + event
            report.triple = report.triple + triple
            var category = report.categories[record.category] ?? ValidationReport.Category(records: 0, passed: 0, event: Score(), triple: Score())
            category.records += 1
            category.event = category.event + event
            category.triple = category.triple + triple
            if passed {
                report.passed += 1
                category.passed += 1
                report.passedIDs.append(record.id)
            } else {
                report.misses.append(
                    ValidationReport.Miss(
                        id: record.id, category: record.category, text: record.text, expected: expected.map(\.description),
                        got: got.map(\.description)))
            }
            report.categories[record.category] = category
        }
        return report
    }
}
