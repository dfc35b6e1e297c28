// Coder speed: sentences per second on one core, with the full Phoenix dictionaries loaded.
// Run with Benchmarks/coder/run.sh (a release build behind ENABLE_ENTENTE_BENCHMARKS).
import EntenteCoder
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: entente-coder-bench DICTIONARY_DIR TEXT_FILE... [--megabytes N]")
    exit(2)
}
let clock = ContinuousClock()
var loadStart = clock.now
let dictionaries = try DictionarySet.load(directory: arguments[1], policy: .skip)
let loadTime = clock.now - loadStart
print("dictionaries: \(dictionaries.summary)")
print("load time: \(loadTime)  (\(dictionaries.warnings.count) malformed lines skipped)")

var megabytes = 4
var files: [String] = []
var index = 2
while index < arguments.count {
    if arguments[index] == "--megabytes", index + 1 < arguments.count { megabytes = Int(arguments[index + 1]) ?? 4; index += 2; continue }
    files.append(arguments[index])
    index += 1
}
var sentences: [[UInt8]] = []
for file in files {
    var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
    if file.hasSuffix(".xml") {
        let records = ValidationFile(bytes: bytes)
        bytes = Array(records.records.map(\.text).joined(separator: "\n\n").utf8)
    }
    let normalised = TextNormaliser.normalise(bytes)
    for range in SentenceSplitter.sentences(in: normalised.bytes) { sentences.append(Array(normalised.bytes[range])) }
}
var corpus: [[UInt8]] = []
var size = 0
while size < megabytes << 20 {
    for sentence in sentences { corpus.append(sentence); size += sentence.count + 1 }
}
print("text: \(corpus.count) sentences, \(size >> 10) KiB (from \(sentences.count) distinct)")
let coder = Coder(dictionaries: dictionaries)
var events = 0
let start = clock.now
for sentence in corpus {
    sentence.withUnsafeBufferPointer { events += coder.code(bytes: $0, day: nil, sentenceIndex: 0, start: 0).events.count }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("coded: \(events) events in \(elapsed)")
print(String(format: "speed: %.0f sentences/s, %.1f MB/s (one thread)", Double(corpus.count) / seconds, Double(size) / 1e6 / seconds))
