extension ParsedSentence {
    /// The sentence as CoNLL-U: `# text =`, multi-word token lines, one line per word (FEATS and DEPS left `_`,
    /// LEMMA and XPOS too when unknown), `SpaceAfter=No` where the text has no space, and the blank line that ends a sentence.
    ///
    /// - Parameter id: written as `# sent_id =` when given.
    public func conllu(id: String? = nil) -> String {
        var lines: [String] = []
        if let id { lines.append("# sent_id = \(id)") }
        lines.append("# text = " + text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }.reduce(into: "") { $0.append($1) })
        let bytes = Array(text.utf8)
        for token in tokens {
            if token.words.count > 1 {
                let form = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                lines.append("\(token.words.lowerBound + 1)-\(token.words.upperBound)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t\(token.spaceAfter ? "_" : "SpaceAfter=No")")
            }
            for index in token.words {
                let word = words[index]
                let misc = token.words.count == 1 && !token.spaceAfter ? "SpaceAfter=No" : "_"
                let lemma = word.lemma.isEmpty ? "_" : word.lemma
                let fine = word.fineTag.isEmpty ? "_" : word.fineTag
                lines.append("\(index + 1)\t\(word.form)\t\(lemma)\t\(word.tag.rawValue)\t\(fine)\t_\t\(word.head)\t\(word.relation)\t_\t\(misc)")
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
