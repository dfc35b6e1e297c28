import Foundation

/// Numbers written the same way everywhere, without a locale: `+0.85`, `−0.40`, `12.5`, `1,100`.
public enum Format {
    /// "a, b or c": items joined as English lists them.
    public static func list(_ items: [String], conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// `places` decimals, a true minus sign for negatives.
    public static func decimal(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var text = grouped(whole)
        if places > 0 {
            let fraction = String(scaled % Int(scale))
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? "−" + text : text
    }

    /// Like ``decimal(_:places:)`` with a `+` on positives: for indices and changes.
    public static func signed(_ value: Double, places: Int = 2) -> String {
        let text = decimal(value, places: places)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }

    /// A ratio such as observed over expected: whole from 10 (`129`), one decimal from 1 (`2.3`), one significant digit
    /// below (`0.4`, `0.05`), so that a small ratio never reads as 0.
    public static func ratio(_ value: Double) -> String {
        guard value < 1, value > 0 else { return decimal(value, places: value < 10 ? 1 : 0) }
        return decimal(value, places: min(4, max(1, Int(-floor(log10(value))))))
    }

    /// A ratio given by its natural log (an engagement, a change in it), as ``ratio(_:)`` writes it.
    public static func ratio(log: Double) -> String { ratio(exp(log)) }

    /// A count: whole when whole, one decimal when events are spread fractionally.
    public static func count(_ value: Double) -> String {
        if abs(value - value.rounded()) < 1e-9 { return grouped(Int(value.rounded())) }
        if abs(value) < 0.05 { return value > 0 ? "<0.1" : "−<0.1" }
        return decimal(value, places: 1)
    }

    /// A count with its noun: `1 event`, `2 events`, `0.4 events`.
    public static func count(_ value: Double, _ noun: String) -> String {
        "\(count(value)) \(abs(value - 1) < 1e-9 ? noun : noun + "s")"
    }

    /// Thousands separated by commas: `1,100`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "−" + text : text
    }
}
