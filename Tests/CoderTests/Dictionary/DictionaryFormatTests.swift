import EntenteCase
import EntenteCoder
import EntenteModel
import Foundation
import Testing

@Suite("Dictionary formats")
struct DictionaryFormatTests {
    /// British and American spellings of a name are one word: the dictionaries write both ("ORGANIZATION_OF_AMERICAN_
    /// STATES", "ORGANISATION_FOR_SECURITY…"), news too; "-ise" verbs keep their forms (the verb dictionary lists them).
    @Test func britishAndAmericanSpellingsAreOneWord() throws {
        var words = WordTable()
        let organization = words.intern("ORGANIZATION")
        #expect(words.id(of: "Organisation") == organization)
        #expect(words.intern("ORGANISATIONS") == words.id(of: "organizations"))
        #expect(words.intern("DEFENCE") == words.id(of: "DEFENSE"))
        #expect(words.intern("CENTRE") == words.id(of: "center"))
        #expect(words.intern("PROMISE") != words.id(of: "PROMIZE"))
        // A doubled final "l" after a vowel is one: British "travelled", "cancelling", "signalled".
        #expect(words.intern("TRAVELED") == words.id(of: "travelled"))
        #expect(words.intern("CANCELING") == words.id(of: "Cancelling"))
        #expect(words.intern("SIGNALED") == words.id(of: "signalled"))
        #expect(words.id(of: "filled") != words.intern("FILED"))
        // As the coder reads them, with the Phoenix dictionaries as published.
        let probe = NewsProbeTests()
        #expect(try probe.triples("The Organisation of American States criticized Venezuela on Monday.") == ["IGOOAS→VEN 111"])
        #expect(try probe.triples("The North Atlantic Treaty Organisation warned Russia on Monday.").first?.hasPrefix("IGOWSTNAT→RUS") == true)
    }

    @Test func verbBlocksFormsPatternsAndSynsets() throws {
        var words = WordTable()
        let text = """
            &CURRENCY
            +DOLLAR
            +SWISS FRANCS

            --- BREAK [1717] ---
            BREAK { BROKE BROKEN }
            +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}
            WIRE_+TAP [1711]
            - * TREATY [161]
            - + * IN $ [075]
            - * &CURRENCY [903]
            - * (FOR {PEACE TALKS}) [042:043]
            - * TRIAL [:173]
            """
        let dictionary = try VerbDictionary.read(path: "t.verbs.txt", bytes: Array(text.utf8), words: &words)
        #expect(dictionary.blocks.count == 1)
        #expect(dictionary.blocks[0].codes == EventCodes(forward: "1717"))
        #expect(dictionary.blocks[0].patterns.count == 5)
        let forms = Set(dictionary.forms.map(\.text))
        #expect(forms.isSuperset(of: ["BREAK", "BROKE", "BROKEN", "BREAK DOWN", "BREAKS DOWN", "WIRE TAP", "WIRE TAPS", "WIRE TAPPED".replacingOccurrences(of: "PP", with: "P")]))
        #expect(dictionary.forms.first { $0.text == "WIRE TAP" }?.head == 1)
        #expect(dictionary.forms.first { $0.text == "WIRE TAP" }?.codes == EventCodes(forward: "1711"))
        #expect(dictionary.synsets[0].phrases.count == 3)  // DOLLAR, DOLLARS, SWISS FRANCS
        let reverse = dictionary.blocks[0].patterns.first { $0.text.contains("TRIAL") }
        #expect(reverse?.codes == EventCodes(forward: nil, reverse: "173"))
    }

    /// A verb the patterns' comments name as the one they were written for, which no block lists, is a verb of its
    /// own with those patterns, coded by the root most of them give.
    @Test func originVerbsNamedOnlyInCommentsAreVerbs() throws {
        var words = WordTable()
        let text = """
            --- DEMAND [100] ---
            DEMAND
            PRESS
            - * TALKS [026]  # URGE
            - * WITHDRAW [025]  # URGE, as coded
            - * SANCTIONS [1312]  # URGE
            - * RESIGNATION [100]  # DEMAND
            - * (ON ISSUES) [104]  # PRESS
            - * AHEAD [170]  # WRAPPED_UP
            """
        let dictionary = try VerbDictionary.read(path: "t.verbs.txt", bytes: Array(text.utf8), words: &words)
        #expect(dictionary.blocks.map(\.name) == ["DEMAND", "URGE"])
        #expect(dictionary.blocks[1].codes == EventCodes(forward: "020"))
        #expect(Set(dictionary.blocks[1].patterns.map(\.text)) == ["- * TALKS [026]", "- * WITHDRAW [025]", "- * SANCTIONS [1312]"])
        #expect(dictionary.blocks[0].patterns.count == 6)
        let urge = Set(dictionary.forms.filter { $0.block == 1 }.map(\.text))
        #expect(urge == ["URGE", "URGES", "URGED", "URGING"])
    }

    @Test func brokenPatternLineNamesPathLineAndColumn() throws {
        let path = SharedData.fixture("broken.verbs.txt")
        var words = WordTable()
        #expect {
            _ = try VerbDictionary.read(
                path: path, bytes: Array(try String(contentsOfFile: path, encoding: .utf8).utf8), words: &words, policy: .fail)
        } throws: { error in
            let error = error as! DictionaryParseError
            return error.line == 4 && error.description.hasPrefix(path + ":4:") && error.expected.contains("'*'")
        }
        let skipped = try VerbDictionary.read(
            path: path, bytes: Array(try String(contentsOfFile: path, encoding: .utf8).utf8), words: &words, policy: .skip)
        #expect(skipped.warnings.count == 1)
        #expect(skipped.patternCount == 1)
    }

    @Test(arguments: [
        ("X [ABC 950601-990815", "']' closing"),
        ("X [ABC >2004017]", "YYMMDD or YYYYMMDD"),
        ("\t[ABC]", "an actor name before its codes"),
        ("X [ABC ~990101]", "'<date', '>date' or 'date-date'"),
    ])
    func brokenActorLines(line: String, expected: String) {
        var words = WordTable()
        #expect {
            _ = try ActorDictionary.read(path: "a.actors.txt", bytes: Array(line.utf8), words: &words, policy: .fail)
        } throws: { error in
            (error as! DictionaryParseError).expected.contains(expected)
        }
    }

    @Test func actorsWithSynonymsDatedAndCompoundCodes() throws {
        let path = SharedData.fixture("mini.actors.txt")
        var words = WordTable()
        let dictionary = try ActorDictionary.read(path: path, bytes: try readFileBytes(path), words: &words)
        #expect(dictionary.entries.count == 4)
        #expect(dictionary.entries[0].names.count == 2)
        let firefly = dictionary.entries[2]
        #expect(firefly.code(on: Day(year: 1933, month: 6, day: 1)) == "FREGOV")
        #expect(firefly.code(on: Day(year: 1950, month: 1, day: 1)) == "FREELI")
        #expect(dictionary.entries[3].codes[0].code == "FRE/SYL")
    }

    @Test func agentsSubstitutionsPluralsAndPrefixes() throws {
        var words = WordTable()
        let text = """
            !PERSON! = MAN, WOMAN
            CONGRESS!PERSON! [~LEG]
            POLICE {} [~COP]
            GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
            MSF {} [NGO~]
            POLICY [~GOV]
            """
        let dictionary = try AgentDictionary.read(path: "a.agents.txt", bytes: Array(text.utf8), words: &words)
        #expect(dictionary.entries.count == 5)
        #expect(dictionary.entries[0].names.count == 4)  // CONGRESSMAN(+MEN), CONGRESSWOMAN(+WOMEN)
        #expect(dictionary.entries[1].names.count == 1)
        #expect(dictionary.entries[3].isPrefix)
        #expect(words.id(of: "POLICIES") >= 0)
        #expect(throws: DictionaryParseError.self) {
            _ = try AgentDictionary.read(path: "b", bytes: Array("SOLDIER [MIL]".utf8), words: &words, policy: .fail)
        }
    }

    @Test func issuesWithNounsJoinsAndExclusions() throws {
        var words = WordTable()
        let text = """
            <ISSUE CATEGORY="ENERGY" TYPE="ALL">
            gas n:pipeline [GAS]
            pre+n:school
            ~pipe dream
            </ISSUE>
            """
        let dictionary = try IssueDictionary.read(path: "i.txt", bytes: Array(text.utf8), words: &words)
        #expect(dictionary.categories == ["ENERGY"])
        #expect(dictionary.entries.contains { $0.code == "GAS" })
        #expect(dictionary.entries.contains { $0.isExclusion })
        #expect(words.id(of: "PIPELINES") >= 0 && words.id(of: "PRESCHOOLS") >= 0)
        #expect(throws: DictionaryParseError.self) {
            _ = try IssueDictionary.read(path: "i.txt", bytes: Array("orphan phrase".utf8), words: &words, policy: .fail)
        }
    }

    @Test func phoenixDictionariesLoadAsPublished() throws {
        // The default reads the published files as PETRARCH does: 13 lines are malformed or quirky, each a warning.
        let set = try DictionarySet.load(directory: SharedData.dictionaries)
        // Three published actor files, and Entente's own few bodies they leave out (the African Union) after them.
        #expect(set.actors.count == 4)
        #expect(set.sources.last == DictionarySet.supplementActorsName)
        #expect(set.summary.contains("verb blocks"))
        #expect(set.warnings.count == 13)
        for warning in set.warnings {
            #expect(warning.line > 0 && warning.column > 0)
            #expect(warning.warning.hasPrefix("warning: \(warning.path):\(warning.line):\(warning.column): expected"))
        }
        // Read as PETRARCH reads them: a 10-digit date by its first 8 digits, a 7-digit one by its first 6.
        #expect(set.warnings.contains { $0.text.contains("1920030320") && $0.readAs?.contains("19200303") == true })
        #expect(set.warnings.contains { $0.text.contains("2004017") && $0.readAs?.contains("200401") == true })
        #expect(set.warnings.contains { $0.text.contains("[~ENV}") && $0.readAs == "']'" })
        // `+MONEY` after a comment line inside the &CURRENCY synset (CAMEO.2.0.txt:95) belongs to it.
        #expect(!set.warnings.contains { $0.path.hasSuffix("CAMEO.2.0.txt") && $0.line == 95 })
        // --strict stops at the first.
        #expect {
            _ = try DictionarySet.load(directory: SharedData.dictionaries, policy: .fail)
        } throws: { error in
            (error as? DictionaryParseError).map { $0.description.contains(".txt:") } ?? false
        }
    }

    @Test(arguments: [
        ("X [ABC >2004017]", "2020-04-01"),
        ("X [ABC 1920030320-20060520]", "1920-03-03"),
        ("X [ABC >201005011]", "2010-05-01"),
        ("X [ABC 19820101]", "1982-01-01"),
    ])
    func quirkyDatesReadAsPETRARCHReadsThem(line: String, day: String) throws {
        var words = WordTable()
        let dictionary = try ActorDictionary.read(path: "a.actors.txt", bytes: Array(line.utf8), words: &words)
        #expect(dictionary.warnings.count == 1)
        #expect(dictionary.entries.count == 1)
        #expect(dictionary.warnings.first?.readAs?.contains(day) == true)
    }
}

@Suite("Dictionary folders")
struct DictionaryFolderTests {
    /// A wrong `--dictionaries` path says what it is and what was expected, not Foundation's error dump.
    @Test func aMissingOrWrongFolderIsNamed() {
        #expect(throws: DictionaryLoadError.self) { try DictionarySet.load(directory: "/nonexistent/dictionaries") }
        do {
            _ = try DictionarySet.load(directory: "/nonexistent/dictionaries")
        } catch {
            #expect("\(error)" == "/nonexistent/dictionaries: no such directory (expected a folder of PETRARCH/TABARI dictionaries)")
        }
        do {
            _ = try DictionarySet.load(directory: SharedData.seed)
        } catch {
            #expect("\(error)".hasSuffix(": not a directory (expected a folder of PETRARCH/TABARI dictionaries)"))
        }
    }
}
