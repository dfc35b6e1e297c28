/// What the sentences before this one said, for the words that point back to it: "the two countries",
/// "they"/"their", "it"/"its", "he"/"his".
///
/// ``DocumentCoder`` keeps one per document and updates it after each sentence; a sentence coded alone has an
/// empty context, and then only what the sentence itself names before such a word can resolve it.
public struct DiscourseContext: Sendable, Hashable {
    /// States by salience: each mention adds 1, and every sentence multiplies what was there by `decay`, so the
    /// states a passage keeps naming outrank one named once in the last sentence.
    public private(set) var salience: [String: Double] = [:]
    /// The order states were last named in, for ties.
    private var lastNamed: [String: Int] = [:]
    private var sentenceCount = 0
    /// The subject of the previous sentence (its codes), for "it"/"its".
    public var previousSubject: [String] = []
    /// The last person-like actor named (a leader, an official), for "he"/"his".
    public var lastPerson: [String] = []
    /// Groups defined by their members ("a quadrilateral of Russia, Afghanistan, Tajikistan and Pakistan"), by
    /// their noun (upper case), for a later "the quadrilateral".
    public var groups: [String: [String]] = [:]

    /// Who is quoted, for the quotation's "we" and "our" (set while a quotation is coded: ``Coder``).
    public var speaker: [String] = []
    /// The year the story is dated in, when known: a year its sentences name before it is history retold.
    public var storyYear: Int?

    public static let decay = 0.8

    public init(storyYear: Int? = nil) {
        self.storyYear = storyYear
    }

    /// The two most salient states, most salient first; empty when fewer than two were named.
    public var salientPair: [String] {
        let ranked = salience.keys.sorted { a, b in
            let (left, right) = (salience[a]!, salience[b]!)
            if abs(left - right) > 1e-9 { return left > right }
            return (lastNamed[a] ?? 0) > (lastNamed[b] ?? 0)
        }
        return ranked.count >= 2 ? Array(ranked.prefix(2)) : []
    }

    /// Takes in what a sentence named.
    public mutating func update(with result: Coder.SentenceResult) {
        sentenceCount += 1
        for key in salience.keys { salience[key]! *= Self.decay }
        for state in result.statesNamed {
            salience[state, default: 0] += 1
            lastNamed[state] = sentenceCount
        }
        for (state, value) in salience where value < 0.01 { salience[state] = nil }
        if !result.subject.isEmpty { previousSubject = result.subject }
        if !result.person.isEmpty { lastPerson = result.person }
        groups.merge(result.groupsNamed) { _, new in new }
    }

    /// Forgets the subject and person (at a heading), keeping the states' salience.
    public mutating func startSection() {
        previousSubject = []
        lastPerson = []
    }
}
