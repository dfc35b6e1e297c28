import EntenteClickHouse
import EntenteModel
import EntenteStore
import Foundation
import Logging

extension StoreLocation {
    /// What `entente store status` prints: the store, whether each of its servers answers and with which schema
    /// (ClickHouse), and what it holds per dataset.
    ///
    /// - Throws: the store's errors when it cannot be opened at all.
    public func status(logger: Logger = Logger(label: "entente.store")) throws -> String {
        var text = ""
        if case .clickHouse(let address) = self {
            let servers = try ClickHouseStore.serverStatus(
                host: address.host, port: address.port, database: address.database, cluster: address.cluster, logger: logger)
            text += servers.text
            guard servers.healthy else { return text + "Not every server is ready: the store is not read until they are.\n" }
        } else {
            text += "\(description)\n"
            guard isPresent else {
                return text + "No store here yet (`entente ingest FILE` or `entente store init` makes one, with the same --store or --db).\n"
            }
        }
        let datasets = try open(loadingCase: false, logger: logger).datasets()
        if datasets.isEmpty { return text + "No events yet.\n" }
        text += "  dataset                 raw events   in aggregates  days\n"
        for dataset in datasets {
            let name = dataset.name.padding(toLength: 22, withPad: " ", startingAt: 0)
            let raw = Format.grouped(dataset.rawEvents)
            let aggregated = Format.grouped(dataset.aggregatedEvents)
            text += "  \(name) \(String(repeating: " ", count: max(0, 11 - raw.count)))\(raw)  \(String(repeating: " ", count: max(0, 14 - aggregated.count)))\(aggregated)  \(dataset.firstDay.iso) – \(dataset.lastDay.iso)\n"
        }
        return text
    }
}
