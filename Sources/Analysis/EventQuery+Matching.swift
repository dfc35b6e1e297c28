import EntenteModel
import EntenteStore

extension EventQuery {
    /// Whether `event` is one the store would return for this query (ignoring limit and offset): the same rules
    /// as a store's (SQLite's), for events held outside a store, such as a scenario's.
    public func matches(_ event: Event) -> Bool {
        let source = event.source.country
        let target = event.target.country
        switch actors.count {
        case 0: break
        case 1: guard source == actors[0] || target == actors[0] else { return false }
        default: guard actors.contains(source), actors.contains(target), source != target else { return false }
        }
        if let range, !(event.date.start <= range.upperBound && event.date.end >= range.lowerBound) { return false }
        if !codes.isEmpty, !codes.contains(where: { event.cameo.isWithin($0) }) { return false }
        if !datasets.isEmpty, !datasets.contains(event.provenance.dataset) { return false }
        return true
    }
}
