import EntenteModel

/// Small pieces of HTML and SVG writing shared by the document, the charts and the dashboard.
public enum HTML {
    /// Text made safe for element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A stable element id for an event, safe in URLs and CSS selectors: `ev-` and a hash of the event's id.
    public static func anchor(for eventID: String) -> String { "ev-" + StableHash.hex(eventID) }

    /// A coordinate with at most one decimal, without a locale: `12.5`, `-3`, `400`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths == tenths.rounded(.towardZero), Int(tenths) % 10 == 0 { return String(Int(tenths) / 10) }
        return String(tenths / 10)
    }

    /// An id made of letters, digits and hyphens from any text.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(Character(scalar)) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.lowercased()
    }
}
