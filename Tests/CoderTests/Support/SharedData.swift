import Foundation

/// Shared real data, read where it lies (never copied into the repository).
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data").path
    static let validation = root + "/petrarch_validation"
    static let dictionaries = root + "/cameo_dictionaries"
    static let seed = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("seed/000_57111fbd01a09451.txt").path
    static let cameoCodes = root + "/cameo_codebook/cameo-codes.csv"

    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures")!
    }
}
