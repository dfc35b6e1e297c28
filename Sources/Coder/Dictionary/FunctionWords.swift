/// The closed-class words the coder reasons with (determiners, auxiliaries, prepositions, conjunctions,
/// subordinators), as flags on word ids so that a check is one array read.
struct FunctionWords: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let determiner = Flags(rawValue: 1 << 0)
        static let preposition = Flags(rawValue: 1 << 1)
        static let auxiliary = Flags(rawValue: 1 << 2)
        static let be = Flags(rawValue: 1 << 3)
        static let conjunction = Flags(rawValue: 1 << 4)
        static let subordinator = Flags(rawValue: 1 << 5)
        static let pronoun = Flags(rawValue: 1 << 6)
        static let clauseBreak = Flags(rawValue: 1 << 7)
        static let comma = Flags(rawValue: 1 << 8)
        static let possessive = Flags(rawValue: 1 << 9)
        /// `of`, `in`, `from`, `at`, `for`: link an agent to its state ("lawmakers in Fornost").
        static let actorLink = Flags(rawValue: 1 << 10)
        static let by = Flags(rawValue: 1 << 11)
        static let to = Flags(rawValue: 1 << 12)
        static let negation = Flags(rawValue: 1 << 13)
        static let adverb = Flags(rawValue: 1 << 14)
        static let sentenceEnd = Flags(rawValue: 1 << 15)
        static let reporting = Flags(rawValue: 1 << 16)
        static let time = Flags(rawValue: 1 << 17)
        static let pairWord = Flags(rawValue: 1 << 18)
        static let collective = Flags(rawValue: 1 << 19)
        /// `he`, `his`, `him`, `she`, `her`: a person named before.
        static let personPronoun = Flags(rawValue: 1 << 20)
        /// `it`, `its`: the subject named before.
        static let itPronoun = Flags(rawValue: 1 << 21)
        /// `they`, `their`, `them`: two states named before.
        static let theyPronoun = Flags(rawValue: 1 << 22)
        /// `seems`, `appears`, `likely`, `expected`…: after `it`, the `it` points at nothing.
        static let expletiveCue = Flags(rawValue: 1 << 23)
        /// `will`, `shall`, `may`, `might`, `could`, `would`: a verb after it is not (yet) done.
        static let modal = Flags(rawValue: 1 << 24)
        /// `has`, `have`, `is`, `are`, `am`: a verb after it is in the present.
        static let presentAuxiliary = Flags(rawValue: 1 << 25)
        /// `had`, `was`, `were`, `did`: a verb after it is in the past.
        static let pastAuxiliary = Flags(rawValue: 1 << 26)
        /// `given`, `considering`, `following`…: a preposition when it opens a clause.
        static let clauseParticiple = Flags(rawValue: 1 << 27)
        /// `when`, `while`, `because`…: opens a subordinate clause; a verb's target does not lie beyond it.
        static let clauseOpener = Flags(rawValue: 1 << 28)
        /// `we`, `our`: in a quotation, who is quoted (``DiscourseContext/speaker``).
        static let speakerPronoun = Flags(rawValue: 1 << 29)
        /// "leaders", "ministers": people who stand for the two states last named after "the two" or "both".
        static let collectivePeople = Flags(rawValue: 1 << 30)
    }

    private var flags: [Flags] = []

    /// Ids of single words the coder compares against, looked up once.
    struct Known: Sendable {
        var quote: Int32 = -1, open: Int32 = -1, close: Int32 = -1, possessiveS: Int32 = -1, semicolon: Int32 = -1
        var be: Int32 = -1, been: Int32 = -1, being: Int32 = -1
        var the: Int32 = -1, a: Int32 = -1, an: Int32 = -1, of: Int32 = -1, that: Int32 = -1
        var its: Int32 = -1, his: Int32 = -1, their: Int32 = -1, her: Int32 = -1, him: Int32 = -1, them: Int32 = -1
        var our: Int32 = -1
    }

    private(set) var known = Known()

    init() {}

    init(_ words: WordTable) {
        known = Known(
            quote: words.id(of: "\""), open: words.id(of: "("), close: words.id(of: ")"), possessiveS: words.id(of: "'S"),
            semicolon: words.id(of: ";"), be: words.id(of: "BE"), been: words.id(of: "BEEN"), being: words.id(of: "BEING"),
            the: words.id(of: "THE"), a: words.id(of: "A"), an: words.id(of: "AN"), of: words.id(of: "OF"),
            that: words.id(of: "THAT"), its: words.id(of: "ITS"), his: words.id(of: "HIS"), their: words.id(of: "THEIR"),
            her: words.id(of: "HER"), him: words.id(of: "HIM"), them: words.id(of: "THEM"), our: words.id(of: "OUR"))
        flags = [Flags](repeating: [], count: words.count)
        for (list, flag) in Self.lists {
            for word in list {
                let id = words.id(of: word)
                if id >= 0 { flags[Int(id)].insert(flag) }
            }
        }
    }

    @inline(__always)
    func flags(_ id: Int32) -> Flags {
        id >= 0 && Int(id) < flags.count ? flags[Int(id)] : []
    }

    static func intern(into words: inout WordTable) {
        for (list, _) in lists { for word in list { words.intern(word) } }
    }

    static let lists: [([String], Flags)] = [
        (["A", "AN", "THE", "THIS", "THAT", "THESE", "THOSE", "ITS", "HIS", "HER", "THEIR", "OUR", "MY", "YOUR",
          "ANOTHER", "ANY", "EACH", "EVERY", "NO", "SOME", "SEVERAL", "MANY", "FEW", "BOTH", "ALL",
          "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZEN", "DOZENS"], .determiner),
        (["OF", "IN", "ON", "AT", "BY", "FOR", "WITH", "FROM", "ABOUT", "DURING", "AFTER", "BEFORE", "SINCE", "UNTIL",
          "INTO", "ONTO", "OVER", "UNDER", "BETWEEN", "AMONG", "AGAINST", "TOWARD", "TOWARDS", "THROUGH", "WITHOUT",
          "WITHIN", "NEAR", "DESPITE", "VIA", "AMID", "ACROSS", "ALONG", "BEYOND", "UPON", "LIKE", "TO"], .preposition),
        (["OF", "IN", "FROM", "AT"], .actorLink),
        (["BY"], .by),
        (["TO"], .to),
        (["WILL", "WOULD", "SHALL", "SHOULD", "CAN", "CA", "COULD", "MAY", "MIGHT", "MUST", "WO", "HAS", "HAVE", "HAD",
          "HAVING", "DO", "DOES", "DID", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S"], .auxiliary),
        (["IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "GET", "GOT", "GETS"], .be),
        (["AND", "OR", "NOR", "BUT", "&"], .conjunction),
        (["THAT", "WHICH", "WHO", "WHOM", "WHOSE", "WHERE", "WHEN", "WHILE", "ALTHOUGH", "THOUGH", "BECAUSE", "IF",
          "UNLESS", "WHETHER", "AS", "AFTER", "BEFORE", "SINCE", "UNTIL", "WHEREAS"], .subordinator),
        (["IT", "HE", "SHE", "THEY", "WE", "I", "YOU", "HIM", "THEM", "US", "ITSELF", "THEMSELVES"], .pronoun),
        ([";", ":", "--", "\u{2014}", "\u{2013}", "(", ")", "\""], .clauseBreak),
        ([","], .comma),
        (["'S", "'"], .possessive),
        (["NOT", "N'T", "NEVER"], .negation),
        (["ALSO", "NOW", "AGAIN", "RECENTLY", "ALREADY", "STILL", "JUST", "REPORTEDLY", "REPEATEDLY", "ONCE",
          "FINALLY", "EARLIER", "LATER", "SOON", "FIRST", "THEN", "EVEN", "EVER", "REALLY", "JOINTLY", "FORMALLY",
          "OFFICIALLY", "STRONGLY", "FIERCELY", "HEAVILY", "ABOUT", "THEREFORE", "INDEED", "CLEARLY", "TRADITIONALLY",
          "LONG", "FURTHER", "PARTIALLY", "EVENTUALLY", "FORMALLY"], .adverb),
        ([".", "!", "?"], .sentenceEnd),
        (["TWO", "BOTH"], .pairWord),
        (["COUNTRIES", "SIDES", "NATIONS", "GOVERNMENTS", "NEIGHBOURS", "NEIGHBORS", "STATES"], .collective),
        (["LEADERS", "PRESIDENTS", "PREMIERS", "MINISTERS", "DELEGATIONS", "HEADS"], .collectivePeople),
        (["SAID", "SAYS", "SAY", "TOLD", "REPORTED", "ADDED", "NOTED", "ANNOUNCED", "STATED", "REPORTS", "REPORT",
          "INDICATE", "INDICATES", "INDICATED", "ACCORDING", "SPECULATE", "SPECULATES", "CLAIM", "CLAIMS", "CLAIMED"],
         .reporting),
        // Participles that work as prepositions at the head of a clause: "Given the recent tensions, …".
        (["WHEN", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "IF", "UNLESS", "WHEREAS", "WHETHER"], .clauseOpener),
        (["GIVEN", "CONSIDERING", "REGARDING", "CONCERNING", "FOLLOWING", "INCLUDING", "EXCLUDING", "BARRING"], .clauseParticiple),
        (["HE", "HIS", "HIM", "SHE", "HER"], .personPronoun),
        (["IT", "ITS"], .itPronoun),
        (["THEY", "THEIR", "THEM"], .theyPronoun),
        (["WE", "OUR"], .speakerPronoun),
        (["SEEMS", "SEEMED", "SEEM", "APPEARS", "APPEARED", "LIKELY", "UNLIKELY", "EXPECTED", "CLEAR", "ONLY", "TIME",
          "IMPORTANT", "POSSIBLE", "IMPOSSIBLE", "NECESSARY", "TRUE", "BELIEVED", "SAID", "REPORTED", "THOUGHT", "HOPED"],
         .expletiveCue),
        (["WILL", "SHALL", "MAY", "MIGHT", "COULD", "WOULD", "WO", "'LL"], .modal),
        (["HAS", "HAVE", "IS", "ARE", "AM", "'S", "'RE", "'VE", "DOES", "DO"], .presentAuxiliary),
        (["HAD", "WAS", "WERE", "DID", "'D"], .pastAuxiliary),
        (["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY",
          "TOMORROW", "TONIGHT", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
          "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "WEEK", "MONTH", "YEAR", "NIGHT", "MORNING"], .time),
    ]
}
