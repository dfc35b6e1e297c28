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
if let value = environment["PARSER_EPOCHS"].flatMap(Int.init) { options.parserEpochs = value }
if let value = environment["TAGGER_EPOCHS"].flatMap(Int.init) { options.taggerEpochs = value }
if let value = environment["LABELLER_EPOCHS"].flatMap(Int.init) { options.labellerEpochs = value }
if environment["AMBIGUITY_CLASSES"] != nil { options.ambiguityClasses = true }
if let value = environment["SEED"].flatMap(UInt64.init) { options.seed = value }
if let value = environment["MIN_COUNT"].flatMap(Int.init) { options.minimumFeatureCount = value }
// COMBINE=r (or r,l, …): parsers combined with the first by reparsing, r reading right to left, l left to right.
if let value = environment["MARGIN_BANDS"].flatMap(Int.init) { options.marginBands = value }
if let value = environment["COMBINE"] { options.combinedParsers = value.split(separator: ",").map { $0 == "r" } }
// BEAM=8: the parser trained globally over a beam of 8 and parsing with it; BEAM_UPDATE=early or max-violation.
if let value = environment["BEAM"].flatMap(Int.init) { options.beamWidth = max(1, value) }
if let value = environment["BEAM_UPDATE"] {
    guard let update = ParserTrainer.BeamUpdate(rawValue: value) else {
        FileHandle.standardError.write(Data("BEAM_UPDATE must be early or max-violation, not \(value)\n".utf8))
        exit(2)
    }
    options.beamUpdate = update
}
if environment["STATIC_GOLD"] != nil { options.latentGold = false }
if environment["EXTENDED_FEATURES"] != nil { options.extendedFeatures = true }
// AVERAGE_SEEDS=12,13,14: parsers (greedy or over a beam) trained on these seeds' shuffles, their weights averaged.
if let value = environment["AVERAGE_SEEDS"] { options.averagedSeeds = value.split(separator: ",").compactMap { UInt64($0) } }
if let value = environment["PARSER_PRUNING"].flatMap(Float.init) { options.parserPruning = value }
// The fold taggers' tags for the parser's training, kept beside the predictions between runs.
if let predictions { options.jackknifeCache = (predictions as NSString).appendingPathComponent("jackknifed-tags.txt") }

let about = """
    Entente English parser: UPOS tagger, arc-eager parser and labeller (averaged perceptrons), trained by \
    Scripts/train-parser on the Universal Dependencies English Web Treebank (UD_English-EWT, commit \
    15d613d8447b3478787d4c278730a1e48a945efb: train, tuned on dev). Licence: CC BY-SA 4.0, as the treebank. \
    Parser epochs \(options.parserEpochs)\(options.beamWidth > 1 ? " (global, beam \(options.beamWidth), \(options.beamUpdate.rawValue) updates)" : "")\(options.extendedFeatures ? ", extended features" : ""), tagger epochs \(options.taggerEpochs), labeller epochs \(options.labellerEpochs).\
    \(options.combinedParsers.isEmpty ? "" : " Combined by reparsing with \(options.combinedParsers.map { $0 ? "a right-to-left" : "a left-to-right" }.joined(separator: ", ")) parser.")
    """
var model: ParserModel
if environment["EVALUATE_ONLY"] != nil {
    // Score the model already written (after a change to the tokeniser), without training or writing it.
    model = try ParserModel.read(path: output)
} else if environment["RECOMBINE"] != nil {
    // Count the combination's votes again on dev (RECOMBINE_FROM, else the model already written), without training.
    // RECOMBINE_MEMBERS=0,1 keeps those of the other parsers only.
    var trained = try ParserModel.read(path: environment["RECOMBINE_FROM"] ?? output)
    if let kept = environment["RECOMBINE_MEMBERS"].map({ $0.split(separator: ",").compactMap { Int($0) } }), let combination = trained.parser.combination {
        trained.parser = TransitionParser(
            transitions: trained.parser.transitions, labeller: trained.parser.labeller,
            combination: ParserCombination(members: kept.map { combination.members[$0] }, votes: []))
    }
    model = ParserTrainer(options: options).recombine(trained, development: development)
} else if let thresholds = environment["REPRUNE"].map({ $0.split(separator: ",").compactMap { Float($0) } }), thresholds.count == 3 {
    // Prune a model already written (REPRUNE=tagger,parser,labeller thresholds), without training again.
    let trained = try ParserModel.read(path: environment["REPRUNE_FROM"] ?? output)
    model = trained
    model.tagger = Tagger(
        weights: trained.tagger.weights.pruned(below: thresholds[0]), tagDictionary: trained.tagger.tagDictionary, classes: trained.tagger.classes,
        ambiguityClasses: trained.tagger.ambiguityClasses, closedClassWords: trained.tagger.closedClassWords)
    let combination = trained.parser.combination.map { combination in
        ParserCombination(
            members: combination.members.map {
                ParserCombination.Member(transitions: $0.transitions.pruned(below: thresholds[1]), readsRightToLeft: $0.readsRightToLeft)
            }, votes: combination.votes)
    }
    model.parser = TransitionParser(
        transitions: trained.parser.transitions.pruned(below: thresholds[1]),
        labeller: Labeller(weights: trained.parser.labeller.weights.pruned(below: thresholds[2]), relations: trained.parser.labeller.relations),
        combination: combination, beamWidth: trained.parser.beamWidth, extendedFeatures: trained.parser.extendedFeatures)
    model.about += " Pruned below \(thresholds[0]) (tagger), \(thresholds[1]) (parser), \(thresholds[2]) (labeller)."
} else if let width = environment["REBEAM"].flatMap(Int.init) {
    // The same weights read with another beam (REBEAM=4), from REBEAM_FROM or the model there, without training.
    let trained = try ParserModel.read(path: environment["REBEAM_FROM"] ?? output)
    model = trained
    model.parser = TransitionParser(
        transitions: trained.parser.transitions, labeller: trained.parser.labeller, combination: trained.parser.combination, beamWidth: width,
        extendedFeatures: trained.parser.extendedFeatures)
    model.about += " Read with a beam of \(width)."
} else if environment["CLOSED_CLASSES"] != nil {
    // The tagger's closed-class words read from train and added to the model there (or CLOSED_CLASSES_FROM), without
    // training.
    let trained = try ParserModel.read(path: environment["CLOSED_CLASSES_FROM"] ?? output)
    model = ParserTrainer(options: options).addingClosedClassWords(to: trained, train: train)
    print("closed-class words: \(model.tagger.closedClassWords.count) (word, class) pairs")
} else if environment["PARSER_ONLY"] != nil {
    // Train the parser again, keeping the model's tokens, tagger and labeller (PARSER_FROM, else the model there).
    let trained = try ParserModel.read(path: environment["PARSER_FROM"] ?? output)
    model = ParserTrainer(options: options).retrainParser(trained, train: train, development: development)
    model.about = about + " Parser trained again on the tagger and labeller of an earlier model."
} else {
    model = ParserTrainer(options: options).train(train, development: development, about: about)
}
let bytes = model.encoded()
if environment["EVALUATE_ONLY"] == nil { try Data(bytes).write(to: URL(fileURLWithPath: output)) }
print("wrote \(output): \(bytes.count) bytes, trained in \(Int(Date().timeIntervalSince(start))) s")
let memberWeights = (model.parser.combination?.members ?? []).enumerated().map { ("parser \($0.offset + 2)", $0.element.transitions) }
for (name, weights) in [("tagger", model.tagger.weights), ("parser", model.parser.transitions), ("labeller", model.parser.labeller.weights)] + memberWeights {
    print("  \(name): \(weights.keys.count) features, \(weights.entryCount) weights")
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
