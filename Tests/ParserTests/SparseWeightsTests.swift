@testable import EntenteParser
import Foundation
import Testing

@Suite("Weight tables")
struct SparseWeightsTests {
    /// The votes of features, looked up in the table (after the prefetches), are the sums of their rows: checked
    /// against the rows themselves, for a model of four classes (one table slot a key) and of more (slot and row).
    @Test(arguments: [4, 7])
    func scoresAreTheSumsOfTheFeaturesRows(classCount: Int) {
        var generator = SystemRandomNumberGenerator()
        var keys: [UInt32] = []
        var offsets: [Int32] = [0]
        var classes: [UInt8] = []
        var values: [Int16] = []
        var seen = Set<UInt32>()
        while keys.count < 5_000 {
            let key = UInt32.random(in: 1...UInt32.max, using: &generator)
            guard seen.insert(key).inserted else { continue }
            keys.append(key)
            for classIndex in 0..<classCount where Bool.random(using: &generator) {
                classes.append(UInt8(classIndex))
                values.append(Int16.random(in: -500...500, using: &generator))
            }
            offsets.append(Int32(values.count))
        }
        let weights = SparseWeights(classCount: classCount, scale: 0.01, keys: keys, offsets: offsets, classes: classes, values: values)
        for _ in 0..<200 {
            // Features present and absent, a key twice.
            var features = (0..<40).map { _ in keys.randomElement(using: &generator)! }
            features += (0..<20).map { _ in UInt32.random(in: 1...UInt32.max, using: &generator) }.filter { !seen.contains($0) }
            features.append(features[0])
            var expected = [Int32](repeating: 0, count: classCount)
            let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
            for feature in features {
                guard let index = row[feature] else { continue }
                for entry in Int(offsets[index])..<Int(offsets[index + 1]) { expected[Int(classes[entry])] += Int32(values[entry]) }
            }
            var scores = [Int32](repeating: 0, count: classCount)
            weights.score(features, into: &scores)
            #expect(scores == expected)
        }
    }

    #if os(Linux)
    /// A table is advised onto huge pages (the kernel marks the mapping `hg`) where the kernel takes the advice.
    @Test func aLargeTableIsAdvisedOntoHugePages() throws {
        let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
        try #require(mode.contains("[madvise]") || mode.contains("[always]"), "this kernel gives no transparent huge pages")
        let table = SparseWeights.table(repeating: UInt64(0), count: 1 << 20)
        let address = table.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress!) }
        let middle = address + UInt(table.count * 8 / 2)
        // A file of /proc has no size to read by: read it to its end.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var inside = false
        var flags: String?
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
                let start = UInt(line[..<dash], radix: 16), let end = UInt(line[line.index(after: dash)..<space], radix: 16)
            {
                inside = start <= middle && middle < end
            } else if inside, line.hasPrefix("VmFlags:") {
                flags = String(line)
            }
        }
        let mapping = try #require(flags)
        #expect(mapping.split(separator: " ").contains("hg"), "\(mapping)")
        withExtendedLifetime(table) {}
    }
    #endif
}
