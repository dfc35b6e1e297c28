import EntenteModel

/// The JSON Lines form of a coded event: the model's `Event` columns, then the evidence.
public struct CodedEventRecord: Encodable, Sendable {
    public var event: Event
    public var coded: DocumentEvent

    enum EvidenceKeys: String, CodingKey {
        case sourceCode, targetCode, sourcePhrase, targetPhrase, sourceEntries, targetEntries
        case verb, verbBlock, pattern, patternDictionary, patternLine, sourceRule
        case sentence, sentenceNumber, characterStart, characterEnd, dateText, magnitudeText, issueCategories
    }

    public func encode(to encoder: any Encoder) throws {
        try event.encode(to: encoder)
        var container = encoder.container(keyedBy: EvidenceKeys.self)
        let evidence = coded.coded.evidence
        try container.encode(coded.coded.source.code, forKey: .sourceCode)
        try container.encode(coded.coded.target.code, forKey: .targetCode)
        try container.encode(coded.coded.source.phrase, forKey: .sourcePhrase)
        try container.encode(coded.coded.target.phrase, forKey: .targetPhrase)
        try container.encode(coded.coded.source.entries, forKey: .sourceEntries)
        try container.encode(coded.coded.target.entries, forKey: .targetEntries)
        try container.encode(evidence.verb, forKey: .verb)
        try container.encode(evidence.verbBlock, forKey: .verbBlock)
        try container.encodeIfPresent(evidence.pattern, forKey: .pattern)
        try container.encodeIfPresent(evidence.dictionary, forKey: .patternDictionary)
        try container.encodeIfPresent(evidence.dictionaryLine, forKey: .patternLine)
        try container.encode(evidence.sourceRule, forKey: .sourceRule)
        try container.encode(coded.coded.sentence, forKey: .sentence)
        try container.encode(coded.sentenceNumber, forKey: .sentenceNumber)
        try container.encode(coded.characterStart, forKey: .characterStart)
        try container.encode(coded.characterEnd, forKey: .characterEnd)
        try container.encodeIfPresent(coded.dateText, forKey: .dateText)
        try container.encodeIfPresent(coded.magnitudeText, forKey: .magnitudeText)
        try container.encode(coded.issues, forKey: .issueCategories)
    }
}

extension DocumentEvent {
    /// The JSON Lines record, when the event can be a model `Event` (a CAMEO code, two states, a date).
    public func jsonRecord() -> CodedEventRecord? {
        event.map { CodedEventRecord(event: $0, coded: self) }
    }

    /// One event for people, with its evidence.
    public var text: String {
        var lines: [String] = []
        let date = self.date.map { $0.description } ?? "undated"
        lines.append("\(coded.source.code) → \(coded.target.code)  \(coded.code)  \(date)\(magnitude.map { "  " + $0.description } ?? "")\(issues.isEmpty ? "" : "  [" + issues.joined(separator: ", ") + "]")")
        lines.append("  source: \(coded.source.phrase.isEmpty ? "(none)" : "\"" + coded.source.phrase + "\"") \(coded.source.entries.joined(separator: "; "))")
        lines.append("  target: \(coded.target.phrase.isEmpty ? "(none)" : "\"" + coded.target.phrase + "\"") \(coded.target.entries.joined(separator: "; "))")
        var verb = "  verb: \"\(coded.evidence.verb)\" in \(coded.evidence.verbBlock), source by \(coded.evidence.sourceRule)"
        if let pattern = coded.evidence.pattern {
            verb += "; pattern \(pattern)"
            if let file = coded.evidence.dictionary, let line = coded.evidence.dictionaryLine { verb += " (\(file):\(line))" }
        }
        lines.append(verb)
        if let dateText { lines.append("  date: \(dateText)") }
        lines.append("  at: \(document), \(locator)")
        lines.append("  \"\(coded.sentence)\"")
        return lines.joined(separator: "\n")
    }
}

extension CodedDocument {
    /// The document's events for people.
    public func report() -> String {
        var summary = "\(name): \(sentenceCount) \(sentenceCount == 1 ? "sentence" : "sentences"), \(events.count) \(events.count == 1 ? "event" : "events")"
        if let note = leftOutNote { summary += " (\(note))" }
        var lines = [summary]
        for event in events { lines.append(event.text) }
        for (sentence, phrase) in discarded { lines.append("  (sentence \(sentence) discarded by '\(phrase)')") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What was left out for not being between two states, said once (nil when nothing was): a side names no
    /// state, or both sides are of one; the events belong to no pair of states, and `entente code --all-sides` keeps
    /// them.
    public var leftOutNote: String? {
        guard leftOutWithoutStates > 0 else { return nil }
        let events = leftOutWithoutStates == 1 ? "1 more event" : "\(leftOutWithoutStates) more events"
        return "\(events) not between two states left out; --all-sides keeps them"
    }
}
