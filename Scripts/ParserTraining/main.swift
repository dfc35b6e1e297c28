// Trains the English parser's model on the English Web Treebank and writes its predictions for the scorer.
// Run by Scripts/train-parser; see docs/parser.md.
import EntenteParser
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: entente-train-parser TREEBANK_DIR OUTPUT_MODEL [PREDICTIONS_DIR]\n".utf8))
    exit(2)
}
let treebank = arguments[1]
let output = arguments[2]
let predictions = arguments.count > 3 ? arguments[3] : nil

func read(_ name: String) throws -> [ParsedSentence] {
    let path = (treebank as NSString).appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
    return try CoNLLUReader.read([UInt8](data), path: path)
}

let start = Date()
let train = try read("en_ewt-ud-train.conllu")
let development = try read("en_ewt-ud-dev.conllu")
let test = try read("en_ewt-ud-test.conllu")
print("read \(train.count) training, \(development.count) development, \(test.count) test sentences")
var options = ParserTrainer.Options()
let environment = ProcessInfo.processInfo.environment
if let value = environment["TAGGER_EPOCHS"].flatMap(Int.init) { options.taggerEpochs = value }
if let value = environment["MIN_COUNT"].flatMap(Int.init) { options.minimumFeatureCount = value }

if let directory = environment["EXPORT_TAGS"] {
    // The tags the network parser learns from (Scripts/train-parser-network.py): each training sentence
    // tagged by a tagger that never saw it, dev and test by the tagger trained on all of train (gold tokens).
    let (classes, tagger, jackknifed) = ParserTrainer(options: options).jackknifedTags(train)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    func write(_ name: String, _ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)))
    }
    try write("classes.txt", classes.map { $0.tag.rawValue + "\t" + $0.fineTag })
    try write("tags-train.txt", jackknifed.map { $0.map(String.init).joined(separator: " ") })
    var right = 0, total = 0
    for sentence in development {
        let tags = tagger.tags(sentence.words.map { WordHashes($0.form) })
        right += zip(tags, sentence.words).filter { classes[$0].tag == $1.tag }.count
        total += tags.count
    }
    print("tagger: UPOS accuracy on dev (gold tokens) \(Double(right) / Double(max(1, total)))")
    for (name, sentences) in [("dev", development), ("test", test)] {
        try write("tags-\(name).txt", sentences.map { tagger.tags($0.words.map { WordHashes($0.form) }).map(String.init).joined(separator: " ") })
    }
    print("wrote tags to \(directory) in \(Int(Date().timeIntervalSince(start))) s")
    exit(0)
}
var model: ParserModel
if environment["EVALUATE_ONLY"] != nil {
    // Score the model already written (after a change to the tokeniser), without training or writing it.
    model = try ParserModel.read(path: output)
} else {
    // The tagger (trained here) and the network (trained by train-parser-network.py) in one model file.
    guard let networkPath = environment["NETWORK"], let network = FileManager.default.contents(atPath: networkPath) else {
        FileHandle.standardError.write(Data("set NETWORK to the file train-parser-network.py wrote, or EXPORT_TAGS to a folder\n".utf8))
        exit(2)
    }
    let about = """
        Entente English parser: UPOS tagger (averaged perceptron, \(options.taggerEpochs) epochs) and arc-eager parser \
        (feed-forward network, Chen and Manning 2014), trained by Scripts/train-parser on the Universal Dependencies \
        English Web Treebank (UD_English-EWT, commit 15d613d8447b3478787d4c278730a1e48a945efb: train, tuned on dev). \
        Licence: CC BY-SA 4.0, as the treebank.
        """
    let parser = try NetworkParser(bytes: [UInt8](network), path: networkPath)
    model = ParserTrainer(options: options).model(train, network: parser, about: about)
}
let bytes = model.encoded()
if environment["EVALUATE_ONLY"] == nil { try Data(bytes).write(to: URL(fileURLWithPath: output)) }
print("wrote \(output): \(bytes.count) bytes, trained in \(Int(Date().timeIntervalSince(start))) s")
print("  tagger: \(model.tagger.weights.keys.count) features, \(model.tagger.weights.entryCount) weights; network: \(model.parser.encoded.count) bytes")

// With the treebank's own words (gold tokens), as the network's trainer scores dev.
do {
    let parser = EnglishParser(model: model)
    for (name, sentences) in [("dev", development), ("test", test)] {
        var words = 0, tagged = 0, attached = 0, labelled = 0
        for gold in sentences {
            var sentence = gold
            parser.annotate(&sentence)
            for (predicted, truth) in zip(sentence.words, gold.words) {
                words += 1
                if predicted.tag == truth.tag { tagged += 1 }
                if predicted.head == truth.head {
                    attached += 1
                    if predicted.relation.prefix(while: { $0 != ":" }) == truth.relation.prefix(while: { $0 != ":" }) { labelled += 1 }
                }
            }
        }
        let total = Double(max(1, words))
        print(String(format: "%@ (gold tokens): UPOS %.4f UAS %.4f LAS %.4f", name, Double(tagged) / total, Double(attached) / total, Double(labelled) / total))
    }
}

// Predictions from raw text: each sentence's `# text`, tokenised, tagged and parsed by the model just written.
if let predictions {
    let loaded = try ParserModel.read(path: output)
    let parser = EnglishParser(model: loaded)
    for (name, sentences) in [("dev", development), ("test", test)] {
        var text = ""
        let begin = Date()
        for sentence in sentences { text += parser.parse(sentence: sentence.text).conllu() }
        let seconds = Date().timeIntervalSince(begin)
        let path = (predictions as NSString).appendingPathComponent("predicted-\(name).conllu")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        print("wrote \(path): \(sentences.count) sentences in \(String(format: "%.2f", seconds)) s")
    }
}
