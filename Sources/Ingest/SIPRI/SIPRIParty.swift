import EntenteModel

/// Turns the names SIPRI writes for suppliers and recipients into parties: states through the model's country
/// resolution ("Soviet Union" → RUS, marked SUN), and the rest as what SIPRI says they are.
///
/// SIPRI marks a non-state armed actor with `*` ("Hezbollah (Lebanon)*") and an international organisation with
/// `**` ("NATO**"), and writes "unknown supplier(s)" or "unknown recipient(s)" where it does not know. A few
/// entities it leaves unmarked are not states either (``unrecognised``).
public enum SIPRIParty {
    /// Entities SIPRI names without a mark that no state recognised: secessions and a de facto state.
    public static let unrecognised: Set<String> = ["Biafra", "Katanga", "Northern Cyprus"]

    /// The party a name stands for; nil when it is neither a state Entente knows nor something SIPRI marks
    /// as other than a state.
    public static func resolve(_ written: String) -> ArmsTransfer.Party? {
        let name = written.trimmingSpaces
        guard !name.isEmpty else { return nil }
        if name.hasSuffix("**") { return ArmsTransfer.Party(name: name, kind: .organisation) }
        if name.hasSuffix("*") { return ArmsTransfer.Party(name: name, kind: .nonState) }
        if name.lowercased().hasPrefix("unknown") { return ArmsTransfer.Party(name: name, kind: .unknown) }
        if unrecognised.contains(name) { return ArmsTransfer.Party(name: name, kind: .nonState) }
        guard let resolution = CountryResolver.standard.resolve(name) else { return nil }
        return ArmsTransfer.Party(name: name, code: resolution.code, historical: resolution.historical, kind: .state)
    }
}
