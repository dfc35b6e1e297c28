import Testing

/// Relief carried by a verb of carrying with no code of its own is humanitarian aid, CAMEO's 073 ("food, medicine,
/// shelter"), as Phoenix's `FLY * &FOOD [073]` reads food alone (eighteenth round).
@Suite("Relief carried")
struct ReliefTests {
    @Test func tentsBlanketsAndMedicineFlownAreHumanitarianAid() throws {
        #expect(try TreeCodingTests().states("Japan has flown tents, blankets and medicine to Kathmandu.") == ["JPN→NPL 073"])
        #expect(try TreeCodingTests().states("Britain rushed rescue teams to Turkey on Wednesday.") == ["GBR→TUR 073"])
    }

    @Test func whatIsCarriedDecides() throws {
        #expect(try TreeCodingTests().states("Russia flew more than 130 Georgian citizens home on a cargo plane on Friday.").allSatisfy { !$0.hasSuffix(" 073") })
        #expect(try TreeCodingTests().states("Iran sent weapons to Syria on Monday.").allSatisfy { !$0.hasSuffix(" 073") })
    }
}
