import EntenteModel

/// The built-in case: the events the worked example's brief relates, each in our own words and with its
/// source, so that `entente brief` has something true to say on a fresh machine.
///
/// The brief is a policy brief of late 2015 on the Russia–Pakistan rapprochement and its implications for
/// India (`../shared/seed/000_57111fbd01a09451.txt`). Dates keep the brief's precision: where it says "in the
/// 1970s" the event is dated to the decade; where it reports something unconfirmed, the event is `reported`.
public enum BuiltInCase {
    /// Bumped whenever the case's events change, so that existing databases take the new version.
    public static let version = 2

    /// The dataset its events are stored under, apart from any data ingested.
    public static let dataset = "entente-case"

    /// The pair, focal state and context states of the worked example.
    public static let pair = ("RUS", "PAK")
    public static let focal = "IND"
    public static let context = ["USA", "CHN", "AFG"]

    /// The context states a brief reads when none are named: the case's own for the case's pair seen from its focal
    /// state, none for any other brief (Thailand–Cambodia seen from Vietnam is not read against the United States,
    /// China and Afghanistan).
    public static func context(forPair first: String, _ second: String, focal: String) -> [String] {
        Set([first, second]) == Set([pair.0, pair.1]) && focal == self.focal ? context : []
    }

    /// How the brief is cited: described, not titled, since the text we hold carries no title page.
    public static let document =
        "Policy brief on the Russia–Pakistan rapprochement and its implications for India (late 2015; seed text 000_57111fbd01a09451.txt)"

    /// When the brief was written, as precisely as it says: late 2015, so the year 2015 (the date its present
    /// tense speaks of; see `asOfBrief()`).
    public static let documentDate: EventDate = asOfBrief()

    /// The brief's sections, as cited in each event's locator.
    public enum Section: String, Sendable, CaseIterable {
        case abstract = "Abstract"
        case introduction = "Introduction"
        case relations = "Russia-Pakistan Relations"
        case russiasMotives = "Russia's Motives"
        case pakistansMotives = "Pakistan's Motives"
        case chinaFactor = "The China Factor?"
        case conclusion = "Conclusion and Implications for India"
    }

    /// Every event of the case, oldest first.
    public static let events: [Event] = entries.map(\.event).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
}

/// One event of the case as written in ``BuiltInCase/entries``; ``event`` makes the model's event from it.
struct CaseEntry: Sendable {
    let slug: String
    let date: EventDate
    let source: Actor
    let target: Actor
    let cameo: CAMEOCode
    let summary: String
    let section: BuiltInCase.Section
    let issues: [Issue]
    let magnitude: Magnitude?
    let reported: Bool

    var event: Event {
        Event(
            id: "case:" + slug, date: date, source: source, target: target, cameo: cameo, magnitude: magnitude,
            summary: summary,
            provenance: Provenance(dataset: BuiltInCase.dataset, document: BuiltInCase.document, locator: "section \"\(section.rawValue)\""),
            issues: issues, reported: reported)
    }
}

/// Writes one case entry; the argument labels read as the sentence the entry stands for.
func entry(
    _ slug: String, _ date: EventDate, _ source: Actor, _ cameo: CAMEOCode, _ target: Actor, _ summary: String,
    section: BuiltInCase.Section, issues: [Issue] = [], magnitude: Magnitude? = nil, reported: Bool = false
) -> CaseEntry {
    CaseEntry(
        slug: slug, date: date, source: source, target: target, cameo: cameo, summary: summary, section: section,
        issues: issues, magnitude: magnitude, reported: reported)
}

/// Shorthands for the case's actors.
extension Actor {
    static func state(_ code: String, _ sector: String? = nil, _ name: String? = nil) -> Actor {
        Actor(code, sector: sector, name: name)
    }

    /// The Soviet Union, counted on Russia's lineage.
    static func soviet(_ sector: String? = nil, _ name: String? = nil) -> Actor {
        Actor("RUS", sector: sector, name: name, historical: "SUN")
    }
}

/// Dates as the case writes them.
func day(_ year: Int, _ month: Int, _ day: Int) -> EventDate { try! EventDate(year: year, month: month, day: day) }
func month(_ year: Int, _ month: Int) -> EventDate { try! EventDate(year: year, month: month) }
func year(_ year: Int) -> EventDate { EventDate(year: year) }
func years(_ first: Int, _ last: Int) -> EventDate { try! EventDate(years: first, through: last) }
func decade(_ first: Int) -> EventDate { .decade(first) }

// The brief's own time words, as spans of whole years. Each reads a phrase of the brief; no bound comes
// from outside its text.

/// "During the Cold War": from Pakistan's independence in 1947 (the brief's earliest date) to 1990, the year
/// the brief says the Cold War ended. For what the brief places in the Cold War without a decade.
func coldWar() -> EventDate { years(1947, 1990) }

/// After the Cold War and before the thaw: from 1990, when the brief says the Cold War ended, to 2008, the
/// year before the thaw was "first publicly noticed in 2009". The brief calls the state Russia from 1990 on,
/// so these events are Russia's, not the Soviet Union's.
func afterColdWar() -> EventDate { years(1990, 2008) }

/// "Recent", "in the last couple of years", as written in late 2015: 2013 through 2015.
func recently() -> EventDate { years(2013, 2015) }

/// The brief's present: what it states in the present tense without a date ("continues to receive",
/// "are partners in") holds as of late 2015, at year precision.
func asOfBrief() -> EventDate { year(2015) }
