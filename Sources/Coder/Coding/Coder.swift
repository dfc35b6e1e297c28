import EntenteModel

/// Codes sentences into events with a set of dictionaries, the way TABARI did: a shallow parse of the raw
/// sentence (actor phrases, compounds, verbs, clause edges), then verb patterns, without a parse tree.
///
/// A `Coder` is an immutable value: share it across threads freely.
public struct Coder: Sendable {
    public struct Options: Sendable, Hashable {
        /// Code an event only when both a source and a target are found (PETRARCH's `require_dyad`).
        public var requireDyad: Bool
        /// When above 0, an uncoded noun phrase of at most this many words before or after the verb stands as
        /// its own actor, its words as the code (PETRARCH's `new_actor_length`).
        public var newActorLength: Int

        public init(requireDyad: Bool = true, newActorLength: Int = 0) {
            self.requireDyad = requireDyad
            self.newActorLength = newActorLength
        }
    }

    /// What coding one sentence gave.
    public struct SentenceResult: Sendable {
        public var events: [CodedEvent]
        /// The discard phrase that stopped the sentence (or the story, when `discardsStory`).
        public var discardedBy: String?
        public var discardsStory: Bool
        /// The states the sentence names, in order (country codes), for "the two countries" in the next one.
        public var statesNamed: [String] = []
    }

    public let dictionaries: DictionarySet
    public var options: Options

    public init(dictionaries: DictionarySet, options: Options = Options()) {
        self.dictionaries = dictionaries
        self.options = options
    }

    /// Codes one sentence.
    ///
    /// - Parameters:
    ///   - day: the day the sentence speaks of, for actors whose codes are dated (`[INDGOV >20140526]`).
    /// - Complexity: O(n · p) in the tokens of the sentence and the patterns of the verbs found.
    public func code(sentence: String, day: Day? = nil, sentenceIndex: Int = 0, start: Int = 0) -> SentenceResult {
        var bytes = Array(sentence.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            code(bytes: UnsafeBufferPointer(buffer), day: day, sentenceIndex: sentenceIndex, start: start)
        }
    }

    /// Codes one sentence given as UTF-8 bytes.
    ///
    /// - Parameter recentStates: states named before this sentence, most recent last, which "the two countries"
    ///   refers to.
    public func code(
        bytes: UnsafeBufferPointer<UInt8>, day: Day?, sentenceIndex: Int, start: Int, recentStates: [String] = []
    ) -> SentenceResult {
        var analysis = SentenceAnalysis(bytes: bytes, dictionaries: dictionaries, day: day, options: options)
        analysis.recentStates = recentStates
        if let discard = analysis.discard() {
            return SentenceResult(events: [], discardedBy: discard.text, discardsStory: discard.discardsStory)
        }
        analysis.findMentions()
        analysis.buildGroups()
        analysis.buildSlots()
        analysis.findVerbs()
        let found = analysis.codeVerbs()
        var events: [CodedEvent] = []
        var seen = Set<String>()
        let text = String(decoding: bytes, as: UTF8.self)
        for event in found {
            let key = event.source.code + "|" + event.target.code + "|" + event.code
            guard seen.insert(key).inserted else { continue }
            events.append(
                CodedEvent(
                    source: event.source, target: event.target, code: event.code, evidence: event.evidence,
                    sentenceIndex: sentenceIndex, sentenceStart: start, sentenceEnd: start + bytes.count, sentence: text))
        }
        return SentenceResult(events: events, discardedBy: nil, discardsStory: false, statesNamed: analysis.statesNamed)
    }
}

extension Coder {
    /// The shallow parse of a sentence, for people: actor phrases, compounds and verbs found.
    public func explain(sentence: String, day: Day? = nil) -> String {
        var bytes = Array(sentence.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var analysis = SentenceAnalysis(bytes: UnsafeBufferPointer(buffer), dictionaries: dictionaries, day: day, options: options)
            var lines: [String] = []
            lines.append("tokens: " + analysis.tokens.indices.map { "\(analysis.text($0..<($0 + 1)))\(analysis.ids[$0] < 0 ? "?" : "")" }.joined(separator: " "))
            if let discard = analysis.discard() { lines.append("discarded by '\(discard.text)'") }
            analysis.findMentions()
            analysis.buildGroups()
            analysis.buildSlots()
            analysis.findVerbs()
            for slot in analysis.slots {
                lines.append("actor: \"\(analysis.text(slot.start..<slot.end))\" → " + slot.members.map { $0.codes.joined(separator: "/") }.joined(separator: " + "))
            }
            for verb in analysis.verbs {
                let form = dictionaries.forms[Int(verb.form)]
                let block = dictionaries.blocks[Int(form.block)]
                lines.append("verb: \"\(analysis.text(verb.start..<verb.end))\" in \(block.name) \(block.codes?.description ?? "[---]")")
            }
            return lines.joined(separator: "\n")
        }
    }
}
