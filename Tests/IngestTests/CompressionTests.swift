import EntenteIngest
import EntenteModel
import EntenteStore
import Foundation
import TestSupport
import Testing

/// Plain, .gz and .zip inputs, directories and globs read the same events.
@Suite struct CompressionTests {
    /// The aggregates of the plain sample, to compare the other forms with.
    static func plainAggregates(_ path: String) throws -> [String] {
        let folder = try TemporaryFolder()
        let store = try freshStore(in: folder)
        try ingest([path], into: store, keep: .none)
        return try aggregateRows(store)
    }

    @Test(arguments: [Samples.gdelt1, Samples.icews])
    func gzipReadsAsThePlainFile(_ sample: String) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: sample, toPath: folder.path("sample"))
        #expect(try run("/usr/bin/gzip", ["-k", folder.path("sample")]) == 0)
        let store = try freshStore(in: folder)
        let summary = try ingest([folder.path("sample.gz")], into: store, keep: .none)
        #expect(summary.quarantined == 0)
        #expect(try aggregateRows(store) == Self.plainAggregates(sample))
    }

    /// A plain file is read from its mapping, chunk by chunk without a copy, up to the stretch before its end or a
    /// line too long to map (then it is read as before); the same file gzipped is read by copying throughout. Both
    /// must give the same aggregates, events, counts and quarantine: bad rows, an over-long line in the middle and an
    /// unterminated last line included, over many chunks.
    @Test func aMappedFileReadsAsTheSameFileGzipped() throws {
        let folder = try TemporaryFolder()
        let rows = try gdeltRowsOverDays(40, from: 2012_01_01, firstID: 700_000_000)
        // A bad date every 3,000 rows, and a line of 1.6 MB after the 16th day.
        var lines = rows.map { $0.id % 3000 == 0 ? replacing($0.row, field: 1, with: "2012-13-45") : $0.row }
        lines.insert(String(repeating: "x\t", count: 800_000), at: rows.firstIndex { $0.day == 16 }!)
        let badRows = rows.filter { $0.id % 3000 == 0 }.count
        let text = lines.joined(separator: "\n")  // no line end after the last line
        #expect(text.utf8.count > 8 << 20)
        try folder.write("big.tsv", text)
        try FileManager.default.copyItem(atPath: folder.path("big.tsv"), toPath: folder.path("copy.tsv"))
        #expect(try run("/usr/bin/gzip", [folder.path("copy.tsv")]) == 0)
        let configure: (inout IngestOptions) -> Void = { $0.chunkBytes = 2 << 20 }
        let keep = KeepPolicy.states(["RUS", "USA", "CHN"])

        let mapped = try freshStore(in: folder, "mapped.sqlite")
        let plain = try ingest([folder.path("big.tsv")], into: mapped, keep: keep, quarantine: folder.path("mapped.txt"), configure: configure)
        let copied = try freshStore(in: folder, "copied.sqlite")
        let gzipped = try ingest([folder.path("copy.tsv.gz")], into: copied, keep: keep, quarantine: folder.path("copied.txt"), configure: configure)

        #expect(plain.read == Int64(lines.count))
        #expect(plain.quarantined == Int64(badRows + 1))
        #expect([plain.read, plain.stored, plain.kept, plain.quarantined] == [gzipped.read, gzipped.stored, gzipped.kept, gzipped.quarantined])
        #expect(try aggregateRows(mapped) == aggregateRows(copied))
        #expect(try eventCount(mapped) == eventCount(copied))
        let quarantined = try String(contentsOfFile: folder.path("mapped.txt"), encoding: .utf8)
            .replacingOccurrences(of: folder.path("big.tsv"), with: "INPUT")
        #expect(quarantined == (try String(contentsOfFile: folder.path("copied.txt"), encoding: .utf8)
            .replacingOccurrences(of: folder.path("copy.tsv.gz"), with: "INPUT")))
        #expect(quarantined.contains(": line longer than 1048576 bytes [first 4096 of 1600000 bytes]"), "the over-long line is quarantined")
    }

    @Test func severalGzipMembersReadAsOneStream() throws {
        let folder = try TemporaryFolder()
        let rows = try String(contentsOfFile: Samples.gdelt1, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let half = rows.count / 2
        try folder.write("a", rows[..<half].joined(separator: "\n") + "\n")
        try folder.write("b", rows[half...].joined(separator: "\n"))
        #expect(try run("/usr/bin/gzip", [folder.path("a"), folder.path("b")]) == 0)
        let joined = try Data(contentsOf: URL(fileURLWithPath: folder.path("a.gz"))) + Data(contentsOf: URL(fileURLWithPath: folder.path("b.gz")))
        try joined.write(to: URL(fileURLWithPath: folder.path("both.gz")))
        let store = try freshStore(in: folder)
        let summary = try ingest([folder.path("both.gz")], into: store, keep: .none)
        #expect(summary.read == 710)
        #expect(summary.quarantined == 0)
        #expect(try aggregateRows(store) == Self.plainAggregates(Samples.gdelt1))
    }

    /// A `.gz` cut short (a truncated download): the rows before the cut go in, the cut is quarantined where it lies.
    @Test func aTruncatedGzipKeepsTheRowsBeforeTheCut() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Samples.gdelt1, toPath: folder.path("sample"))
        #expect(try run("/usr/bin/gzip", [folder.path("sample")]) == 0)
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder.path("sample.gz")))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: folder.path("cut.gz")))
        // What gzip(1) itself recovers from the cut file: its complete lines are the rows that can be read.
        let recovered = Process()
        recovered.executableURL = URL(fileURLWithPath: "/bin/sh")
        recovered.arguments = ["-c", "gzip -dc '\(folder.path("cut.gz"))' > '\(folder.path("recovered"))' 2>/dev/null; true"]
        try recovered.run()
        recovered.waitUntilExit()
        let lines = try Data(contentsOf: URL(fileURLWithPath: folder.path("recovered"))).filter { $0 == 0x0A }.count
        #expect(lines > 0)
        let store = try freshStore(in: folder)
        let summary = try ingest([folder.path("cut.gz")], into: store, keep: .none)
        #expect(summary.read == Int64(lines))
        #expect(summary.reasons == [RejectReason.unreadable.rawValue: 1])
    }

    @Test func zipMembersReadAsThePlainFiles() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Samples.gdelt1, toPath: folder.path("20160728.export.CSV"))
        try FileManager.default.copyItem(atPath: Samples.icews, toPath: folder.path("events.2018.tab"))
        #expect(try run("/usr/bin/zip", ["-q", "-j", folder.path("both.zip"), folder.path("20160728.export.CSV"), folder.path("events.2018.tab")]) == 0)
        let inputs = try InputFiles.expand([folder.path("both.zip")])
        #expect(inputs.map(\.path) == [folder.path("both.zip") + "#20160728.export.CSV", folder.path("both.zip") + "#events.2018.tab"])
        let store = try freshStore(in: folder)
        let summary = try ingest([folder.path("both.zip")], into: store, keep: .none)
        #expect(summary.files == 2)
        #expect(summary.quarantined == 0)
        let separate = try freshStore(in: folder, "separate.sqlite")
        try ingest([folder.path("20160728.export.CSV"), folder.path("events.2018.tab")], into: separate, keep: .none)
        #expect(try aggregateRows(store) == aggregateRows(separate))
    }

    @Test func directoriesAndGlobsExpandInNameOrder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("data/sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Samples.gdelt1, toPath: folder.path("data/b.csv"))
        try FileManager.default.copyItem(atPath: Samples.gdelt2, toPath: folder.path("data/sub/a.tsv"))
        try folder.write("data/.hidden", "not read")
        // The documentation beside data (as ../shared/data keeps a SOURCE.md in each folder) is not an input of the folder.
        try folder.write("data/SOURCE.md", "# where the data come from")
        try folder.write("data/sub/README", "read me")
        try folder.write("data/LICENSE.txt", "the licence")
        let fromDirectory = try InputFiles.expand([folder.path("data")]).map(\.path)
        #expect(fromDirectory == [folder.path("data/b.csv"), folder.path("data/sub/a.tsv")])
        // Named on its own, it is an input like any other (and quarantined as no format).
        #expect(try InputFiles.expand([folder.path("data/SOURCE.md")]).map(\.path) == [folder.path("data/SOURCE.md")])
        let fromGlob = try InputFiles.expand([folder.path("data/*.csv")]).map(\.path)
        #expect(fromGlob == [folder.path("data/b.csv")])
        #expect(throws: InputError.self) { try InputFiles.expand([folder.path("data/*.nothing")]) }
        #expect(throws: InputError.self) { try InputFiles.expand([folder.path("missing.csv")]) }
    }
}
