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
    /// cooperate economically (0311). Meeting (04) becomes 036, diplomatic cooperation (05) 032, material
    /// cooperation (06) 031–0314, aid (07) 033–0334, yielding (08) 035; other codes stay.
    var asIntent: EventCodes {
        EventCodes(forward: forward.map(Self.intent), reverse: reverse.map(Self.intent))
    }

    static func intent(_ code: String) -> String {
        switch code {
        case "060": "031"
        case "061": "0311"
        case "062": "0312"
        case "063": "0313"
        case "064": "0314"
        case "070": "033"
        case "071": "0331"
        case "072": "0332"
        case "073": "0333"
        case "074", "075": "0334"
        default:
            switch code.prefix(2) {
            case "04": "036"
            case "05": "032"
            case "08": "035"
            default: code
            }
        }
    }
}
