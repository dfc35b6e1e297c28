import EntenteClickHouse
import EntenteIngest
import EntenteModel
import EntenteSQLite
import EntenteSetup
import EntenteStore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

// Nothing lost, nothing twice: ingesting twice, an ingest killed with SIGKILL, a shard that stops answering.
extension ClickHouseTests {
    @Test(arguments: TestServers.Layout.allCases, [KeepPolicy.all, .none])
    func ingestingTwiceStoresNothingNew(_ layout: TestServers.Layout, _ keep: KeepPolicy) throws {
        let (location, store) = try TestServers.freshStore(layout)
        defer { TestServers.drop(location) }
        let inputs = try InputFiles.expand([SharedData.url("gdelt/events.csv").path, SharedData.url("icews/events.2018.sample.tab").path])
        var options = IngestOptions()
        options.keep = keep
        let first = try Ingester(store: store, options: options).run(inputs)
        let aggregates = try allAggregates(store)
        let events = try store.count(matching: EventQuery())
        let datasets = try store.datasets()
        let second = try Ingester(store: store, options: options).run(inputs)
        #expect(first.stored > 0)
        #expect(second.filesSkipped == 2)
        #expect(second.stored == 0)
        #expect(try allAggregates(store) == aggregates)
        #expect(try store.count(matching: EventQuery()) == events)
        #expect(try store.datasets() == datasets)

        // Files that overlap (the same events in two files) count each event once.
        let folder = try TemporaryFolder()
        let rows = try String(contentsOfFile: SharedData.url("gdelt/events.csv").path, encoding: .utf8).split(separator: "\n")
        try folder.write("first.csv", rows[0..<500].joined(separator: "\n") + "\n")
        try folder.write("second.csv", rows[300...].joined(separator: "\n") + "\n")
        let overlapping = try Ingester(store: store, options: options).run(
            try InputFiles.expand([folder.path("first.csv"), folder.path("second.csv")]))
        #expect(overlapping.stored == 0)
        #expect(try allAggregates(store) == aggregates)
    }

    /// `--merge-duplicates` across runs: the merge keys one run committed merge the next run's re-emissions (the same
    /// rows under new ids: same day, dyad, code and source URL), as on SQLite, the reference — the session loads the
    /// committed keys once instead of asking the servers key by key.
    @Test(arguments: TestServers.Layout.allCases)
    func mergeKeysCommittedByOneRunMergeTheNext(_ layout: TestServers.Layout) throws {
        let (location, store) = try TestServers.freshStore(layout)
        defer { TestServers.drop(location) }
        let folder = try TemporaryFolder()
        let rows = try String(contentsOfFile: SharedData.url("gdelt/events.csv").path, encoding: .utf8).split(separator: "\n")
        let reissued = rows.enumerated().map { offset, row in "\(900_000_000 + offset)" + row.drop(while: { $0 != "\t" }) }
        try folder.write("first.csv", rows.joined(separator: "\n") + "\n")
        try folder.write("again.csv", reissued.joined(separator: "\n") + "\n")
        var options = IngestOptions()
        options.mergeDuplicates = true
        let reference = try SQLiteStore(path: folder.path("reference.sqlite"))
        var outcomes: [[Int64]] = []
        for target in [store, reference] as [any IngestStore] {
            let first = try Ingester(store: target, options: options).run(try InputFiles.expand([folder.path("first.csv")]))
            let again = try Ingester(store: target, options: options).run(try InputFiles.expand([folder.path("again.csv")]))
            outcomes.append([first.stored, first.merged, again.stored, again.merged])
        }
        #expect(outcomes[0][3] > 0)
        #expect(outcomes[0] == outcomes[1])
        // The ClickHouse store holds the built-in case beside: count the ingested dataset.
        #expect(try store.count(matching: EventQuery(datasets: ["gdelt1"])) == reference.count(matching: EventQuery(datasets: ["gdelt1"])))
    }

    /// A real `entente ingest` killed with SIGKILL between checkpoints: what it committed agrees with its ledger (the
    /// aggregates and events of exactly the rows before the committed offset), and a rerun completes it, equal to one
    /// uninterrupted run — on SQLite, the reference — with the same quarantine file.
    @Test(.timeLimit(.minutes(10)), arguments: TestServers.Layout.allCases)
    func aKilledIngestResumesWithNothingLostOrDoubled(_ layout: TestServers.Layout) throws {
        let folder = try TemporaryFolder()
        let (text, badRows) = try bigGDELTFile(megabytes: 24, firstID: 900_000_000)
        let arguments = try ingestedCleanly(text, in: folder)

        let location = StoreLocation.clickHouse(TestServers.freshAddress(layout))
        defer { TestServers.drop(location) }
        _ = try location.initialize()
        let killed = try startEntente(arguments + ["--store", location.description, "--quarantine", folder.path("killed.txt"), "--workers", "1"])
        let committed = waitForCommittedBytes(location, atLeast: 4 << 20, while: killed)
        #expect(killed.isRunning, "the ingest ended before it could be killed (committed \(committed) bytes)")
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)

        // Consistent after the kill: exactly the rows before the committed offset.
        let afterKill = try location.open(loadingCase: false)
        let done = committedBytes(location)
        #expect(done > 0 && done < Int64(text.utf8.count))
        try Data(Array(text.utf8).prefix(Int(done))).write(to: URL(fileURLWithPath: folder.path("prefix.csv")))
        let reference = try TestStores.opened(path: folder.path("reference.sqlite"))
        var options = IngestOptions()
        options.keep = .states(["RUS", "PAK", "IND", "USA", "CHN"])
        _ = try Ingester(store: reference, options: options).run(try InputFiles.expand([folder.path("prefix.csv")]))
        #expect(try allAggregates(afterKill) == allAggregates(reference))
        #expect(try afterKill.count(matching: EventQuery()) == reference.count(matching: EventQuery()))

        // The rerun completes it: the same as one clean run.
        let rerun = try runEntente(arguments + ["--store", location.description, "--quarantine", folder.path("killed.txt")])
        #expect(rerun.status == 0, "\(rerun.standardError)")
        #expect(rerun.standardOutput.contains("Resumed 1 file"), "\(rerun.standardOutput)")
        try expectSame(location, as: folder.path("clean.sqlite"))
        let quarantineKilled = try String(contentsOfFile: folder.path("killed.txt"), encoding: .utf8)
        let quarantineClean = try String(contentsOfFile: folder.path("clean.txt"), encoding: .utf8)
        #expect(quarantineKilled == quarantineClean)
        #expect(quarantineClean.split(separator: "\n").count == 2 * badRows)
    }

    /// A shard that stops answering in the middle of an ingest stops it with an error that names the shard; once the
    /// shard is back, a rerun completes the ingest exactly once.
    @Test(.timeLimit(.minutes(10)))
    func aShardDownMidIngestIsNamedAndARerunCompletesIt() throws {
        let folder = try TemporaryFolder()
        let arguments = try ingestedCleanly(try bigGDELTFile(megabytes: 40, firstID: 700_000_000).text, in: folder)

        let (location, store) = try TestServers.freshStore(.cluster)
        defer { TestServers.drop(location) }
        let shard = try #require((store as? ClickHouseStore)?.shards.last)
        let output = Pipe()
        let ingest = try startEntente(arguments + ["--store", location.description, "--quarantine", folder.path("q.txt"), "--workers", "1"], errors: output)
        _ = waitForCommittedBytes(location, atLeast: 2 << 20, while: ingest)
        #expect(ingest.isRunning, "the ingest ended before the shard could be stopped")
        try TestServers.shard("kill", shard.number)
        let message = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ingest.waitUntilExit()
        try TestServers.shard("start", shard.number)
        #expect(ingest.terminationStatus != 0)
        #expect(message.contains("shard \(shard.number) of 2 of cluster 'entente' (\(shard.address)) does not answer"), "\(message)")

        let rerun = try runEntente(arguments + ["--store", location.description, "--quarantine", folder.path("q.txt")])
        #expect(rerun.status == 0, "\(rerun.standardError)")
        try expectSame(location, as: folder.path("clean.sqlite"))
    }

    /// Reads while a shard is down fail, naming it, instead of answering from the other shard's half; the command line
    /// says the same.
    @Test func aReadWithAShardDownSaysWhichShard() throws {
        let (location, store) = try TestServers.freshStore(.cluster)
        defer { TestServers.drop(location) }
        let shard = try #require((store as? ClickHouseStore)?.shards.last)
        let before = try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil)
        try TestServers.shard("stop", shard.number)
        let error = #expect(throws: ClickHouseError.self) { try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil) }
        let eventsError = #expect(throws: ClickHouseError.self) { try store.events(matching: EventQuery(actors: ["RUS", "PAK"])) }
        let command = try runEntente(["dyad", "RUS", "PAK", "--store", location.description])
        try TestServers.shard("start", shard.number)
        for error in [error, eventsError] {
            #expect(error?.description.contains("shard \(shard.number) of 2 of cluster 'entente' (\(shard.address)) does not answer") == true, "\(String(describing: error))")
            #expect(error?.shard == shard.address)
        }
        #expect(command.status == 1)
        #expect(command.standardError.contains("(\(shard.address)) does not answer"), "\(command.standardError)")
        #expect(try store.monthlyAggregates(of: Dyad("RUS", "PAK"), within: nil) == before)
    }

    /// Writes `text` to `big.csv` in `folder` and ingests it in one uninterrupted run into `clean.sqlite` (quarantine
    /// `clean.txt`), the reference; returns the ingest's arguments, to run again against another store.
    private func ingestedCleanly(_ text: String, in folder: TemporaryFolder) throws -> [String] {
        let input = try folder.write("big.csv", text)
        let arguments = ["ingest", input, "--keep-actors", "RUS,PAK,IND,USA,CHN", "--checkpoint-mb", "2", "--max-errors", "1000000"]
        let clean = try runEntente(arguments + ["--db", folder.path("clean.sqlite"), "--quarantine", folder.path("clean.txt")])
        #expect(clean.status == 0, "\(clean.standardError)")
        return arguments
    }

    /// What a store's aggregates, events and datasets hold against a SQLite file's.
    private func expectSame(_ location: StoreLocation, as sqlite: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try location.open(loadingCase: false)
        let reference = try SQLiteStore(path: sqlite)
        #expect(try allAggregates(store) == allAggregates(reference), sourceLocation: sourceLocation)
        #expect(try store.count(matching: EventQuery()) == reference.count(matching: EventQuery()), sourceLocation: sourceLocation)
        #expect(try store.datasets() == reference.datasets(), sourceLocation: sourceLocation)
        let query = EventQuery(actors: ["RUS", "USA"], limit: 200)
        #expect(try store.events(matching: query) == reference.events(matching: query), sourceLocation: sourceLocation)
    }

    /// Real GDELT rows again and again with fresh ids, `megabytes` long, a bad row every 5,000; and how many bad rows.
    private func bigGDELTFile(megabytes: Int, firstID: Int) throws -> (text: String, badRows: Int) {
        let rows = try String(contentsOfFile: SharedData.url("gdelt/events.csv").path, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.filter { $0.count == 58 }
        var text = ""
        text.reserveCapacity((megabytes + 1) << 20)
        var id = firstID
        var count = 0
        while text.utf8.count < megabytes << 20 {
            for row in rows {
                id += 1
                count += 1
                var fields = row
                fields[0] = String(id)
                if count % 5000 == 0 { fields[1] = "2016133" }
                text += fields.joined(separator: "\t") + "\n"
            }
        }
        return (text, count / 5000)
    }

    /// Starts the `entente` binary; its standard error goes to `errors` when given.
    private func startEntente(_ arguments: [String], errors: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = SharedData.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The bytes of the input the store's committed ledger says are done.
    private func committedBytes(_ location: StoreLocation) -> Int64 {
        guard case .clickHouse(let address) = location else { return 0 }
        let database = "`\(address.database)`"
        let text = (try? TestServers.query(
            location,
            "SELECT max(bytes_done) FROM \(database).ingest_file WHERE batch GLOBAL IN (SELECT batch FROM \(database).ingest_batch WHERE kind = 'ingest')"
        )) ?? "0"
        return Int64(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Waits (two minutes at most) until `bytes` of the input are committed, or the process ends.
    @discardableResult
    private func waitForCommittedBytes(_ location: StoreLocation, atLeast bytes: Int64, while process: Process) -> Int64 {
        let deadline = Date().addingTimeInterval(120)
        var committed: Int64 = 0
        while committed < bytes && process.isRunning && Date() < deadline {
            usleep(20_000)
            committed = committedBytes(location)
        }
        return committed
    }
}
