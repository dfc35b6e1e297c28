import EntenteIngest
import EntenteModel
import EntenteStore
import Foundation
import TestSupport
import Testing

/// The pieces under the readers: layouts, event key sets, the command's summary.
@Suite struct PieceTests {
    @Test func layoutsHaveTheColumnCountsTheCodebooksGive() {
        #expect(Layouts.gdelt1Daily.columns.count == 58)
        #expect(Layouts.gdelt1History.columns.count == 57)
        #expect(Layouts.gdelt2.columns.count == 61)
        #expect(Layouts.icews.columns.count == 20)
        #expect(Layouts.gdelt1Daily.column("EventCode") == 26)
        #expect(Layouts.gdelt2.column("SOURCEURL") == 60)
        #expect(Layouts.gdelt1History.columnIfPresent("SOURCEURL") == nil)
    }

    @Test func layoutsMatchTheColumnListsPublishedWithTheData() throws {
        for (file, layout) in [("gdelt/events1.csv", Layouts.gdelt1Daily), ("gdelt/events2.csv", Layouts.gdelt2)] {
            let text = try String(contentsOfFile: Samples.path(file), encoding: .utf8)
            // name,type,description — the names start the lines that start a column's entry.
            let names = text.split(separator: "\n").dropFirst().compactMap { line -> String? in
                let name = line.prefix(while: { $0 != "," })
                return name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) && !name.isEmpty && line.contains(",") ? String(name) : nil
            }
            #expect(names.filter { layout.columns.contains($0) } == layout.columns)
        }
    }

    @Test func eventKeyBlocksKeepTheirMembersThroughStorage() throws {
        var sparse = EventKeyBlock()
        let first = sparse.insert(7)
        let second = sparse.insert(3)
        let again = sparse.insert(7)
        #expect(first && second && !again)
        #expect(try EventKeyBlock(bytes: sparse.bytes) == sparse)
        var dense = EventKeyBlock()
        var inserted = 0
        for member in stride(from: 0, to: 65536, by: 10) where dense.insert(UInt16(member)) { inserted += 1 }
        #expect(inserted == 6554)
        #expect(dense.isBitmap)
        #expect(dense.count == 6554)
        let repeated = dense.insert(650)
        #expect(!repeated)
        #expect(dense.contains(65530) && !dense.contains(65531))
        let restored = try EventKeyBlock(bytes: dense.bytes)
        #expect(restored.count == dense.count && restored.contains(650) && !restored.contains(651))
        #expect(throws: StoreError.self) { try EventKeyBlock(bytes: [1, 0, 0]) }
    }

    @Test func theSummaryJSONHasWhatScriptsRead() throws {
        var summary = IngestSummary()
        summary.read = 10
        summary.stored = 7
        summary.quarantined = 3
        summary.reasons = ["bad-date": 3]
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(summary)) as? [String: Any]
        for key in ["read", "stored", "merged", "quarantined", "reasons", "nonState", "duplicates", "bytes"] {
            #expect(json?[key] != nil, "missing \(key)")
        }
        #expect((json?["reasons"] as? [String: Int])?["bad-date"] == 3)
    }

    /// The command: `--format json` prints one object; more rejected rows than `--max-errors` exit 1.
    @Test func theCommandPrintsJSONAndExitsOnTooManyErrors() throws {
        let binary = try ententeBinary()
        let folder = try TemporaryFolder()
        let rows = try gdeltDailyRows().prefix(5)
        let path = try folder.write("bad.csv", rows.joined(separator: "\n") + "\nnot\ta\trow\n")
        let output = folder.path("out.json")
        FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["ingest", path, "--db", folder.path("db.sqlite"), "--format", "json", "--max-errors", "1"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        #expect(json?["read"] as? Int == 6)
        #expect(json?["quarantined"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: folder.path("db.quarantine.txt")))
        #expect(try run(binary, ["ingest", path, "--db", folder.path("other.sqlite"), "--max-errors", "0"]) == 1)
        #expect(try run(binary, ["ingest", path, "--db", folder.path("third.sqlite"), "--format", "gdelt1"]) != 0)
    }
}
