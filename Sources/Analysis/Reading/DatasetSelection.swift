import EntenteModel
import EntenteStore

/// Which datasets an analysis reads, and why.
///
/// By default an analysis reads what the user ingested: every dataset but the built-in case, which is read only
/// when nothing else is stored or when it is named — so that the case's curated events never mix silently into
/// real data. Every output says which datasets it read.
public struct DatasetSelection: Sendable, Hashable, Codable {
    /// The datasets read, by name, sorted.
    public let names: [String]
    /// True when the user named none and the default chose.
    public let isDefault: Bool

    public init(names: [String], isDefault: Bool) {
        self.names = names.sorted()
        self.isDefault = isDefault
    }

    /// The dataset of the built-in case.
    public static let builtInCase = "entente-case"

    /// Resolves the datasets a user named (empty: the default) against what `store` holds.
    ///
    /// - Throws: ``RequestError`` for a name the store does not hold, listing those it does.
    public static func resolve(_ requested: [String], in store: any EventStore) throws -> DatasetSelection {
        try resolve(requested, held: store.datasets().map(\.name))
    }

    /// The same against the names of the datasets a store holds, known already (a server keeps them between its
    /// reads of the change log).
    public static func resolve(_ requested: [String], held: [String]) throws -> DatasetSelection {
        if requested.isEmpty {
            let ingested = held.filter { $0 != builtInCase }
            return DatasetSelection(names: ingested.isEmpty ? held.filter { $0 == builtInCase } : ingested, isDefault: true)
        }
        var names: [String] = []
        for name in requested where !names.contains(name) {
            guard held.contains(name) else {
                let known = held.isEmpty ? "the store holds no data yet" : "the store holds " + held.sorted().joined(separator: ", ")
                throw RequestError("datasets", "no dataset named '\(name.prefix(64))': \(known)")
            }
            names.append(name)
        }
        return DatasetSelection(names: names, isDefault: false)
    }

    /// "gdelt1, icews", or "entente-case (the built-in case)".
    public var description: String {
        guard !names.isEmpty else { return "no datasets" }
        return names.map { $0 == Self.builtInCase ? "\($0) (the built-in case)" : $0 }.joined(separator: ", ")
    }
}
