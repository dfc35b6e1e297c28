@testable import EntenteCoder
import EntenteModel
import EntenteParser
import Testing

/// Sentences written in the style of wire-service leads (Reuters, AP, AFP: reported speech, passives, conjoined
/// actors, appositions, refusals, intents), coded with the Phoenix dictionaries as published and the shipped parser,
/// against the codings a CAMEO coder gives them by the CAMEO manual. They are test sentences, not news: the coder
/// never names a sentence, a state or a year; each rule below is one of grammar or of CAMEO.
@Suite("Wire-news probe")
struct NewsProbeTests {
    static let dictionaries = Phoenix.dictionaries
    static let parser = Phoenix.parser
    static let day = Day(year: 2012, month: 6, day: 1)

    func triples(_ sentence: String, day: Day? = NewsProbeTests.day, options: Coder.Options = Coder.Options()) throws -> [String] {
        let coder = Coder(dictionaries: try #require(Self.dictionaries), options: options, parser: try #require(Self.parser))
        return coder.code(sentence: sentence, day: day).events.map { "\($0.source.code)→\($0.target.code) \($0.code)" }
    }

    /// Sentence and the (source state, target state, CAMEO code) triples a CAMEO coder gives it; states by their
    /// first three letters (IGO for international bodies), since the probe tests who did what to whom, not agents.
    static let probe: [(String, [String])] = [
        ("India broke off diplomatic relations with Pakistan on Tuesday.", ["IND→PAK 161"]),
        ("Iraq withdrew its ambassador from Kuwait on Monday.", ["IRQ→KWT 161"]),
        ("North Korea fired artillery shells at a South Korean island on Tuesday.", ["PRK→KOR 194"]),
        ("India refused to resume talks with Pakistan, its foreign ministry said on Friday.", ["IND→PAK 125"]),
        ("China and Russia signed a treaty of friendship in Moscow on Thursday.", ["CHN→RUS 057", "RUS→CHN 057"]),
        ("Russia's foreign minister said on Tuesday that Moscow was ready to hold talks with China.", ["RUS→CHN 036"]),
        ("Pakistan was accused by India on Monday of sheltering militants.", ["IND→PAK 112"]),
        ("India accused Pakistan of sheltering militants who attacked its parliament.", ["IND→PAK 112"]),
        ("Japan condemned North Korea's nuclear test on Sunday.", ["JPN→PRK 111"]),
        ("The United States imposed new sanctions on Iran on Wednesday.", ["USA→IRN 163"]),
        ("France threatened on Monday to impose sanctions on Syria.", ["FRA→SYR 1312"]),
        ("Germany and France agreed on Friday to resume talks with Russia next month.", ["DEU→RUS 036", "FRA→RUS 036"]),
        ("Egypt recalled its ambassador to Israel on Wednesday, the foreign ministry said.", ["EGY→ISR 161"]),
        ("The United Nations called on Israel to release the detained Palestinian prisoners.", ["IGO→ISR 0253"]),
        ("Britain demanded that Iran release the sailors immediately.", ["GBR→IRN 1053"]),
        ("Turkey praised Azerbaijan's efforts to end the conflict.", ["TUR→AZE 051"]),
        ("Japan pledged $50 million in economic aid to Indonesia on Tuesday.", ["JPN→IDN 0331"]),
        ("Chinese President Hu Jintao arrived in Moscow on Monday for a three-day state visit.", ["CHN→RUS 042", "RUS→CHN 043"]),
        ("Russia hosted Indian Prime Minister Manmohan Singh for talks on Friday.", ["RUS→IND 043", "IND→RUS 042"]),
        ("Venezuela expelled the American ambassador on Thursday.", ["VEN→USA 161"]),
        ("Pakistan rejected India's proposal for talks on Kashmir.", ["PAK→IND 125"]),
        ("Iran denied accusations by the United States that it was building nuclear weapons.", ["IRN→USA 016"]),
        ("Israeli troops killed three Palestinian militants in Gaza on Sunday, the army said.", ["ISR→PSE 190"]),
        ("Syria said it would not attend the peace conference in Geneva.", []),
        ("Russia and Ukraine signed a gas supply deal on Tuesday, ending a dispute that cut supplies to Europe.", ["RUS→UKR 057", "UKR→RUS 057"]),
        ("Vietnam protested to China on Monday over the deployment of an oil rig in disputed waters.", ["VNM→CHN 114"]),
        ("Kenya deported 20 Somali nationals on Wednesday, a police spokesman said.", ["KEN→SOM 174"]),
        ("Iran said on Saturday it would not give up its nuclear program despite pressure from the West.", []),
        ("The European Union lifted sanctions on Myanmar on Monday.", ["IGO→MMR 085"]),
        ("Ethiopia and Eritrea ended their border war by signing a peace agreement in Algiers.", ["ETH→ERI 057", "ERI→ETH 057"]),
        ("Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in Tehran.", ["SAU→IRN 161"]),
        ("China said it would hold talks with Russia on the border dispute.", ["CHN→RUS 036"]),
        ("Sergei Lavrov, Russia's foreign minister, met his Chinese counterpart in Beijing on Monday.", ["RUS→CHN 040"]),
        ("Talks between India and Pakistan collapsed on Friday after India accused Pakistan of backing militants.",
         ["IND→PAK 112", "IND→PAK 164", "PAK→IND 164"]),
        ("\"We are ready to negotiate with Russia,\" China's foreign ministry spokesman said on Tuesday.", ["CHN→RUS 036"]),
    ]

    /// Forty more, in two batches of twenty written after this round's first rules and after most of them; the later
    /// rules were checked against them too, so they are only partly held out.
    static let heldOut: [(String, [String])] = [
        ("Turkish Prime Minister Recep Tayyip Erdogan on Tuesday condemned Israel's raid on a Gaza aid flotilla.", ["TUR→ISR 111"]),
        ("Iraq and Syria agreed on Sunday to reopen their border crossing, Iraqi officials said.", ["IRQ→SYR 030", "SYR→IRQ 030"]),
        ("The Pakistani government denied on Monday that it had allowed U.S. drones to operate from its territory.", []),
        ("Britain expelled two Russian diplomats on Wednesday over the poisoning of a former spy.", ["GBR→RUS 161"]),
        ("Chinese Premier Wen Jiabao will visit India next month, the Chinese foreign ministry announced.", ["CHN→IND 036"]),
        ("Syrian troops shelled the town of Homs on Saturday, activists said.", ["SYR→SYR 194"]),
        ("Japan lodged a protest with China after a Chinese fishing boat collided with Japanese coast guard vessels.", ["JPN→CHN 114"]),
        ("The Security Council imposed new sanctions on North Korea on Friday.", ["IGO→PRK 163"]),
        ("Ukraine accused Russia on Thursday of sending troops and weapons across the border.", ["UKR→RUS 112"]),
        ("Thailand and Cambodia exchanged fire along their disputed border on Monday.", ["THA→KHM 190", "KHM→THA 190"]),
        ("Egypt's foreign minister met his Iranian counterpart in Cairo on Sunday.", ["EGY→IRN 040", "IRN→EGY 040"]),
        ("The United States urged Israel on Tuesday to halt settlement construction in the West Bank.", ["USA→ISR 020"]),
        ("India has asked Pakistan to hand over the suspects in the Mumbai attacks.", ["IND→PAK 0253"]),
        ("Russia supplied Syria with anti-aircraft missiles, a Russian defence official said.", ["RUS→SYR 072"]),
        ("Cuba released 52 political prisoners after talks with the Catholic Church.", ["CUB→CUB 0841"]),
        ("Venezuela broke diplomatic relations with Colombia on Thursday.", ["VEN→COL 161"]),
        ("Saudi Arabia pledged $500 million to help rebuild Gaza.", ["SAU→PSE 0331"]),
        ("South Korea's president called on North Korea to abandon its nuclear weapons programme.", ["KOR→PRK 0243"]),
        ("Iran threatened on Tuesday to close the Strait of Hormuz if sanctions were imposed on its oil exports.", []),
        ("Afghan and Pakistani officials held talks in Islamabad on Wednesday on border security.", ["AFG→PAK 046", "PAK→AFG 046"]),
        ("Iranian President Mahmoud Ahmadinejad said on Wednesday that Israel would be wiped off the map.", ["IRN→ISR 111"]),
        ("The Israeli army said its aircraft struck a weapons factory in Gaza overnight.", ["ISR→PSE 195"]),
        ("Afghan President Hamid Karzai accused Pakistan on Sunday of sending militants across the border.", ["AFG→PAK 112"]),
        ("U.S. Secretary of State Hillary Clinton will travel to China next week for talks on North Korea, the State Department said.", ["USA→CHN 036"]),
        ("Police in Pakistan arrested five suspected militants on Tuesday.", ["PAK→PAK 173"]),
        ("Turkey's parliament approved a resolution allowing troops to be sent to Iraq.", []),
        ("North Korea rejected South Korea's offer of food aid on Thursday, state media reported.", ["PRK→KOR 1211"]),
        // Gold corrected in the eleventh round from 0312: CAMEO's 0314 is to "agree to … engage in or expand
        // intelligence sharing", military or not (its description in cameo-codes.csv).
        ("Japan and South Korea agreed to share military intelligence, officials in Tokyo said.", ["JPN→KOR 0314", "KOR→JPN 0314"]),
        // CAMEO's codebook: 129 is "Veto" (121 is rejecting material cooperation; this key said 121 until corrected).
        ("Russia vetoed a U.N. Security Council resolution condemning Syria on Saturday.", ["RUS→IGO 129"]),
        ("India and China held border talks in New Delhi on Monday.", ["IND→CHN 046", "CHN→IND 046"]),
        ("Thousands of protesters marched on the U.S. embassy in Cairo on Friday.", ["EGY→USA 141"]),
        ("The United States warned Iran on Thursday against closing the Strait of Hormuz.", ["USA→IRN 130"]),
        ("Germany offered to mediate between Russia and Ukraine, Chancellor Angela Merkel said on Tuesday.", ["DEU→RUS 039", "DEU→UKR 039"]),
        ("Pakistan's army said it had killed 30 Taliban fighters in an offensive in the northwest.", ["PAK→AFG 190"]),
        ("Egypt's President Hosni Mubarak met Israeli Prime Minister Benjamin Netanyahu in Sharm el-Sheikh on Tuesday.", ["EGY→ISR 040", "ISR→EGY 040"]),
        ("China criticized the United States on Wednesday for selling weapons to Taiwan.", ["CHN→USA 111"]),
        ("Israel released 200 Palestinian prisoners on Monday as a goodwill gesture to Palestinian President Mahmoud Abbas.", ["ISR→PSE 0841"]),
        ("Venezuela's President Hugo Chavez called the U.S. president a liar.", ["VEN→USA 111"]),
        ("The European Union said on Monday it would send observers to monitor the elections in Ukraine.", ["IGO→UKR 0355"]),
        ("Kuwait and Iraq restored diplomatic relations in 2004.", ["KWT→IRQ 050", "IRQ→KWT 050"]),
    ]

    /// The whole probe's triple F1 over every event coded, held a little under what it measures (0.951: P 0.929,
    /// R 0.975, 39 right of 42 coded, 40 expected, after the ninth round). Its misses are named in docs/coder.md.
    @Test func probeScoresAsMeasured() throws {
        let (f1, precision, misses) = try score(Self.probe)
        print("probe: triple F1 \(f1), precision \(precision)")
        #expect(f1 >= 0.87, "probe triple F1 \(f1) (P \(precision)); misses: \(misses.joined(separator: "; "))")
        #expect(precision >= 0.86, "probe precision \(precision)")
    }

    /// The held-out sentences' triple F1 over every event coded, held a little under what it measures (0.719, P 0.744,
    /// after the ninth round; agent-only events count here, as an evaluation counts them).
    @Test func heldOutScoresAsMeasured() throws {
        let (f1, precision, misses) = try score(Self.heldOut)
        print("held-out probe: triple F1 \(f1), precision \(precision)")
        let all = try score(Self.probe + Self.heldOut)
        print("all 75: triple F1 \(all.f1), precision \(all.precision)")
        #expect(f1 >= 0.65, "held-out triple F1 \(f1) (P \(precision)); misses: \(misses.joined(separator: "; "))")
    }

    /// Triple F1 and precision over every event coded (states by their first three letters), and the misses.
    func score(_ sentences: [(String, [String])], options: Coder.Options = Coder.Options()) throws -> (f1: Double, precision: Double, misses: [String]) {
        var right = 0
        var coded = 0
        var expected = 0
        var misses: [String] = []
        for (sentence, gold) in sentences {
            let got = Set(try triples(sentence, options: options).map { triple in
                let arrow = triple.firstIndex(of: "→")!
                let space = triple.lastIndex(of: " ")!
                return "\(triple[..<arrow].prefix(3))→\(triple[triple.index(after: arrow)..<space].prefix(3))\(triple[space...])"
            })
            if got != Set(gold) { misses.append("\(sentence) got \(got.sorted())") }
            right += got.intersection(gold).count
            coded += got.count
            expected += gold.count
        }
        let precision = Double(right) / Double(coded)
        let recall = Double(right) / Double(expected)
        return (2 * precision * recall / (precision + recall), precision, misses)
    }

    /// Several actors acting together act among themselves when the only other party is an agent with no state
    /// ("talks on border security" are not talks with the border guards).
    @Test func severalActorsTalkAmongThemselves() throws {
        #expect(try triples("Afghan and Pakistani officials held talks in Islamabad on Wednesday on border security.").sorted() == ["AFG→PAK 046", "PAK→AFG 046"])
    }

    /// A noun the tree makes another word's object is no verb: "shells" (artillery) codes no gunfire of its own.
    @Test func aNounObjectIsNoVerb() throws {
        // (194, fighting with artillery, as CAMEO tells fighting apart by its weapons; Phoenix's pattern gives 193.)
        #expect(try triples("North Korea fired artillery shells at a South Korean island on Tuesday.") == ["PRK→KOR 194"])
        // "talks" as an object of "resume" codes no consultation beside the refusal.
        #expect(try triples("India refused to resume talks with Pakistan, its foreign ministry said on Friday.") == ["IND→PAK 125"])
    }

    /// Among patterns of one length, the one naming a thing beats one naming a particle or preposition: "broke off
    /// diplomatic relations with" is `* RELATIONS [161]`, not `* OFF [130]` nor `* (WITH) [130]`.
    @Test func aPatternNamingAThingBeatsAParticle() throws {
        #expect(try triples("India broke off diplomatic relations with Pakistan on Tuesday.") == ["IND→PAK 161"])
        #expect(VerbDictionary.contentWordCount("- * RELATIONS  [161]  # BREAK") == 1)
        #expect(VerbDictionary.contentWordCount("- * (WITH)  [130]  # BREAK") == 0)
    }

    /// An infinitive's "to" is no preposition for a pattern (`* (TO) [043:042]` is "came to Moscow", not "efforts to
    /// end the conflict").
    @Test func anInfinitiveToIsNoPreposition() throws {
        #expect(try triples("Turkey praised Azerbaijan's efforts to end the conflict.") == ["TUR→AZE 051"])
    }

    /// Actors acting together act among themselves; where they did it is no party.
    @Test func aCompoundIsNotTheTargetOfItsVenue() throws {
        let events = try triples("Ethiopia and Eritrea ended their border war by signing a peace agreement in Algiers.")
        #expect(Set(events) == ["ETH→ERI 057", "ERI→ETH 057"])
    }

    /// What will be done is the speaker's intent alone: a two-way pattern (`* TALKS [046:046]`) codes no intent back
    /// from the other party; two actors who both intend it each do.
    @Test func anIntentIsItsSpeakersAlone() throws {
        #expect(try triples("China will hold talks with Russia next week.") == ["CHN→RUS 036"])
        #expect(Set(try triples("China and Russia will hold talks next week.")) == ["CHN→RUS 036", "RUS→CHN 036"])
        // The act itself is both sides'.
        #expect(Set(try triples("China held talks with Russia on Monday.")) == ["CHN→RUS 046", "RUS→CHN 046"])
    }

    /// Reported speech: "X said it would …" — the pronoun the tree makes the clause's subject is the speaker.
    @Test func itAfterASpeechVerbIsTheClausesSubject() throws {
        #expect(try triples("China said it would hold talks with Russia on the border dispute.") == ["CHN→RUS 036"])
    }

    /// Text with no date speaks of the present: an actor whose code holds from some day on is found ("Ukraine" is
    /// `[UKR >911221]`), one that held only in the past is not.
    @Test func undatedTextTakesTodaysCodes() throws {
        let events = try triples("Russia and Ukraine signed a peace treaty.", day: nil)
        #expect(Set(events) == ["RUS→UKR 057", "UKR→RUS 057"])
        #expect(DatedCode(code: "UKR", validity: .from(Day(year: 1991, month: 12, day: 21))).holds(on: nil))
        #expect(!DatedCode(code: "USRUKR", validity: .before(Day(year: 1991, month: 8, day: 24))).holds(on: nil))
        // A name that only held for a span keeps, undated, the last meaning it had.
        let eastGermany = ActorDictionary.Entry(
            names: [], codes: [DatedCode(code: "DDR", validity: .before(Day(year: 1990, month: 10, day: 3)))], name: "EAST_GERMANY", line: 1)
        #expect(eastGermany.code(on: nil) == "DDR")
        #expect(eastGermany.code(on: Day(year: 2000, month: 1, day: 1)) == nil)
    }

    /// "On Monday" says when: it is no object of the verb, and the place arrived in is the target — of a visit, 042,
    /// with its hosting (CAMEO's 042, "travel to another location"; the dictionaries' `ARRIVE [040]` before the
    /// thirteenth round).
    @Test func aDayIsNoObject() throws {
        #expect(try triples("Chinese President Hu Jintao arrived in Moscow on Monday.").map { String($0.prefix(3)) + $0.drop(while: { $0 != "→" }) }
            == ["CHN→RUS 042", "RUS→CHNGOV 043"])
    }

    /// In reported speech a pronoun subject is the speaker: no event against itself, and the clause's own act codes.
    @Test func aReportedPronounIsTheSpeaker() throws {
        let events = try triples("Pakistan's army said it had killed 30 Taliban fighters in an offensive in the northwest.")
        #expect(!events.contains { $0.hasPrefix("PAK") && $0.dropFirst(3).hasPrefix("MIL→PAK") || $0.contains("→PAK ") }, "\(events)")
        #expect(events.contains { $0.hasSuffix(" 190") }, "\(events)")
    }

    /// PETRARCH's options (as `code evaluate` codes validation records) read refusals and allegations as CAMEO does,
    /// and "it" after a speech verb, but code a future act as the act, as PETRARCH's records do.
    @Test func petrarchOptionsReadRefusalsNotFutures() throws {
        #expect(try triples("India refused to resume talks with Pakistan.", options: .petrarch) == ["IND→PAK 125"])
        #expect(try triples("India accused Pakistan of sheltering militants.", options: .petrarch) == ["IND→PAK 112"])
        // A future under a report is an intent whatever the options ("reports indicate that Russia may join").
        #expect(try triples("China said it would hold talks with Russia.", options: .petrarch) == ["CHN→RUS 036"])
        #expect(Set(try triples("China will hold talks with Russia next week.", options: .petrarch)) == ["CHN→RUS 046", "RUS→CHN 046"])
    }

    /// A participle the tree makes the adjective of the noun after it describes; it did not happen here: "suspected"
    /// codes no accusation, "occupied" no occupation.
    @Test func aParticipleBeforeItsNounIsNoVerb() throws {
        let arrest = try triples("Police in Pakistan arrested five suspected militants on Tuesday.", options: Phoenix.everySide)
        #expect(arrest.contains { $0.hasSuffix(" 173") } && !arrest.contains { $0.hasSuffix(" 110") }, "\(arrest)")
        #expect(!(try triples("Israeli troops raided a village in the occupied West Bank on Monday.")).contains { $0.hasSuffix(" 192") })
    }

    /// A complement's object stands in for the verb's target only when it names a state or a body.
    @Test func aComplementsObjectMustNameAnActor() throws {
        let events = try triples("Japan agreed to share military intelligence, officials in Tokyo said.")
        #expect(!events.contains { $0.contains("MILSPY") }, "\(events)")
    }

    /// An object that names no actor leaves the target to the words after the verb, as PETRARCH reads them: the
    /// place arrived in hosts the visit, the accuser is the one the denial answers.
    @Test func anObjectNamingNoActorLeavesTheTargetToWordOrder() throws {
        #expect(try triples("Iran denied accusations by the United States that it was building nuclear weapons.") == ["IRN→USA 016"])
    }

    /// "Between" names the parties as "with" does: an offer to mediate between two states is an intent to mediate
    /// (039) toward each, and the mediation itself did not happen.
    @Test func anOfferToMediateBetweenTwoStates() throws {
        #expect(Set(try triples("Germany offered to mediate between Russia and Ukraine.")) == ["DEU→RUS 039", "DEU→UKR 039"])
    }

    /// What is denied or refused did not happen, by the speaker's word, even when the denial names no target.
    @Test func whatIsDeniedCodesNothing() throws {
        #expect(try triples("The Pakistani government denied on Monday that it had allowed U.S. drones to operate from its territory.").isEmpty)
    }

    /// A passive's agent is the source, its subject the target.
    @Test func passiveWithAgent() throws {
        #expect(try triples("Pakistan was accused by India on Monday of sheltering militants.") == ["IND→PAK 112"])
    }
}
