@testable import EntenteCoder
import Testing

/// The words by which a complement names what is asked for, refused, alleged or threatened (CAMEO's own names for
/// its sub-kinds), read for the family of the governing code.
@Suite("Complement words")
struct ComplementLexiconTests {
    func kind(_ text: String, _ governing: String, modifiers: Set<String> = []) -> EventCodes.Complement? {
        let words = text.split(separator: " ").map(String.init)
        return ComplementLexicon.kind(of: words, modifiers: words.map { modifiers.contains($0) }, governing: governing)
    }

    @Test func aidByItsDomain() {
        #expect(kind("for immediate economic aid", "120", modifiers: ["immediate", "economic"]) == .aid(1))
        #expect(kind("to send peacekeeping troops", "020", modifiers: ["peacekeeping"]) == .aid(4))
        #expect(kind("for food and medicine", "100") == .aid(3))
        // Loans are economic aid by themselves (CAMEO's "loans or debt relief").
        #expect(kind("to extend new loans", "020") == .aid(1))
    }

    /// Settling or resolving a dispute is a settlement, agreed to (037), asked for (027) or refused (127); a dispute
    /// alone is not.
    @Test func settlingADispute() {
        #expect(kind("to settle the dispute over wartime sex slaves", "030") == .settlement)
        #expect(kind("to resolve their differences peacefully", "020") == .settlement)
        #expect(kind("over the dispute", "030") == nil)
    }

    /// Money pledged, asked for or refused is monetary aid (0331, 0231, 1031, 1221), not economic cooperation.
    @Test func moneyIsAid() {
        #expect(kind("money to rebuild the Gaza Strip", "030") == .aid(1))
        #expect(kind("for economic projects", "030", modifiers: ["economic"]) == .materialCooperation(1))
    }

    @Test func reformByWhatChanges() {
        #expect(kind("to adopt reforms", "120") == .reform(0))
        #expect(kind("to hold early elections", "020") == .reform(1))
        #expect(kind("to respect human rights", "020") == .reform(3))
        // "democratic reforms", "a new election law": the modifier says what kind of reform.
        #expect(kind("to demand democratic reforms", "141", modifiers: ["democratic"]) == .reform(4))
        #expect(kind("to demand autonomy", "100") == .reform(4))
        #expect(kind("demanding a referendum on independence", "145") == .reform(4))
        #expect(kind("for a new election law", "020", modifiers: ["new", "election"]) == .reform(4))
    }

    /// Ties or relations asked for or demanded are diplomatic cooperation (022, 102); threatened to be cut, broken
    /// relations (1313); an embassy in an appeal names nothing.
    @Test func tiesAskedForAreDiplomaticCooperation() {
        #expect(kind("to improve ties with Beijing ahead of talks in Tokyo", "020") == .diplomaticCooperation)
        #expect(kind("to cut ties with Georgia", "130") == .breakRelations)
        #expect(kind("after crowds trashed its embassy", "100") == nil)
    }

    /// Aid cut (162) is refined by the domain named, also where "aid" only modifies a noun ("a military aid
    /// programme"): the code already says the act.
    @Test func aidCutByTheDomainNamed() {
        #expect(kind("part of its military aid programme for Lebanon", "162", modifiers: ["military", "aid"]) == .aid(2))
        #expect(kind("its economic aid programme", "162", modifiers: ["economic", "aid"]) == .aid(1))
        #expect(kind("its programme", "162") == nil)
    }

    /// Handing over people suspected of a crime is extradition (judicial cooperation); handing over anything else
    /// names no act.
    @Test func handingOverSuspectsIsExtradition() {
        #expect(kind("hand over two suspected militants to Pakistan", "100") == .materialCooperation(3))
        #expect(kind("to hand over the alleged hijackers", "020") == .materialCooperation(3))
        #expect(kind("to hand over the keys of the city", "100") == nil)
    }

    /// Removal from office is a change of leadership.
    @Test func removalFromOfficeIsALeadershipChange() {
        #expect(kind("calling for the removal of the prime minister from office", "145") == .reform(1))
        #expect(kind("to remove President Estrada from office", "020") == .reform(1))
    }

    @Test func aDomainAloneIsMaterialCooperation() {
        #expect(kind("to lease a military training ground", "020", modifiers: ["military", "training"]) == .materialCooperation(2))
        #expect(kind("to provide information on the hostages", "100") == .materialCooperation(4))
        // Not for threats or accusations.
        #expect(kind("to provide information", "130") == nil)
    }

    @Test func aModifierNamesADomainNotTheAct() {
        // "an end to the trade embargo" asks for sanctions to be eased, not for trade.
        #expect(kind("to bring an end to their trade embargo", "020", modifiers: ["trade"]) == .yield(4))
        #expect(kind("to expand trade", "020") == .materialCooperation(1))
    }

    @Test func accusationsAndInvestigationsByWhatTheyAllege() {
        #expect(kind("of violating human rights", "112") == .allegation(2))
        #expect(kind("of committing war crimes", "112") == .allegation(4))
        #expect(kind("of violating the ceasefire", "112") == .allegation(3))
        #expect(kind("corruption investigation into officials", "090", modifiers: ["corruption"]) == .allegation(1))
        #expect(kind("of spying", "112") == .allegation(5))
        // "Human rights" in an accusation is an abuse alleged, in an appeal a right asked for.
        #expect(kind("to respect human rights", "020") == .reform(3))
    }

    @Test func threatsByTheActThreatened() {
        #expect(kind("to cut off aid", "130") == .reduceAid)
        #expect(kind("to impose martial law", "130") == .administrativeSanctions(4))
        #expect(kind("to resume terrorist attacks", "130", modifiers: ["terrorist"]) == .unconventionalViolence)
        #expect(kind("to use chemical weapons", "130") == .massDestruction)
        // Talks threatened are only a threat to halt them.
        #expect(kind("to stop negotiations", "130") == .haltNegotiations)
        #expect(kind("to hold negotiations", "130") == nil)
        // Stopping what is neither aid, relations nor talks: a non-force threat (131).
        #expect(kind("to cut off electricity", "130") == .reduceRelations)
        #expect(kind("to cut off electricity", "100") == nil)
    }

    @Test func appealsForMeetingsSettlementsAndDeescalation() {
        #expect(kind("proposal for talks", "120") == .meeting)
        #expect(kind("a proposal for a cease fire", "120") == .yield(6))
        #expect(kind("a west african peace plan", "120") == .settlement)
        // A settlement alone may be a settlement of people ("halt settlement construction"): no kind.
        #expect(kind("to halt settlement construction", "020") == nil)
    }
}
