import EntenteModel

/// An event coded from a document, with its date, quantity, issues and where it stands.
public struct DocumentEvent: Hashable, Sendable {
    public var coded: CodedEvent
    public var document: String
    /// 1-based sentence number.
    public var sentenceNumber: Int
    /// Character (Unicode scalar) offsets of the sentence in the original text.
    public var characterStart: Int
    public var characterEnd: Int
    public var date: EventDate?
    /// The date as written, or `document date` when it came from `--date`.
    public var dateText: String?
    public var magnitude: Magnitude?
    public var magnitudeText: String?
    public var issues: [String]

    public var locator: String { "sentence \(sentenceNumber), characters \(characterStart)–\(characterEnd)" }

    /// The model's event, when the code is a CAMEO code, both actors are states and the event has a date.
    public var event: Event? {
        guard let date, let cameo = CAMEOCode(coded.code) else { return nil }
        func actor(_ coded: CodedActor) -> Actor? {
            let code = coded.code
            guard code.count >= 3, !code.hasPrefix("---") else { return nil }
            let country = String(code.prefix(3))
            let sector = code.count > 3 ? String(code.dropFirst(3)) : nil
            let name = coded.entries.first.map { entry in String(entry.prefix(while: { $0 != "(" })).trimmingCharacters(in: " ") }
            let resolution = CountryResolver.standard.country(code: country)
            if let successor = resolution?.successor {
                return Actor(successor, sector: sector, name: coded.phrase.isEmpty ? name : coded.phrase, historical: country)
            }
            return Actor(country, sector: sector, name: coded.phrase.isEmpty ? name : coded.phrase)
        }
        guard let source = actor(coded.source), let target = actor(coded.target) else { return nil }
        let summary = "\(coded.source.phrase.isEmpty ? coded.source.code : coded.source.phrase) → "
            + "\(coded.target.phrase.isEmpty ? coded.target.code : coded.target.phrase): \(cameo.name) (\(coded.evidence.verb))"
        return Event(
            id: Event.contentID(
                prefix: "coder", parts: [document, String(sentenceNumber), coded.source.code, coded.target.code, coded.code, String(coded.evidence.verbOffset)]),
            date: date, source: source, target: target, cameo: cameo, magnitude: magnitude, summary: summary,
            provenance: Provenance(dataset: "coder", document: document, locator: locator),
            issues: issues.map { Issue(IssueTagger.modelIssue($0)) })
    }
}

/// What coding a document gave.
public struct CodedDocument: Sendable {
    public var name: String
    public var sentenceCount: Int
    public var events: [DocumentEvent]
    /// Sentences dropped by a discard phrase.
    public var discarded: [(sentence: Int, phrase: String)]
    /// Events with no date in their sentence and no document date.
    public var undatedCount: Int { events.filter { $0.date == nil }.count }
    /// Events left out for not being between two states (``Coder/Options/requiresStates``).
    public var leftOutWithoutStates = 0
}

/// Codes whole documents: normalises the text, splits sentences, codes each with what the sentences before it
/// said (for "the two countries", "it", "they", "he"), and dates, measures and tags the events found.
///
/// How an event is dated (docs/coder.md explains why):
/// 1. a date the sentence attaches to the event's verb: the last verb before the date in its clause, or, for a
///    date that opens its clause ("In 2002, Russia had supplied…"), the first verb after it;
/// 2. else the date of an earlier verb of the same sentence ("was expected to visit Islamabad in 2012 … but
///    cancelled the visit");
/// 3. else, for a verb in the present or future, the document's date;
/// 4. else the date the text was last speaking of (the last date written before, not later than the document's
///    date; a heading resets it);
/// 5. else the document's date.
public struct DocumentCoder: Sendable {
    public var coder: Coder

    public init(coder: Coder) { self.coder = coder }

    /// Codes the bytes of one document.
    ///
    /// - Parameters:
    ///   - date: the document's day: dates events the sentence leaves undated and anchors relative dates.
    /// - Complexity: O(n) in the text, times the work of coding each sentence.
    public func code(bytes: [UInt8], name: String, date: Day?) -> CodedDocument {
        code(bytes: bytes, name: name, documentDate: date.map { try! EventDate(year: $0.year, month: $0.month, day: $0.day) })
    }

    /// Codes the bytes of one document whose date may be a day, a month or a year ("late 2015" is 2015).
    public func code(bytes: [UInt8], name: String, documentDate: EventDate?) -> CodedDocument {
        let normalised = TextNormaliser.normalise(bytes)
        let sentences = SentenceSplitter.sentences(in: normalised.bytes)
        var events: [DocumentEvent] = []
        var discarded: [(Int, String)] = []
        var leftOutWithoutStates = 0
        var characterCounter = CharacterCounter(bytes: bytes)
        var context = DiscourseContext(storyYear: documentDate?.start.year)
        /// The date the text is speaking of.
        var reference: DateMention?
        normalised.bytes.withUnsafeBufferPointer { buffer in
            for (index, range) in sentences.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: buffer[range])
                if Self.isHeading(slice) {
                    context.startSection()
                    reference = nil
                    continue
                }
                let dates = DateExtractor.dates(in: Array(slice), document: documentDate, referenceYear: reference.map(\.date.start.year))
                // Dated actor codes are looked up on the last day the sentence's date can mean ("in 1947" finds
                // the prime minister who took office in August 1947).
                let sentenceDay = dates.first(where: { !$0.isRelative })?.date.end ?? reference?.date.end ?? documentDate?.end
                let result = coder.code(bytes: slice, day: sentenceDay, sentenceIndex: index, start: range.lowerBound, context: context)
                context.update(with: result)
                leftOutWithoutStates += result.leftOutWithoutStates
                let previousReference = reference
                if let last = dates.last(where: { mention in documentDate.map { mention.date.start <= $0.end } ?? true }) {
                    reference = last
                }
                if let phrase = result.discardedBy {
                    discarded.append((index + 1, phrase))
                    if result.discardsStory { break }
                    continue
                }
                guard !result.events.isEmpty else { continue }
                let sentence = String(decoding: slice, as: UTF8.self)
                let attached = Self.attach(dates, to: result)
                let magnitudes = MagnitudeExtractor.magnitudes(in: sentence)
                let issues = IssueTagger.categories(of: sentence, dictionaries: coder.dictionaries)
                let originalStart = Int(normalised.originalOffsets[range.lowerBound])
                let originalEnd = Int(normalised.originalOffsets[range.upperBound - 1]) + 1
                let characterStart = characterCounter.characters(upTo: originalStart)
                let characterEnd = characterCounter.characters(upTo: originalEnd)
                for coded in result.events {
                    let verbOffset = coded.evidence.verbOffset
                    var chosen: DateMention?
                    var dateText: String?
                    if let own = attached[coded.verbIndex] {
                        chosen = own
                    } else if let earlier = (0..<coded.verbIndex).reversed().lazy.compactMap({ attached[$0] }).first {
                        chosen = earlier
                    }
                    var eventDate = chosen?.date
                    dateText = chosen?.text
                    if eventDate == nil, let documentDate, coded.tense == .present || coded.tense == .future {
                        eventDate = documentDate
                        dateText = "document date (\(coded.tense.rawValue) tense)"
                    }
                    if eventDate == nil, let previousReference {
                        eventDate = previousReference.date
                        dateText = "\(previousReference.text) (earlier in the text)"
                    }
                    if eventDate == nil, let documentDate {
                        eventDate = documentDate
                        dateText = "document date"
                    }
                    let nearestMagnitude = magnitudes.min { abs($0.range.lowerBound - verbOffset) < abs($1.range.lowerBound - verbOffset) }
                    events.append(
                        DocumentEvent(
                            coded: coded, document: name, sentenceNumber: index + 1, characterStart: characterStart,
                            characterEnd: characterEnd, date: eventDate, dateText: dateText,
                            magnitude: nearestMagnitude?.magnitude, magnitudeText: nearestMagnitude?.text, issues: issues))
                }
            }
        }
        return CodedDocument(
            name: name, sentenceCount: sentences.count, events: events, discarded: discarded, leftOutWithoutStates: leftOutWithoutStates)
    }

    /// Which date each verb of a sentence owns: a date belongs to the last verb before it in its clause, or, when
    /// it opens its clause, to the first verb after it. A verb owning several takes the first written after it
    /// that is not relative, else the nearest.
    static func attach(_ dates: [DateMention], to result: Coder.SentenceResult) -> [Int: DateMention] {
        var owned: [Int: [DateMention]] = [:]
        for mention in dates {
            let clause = result.clause(at: mention.range.lowerBound)
            if let verb = result.verbs.lastIndex(where: { $0.end <= mention.range.lowerBound && $0.clause == clause }) {
                owned[verb, default: []].append(mention)
            } else if let verb = result.verbs.firstIndex(where: { $0.start >= mention.range.upperBound && $0.clause == clause }) {
                owned[verb, default: []].append(mention)
            }
        }
        var chosen: [Int: DateMention] = [:]
        for (verb, mentions) in owned {
            let explicit = mentions.filter { !$0.isRelative }
            let pool = explicit.isEmpty ? mentions : explicit
            let span = result.verbs[verb]
            chosen[verb] = pool.first { $0.range.lowerBound >= span.end } ?? pool[pool.count - 1]
        }
        return chosen
    }

    /// A heading: a short line with no lower-case letters (`INTRODUCTION`, `THE CHINA FACTOR?`).
    static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0
        var words = 1
        for byte in bytes {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { upper += 1 }
            if byte == 0x20 { words += 1 }
        }
        return upper >= 3 && words <= 12
    }
}

/// Counts Unicode scalars up to byte offsets of a text, moving forward only.
struct CharacterCounter {
    let bytes: [UInt8]
    var byteOffset = 0
    var characters = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func characters(upTo offset: Int) -> Int {
        if offset < byteOffset {
            byteOffset = 0
            characters = 0
        }
        while byteOffset < min(offset, bytes.count) {
            if bytes[byteOffset] & 0xC0 != 0x80 { characters += 1 }
            byteOffset += 1
        }
        return characters
    }
}
