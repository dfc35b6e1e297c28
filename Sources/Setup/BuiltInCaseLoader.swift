import EntenteCase
import EntenteModel
import EntenteStore

/// Loads the built-in case (its events and its watchlist) into a store, through the store-agnostic protocols, when
/// the store does not hold their current versions (``BuiltInCase/version``, ``BuiltInCase/watchlistVersion``, kept
/// in the store's metadata).
///
/// Loading twice changes nothing. A newer case replaces the old case's events and their share of the aggregates
/// (``EventStore/replaceEvents(ofDataset:with:)``: in one transaction where the store can); a newer watchlist
/// replaces the case's own indicators, never a person's, and a case indicator a person removed stays removed until
/// the watchlist's version changes. The version is written after what it stands for, so an open interrupted
/// between the two loads again next time.
public enum BuiltInCaseLoader {
    /// The metadata keys the versions are stored under.
    public static let versionKey = "case_version"
    public static let watchlistVersionKey = "case_watchlist_version"

    /// What a load did.
    public struct Outcome: Sendable, Hashable {
        /// The case's events were written (into a store that had none of this version).
        public var events: Bool
        /// The case's watchlist was written.
        public var watchlist: Bool

        public init(events: Bool, watchlist: Bool) {
            self.events = events
            self.watchlist = watchlist
        }
    }

    @discardableResult
    public static func load(into store: some EventStore & WatchStore & MetadataStore) throws -> Outcome {
        let watchlist = try loadWatchlist(into: store)
        let stored = try store.metadata(forKey: versionKey).flatMap(Int.init)
        guard stored != BuiltInCase.version else { return Outcome(events: false, watchlist: watchlist) }
        if stored == nil {
            try store.write(events: BuiltInCase.events)
        } else {
            try store.replaceEvents(ofDataset: BuiltInCase.dataset, with: BuiltInCase.events)
        }
        try store.setMetadata(String(BuiltInCase.version), forKey: versionKey)
        return Outcome(events: true, watchlist: watchlist)
    }

    /// Loads the case's watchlist when the store has not had this version of it; returns whether it did.
    static func loadWatchlist(into store: some WatchStore & MetadataStore) throws -> Bool {
        let stored = try store.metadata(forKey: watchlistVersionKey).flatMap(Int.init)
        guard stored != BuiltInCase.watchlistVersion else { return false }
        let indicators = try store.indicators()
        for indicator in indicators where indicator.origin == .builtInCase {
            try store.removeIndicator(named: indicator.name)
        }
        let people = Set(indicators.filter { $0.origin != .builtInCase }.map(\.name))
        for indicator in BuiltInCase.watchlist where !people.contains(indicator.name) {
            try store.add(indicator: indicator, replacing: true)
        }
        try store.setMetadata(String(BuiltInCase.watchlistVersion), forKey: watchlistVersionKey)
        return true
    }
}
