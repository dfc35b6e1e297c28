import EntenteModel
import Foundation
import Testing
import TestSupport

/// The built-in codebook against the CAMEO facts in ../shared/data/cameo_codebook, read here independently.
struct CodebookTests {
    static func table(_ file: String) throws -> [String: String] {
        var table: [String: String] = [:]
        for line in try SharedData.lines("cameo_codebook/\(file)").dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            table[String(fields[0])] = String(fields[1])
        }
        return table
    }

    @Test func everyGDELTCodeIsBuiltInWithItsNameAndGoldstein() throws {
        let names = try Self.table("CAMEO.eventcodes.txt")
        let goldstein = try Self.table("CAMEO.goldsteinscale.txt")
        #expect(names.count == 310)
        // The two lines GDELT's file garbles, and how the codebook repairs them.
        #expect(names["1056"] == "Demand de-escalation of military engagement106:[-5.0] Demand withdrawal")
        #expect(Codebook.standard.entry(for: "1056")?.name == "Demand de-escalation of military engagement")
        #expect(Codebook.standard.entry(for: "106")?.name == "Demand withdrawal")
        #expect(Codebook.standard.entry(for: "106")?.goldstein == -5.0)
        #expect(Codebook.standard.entry(for: "044")?.name == "Meet at a “third” location")
        for (code, name) in names where code != "1056" && code != "044" {
            let entry = try #require(Codebook.standard.entry(for: code), "code \(code) missing")
            #expect(entry.name.lowercased() == name.trimmingCharacters(in: .whitespaces).lowercased(), "name of \(code)")
            #expect(entry.goldstein == Double(goldstein[code]!), "Goldstein of \(code)")
            #expect(entry.origin == .gdelt)
        }
    }

    @Test func everyCodeHasItsParentInTheCodebook() {
        for entry in Codebook.standard.entries {
            if let parent = entry.parent { #expect(Codebook.standard.entry(for: parent) != nil, "parent of \(entry.code)") }
        }
    }

    @Test func laterCodesComeFromTheICEWSTable() throws {
        // Codes of later CAMEO revisions, from cameo-codes.csv (andybega/icews) and gdelt-py's tables.
        let later = Codebook.standard.entries.filter { $0.origin == .later }
        #expect(later.map(\.code) == ["1213", "155", "176", "1834", "1951", "1952"])
        #expect(later.first { $0.code == "1213" }?.name == "Reject judicial cooperation")
        #expect(Codebook.standard.entries.count == 317)
    }

    @Test func quadClassesAgreeWithGDELTsOwnRows() throws {
        // events.csv is real GDELT 1.0 output: column 29 is EventRootCode, column 30 QuadClass.
        var checked = 0
        for line in try SharedData.lines("gdelt/events.csv") where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let code = try #require(CAMEOCode(fields[26]), "code \(fields[26])")
            #expect(code.rootCode == fields[28])
            #expect(String(code.quadClass.rawValue) == fields[29], "quad class of \(fields[26])")
            #expect(code.goldstein == Double(fields[30]), "Goldstein of \(fields[26])")
            checked += 1
        }
        #expect(checked == 710)
    }

    @Test(arguments: ["0834", "010", "20", "1952"])
    func codesKeepLeadingZerosAndKnowTheirFamily(code: String) throws {
        let cameo = try #require(CAMEOCode(code))
        #expect(cameo.rawValue == code)
        #expect(cameo.rootCode == String(code.prefix(2)))
        #expect(cameo.isWithin(cameo.rootCode))
    }

    @Test(arguments: ["834", "0999", "", "abc", "21"])
    func unknownCodesAreRejected(code: String) {
        #expect(CAMEOCode(code) == nil)
    }

    @Test func parentsAndChildren() {
        #expect(Codebook.standard.entry(for: "0834")?.parent == "083")
        #expect(Codebook.standard.entry(for: "083")?.parent == "08")
        #expect(Codebook.standard.children(of: "083").map(\.code) == ["0831", "0832", "0833", "0834"])
    }
}
