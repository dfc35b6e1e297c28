import Testing

/// Peacekeepers arriving: a state's force landing, arriving or flying into another state to keep the peace, at its
/// government's invitation or to restore order is CAMEO's 074 by its state and 0861 ("receive deployment of
/// peacekeepers") by the state it arrives in; troops arriving with no such word are no peacekeepers (eighteenth
/// round).
@Suite("Peacekeepers arriving")
struct ArrivalTests {
    @Test func aPeacekeepingForceLandingIsProtectionGivenAndReceived() throws {
        #expect(try TreeCodingTests().states("The first Fijian soldiers of a United Nations peacekeeping force landed in Beirut on Monday.").sorted()
            == ["FJI→LBN 074", "LBN→FJI 0861"])
        #expect(try TreeCodingTests().states("Hundreds of Nigerian troops arrived in Monrovia on Monday at the invitation of the Liberian government.").sorted()
            == ["LBR→NGA 0861", "NGA→LBR 074"])
    }

    /// Each state of a force from several arrives ("troops and police from Australia, New Zealand and …"), and a
    /// mission to restore order says what the force is for.
    @Test func aForceOfSeveralStatesEachArrive() throws {
        let events = try TreeCodingTests().states(
            "The first of 500 troops and police from Australia and New Zealand landed in Tonga on Friday, beginning a mission to restore law and order.")
        #expect(events.filter { $0.hasSuffix(" 074") || $0.hasSuffix(" 0861") }.sorted() == ["AUS→TON 074", "NZL→TON 074", "TON→AUS 0861", "TON→NZL 0861"])
    }

    @Test func troopsArrivingWithNoWordOfPeaceAreNoPeacekeepers() throws {
        let events = try TreeCodingTests().states("Russian troops landed in Crimea on Thursday.")
        #expect(!events.contains { $0.hasSuffix(" 074") || $0.hasSuffix(" 0861") })
    }
}
