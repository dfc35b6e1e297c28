import Foundation
import Testing
import TestSupport

/// `entente code` as a user meets it: standard input, storing coded events and reading them back in a brief, and
/// the three evaluations.
struct CodeCommandTests {
    let database: String

    init() throws {
        database = try SharedData.temporaryFolder().appendingPathComponent("entente.sqlite").path
    }

    func run(_ arguments: [String], input: Data? = nil) throws -> CommandResult {
        try runEntente(arguments, environment: ["ENTENTE_DB": database], input: input)
    }

    static let text = """
        In June 2015, Russia agreed to sell four MI-35 attack helicopters to Pakistan. The two countries signed a \
        military cooperation agreement in November 2014.
        """

    @Test func dashReadsStandardInput() throws {
        let result = try run(["code", "-", "--format", "jsonl", "--date", "2015-11-01"], input: Data(Self.text.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        // "agreed to sell": CAMEO's intent to cooperate militarily (031x: "offer, promise, agree to…"), the sale
        // itself not yet made.
        let sale = try #require(objects.first { $0["cameo"] as? String == "0312" })
        #expect(sale["date"] as? String == "2015-06")
        #expect(result.standardOutput.contains("stdin"))
        #expect(objects.contains { $0["cameo"] as? String == "057" && $0["date"] as? String == "2014-11" })
    }

    @Test func storedEventsReachTheBrief() throws {
        let file = try SharedData.temporaryFolder().appendingPathComponent("news.txt")
        try Data(Self.text.utf8).write(to: file)
        let stored = try run(["code", file.path, "--store", "--date", "2015-11-01", "--format", "jsonl"])
        #expect(stored.status == 0, "\(stored.standardError)")
        #expect(stored.standardError.contains("stored 3 new events"), "\(stored.standardError)")
        // Storing again adds nothing: coded events have stable ids.
        let again = try run(["code", file.path, "--store", "--date", "2015-11-01"])
        #expect(again.standardError.contains("stored 0 new events (3 already stored)"), "\(again.standardError)")

        let events = try run(["events", "--actors", "RUS,PAK", "--from", "2014-11", "--to", "2015-06", "--format", "csv"])
        #expect(events.status == 0)
        #expect(events.standardOutput.contains("coder"))

        let brief = try run(["brief"])
        #expect(brief.status == 0, "\(brief.standardError)")
        #expect(brief.standardOutput.hasPrefix("Russia–Pakistan, seen from India"))
        let json = try run(["brief", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.standardOutput.contains("coder"))
    }

    @Test func evaluatesTheSeedBriefAgainstTheBuiltInCase() throws {
        let result = try run(["code", "evaluate", "--case", SharedData.seedBrief.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let directed = try #require(object["directed"] as? [String: Any])
        #expect(directed["of"] as? Int == 113)
        #expect((directed["recall"] as? Double ?? 0) >= 0.80)
        let text = try run(["code", "evaluate", "--case", SharedData.seedBrief.path])
        #expect(text.standardOutput.contains("recall, directed:"))
        #expect(text.standardOutput.contains("missed (directed"))
    }

    @Test func codesSentencesThatArriveParsed() throws {
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent("given.conllu")
        let conllu = """
            # text = Pakistan was attacked by India.
            1\tPakistan\t_\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_
            2\twas\t_\tAUX\tVBD\t_\t3\taux:pass\t_\t_
            3\tattacked\t_\tVERB\tVBN\t_\t0\troot\t_\t_
            4\tby\t_\tADP\tIN\t_\t5\tcase\t_\t_
            5\tIndia\t_\tPROPN\tNNP\t_\t3\tobl:agent\t_\tSpaceAfter=No
            6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_


            """
        try Data(conllu.utf8).write(to: file)
        let result = try run(["code", "--conllu", file.path, "--dictionaries", SharedData.url("cameo_dictionaries").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("IND → PAK  190"), "\(result.standardOutput)")
        // The published dictionaries load, each malformed or quirky line reported once.
        #expect(result.standardError.contains("13 dictionary lines were malformed or quirky"))
        #expect(result.standardError.contains("Phoenix.Countries.actors.txt:"))
        let broken = folder.appendingPathComponent("broken.conllu")
        try Data("1\tPakistan\t_\tPROPN\n".utf8).write(to: broken)
        let bad = try run(["code", "--conllu", broken.path])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("broken.conllu:1:1: expected 10 tab-separated columns"), "\(bad.standardError)")
    }

    /// Police and protesters of no state named are no pair of states: left out unless `--all-sides` keeps them.
    @Test func sidesNamingNoStateAreKeptOnlyWhenAsked() throws {
        let sentence = Data("Police fired tear gas at protesters outside the parliament in Athens.".utf8)
        let dictionaries = SharedData.url("cameo_dictionaries").path
        let plain = try run(["code", "-", "--dictionaries", dictionaries], input: sentence)
        #expect(plain.status == 0, "\(plain.standardError)")
        // Said, with the way to keep them; once, on standard error, beside JSON Lines.
        #expect(
            plain.standardOutput.contains(
                "1 sentence, 0 events (1 more event not between two states left out; --all-sides keeps them)"),
            "\(plain.standardOutput)")
        let lines = try run(["code", "-", "--dictionaries", dictionaries, "--format", "jsonl"], input: sentence)
        #expect(lines.standardOutput.isEmpty, "\(lines.standardOutput)")
        #expect(lines.standardError.contains("stdin: 1 more event not between two states left out"), "\(lines.standardError)")
        let all = try run(["code", "-", "--dictionaries", dictionaries, "--all-sides"], input: sentence)
        #expect(all.status == 0, "\(all.standardError)")
        #expect(all.standardOutput.contains("---COP → ---OPP  175"), "\(all.standardOutput)")
        #expect(!all.standardOutput.contains("left out"), "\(all.standardOutput)")
        // A sentence between states says nothing of it.
        let states = try run(["code", "-", "--dictionaries", dictionaries], input: Data("Russia and Pakistan signed an agreement.".utf8))
        #expect(!states.standardOutput.contains("left out"), "\(states.standardOutput)")
    }

    @Test func strictStopsAtTheFirstMalformedDictionaryLine() throws {
        let result = try run(
            ["code", "-", "--dictionaries", SharedData.url("cameo_dictionaries").path, "--strict"], input: Data("Russia met Pakistan.".utf8))
        #expect(result.status != 0)
        #expect(result.standardError.contains(".txt:"), "\(result.standardError)")
    }

    @Test(arguments: [
        (["code", "evaluate"], "Give one set to score"),
        (["code", "evaluate", "--cameo-examples", "x.csv"], "--cameo-examples needs --dictionaries"),
        (["code", "evaluate", "r.xml", "--case", "b.txt"], "Give one set to score"),
        (["code", "-", "--date", "1990/2008"], "--date must be a day"),
        (["code"], "Give at least one file"),
    ])
    func wrongArgumentsAreNamed(arguments: [String], message: String) throws {
        let result = try run(arguments, input: Data())
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
