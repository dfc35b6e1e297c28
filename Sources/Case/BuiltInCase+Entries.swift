import EntenteModel

extension BuiltInCase {
    static let entries: [CaseEntry] = [
        entry("2015-10-pipeline", month(2015, 10), .state("RUS"), "0831", .state("PAK"),
              "Russia and Pakistan sign an agreement for a Lahore–Karachi gas pipeline that Russia will finance",
              section: .introduction, issues: [.energy], magnitude: Magnitude(2e9, "USD")),
    ]
}
