import EntenteParser

/// Agreements signed: CAMEO codes the signing, not what the agreement is about.
extension SentenceAnalysis {
    /// An agreement, treaty or pact signed is CAMEO's 057, "sign formal agreement": "Even when the agreement in
    /// question implies a formal commitment to boost material cooperation, provide aid, or yield in some way, the event
    /// of signing the agreement or treaty is still" 057 (the manual's note). The dictionaries code some by their topic
    /// instead (`SIGN * {&MILITARY &TREATY} [0312:0312]`, `* {&DEFENSE &TREATY} [062]`, `* {TRADE &TREATY}
    /// [0311:0311]`): a signing verb in the past, of a clause of its own (not "agreed to sign", which is the promise
    /// the note excludes), whose object is an agreement, codes 057 both ways where the dictionary gave its topic's
    /// cooperation (03, 06).
    func refineSignings(_ found: [Found]) -> [Found] {
        guard options.readsModality, let tree else { return found }
        var signed: [Found] = []
        for event in found {
            signed.append(event)
            guard event.code.hasPrefix("03") || event.code.hasPrefix("06"), verbSpans[event.verbIndex].tense == .past,
                let word = treeWord(of: verbs[event.verbIndex]), tree.sentence.words[word].tag == .verb,
                Self.signingForms.contains(tree.form(word)), !["xcomp", "acl", "csubj"].contains(tree.relation(word)),
                // (Or a number of them: "a series of defence and energy agreements", "dozens of agreements"; or,
                // where the parse took the verb for an adjective, the nouns it modifies: "the two countries signed
                // energy and trade agreements".)
                signedObjects(of: word, tree: tree).flatMap({ [$0] + tree.dependents(of: $0, ["nmod"]) })
                    .contains(where: { Self.agreementNouns.contains(tree.form($0)) })
            else { continue }
            signed[signed.count - 1].code = "057"
            signed[signed.count - 1].evidence.sourceRule += " + an agreement signed"
            // Signing is reciprocal (the note to 057: "two reciprocal events are coded with actors reversed").
            if !isNull(event.source.code), !isNull(event.target.code) {
                signed.append(linked(signed[signed.count - 1], code: "057"))
            }
        }
        return signed
    }

    /// A signing verb's objects: its own, or the noun it modifies and that noun's conjuncts where the parse made it an
    /// adjective.
    private func signedObjects(of word: Int, tree: TokenTree) -> [Int] {
        guard tree.relation(word) == "amod", let noun = tree.head(word) else { return tree.dependents(of: word, ["obj"]) }
        return [noun] + tree.dependents(of: noun, ["conj"])
    }

    static let signingForms = Inflection.lowerCaseForms(of: ["sign", "ink", "conclude"])
    static let agreementNouns: Set<String> = [
        "agreement", "agreements", "treaty", "treaties", "pact", "pacts", "accord", "accords", "deal", "deals",
        "memorandum", "memoranda", "memorandums", "protocol", "protocols", "convention", "contract", "contracts",
    ]
}
