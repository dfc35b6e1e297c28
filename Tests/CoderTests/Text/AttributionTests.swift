@testable import EntenteCoder
import EntenteModel
import Testing

/// Wire sentences end with who reported them ("…, officials said"); the parser made the reporting verb the root and
/// the event its speaker's modifier, so "Chinese and Indian troops clashed …, the Indian army said" coded a statement
/// between the two armies. The sentences are in the wire services' style about events they reported (the Galwan
/// Valley clash of 15 June 2020, the exchanges of fire across the Line of Control).
@Suite("Attributions")
struct AttributionTests {
    func attribution(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let start = bytes.withUnsafeBufferPointer({ Attribution.start(in: $0) }) else { return "" }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    @Test func theWireServicesForms() {
        #expect(attribution("Troops exchanged fire on Sunday, military officials said.") == ", military officials said.")
        #expect(attribution("Troops clashed in the valley, the Indian army said in a statement on Tuesday.")
            == ", the Indian army said in a statement on Tuesday.")
        #expect(attribution("Five militants were killed, said a police spokesman.") == ", said a police spokesman.")
        #expect(attribution("The talks will resume in March, according to the foreign ministry.")
            == ", according to the foreign ministry.")
        #expect(attribution("The border was closed, the minister told reporters.") == ", the minister told reporters.")
    }

    /// "to" after the reporting verb opens an infinitive; elsewhere it is the setting's ("during a visit to …").
    @Test func aSettingMayNameWhereTo() {
        #expect(attribution("The United States will help Mexico, Secretary of State Hillary Clinton said during a visit to Mexico City.")
            == ", Secretary of State Hillary Clinton said during a visit to Mexico City.")
        #expect(attribution("The ceasefire held, the minister said to reporters.") == "")
    }

    func opening(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let length = bytes.withUnsafeBufferPointer({ Attribution.openingLength(in: $0) }) else { return "" }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    /// "According to state media, …": an attribution a sentence opens with (the parser made "state" its root verb and
    /// the event a clause of it).
    @Test func anAttributionTheSentenceOpensWith() throws {
        #expect(opening("According to state media, North Korea has agreed to talks.") == "According to state media, ")
        #expect(opening("according to the foreign ministry, the talks failed.") == "according to the foreign ministry, ")
        #expect(opening("According to the plan that was agreed, troops will withdraw.") == "")
        #expect(opening("Accordingly, troops withdrew.") == "")
        let coder = Coder(dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let events = coder.code(sentence: "According to state media, North Korea has agreed to allow U.N. inspectors to return to its nuclear facilities.").events
        #expect(events.map { "\($0.source.code)>\($0.target.code) \($0.code)" } == ["PRK>IGOUNO 0355"])
    }

    @Test func whatIsSaidIsNotAnAttribution() {
        #expect(attribution("India condemned the attack, and Pakistan said it would retaliate.") == "")
        #expect(attribution("Troops clashed on Sunday, officials said, adding that two were hurt.") == "")
        #expect(attribution("\"We will not accept it,\" the spokesman said.") == "")
        #expect(attribution("Russia, China and India met in Delhi.") == "")
        #expect(attribution("The minister said that the talks had failed.") == "")
    }

    @Test func theEventIsCodedNotItsReport() throws {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let sentence = "Chinese and Indian troops clashed in the Galwan Valley, the Indian army said."
        let events = coder.code(sentence: sentence).events
        #expect(Set(events.map { "\($0.source.code)>\($0.target.code) \($0.code)" }) == ["CHNMIL>INDMIL 190", "INDMIL>CHNMIL 190"])
        // The evidence is the sentence as written.
        #expect(events.allSatisfy { $0.sentence == sentence && $0.sentenceEnd == sentence.utf8.count })

        // Read as the words stand (PETRARCH's options), the parse makes the report the event.
        var asWritten = coder
        asWritten.options.setsAsideAttributions = false
        #expect(asWritten.code(sentence: sentence).events.contains { $0.code == "010" })
        #expect(!Coder.Options.petrarch.setsAsideAttributions)
    }

    func quotation(_ text: String) -> (quote: String, attribution: String)? {
        let bytes = Array(text.utf8)
        guard let found = bytes.withUnsafeBufferPointer({ Attribution.quotation(in: $0) }) else { return nil }
        return (String(decoding: bytes[found.quote], as: UTF8.self), String(decoding: bytes[found.attribution], as: UTF8.self))
    }

    @Test func aQuotationAndItsSpeaker() {
        let found = quotation("\"We are ready to talk,\" the foreign ministry spokesman said on Tuesday.")
        #expect(found?.quote == "We are ready to talk")
        #expect(found?.attribution == " the foreign ministry spokesman said on Tuesday")
        #expect(quotation("\"We are ready to talk\", said the spokesman.")?.quote == "We are ready to talk")
        #expect(quotation("\"We are ready\" was the headline of the day.") == nil)
        #expect(quotation("The minister said \"we are ready\".") == nil)
    }

    /// The quotation's "we" and "our" are who is quoted (Japan's condemnation of the North Korean nuclear test of
    /// 12 February 2013; Turkey's troops in Syria).
    @Test func weIsTheSpeaker() throws {
        let coder = Coder(
            dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let sentence = "\"We strongly condemn North Korea's nuclear test,\" Japan's foreign minister said on Sunday."
        let events = coder.code(sentence: sentence).events
        #expect(events.map { "\($0.source.code)>\($0.target.code) \($0.code)" } == ["JPNGOV>PRK 111"])
        #expect(events.first?.sentence == sentence)
        let troops = coder.code(sentence: "\"Our troops will not withdraw from Syria,\" the Turkish defence minister told reporters.").events
        #expect(troops.first?.source.code == "TURMIL" && troops.first?.target.code == "SYR")
        // Without a first person, the sentence is coded as it stands.
        #expect(!Array("India must stop supporting terrorists".utf8).withUnsafeBufferPointer { Coder.speaksInFirstPerson($0) })
        #expect(Array("Our troops will stay".utf8).withUnsafeBufferPointer { Coder.speaksInFirstPerson($0) })
    }
}

/// `--explain` shows what coding sets aside, and explains the rest as it is coded.
@Suite("Explaining what is set aside")
struct ExplainSetAsideTests {
    @Test func explainSaysWhatIsSetAsideAndParsesTheRest() throws {
        let coder = Coder(dictionaries: try #require(MainEventTests.dictionaries), parser: try #require(MainEventTests.parser))
        let text = coder.explain(sentence: "SEOUL (AP) -- North Korean troops shelled a South Korean island on Tuesday, the defence ministry said.")
        #expect(text.contains("dateline: \"SEOUL (AP) -- \""))
        #expect(text.contains("attribution: \" the defence ministry said.\""))
        // The parse and tokens are of the event reported, as coded: no "said", no "SEOUL".
        let tokens = try #require(text.split(separator: "\n").first { $0.hasPrefix("tokens:") })
        #expect(!tokens.contains("said") && !tokens.contains("SEOUL") && tokens.contains("shelled"))
    }
}
