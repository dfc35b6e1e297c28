import EntenteModel
import TestSupport
import Testing

struct CountryResolverTests {
    let resolver = CountryResolver.standard

    /// Every state the seed brief names, by name, demonym or capital.
    @Test(arguments: [
        ("Russia", "RUS"), ("Moscow", "RUS"), ("Russian", "RUS"), ("Russian Federation", "RUS"), ("the Kremlin", "RUS"),
        ("Pakistan", "PAK"), ("Islamabad", "PAK"), ("Pakistani", "PAK"),
        ("India", "IND"), ("New Delhi", "IND"), ("Delhi", "IND"), ("Indian", "IND"),
        ("US", "USA"), ("U.S.", "USA"), ("United States", "USA"), ("Washington", "USA"), ("American", "USA"),
        ("China", "CHN"), ("Beijing", "CHN"), ("Chinese", "CHN"),
        ("Afghanistan", "AFG"), ("Kabul", "AFG"), ("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ"),
        ("Ukraine", "UKR"), ("Turkey", "TUR"), ("Israel", "ISR"), ("Bangladesh", "BGD"),
        ("Karachi", nil), ("Lahore", nil),
    ] as [(String, String?)])
    func statesOfTheBriefResolve(text: String, code: String?) {
        #expect(resolver.resolve(text)?.code == code)
    }

    /// Members of the organisations the brief names: CENTO, SEATO, BRICS, RIC, SCO, the quadrilateral.
    @Test(arguments: [
        ["Turkey", "Iran", "Iraq", "Pakistan", "United Kingdom", "United States"],  // CENTO and its associate
        ["United States", "United Kingdom", "France", "Australia", "New Zealand", "Pakistan", "Philippines", "Thailand"],  // SEATO
        ["Brazil", "Russia", "India", "China", "South Africa"],  // BRICS
        ["Russia", "India", "China"],  // RIC
        ["China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "India", "Pakistan", "Iran", "Belarus"],  // SCO
        ["Russia", "Afghanistan", "Tajikistan", "Pakistan"],  // the 2009 quadrilateral
    ])
    func membersOfTheBriefsOrganisationsResolve(members: [String]) {
        for member in members {
            #expect(resolver.resolve(member) != nil, "\(member)")
        }
    }

    @Test(arguments: ["Soviet Union", "USSR", "U.S.S.R.", "Soviet", "SUN"])
    func theSovietUnionCountsOnRussiasLineageAndSaysSo(text: String) {
        let resolution = resolver.resolve(text)
        #expect(resolution?.code == "RUS")
        #expect(resolution?.historical == "SUN")
        #expect(resolution?.actor.historical == "SUN")
    }

    @Test func codesResolveToThemselves() {
        for country in resolver.countries where !country.isHistorical {
            #expect(resolver.resolve(country.code)?.code == country.code)
        }
    }

    @Test func unknownNamesDoNotResolve() {
        #expect(resolver.resolve("Atlantis") == nil)
        #expect(resolver.resolve("") == nil)
    }

    @Test func everyICEWSCountryNameResolvesToItsCode() throws {
        // countrynames.txt: ICEWS country name, CAMEO code, COW code.
        var checked = 0
        for line in try SharedData.lines("cameo_dictionaries/countrynames.txt") where !line.isEmpty {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2, fields[1].count == 3, resolver.country(code: fields[1]) != nil else { continue }
            #expect(resolver.resolve(fields[0])?.code == fields[1], "\(fields[0])")
            checked += 1
        }
        #expect(checked > 180)
    }
}
