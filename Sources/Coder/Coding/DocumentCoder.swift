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
            id: Event.contentID(prefix: "coder", parts: [document, String(sentenceNumber), coded.source.code, coded.target.code, coded.code]),
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
}

/// Codes whole documents: normalises the text, splits sentences, codes each, and dates, measures and tags the
/// events found.
public struct DocumentCoder: Sendable {
    public var coder: Coder

    public init(coder: Coder) { self.coder = coder }

    /// Codes the bytes of one document.
    ///
    /// - Parameters:
    ///   - date: the document's day: dates events the sentence leaves undated and anchors relative dates.
    /// - Complexity: O(n) in the text, times the work of coding each sentence.
    public func code(bytes: [UInt8], name: String, date: Day?) -> CodedDocument {
        let normalised = TextNormaliser.normalise(bytes)
        let sentences = SentenceSplitter.sentences(in: normalised.bytes)
        var events: [DocumentEvent] = []
        var discarded: [(Int, String)] = []
        var characterCounter = CharacterCounter(bytes: bytes)
        var recentStates: [String] = []
        normalised.bytes.withUnsafeBufferPointer { buffer in
            for (index, range) in sentences.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: buffer[range])
                let sentence = String(decoding: slice, as: UTF8.self)
                let dates = DateExtractor.dates(in: sentence, documentDate: date)
                let sentenceDay = dates.first.map(\.date.start) ?? date
                let result = coder.code(
                    bytes: slice, day: sentenceDay, sentenceIndex: index, start: range.lowerBound, recentStates: recentStates)
                recentStates = Array((recentStates + result.statesNamed).suffix(8))
                if let phrase = result.discardedBy {
                    discarded.append((index + 1, phrase))
                    if result.discardsStory { break }
                    continue
                }
                guard !result.events.isEmpty else { continue }
                let magnitudes = MagnitudeExtractor.magnitudes(in: sentence)
                let issues = IssueTagger.categories(of: sentence, dictionaries: coder.dictionaries)
                let originalStart = Int(normalised.originalOffsets[range.lowerBound])
                let originalEnd = Int(normalised.originalOffsets[range.upperBound - 1]) + 1
                let characterStart = characterCounter.characters(upTo: originalStart)
                let characterEnd = characterCounter.characters(upTo: originalEnd)
                for coded in result.events {
                    let verbOffset = coded.evidence.verbOffset
                    let nearestDate = dates.min { abs($0.range.lowerBound - verbOffset) < abs($1.range.lowerBound - verbOffset) }
                    let nearestMagnitude = magnitudes.min { abs($0.range.lowerBound - verbOffset) < abs($1.range.lowerBound - verbOffset) }
                    events.append(
                        DocumentEvent(
                            coded: coded, document: name, sentenceNumber: index + 1, characterStart: characterStart,
                            characterEnd: characterEnd, date: nearestDate?.date ?? date.map { try! EventDate(year: $0.year, month: $0.month, day: $0.day) },
                            dateText: nearestDate?.text ?? (date == nil ? nil : "document date"),
                            magnitude: nearestMagnitude?.magnitude, magnitudeText: nearestMagnitude?.text, issues: issues))
                }
            }
        }
        return CodedDocument(name: name, sentenceCount: sentences.count, events: events, discarded: discarded)
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
