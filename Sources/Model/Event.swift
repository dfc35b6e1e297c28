/// One thing one state did to another, on a date, as a source reports it.
///
/// An event's identity is stable: the dataset's own id where it has one (`gdelt:498001234`), a content hash
/// otherwise, so that reading the same source again never makes a second event.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var date: EventDate
    public var source: Actor
    public var target: Actor
    public var cameo: CAMEOCode
    /// The Goldstein weight of this event: the codebook's value for its code unless the source gives its own.
    public var goldstein: Double
    public var magnitude: Magnitude?
    /// One line in our words on what happened.
    public var summary: String
    public var provenance: Provenance
    public var issues: [Issue]
    /// True when the source reports it as unconfirmed ("unsubstantiated reports said…").
    public var reported: Bool
    /// True for a what-if event that never happened.
    public var hypothetical: Bool
    /// How many mentions, sources and articles the dataset counted (GDELT), when it did.
    public var mentions: Int?
    public var sources: Int?
    public var articles: Int?

    public init(
        id: String, date: EventDate, source: Actor, target: Actor, cameo: CAMEOCode, goldstein: Double? = nil,
        magnitude: Magnitude? = nil, summary: String, provenance: Provenance, issues: [Issue] = [],
        reported: Bool = false, hypothetical: Bool = false, mentions: Int? = nil, sources: Int? = nil,
        articles: Int? = nil
    ) {
        self.id = id
        self.date = date
        self.source = source
        self.target = target
        self.cameo = cameo
        self.goldstein = goldstein ?? cameo.goldstein
        self.magnitude = magnitude
        self.summary = summary
        self.provenance = provenance
        self.issues = issues
        self.reported = reported
        self.hypothetical = hypothetical
        self.mentions = mentions
        self.sources = sources
        self.articles = articles
    }

    public var rootCode: String { cameo.rootCode }
    public var quadClass: QuadClass { cameo.quadClass }
    public var citation: String { provenance.citation }

    /// A content id for sources without ids of their own: the same content always gives the same id.
    ///
    /// - Parameter prefix: the dataset, so that ids of different sources never meet.
    public static func contentID(prefix: String, parts: [String]) -> String {
        prefix + ":" + StableHash.hex(parts.joined(separator: "\u{1F}"))
    }
}

/// A 64-bit FNV-1a hash written in hex: stable across runs and machines (unlike `Hasher`).
public enum StableHash {
    /// FNV-1a's offset basis: the hash of no bytes.
    @inlinable public static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The hash of `text`'s UTF-8 bytes.
    public static func value(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { value(UnsafeRawBufferPointer($0)) }
    }

    /// The hash of `bytes`; with `seed` the hash of bytes before them, the hash of those and these together.
    @inlinable
    public static func value(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func hex(_ text: String) -> String {
        let digits = String(value(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
