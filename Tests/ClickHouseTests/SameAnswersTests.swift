import EntenteClickHouse
import EntenteModel
import EntenteSetup
import EntenteStore
import Foundation
import TestSupport
import Testing

/// Every ClickHouse test, one at a time: some stop a shard of the cluster they all share.
@Suite(.serialized, .enabled(if: TestServers.available, TestServers.skipReason))
struct ClickHouseTests {}

extension ClickHouseTests {
    /// One ingest of the real samples (GDELT, ICEWS), SIPRI's register and the built-in case, into a SQLite file, a
    /// single ClickHouse server and the two-shard cluster, through the `entente` binary as a user runs it; then every
    /// analysis the command line offers, as JSON, and the store's own reads: the same numbers from each store.
    @Test(.timeLimit(.minutes(10)))
    func everyAnalysisGivesTheSameAnswersOnEachStore() throws {
        let folder = try TemporaryFolder()
        let single = StoreLocation.clickHouse(TestServers.freshAddress(.single))
        let cluster = StoreLocation.clickHouse(TestServers.freshAddress(.cluster))
        defer {
            TestServers.drop(single)
            TestServers.drop(cluster)
        }
        let stores = [StoreLocation.sqlite(path: folder.path("reference.sqlite")), single, cluster]
        for (index, store) in stores.enumerated() {
            let url = ["--store", store.description]
            let initialized = try runEntente(["store", "init"] + url)
            #expect(initialized.status == 0, "\(store): \(initialized.standardError)")
            let ingested = try runEntente(
                ["ingest", SharedData.url("gdelt/events.csv").path, SharedData.url("icews/events.2018.sample.tab").path,
                 "--quarantine", folder.path("quarantine-\(index).txt"), "--format", "json"] + url)
            #expect(ingested.status == 0, "\(store): \(ingested.standardError)")
            let imported = try runEntente(
                ["leverage", "import", SharedData.url("sipri/trade_2023.csv").path, "--quarantine", folder.path("sipri-\(index).txt")] + url)
            #expect(imported.status == 0, "\(store): \(imported.standardError)")
        }

        var commands: [[String]] = []
        for length in ["year", "quarter", "month"] {
            for pair in [["RUS", "PAK"], ["USA", "CHN"], ["CHN", "PAK"], ["IND", "PAK"]] {
                commands.append(["dyad"] + pair + ["--by", length])
                commands.append(["dyad"] + pair + ["--by", length, "--directed"])
            }
            commands.append(["triangle", "RUS", "PAK", "CHN", "--by", length])
        }
        commands += [
            ["dyad", "USA", "CHN", "--from", "2018-01-10", "--to", "2018-03-20", "--by", "month"],
            ["dyad", "RUS", "PAK", "--from", "2009", "--to", "2015"],
            ["triangle", "USA", "CHN", "RUS"], ["triangle", "IND", "PAK", "USA", "--from", "2018"],
            ["drivers", "RUS", "PAK"], ["drivers", "USA", "CHN", "--by", "year"],
            ["leverage", "--supplier", "RUS", "--recipients", "IND,PAK", "--from", "2009", "--to", "2015"],
            ["leverage", "--supplier", "USA"],
            ["watch", "check"], ["watch", "list"],
            ["events", "--actors", "RUS,PAK"], ["events", "--actors", "USA", "--limit", "40"],
            ["events", "--codes", "04,19", "--from", "2018-06-01", "--to", "2018-06-01"], ["events", "--actors", "USA,CHN,RUS"],
            ["brief"], ["brief", "--pair", "USA:CHN", "--focal", "RUS", "--from", "2015"],
        ]
        for command in commands {
            var answers: [(status: Int32, output: String)] = []
            for store in stores {
                let result = try runEntente(command + ["--format", "json", "--store", store.description])
                answers.append((result.status, result.standardOutput))
                #expect(result.status == 0 || result.status == 3, "\(command) on \(store): \(result.standardError)")
            }
            for (index, answer) in answers.enumerated().dropFirst() {
                #expect(answer.status == answers[0].status, "\(command): exit \(answer.status) on \(stores[index]), \(answers[0].status) on SQLite")
                let difference = JSONComparison.difference(answers[0].output, answer.output)
                #expect(difference == nil, "\(command) on \(stores[index]) differs from SQLite: \(difference ?? "")")
            }
            #expect(!answers[0].output.isEmpty, "\(command) printed nothing")
        }

        // The store's own reads, beyond what the commands print.
        let opened = try stores.map { try $0.open(loadingCase: false) }
        let reference = opened[0]
        for (index, store) in opened.enumerated().dropFirst() {
            let name = stores[index].description
            #expect(try store.datasets() == reference.datasets(), "\(name)")
            #expect(try allAggregates(store) == allAggregates(reference), "\(name)")
            for length in PeriodLength.allCases {
                for range in [nil, Day(year: 2018, month: 1, day: 1)...Day(year: 2018, month: 6, day: 30)] {
                    for datasets in [[], ["icews"], ["gdelt1", "entente-case"]] {
                        let mine = try store.periodAggregates(by: length, within: range, datasets: datasets).map(describe)
                        let theirs = try reference.periodAggregates(by: length, within: range, datasets: datasets).map(describe)
                        let different = Set(mine).symmetricDifference(theirs).sorted().prefix(6)
                        #expect(mine.sorted() == theirs.sorted(), "\(name) \(length) \(String(describing: range)) \(datasets): \(different)")
                    }
                }
            }
            for dyad in [Dyad("RUS", "PAK"), Dyad("USA", "CHN"), Dyad("CHN", "USA", directed: true)] {
                for datasets in [[], ["gdelt1"], ["icews", "entente-case"]] {
                    #expect(try store.monthlyAggregates(of: dyad, within: nil, datasets: datasets).map(describe).sorted()
                        == reference.monthlyAggregates(of: dyad, within: nil, datasets: datasets).map(describe).sorted(), "\(name) \(dyad)")
                }
            }
            let queries = [
                EventQuery(), EventQuery(actors: ["USA"]), EventQuery(actors: ["RUS", "PAK", "IND"]),
                EventQuery(range: Day(year: 2018, month: 2, day: 1)...Day(year: 2018, month: 2, day: 28)),
                EventQuery(codes: ["04", "1"]), EventQuery(datasets: ["icews"]),
                EventQuery(actors: ["CHN"], range: Day(year: 2000, month: 1, day: 1)...Day(year: 2018, month: 12, day: 31), codes: ["0"]),
            ]
            for query in queries {
                #expect(try store.count(matching: query) == reference.count(matching: query), "\(name) \(query)")
                #expect(try pages(of: query, in: store) == pages(of: query, in: reference), "\(name) \(query)")
                var offset = query
                offset.limit = 7
                offset.offset = 11
                #expect(try store.events(matching: offset).map(\.id) == reference.events(matching: offset).map(\.id), "\(name) \(query)")
                #expect(try store.eventOutlines(matching: offset) == reference.eventOutlines(matching: offset), "\(name) \(query)")
            }
            let some = try reference.events(matching: EventQuery(limit: 30)).map(\.id) + ["no-such-id"]
            #expect(try store.events(ids: some) == reference.events(ids: some), "\(name)")
            #expect(try store.latestEventDay() == reference.latestEventDay(), "\(name)")
            #expect(try store.indicators() == reference.indicators(), "\(name)")
            #expect(try store.armsTransferCoverage() == reference.armsTransferCoverage(), "\(name)")
            let transfers = ArmsTransferQuery(suppliers: ["RUS"], recipients: ["IND"], years: 2009...2015)
            #expect(try store.armsTransfers(matching: transfers) == reference.armsTransfers(matching: transfers), "\(name)")
        }
    }

    /// Every event of `query`, read 25 at a time from cursor to cursor, as ids.
    private func pages(of query: EventQuery, in store: any Store) throws -> [String] {
        var ids: [String] = []
        var page = query
        page.limit = 25
        while true {
            let events = try store.events(matching: page)
            ids += events.map(\.id)
            guard events.count == 25, let last = events.last else { break }
            page.after = EventCursor(after: last)
        }
        return ids
    }
}

/// Two JSON documents (or JSON Lines) compared value by value, numbers to 1e-9 of their size: sums in another order
/// may differ in their last bits.
enum JSONComparison {
    /// Where they first differ, nil when they agree.
    static func difference(_ first: String, _ second: String) -> String? {
        if first == second { return nil }
        if let left = try? JSONSerialization.jsonObject(with: Data(first.utf8), options: [.fragmentsAllowed]),
            let right = try? JSONSerialization.jsonObject(with: Data(second.utf8), options: [.fragmentsAllowed])
        {
            return compare(left, right, path: "document")
        }
        let firstLines = first.split(separator: "\n")
        let secondLines = second.split(separator: "\n")
        guard firstLines.count == secondLines.count else { return "\(firstLines.count) lines against \(secondLines.count)" }
        for (index, (a, b)) in zip(firstLines, secondLines).enumerated() where a != b {
            guard let left = try? JSONSerialization.jsonObject(with: Data(a.utf8), options: [.fragmentsAllowed]),
                let right = try? JSONSerialization.jsonObject(with: Data(b.utf8), options: [.fragmentsAllowed])
            else { return "line \(index + 1) is not JSON" }
            if let difference = compare(left, right, path: "line \(index + 1)") { return difference }
        }
        return nil
    }

    private static func compare(_ left: Any, _ right: Any, path: String) -> String? {
        switch (left, right) {
        case (let left as [String: Any], let right as [String: Any]):
            guard Set(left.keys) == Set(right.keys) else { return "\(path): keys \(left.keys.sorted()) against \(right.keys.sorted())" }
            for key in left.keys.sorted() {
                if let difference = compare(left[key]!, right[key]!, path: "\(path).\(key)") { return difference }
            }
            return nil
        case (let left as [Any], let right as [Any]):
            guard left.count == right.count else { return "\(path): \(left.count) items against \(right.count)" }
            for (index, (a, b)) in zip(left, right).enumerated() {
                if let difference = compare(a, b, path: "\(path)[\(index)]") { return difference }
            }
            return nil
        case (let left as NSNumber, let right as NSNumber):
            let a = left.doubleValue
            let b = right.doubleValue
            return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) ? nil : "\(path): \(a) against \(b)"
        case (let left as String, let right as String):
            return left == right ? nil : "\(path): '\(left)' against '\(right)'"
        case (is NSNull, is NSNull):
            return nil
        default:
            return "\(path): \(left) against \(right)"
        }
    }
}
