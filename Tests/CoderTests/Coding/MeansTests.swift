@testable import EntenteCoder
import EntenteModel
import Testing

/// CAMEO codes an attack by its means where the sentence names them (195 aerial weapons, 194 artillery and tanks,
/// 183 bombings and their kinds); a general code is refined, a pattern's own code stays.
@Suite("Means of attack")
struct MeansTests {
    /// The codes of every event, between states or not (the means are the rule here, not the sides).
    func codes(_ sentence: String) throws -> [String] {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), options: Phoenix.everySide, parser: try #require(MainEventTests.parser))
        return coder.code(sentence: sentence, day: Day(year: 2012, month: 6, day: 1)).events.map(\.code)
    }

    @Test func aircraftAreAerialWeapons() throws {
        #expect(try codes("Russian aircraft killed twelve Syrian rebels near Aleppo on Friday.") == ["195"])
    }

    /// Fire with no weapon named is CAMEO's residual use of force (190), not fighting with small arms (193), which
    /// Phoenix's `OPEN FIRE` and `EXCHANGE FIRE` give: the blind writers of nine of twelve such sentences code 190.
    /// Gunfire, and fire named by its weapon, keep theirs.
    @Test func fireNamingNoWeaponIsForce() throws {
        #expect(try codes("Pakistani and Afghan troops exchanged fire along the border on Sunday.") == ["190", "190"])
        #expect(try codes("A Russian border patrol boat opened fire on a Japanese fishing vessel.") == ["190"])
        #expect(try codes("Kyrgyz and Tajik border guards exchanged gunfire on Saturday.") == ["193", "193"])
        #expect(try codes("Thai and Cambodian troops traded artillery fire near the temple.") == ["194", "194"])
    }

    @Test func shellingIsArtillery() throws {
        #expect(try codes("Turkish troops shelled Syrian army positions on Monday.").allSatisfy { $0 == "194" })
    }

    /// Fighting with small arms (Phoenix's `FIRE * SHELLS` gives 193) is fighting with artillery when the sentence
    /// names it; with no weapon named, the pattern's code stays (`FIRE * AT`, 190).
    @Test func firingArtilleryIsArtillery() throws {
        #expect(try codes("Syrian forces fired artillery shells at Turkish border posts on Thursday.") == ["194"])
        #expect(try codes("Pakistani soldiers fired at Indian border posts on Thursday.") == ["190"])
    }

    /// An aerial attack that a pattern read from its target alone (`STRIKE`'s `* TARGET [195]`) is an artillery one
    /// where artillery and no aircraft is named; with aircraft named it stays aerial (twentieth round).
    @Test func artilleryStrikingTargetsIsArtillery() throws {
        #expect(try codes("Turkish artillery struck targets inside Syria on Wednesday.") == ["194"])
        #expect(try codes("Turkish warplanes struck targets inside Syria on Wednesday.") == ["195"])
    }

    /// A physical assault by its kind and an assassination only attempted, in the codebook's words, also under a
    /// report; the plain act keeps its code.
    @Test func assaultsByTheirKindAndAttemptsOnALife() throws {
        #expect(try codes("Indonesian soldiers sexually abused East Timorese detainees, a rights group said.") == ["1821"])
        #expect(try codes("Syrian security forces tortured Lebanese detainees, Amnesty International said.") == ["1822"])
        #expect(try codes("Taliban militants attempted to assassinate the Pakistani interior minister on Sunday.") == ["185"])
        #expect(try codes("Taliban militants assassinated the Pakistani interior minister on Sunday.") == ["186"])
    }

    /// CAMEO's 183 is a non-military bombing: a state's forces killing in a "bombing raid" keep their attack's code.
    @Test func aStatesForcesBombingIsNoNonMilitaryBombing() throws {
        #expect(try codes("Israeli forces killed three Palestinians in a bombing raid in Gaza.") == ["190"])
        #expect(try codes("Somali insurgents injured six Kenyan soldiers in a bomb attack near the border.") == ["183"])
    }

    @Test func aBombingByItsKind() throws {
        #expect(try codes("Taliban militants killed three Afghan policemen with a roadside bomb on Tuesday.") == ["1833"])
        #expect(try codes("Somali insurgents injured six Kenyan soldiers in a bomb attack near the border.") == ["183"])
        // The third round's parser tags "Somali" an adverb here and hangs "wounded" on "soldiers" as an adjective: no
        // verb, no event (the second round's parsed it right). A parse error, not the rule's.
        withKnownIssue("misparsed: 'Somali' ADV, 'wounded' amod of 'soldiers'") { () throws -> Void in
            #expect(try codes("Somali militants wounded four Kenyan soldiers in a bomb attack on Sunday.") == ["183"])
        }
    }
}
