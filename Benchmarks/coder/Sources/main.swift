// Coder speed: sentences per second on one core, with the full Phoenix dictionaries loaded, end to end (tokenise,
// tag, parse, code) and from word order alone. Run with Benchmarks/coder/run.sh (a release build behind
// ENABLE_ENTENTE_BENCHMARKS).
import EntenteCoder
import EntenteModel
import EntenteParser
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
print("load time: \(loadTime)  (\(dictionaries.warnings.count) malformed or quirky lines)")
loadStart = clock.now
let parser = try EnglishParser.load()
print("parser model load time: \(clock.now - loadStart)")

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
    } else if file.hasSuffix(".csv") {
        let examples = try CAMEOExample.read(bytes: bytes, path: file)
        bytes = Array(examples.map(\.sentence).joined(separator: "\n\n").utf8)
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
/// Seconds of a duration.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
// ENTENTE_BENCH_ONLY=end-to-end runs one round of `Coder.code` with the parse and nothing else, for counting
// instructions and CPU time under `perf stat` on a machine shared with other work (see run.sh).
if ProcessInfo.processInfo.environment["ENTENTE_BENCH_ONLY"] == "end-to-end" {
    let coder = Coder(dictionaries: dictionaries, parser: parser)
    var events = 0
    let start = clock.now
    for sentence in corpus {
        sentence.withUnsafeBufferPointer { events += coder.code(bytes: $0, day: nil, sentenceIndex: 0, start: 0).events.count }
    }
    print("end to end, one round: \(corpus.count) sentences, \(events) events, \(clock.now - start)")
    exit(0)
}
// Parsing alone: tokenise, tag, parse.
var parseRounds: [Double] = []
var words = 0
for _ in 0..<3 {
    words = 0
    let start = clock.now
    for sentence in corpus { words += parser.parse(sentence: String(decoding: sentence, as: UTF8.self)).words.count }
    parseRounds.append(seconds(clock.now - start))
}
print(String(format: "parse speed: %.0f sentences/s, %.0f words/s (one thread, best round; slowest %.0f/s)",
    Double(corpus.count) / parseRounds.min()!, Double(words) / parseRounds.min()!, Double(corpus.count) / parseRounds.max()!))

for (name, coder) in [("end to end (tokenise, tag, parse, code)", Coder(dictionaries: dictionaries, parser: parser)),
    ("word order alone (no parse)", Coder(dictionaries: dictionaries))] {
print("== \(name)")
// Three rounds each, best and slowest reported: the machine is shared, and the best round is the one least
// disturbed by other work.
var sentenceRounds: [Double] = []
var events = 0
for _ in 0..<3 {
    events = 0
    let start = clock.now
    for sentence in corpus {
        sentence.withUnsafeBufferPointer { events += coder.code(bytes: $0, day: nil, sentenceIndex: 0, start: 0).events.count }
    }
    sentenceRounds.append(seconds(clock.now - start))
}
print("coded: \(events) events per round; rounds: \(sentenceRounds.map { String(format: "%.2f s", $0) }.joined(separator: ", "))")
print(String(format: "speed: %.0f sentences/s, %.1f MB/s (one thread, best round; slowest %.0f/s)",
    Double(corpus.count) / sentenceRounds.min()!, Double(size) / 1e6 / sentenceRounds.min()!, Double(corpus.count) / sentenceRounds.max()!))

// The whole document path of `entente code`: normalising, splitting, coding with the discourse context, dating,
// magnitudes and issues — the same sentences as documents of 20 sentences each (a discard phrase that ends a story
// ends only its own document).
var documents: [[UInt8]] = []
var current: [UInt8] = []
for (index, sentence) in corpus.enumerated() {
    current.append(contentsOf: sentence)
    current.append(contentsOf: [0x0A, 0x0A])
    if index % 20 == 19 {
        documents.append(current)
        current = []
    }
}
if !current.isEmpty { documents.append(current) }
let documentCoder = DocumentCoder(coder: coder)
let documentDate = try EventDate(parsing: "2015")
var documentRounds: [Double] = []
var documentSentences = 0
var documentEvents = 0
for _ in 0..<3 {
    documentSentences = 0
    documentEvents = 0
    let start = clock.now
    for bytes in documents {
        let coded = documentCoder.code(bytes: bytes, name: "bench", documentDate: documentDate)
        documentSentences += coded.sentenceCount
        documentEvents += coded.events.count
    }
    documentRounds.append(seconds(clock.now - start))
}
print("documents: \(documents.count) of 20 sentences, \(documentEvents) events from \(documentSentences) sentences per round")
print(String(format: "document speed: %.0f sentences/s (one thread, best round, with context, dates, magnitudes and issues; slowest %.0f/s)",
    Double(documentSentences) / documentRounds.min()!, Double(documentSentences) / documentRounds.max()!))
}
