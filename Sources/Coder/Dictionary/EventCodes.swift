/// The event code a verb or pattern gives, as PETRARCH writes it in brackets.
///
/// `[042]` codes source → target; `[042:043]` also codes the reverse event target → source (a visit made and a
/// visit hosted); `[:173]` codes only the reverse; `[---]` codes nothing (the verb needs a pattern). Codes are
/// kept as written: the validation dictionaries use WEIS-era and made-up codes (`174K`, `903`).
public struct EventCodes: Hashable, Sendable, CustomStringConvertible {
    public var forward: String?
    public var reverse: String?

    public init(forward: String?, reverse: String? = nil) {
        self.forward = forward
        self.reverse = reverse
    }

    /// Reads the text between the brackets; nil when it is not a code.
    public init?(bracketed text: Substring) {
        let trimmed = text.trimmingCharacters(in: " \t")
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return nil }
        func code(_ part: Substring) -> String? {
            let value = part.trimmingCharacters(in: " \t").uppercased()
            return value.isEmpty || value == "---" ? nil : value
        }
        if let colon = trimmed.firstIndex(of: ":") {
            forward = code(trimmed[..<colon])
            reverse = code(trimmed[trimmed.index(after: colon)...])
        } else {
            forward = code(trimmed[...])
            reverse = nil
        }
    }

    /// Whether this codes no event at all.
    public var isEmpty: Bool { forward == nil && reverse == nil }

    public var description: String {
        switch (forward, reverse) {
        case (let forward?, nil): "[\(forward)]"
        case (let forward, let reverse?): "[\(forward ?? ""):\(reverse)]"
        default: "[---]"
        }
    }
}

extension EventCodes {
    /// The codes as an intent to do what they say (CAMEO's 03 family): "will help modernise" (061) is an intent to
    /// cooperate economically (0311); other codes stay.
    var asIntent: EventCodes {
        EventCodes(forward: forward.map(Self.intent), reverse: reverse.map(Self.intent))
    }

    /// The intent to do what `code` says, by the same table a complement uses ("promised to release": 030 and 084
    /// give 0353), so that "will release" and "promised to release" are one code; the code itself when it has none.
    static func intent(_ code: String) -> String {
        composed(governing: "030", complement: code) ?? code
    }
}
