import EntenteModel

/// An actor code that holds on some days only: `[INDGOV >20140526]`, `[HOB < 950601]`, `[RUSGOV 990809-000507]`.
public struct DatedCode: Hashable, Sendable {
    public enum Validity: Hashable, Sendable {
        case always
        /// Before this day (exclusive).
        case before(Day)
        /// From this day on (inclusive).
        case from(Day)
        /// Between the two days, inclusive.
        case between(Day, Day)

        /// The last day a closed span holds, for ordering the spans of a name (the first day for `before`).
        var lastDay: Day {
            switch self {
            case .before(let limit): return limit
            case .between(_, let last): return last
            case .from(let first): return first
            case .always: return Day(year: 1, month: 1, day: 1)
            }
        }
    }

    /// The code as written, possibly several joined by `/` (`FRO/BIL/SAM`: the phrase stands for all three).
    public var code: String
    public var validity: Validity

    /// Whether the code holds on `day`; with no day (undated text, taken to speak of the present) the codes that
    /// hold from some day on do ("Ukraine" is `[UKR >911221]`), the closed spans do not.
    public func holds(on day: Day?) -> Bool {
        guard let day else {
            switch validity {
            case .always, .from: return true
            case .before, .between: return false
            }
        }
        switch validity {
        case .always: return true
        case .before(let limit): return day < limit
        case .from(let limit): return day >= limit
        case .between(let first, let last): return day >= first && day <= last
        }
    }
}

/// An actor dictionary in the PETRARCH/TABARI format: names (`PAKISTAN_ [PAK]`), synonyms (`+PAKISTANI_`) and
/// dated codes on indented lines (`\t[INDGOV >20140526]`).
public struct ActorDictionary: Sendable {
    /// One actor: all its names and its codes in the order written (the first that holds on a day wins).
    public struct Entry: Sendable {
        public var names: [[Int32]]
        public var codes: [DatedCode]
        /// The first name as written, for evidence.
        public var name: String
        public var line: Int

        /// The code that holds on `day`: the first dated code that holds, else the first undated one; with no day, a
        /// name that only ever held for a span ("East Germany", `[DDR <901003]`) keeps the last meaning it had.
        public func code(on day: Day?) -> String? {
            for dated in codes where dated.validity != .always && dated.holds(on: day) { return dated.code }
            if let undated = codes.first(where: { $0.validity == .always }) { return undated.code }
            guard day == nil else { return nil }
            return codes.max { $0.validity.lastDay < $1.validity.lastDay }?.code
        }
    }

    public var path: String
    public var entries: [Entry] = []
    public var warnings: [DictionaryParseError] = []
}
