import Testing

/// An expulsion coded by whom it expels, as CAMEO's codebook says under 174: diplomats reduce diplomatic relations
/// (161); peacekeepers, inspectors and aid agencies are 166's (1661, 1662, 1663); other individuals stay 174.
@Suite("Expulsions by whom they expel")
struct ExpulsionTests {
    @Test(arguments: [
        // In the passive, whom it expels is the subject.
        ("Two Russian diplomats were expelled by Britain on Wednesday, the Foreign Office said.", "GBR→RUSGOV 161"),
        ("North Korea expelled United Nations inspectors from its nuclear sites.", "PRK→IGOUNO 1662"),
        ("Eritrea expelled UN peacekeepers from the border zone.", "ERI→IGOUNO 1661"),
        // Phoenix's own code for an individual.
        ("Russia expelled a British journalist on Friday.", "RUS→GBRMED 174"),
    ])
    func expulsionsByWhomTheyExpel(sentence: String, expected: String) throws {
        #expect(try TreeCodingTests().triples(sentence) == [expected])
    }
}
