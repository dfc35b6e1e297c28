import EntenteModel
import EntenteStore
import Testing

struct ChangeSetTests {
    @Test func aPairIsUnorderedAndItsDaysWiden() throws {
        var changes = ChangeSet()
        #expect(changes.isEmpty)
        changes.note("RUS", "PAK", startDay: 20150601, endDay: 20150601)
        changes.note("PAK", "RUS", startDay: 20120101, endDay: 20121231)
        let event = Event(
            id: "x", date: try EventDate(year: 2016, month: 2), source: Actor("IND"), target: Actor("IND"), cameo: "042", summary: "",
            provenance: Provenance(dataset: "test"))
        changes.note(event)
        #expect(changes.days.count == 2)
        #expect(changes.days[ChangeSet.Pair("RUS", "PAK")].map { [$0.first, $0.last] } == [20120101, 20150601])
        #expect(changes.days[ChangeSet.Pair("IND", "IND")].map { [$0.first, $0.last] } == [20160201, 20160229])
    }
}
