import EntenteModel

// How the case reads the brief.
//
// - Dates keep the brief's precision and never gain a day or a month it does not give. The brief gives no day
//   at all. Undated things it places in an era take that era's span (see `coldWar()`, `afterColdWar()`,
//   `recently()`, `asOfBrief()` in BuiltInCase.swift).
// - Codes follow the CAMEO manual's notes in ../shared/data/cameo_codebook and PETRARCH's verb dictionary:
//   a visit is 042 by the visitor (no separate 043 for the host); signing or finalising an agreement is 057 and
//   "typically reciprocal", so it is written both ways; consultations (04) and diplomatic cooperation (05) are
//   written both ways only where the brief makes them mutual; sending or supplying arms is 072 ("the United
//   States continued to send arms to Pakistan"); selling arms is 062; a cancelled planned visit is 161;
//   "supported" is 050.
// - An arms transfer runs from supplier to recipient, whoever the brief makes the subject, so that leverage
//   reads the same way as the SIPRI register.
// - Memberships (CENTO, SEATO, BRICS, RIC, SCO, the quadrilateral) become the cooperative dyadic events they
//   imply between the member states the brief discusses; members it does not discuss (Brazil, South Africa,
//   the other CENTO and SEATO members) are left out.
// - What the brief calls reports, unsubstantiated reports or speculation is `reported`.
// - Left out, because they are motives, views or advice rather than acts, or restate other entries: the
//   abstract (cut off in the extracted text, and a summary of the introduction); Russia's view of Pakistan as
//   the region's "troublemaker" and its aims (moderating the Taliban, a land route to the Arabian Sea, a pivot
//   to Asia, leverage over Pakistan); both sides' wish for Chinese investment; Professor Shaumyan's account of
//   Russia's view that ties with Pakistan will help India; and the brief's advice to India.

extension BuiltInCase {
    static let entries: [CaseEntry] = coldWarEntries + afterColdWarEntries + thawEntries + contextEntries
}

// MARK: - The Cold War: 1947 to 1990

private let coldWarEntries: [CaseEntry] = [
    // Liaquat Ali Khan (the brief spells him "Liaqat") was invited by both powers after independence in 1947
    // and went to the US. The brief gives no year, so these take the span of his premiership, 1947–1951.
    entry("1947-1951-soviet-invitation", years(1947, 1951), .soviet(), "036",
          .state("PAK", "GOV", "Prime Minister Liaquat Ali Khan"),
          "The Soviet Union invites Pakistan's prime minister, Liaquat Ali Khan, to visit",
          section: .relations, issues: [.diplomacy]),
    entry("1947-1951-us-invitation", years(1947, 1951), .state("USA"), "036",
          .state("PAK", "GOV", "Prime Minister Liaquat Ali Khan"),
          "The US invites Pakistan's prime minister, Liaquat Ali Khan, to visit",
          section: .relations, issues: [.diplomacy]),
    entry("1947-1951-liaquat-visits-us", years(1947, 1951), .state("PAK", "GOV", "Prime Minister Liaquat Ali Khan"),
          "042", .state("USA"),
          "Liaquat Ali Khan chooses to visit the US, which can do more for Pakistan's economy",
          section: .relations, issues: [.diplomacy, .aid]),
    entry("1947-1951-liaquat-passes-over-moscow", years(1947, 1951),
          .state("PAK", "GOV", "Prime Minister Liaquat Ali Khan"), "125", .soviet(),
          "Liaquat Ali Khan leaves the Soviet invitation aside and goes to Washington instead",
          section: .relations, issues: [.diplomacy]),

    // CENTO and SEATO: the brief gives no years, only "during the Cold War", and nothing in it supports a
    // decade; so the span of the Cold War it implies (1947 to 1990), not the 1950s we might know from elsewhere.
    entry("cold-war-pakistan-in-cento", coldWar(), .state("PAK"), "062", .state("USA"),
          "Pakistan joins the US-led camp as a member of the Central Treaty Organization (CENTO)",
          section: .relations, issues: [.alliance, .military]),
    entry("cold-war-pakistan-in-seato", coldWar(), .state("PAK"), "062", .state("USA"),
          "Pakistan joins the US-led camp as a member of the Southeast Asia Treaty Organization (SEATO)",
          section: .relations, issues: [.alliance, .military]),
    entry("cold-war-us-aligns-with-pakistan", coldWar(), .state("USA"), "062", .state("PAK"),
          "The US takes Pakistan as a Cold War ally through CENTO and SEATO",
          section: .introduction, issues: [.alliance, .military]),
    entry("cold-war-us-threat-to-soviets", coldWar(), .state("USA"), "130", .soviet(),
          "The US stands as the Soviet Union's chief geopolitical threat through the Cold War",
          section: .introduction, issues: [.military]),

    // The Sino-Soviet split and the China–Pakistan nexus after it: undated in the brief beyond the Cold War.
    entry("cold-war-sino-soviet-split", coldWar(), .soviet(), "160", .state("CHN"),
          "The Soviet Union and China split",
          section: .relations, issues: [.diplomacy]),
    entry("cold-war-sino-soviet-split-china", coldWar(), .state("CHN"), "160", .soviet(),
          "China and the Soviet Union split",
          section: .relations, issues: [.diplomacy]),
    entry("cold-war-china-pakistan-nexus", coldWar(), .state("CHN"), "050", .state("PAK"),
          "After the Sino-Soviet split China builds a nexus with Pakistan",
          section: .relations, issues: [.alliance]),
    entry("cold-war-pakistan-china-nexus", coldWar(), .state("PAK"), "050", .state("CHN"),
          "After the Sino-Soviet split Pakistan builds a nexus with China",
          section: .relations, issues: [.alliance]),

    // The 1970s. The brief dates the Indo-Soviet alliance to the decade and sets Bangladesh inside it; it does
    // not give 1971, so the war keeps the decade too.
    entry("1970s-soviet-alliance-with-india", decade(1970), .soviet(), "062", .state("IND"),
          "The Soviet Union's de facto alliance with India, seen as what enabled Bangladesh's liberation",
          section: .relations, issues: [.alliance, .military]),
    entry("1970s-india-alliance-with-soviets", decade(1970), .state("IND"), "062", .soviet(),
          "India keeps a de facto alliance with the Soviet Union",
          section: .relations, issues: [.alliance, .military]),
    entry("1970s-india-liberates-bangladesh", decade(1970), .state("IND", "MIL"), "190", .state("PAK"),
          "India fights Pakistan and liberates Bangladesh, backed by its Soviet alliance",
          section: .relations, issues: [.war]),
    entry("1970s-soviets-build-steel-mills", decade(1970), .soviet(), "061",
          .state("PAK", "BUS", "Pakistan Steel Mills"),
          "The Soviet Union builds the Pakistan Steel Mills, the country's only steel plant",
          section: .introduction, issues: [.industry]),

    // The 1980s: the Soviet war in Afghanistan.
    entry("1980s-soviet-occupation-of-afghanistan", decade(1980), .soviet("MIL"), "192", .state("AFG"),
          "The Soviet Union occupies Afghanistan",
          section: .relations, issues: [.afghanistan, .war]),
    entry("1980s-pakistan-trains-mujahideen", decade(1980), .state("PAK", "MIL"), "072",
          .state("AFG", "REB", "Mujahideen"),
          "Pakistan plays a key role in training the Mujahideen fighting the Soviets in Afghanistan",
          section: .relations, issues: [.afghanistan, .war, .military]),
    entry("1980s-mujahideen-fight-soviets", decade(1980), .state("AFG", "REB", "Mujahideen"), "190",
          .soviet("MIL"),
          "The Mujahideen fight the Soviet forces occupying Afghanistan",
          section: .relations, issues: [.afghanistan, .war]),
    entry("1980s-soviet-pakistan-rupture", decade(1980), .soviet(), "160", .state("PAK"),
          "Pakistan's part in the Afghan war completes the Soviet Union's rupture with Pakistan",
          section: .relations, issues: [.afghanistan, .diplomacy]),
    entry("1980s-pakistan-soviet-rupture", decade(1980), .state("PAK"), "160", .soviet(),
          "Pakistan's ties with the Soviet Union rupture over Afghanistan",
          section: .relations, issues: [.afghanistan, .diplomacy]),
]

// MARK: - After the Cold War: 1990 to 2008

private let afterColdWarEntries: [CaseEntry] = [
    // "As the Cold War ended in 1990 ... relations remained fragile and strained": the brief does not date
    // these further, so they take the span from 1990 to the thaw of 2009.
    entry("1990-2008-pakistan-backs-taliban", afterColdWar(), .state("PAK"), "050",
          .state("AFG", "INS", "Taliban"),
          "Pakistan supports the Taliban in Afghanistan",
          section: .relations, issues: [.afghanistan]),
    entry("1990-2008-russia-backs-northern-alliance", afterColdWar(), .state("RUS"), "050",
          .state("AFG", "REB", "Northern Alliance"),
          "Russia supports the Northern Alliance against the Pakistan-backed Taliban",
          section: .relations, issues: [.afghanistan]),
    entry("1990-2008-india-backs-northern-alliance", afterColdWar(), .state("IND"), "050",
          .state("AFG", "REB", "Northern Alliance"),
          "India supports the Northern Alliance in Afghanistan, alongside Russia",
          section: .relations, issues: [.afghanistan]),
    entry("1990-2008-russia-distrusts-pakistan-proliferation", afterColdWar(), .state("RUS"), "110", .state("PAK"),
          "Pakistan's record of nuclear proliferation unsettles Russia and breeds distrust",
          section: .relations, issues: [.proliferation]),
    entry("1990-2008-russia-concern-chechen-militants", afterColdWar(), .state("RUS"), "110", .state("PAK"),
          "Russia is troubled by Chechen separatists and Central Asian militants in Afghanistan and Pakistan",
          section: .relations, issues: [.terrorism, .afghanistan]),
    entry("1990-2008-russia-backs-india-on-kashmir", afterColdWar(), .state("RUS"), "051", .state("IND"),
          "Russia supports India's position on Kashmir",
          section: .relations, issues: [.kashmir, .diplomacy]),
    // The special relationship outlasts the Cold War and holds in the brief's present.
    entry("1990-2015-russia-india-special-relationship", years(1990, 2015), .state("RUS"), "050", .state("IND"),
          "Russia keeps its special relationship with India after the Cold War",
          section: .relations, issues: [.diplomacy]),
    entry("1990-2015-india-russia-special-relationship", years(1990, 2015), .state("IND"), "050", .state("RUS"),
          "India keeps its special relationship with Russia after the Cold War",
          section: .relations, issues: [.diplomacy]),

    // The footnote number 1 is glued to the year in the extracted text ("Al Badr in 12001"): the year is 2001.
    entry("2001-badr-satellite-launch", year(2001), .state("RUS"), "060", .state("PAK"),
          "A Russian launch vehicle puts Pakistan's telecommunications satellite Badr into orbit",
          section: .introduction, issues: [.space]),
    entry("2002-mi17-helicopters", year(2002), .state("RUS"), "072", .state("PAK"),
          "Russia supplies Pakistan with several Mi-17 helicopters over India's objections",
          section: .introduction, issues: [.arms]),
    entry("2002-india-objects-to-mi17s", year(2002), .state("IND"), "111", .state("RUS"),
          "India objects to Russia supplying Mi-17 helicopters to Pakistan",
          section: .introduction, issues: [.arms]),
]

// MARK: - The thaw: 2009 to 2015

private let thawEntries: [CaseEntry] = [
    // The quadrilateral of Russia, Afghanistan, Tajikistan and Pakistan. The brief says who was in it, not who
    // proposed it, so the idea is written both ways between the pair.
    entry("2009-quadrilateral-floated", year(2009), .state("RUS"), "030", .state("PAK"),
          "A Russia–Afghanistan–Tajikistan–Pakistan quadrilateral is floated: the first public sign of a thaw",
          section: .introduction, issues: [.regionalSecurity, .economy]),
    entry("2009-quadrilateral-floated-pakistan", year(2009), .state("PAK"), "030", .state("RUS"),
          "Pakistan takes up the idea of a quadrilateral with Russia, Afghanistan and Tajikistan",
          section: .introduction, issues: [.regionalSecurity, .economy]),
    // Three summits, undated beyond falling between the idea (2009) and the fourth summit due in 2012. Written
    // between Russia and Pakistan both ways, and from each of them to the other two members; Afghanistan and
    // Tajikistan between themselves are outside the case.
    entry("2009-2012-quadrilateral-summits", years(2009, 2012), .state("RUS"), "040", .state("PAK"),
          "Russia meets Pakistan at the quadrilateral's three summits, which do not make it take off",
          section: .introduction, issues: [.regionalSecurity, .economy], magnitude: Magnitude(3, "summits")),
    entry("2009-2012-quadrilateral-summits-pakistan", years(2009, 2012), .state("PAK"), "040", .state("RUS"),
          "Pakistan meets Russia at the quadrilateral's three summits",
          section: .introduction, issues: [.regionalSecurity, .economy], magnitude: Magnitude(3, "summits")),
    entry("2009-2012-quadrilateral-summits-russia-afghanistan", years(2009, 2012), .state("RUS"), "040",
          .state("AFG"),
          "Russia meets Afghanistan at the quadrilateral's three summits",
          section: .introduction, issues: [.regionalSecurity, .afghanistan], magnitude: Magnitude(3, "summits")),
    entry("2009-2012-quadrilateral-summits-russia-tajikistan", years(2009, 2012), .state("RUS"), "040",
          .state("TJK"),
          "Russia meets Tajikistan at the quadrilateral's three summits",
          section: .introduction, issues: [.regionalSecurity], magnitude: Magnitude(3, "summits")),
    entry("2009-2012-quadrilateral-summits-pakistan-afghanistan", years(2009, 2012), .state("PAK"), "040",
          .state("AFG"),
          "Pakistan meets Afghanistan at the quadrilateral's three summits",
          section: .introduction, issues: [.regionalSecurity, .afghanistan], magnitude: Magnitude(3, "summits")),
    entry("2009-2012-quadrilateral-summits-pakistan-tajikistan", years(2009, 2012), .state("PAK"), "040",
          .state("TJK"),
          "Pakistan meets Tajikistan at the quadrilateral's three summits",
          section: .introduction, issues: [.regionalSecurity], magnitude: Magnitude(3, "summits")),
    entry("2012-putin-cancels-islamabad-visit", year(2012), .state("RUS", "GOV", "President Vladimir Putin"), "161",
          .state("PAK"),
          "Putin calls off his expected visit to Islamabad for the quadrilateral's fourth summit",
          section: .introduction, issues: [.diplomacy, .regionalSecurity]),

    // High-level visits, 2011–2015.
    entry("2011-zardari-visit", year(2011), .state("PAK", "GOV", "President Asif Ali Zardari"), "042",
          .state("RUS"),
          "President Asif Ali Zardari visits Russia",
          section: .introduction, issues: [.diplomacy]),
    // The brief does not name the foreign minister, so neither do we.
    entry("2012-pakistan-foreign-minister-visit", year(2012), .state("PAK", "GOV", "Foreign Minister"), "042",
          .state("RUS"),
          "Pakistan's foreign minister visits Russia on Afghanistan, energy, aircraft sales and the steel mills",
          section: .relations, issues: [.diplomacy, .afghanistan, .energy, .arms, .industry]),
    // The introduction's "Kayani visited Moscow in October 2012" and the relations section's visit of the
    // Chief of Army Staff after the foreign minister's are one visit.
    entry("2012-10-kayani-visit", month(2012, 10), .state("PAK", "MIL", "Army Chief Ashraf Kayani"), "042",
          .state("RUS"),
          "Army Chief Ashraf Kayani visits Moscow to discuss defence acquisitions",
          section: .introduction, issues: [.military, .arms]),
    // "Reciprocal visits by Foreign Ministers, Air Force Chiefs, and other high-ranking officials", within the
    // 2011–2015 flurry. Pakistan's side of the foreign ministers' exchange is the 2012 visit above.
    entry("2011-2015-russian-foreign-minister-visit", years(2011, 2015), .state("RUS", "GOV", "Foreign Minister"),
          "042", .state("PAK"),
          "Russia's foreign minister returns Pakistan's foreign-minister visit",
          section: .introduction, issues: [.diplomacy]),
    entry("2011-2015-russian-air-force-chief-visit", years(2011, 2015), .state("RUS", "MIL", "Air Force Chief"),
          "042", .state("PAK"),
          "Russia's air force chief visits Pakistan in an exchange of air chiefs' visits",
          section: .introduction, issues: [.military]),
    entry("2011-2015-pakistani-air-force-chief-visit", years(2011, 2015), .state("PAK", "MIL", "Air Force Chief"),
          "042", .state("RUS"),
          "Pakistan's air force chief visits Russia in an exchange of air chiefs' visits",
          section: .introduction, issues: [.military]),
    entry("2011-2015-russian-officials-visit", years(2011, 2015), .state("RUS", "GOV"), "042", .state("PAK"),
          "Other high-ranking Russian officials visit Pakistan",
          section: .introduction, issues: [.diplomacy]),
    entry("2011-2015-pakistani-officials-visit", years(2011, 2015), .state("PAK", "GOV"), "042", .state("RUS"),
          "Other high-ranking Pakistani officials visit Russia",
          section: .introduction, issues: [.diplomacy]),

    // 2014: the contacts turn serious.
    entry("2014-combat-helicopter-reports", year(2014), .state("RUS"), "0312", .state("PAK"),
          "Reports say Russia is to sell combat helicopters to Pakistan",
          section: .relations, issues: [.arms], reported: true),
    entry("2014-11-shoigu-visit", month(2014, 11), .state("RUS", "GOVMIL", "Defence Minister Sergei Shoigu"), "042",
          .state("PAK"),
          "Defence Minister Sergei Shoigu visits Islamabad",
          section: .introduction, issues: [.military]),
    entry("2014-11-military-cooperation-agreement", month(2014, 11), .state("RUS"), "057", .state("PAK"),
          "Russia and Pakistan sign a military cooperation agreement during Shoigu's visit",
          section: .introduction, issues: [.military]),
    entry("2014-11-military-cooperation-agreement-pakistan", month(2014, 11), .state("PAK"), "057", .state("RUS"),
          "Pakistan and Russia sign a military cooperation agreement in Islamabad",
          section: .introduction, issues: [.military]),
    // Parrikar (the brief spells him "Parikkar") reacts to media reports of proposed sales and exercises; the
    // brief gives no date, and those reports begin with the helicopter reports of 2014.
    entry("2014-2015-reports-of-arms-sales-and-exercises", years(2014, 2015), .state("RUS"), "0312", .state("PAK"),
          "Media report proposed Russian sales of high-end arms to Pakistan and joint military exercises",
          section: .conclusion, issues: [.arms, .military], reported: true),
    entry("2014-2015-parrikar-concern", years(2014, 2015),
          .state("IND", "GOVMIL", "Defence Minister Manohar Parrikar"), "110", .state("RUS"),
          "India's defence minister voices concern over proposed Russian arms sales and exercises with Pakistan",
          section: .conclusion, issues: [.arms, .military]),

    // 2015.
    // "Early 2015" is not a month: year precision.
    entry("2015-rd93-engines", year(2015), .state("RUS"), "062", .state("PAK"),
          "Unconfirmed: Russia lets Pakistan import RD-93 engines for the JF-17 directly, not via China",
          section: .relations, issues: [.arms], reported: true),
    entry("2015-06-mi35-deal", month(2015, 6), .state("RUS"), "057", .state("PAK"),
          "Russia and Pakistan finalise a deal for Russia to sell four Mi-35 attack helicopters",
          section: .introduction, issues: [.arms], magnitude: Magnitude(4, "helicopters")),
    entry("2015-06-mi35-deal-pakistan", month(2015, 6), .state("PAK"), "057", .state("RUS"),
          "Pakistan finalises a deal to buy four Mi-35 attack helicopters from Russia",
          section: .introduction, issues: [.arms]),
    entry("2015-india-objects-to-mi35s", year(2015), .state("IND"), "111", .state("RUS"),
          "India objects to Russia selling Mi-35 attack helicopters to Pakistan",
          section: .introduction, issues: [.arms]),
    entry("2015-russia-answers-india-on-mi35s", year(2015), .state("RUS"), "010", .state("IND"),
          "Russia tells India the Mi-35s are for counter-terrorist operations against the Taliban",
          section: .introduction, issues: [.arms, .terrorism]),
    entry("2015-10-pipeline-agreement", month(2015, 10), .state("RUS"), "057", .state("PAK"),
          "Russia and Pakistan agree a 1,100 km Lahore–Karachi gas pipeline, all $2 billion paid by Russia",
          section: .introduction, issues: [.energy], magnitude: Magnitude(2e9, "USD")),
    entry("2015-10-pipeline-agreement-pakistan", month(2015, 10), .state("PAK"), "057", .state("RUS"),
          "Pakistan signs the Lahore–Karachi gas pipeline agreement with Russia",
          section: .introduction, issues: [.energy]),
    entry("2015-10-pipeline-build-own-operate-transfer", month(2015, 10), .state("RUS", "BUS", "RT Global Resources"),
          "061", .state("PAK"),
          "RT Global Resources to build the pipeline by 2018, run it 25 years, then hand it to Pakistan",
          section: .introduction, issues: [.energy, .economy], magnitude: Magnitude(25, "years")),
    entry("2015-counter-terrorism-narcotics-talks", asOfBrief(), .state("RUS"), "040", .state("PAK"),
          "Russia and Pakistan discuss coordinating against terrorism and narcotics trafficking",
          section: .introduction, issues: [.terrorism, .narcotics]),
    entry("2015-counter-terrorism-narcotics-talks-pakistan", asOfBrief(), .state("PAK"), "040", .state("RUS"),
          "Pakistan and Russia discuss coordinating against terrorism and narcotics trafficking",
          section: .introduction, issues: [.terrorism, .narcotics]),
    // Done at a time the brief does not give (the mill was built in the 1970s, its revival discussed in
    // 2012): the span from the end of the Cold War to the brief.
    entry("1990-2015-russia-refurbishes-steel-mills", years(1990, 2015), .state("RUS"), "061",
          .state("PAK", "BUS", "Pakistan Steel Mills"),
          "Russia helps refurbish the Pakistan Steel Mills it built in the 1970s",
          section: .introduction, issues: [.industry]),
    entry("2015-steel-mills-modernisation-reports", asOfBrief(), .state("RUS"), "0311",
          .state("PAK", "BUS", "Pakistan Steel Mills"),
          "Reports say Russia will help modernise the Pakistan Steel Mills",
          section: .pakistansMotives, issues: [.industry], reported: true),
    entry("2015-casa1000-reports", asOfBrief(), .state("RUS"), "0311", .state("PAK"),
          "Reports say Russia may join Tajikistan and Kyrgyzstan in CASA-1000 power for Afghanistan and Pakistan",
          section: .pakistansMotives, issues: [.energy], reported: true),
    entry("2015-pakistan-eaeu-fta-interest", asOfBrief(), .state("PAK"), "0311", .state("RUS"),
          "Pakistan signals interest in a free trade agreement with Putin's Eurasian Economic Union",
          section: .relations, issues: [.trade]),
    entry("2015-russia-ready-to-help-stabilise-pakistan", asOfBrief(), .state("RUS"), "030", .state("PAK"),
          "Russia, eyeing gains from CPEC, is willing to help efforts to stabilise Pakistan",
          section: .chinaFactor, issues: [.regionalSecurity, .economy]),
]

// MARK: - The triangle's other sides, and India's

private let contextEntries: [CaseEntry] = [
    // The United States and Pakistan.
    // The brief dates the raid to 2011 but not the base attack: it is only "subsequent", so 2011 to the brief.
    entry("2011-abbottabad-raid", year(2011), .state("USA", "MIL"), "190", .state("PAK"),
          "US forces kill Osama bin Laden in a raid on Abbottabad, inside Pakistan",
          section: .pakistansMotives, issues: [.terrorism]),
    entry("2011-2015-us-attack-on-pakistani-base", years(2011, 2015), .state("USA", "MIL"), "190",
          .state("PAK", "MIL"),
          "A US attack on a Pakistani base kills about two dozen Pakistani soldiers",
          section: .pakistansMotives, issues: [.military], magnitude: Magnitude(24, "soldiers killed")),
    entry("2011-2015-pakistani-media-on-us-decline", years(2011, 2015),
          .state("PAK", "MED", "Pakistani media and analysts"), "012", .state("USA"),
          "Pakistani media and analysts judge that American hegemony is nearing its end",
          section: .pakistansMotives, issues: [.diplomacy]),
    entry("2013-2015-us-drone-strikes", recently(), .state("USA", "MIL"), "1952",
          .state("PAK", "INS", "terrorists in Pakistan"),
          "The US uses drones against terrorists inside Pakistan",
          section: .pakistansMotives, issues: [.drones, .terrorism]),
    entry("2013-2015-us-pakistan-differences-on-afghanistan", recently(), .state("USA"), "110", .state("PAK"),
          "The US and Pakistan differ over Afghanistan amid recent tensions",
          section: .pakistansMotives, issues: [.afghanistan]),
    entry("2013-2015-pakistan-us-differences-on-afghanistan", recently(), .state("PAK"), "110", .state("USA"),
          "Pakistan and the US differ over Afghanistan amid recent tensions",
          section: .pakistansMotives, issues: [.afghanistan]),
    entry("2015-us-military-aid-to-pakistan", asOfBrief(), .state("USA"), "072", .state("PAK"),
          "Pakistan keeps receiving vast amounts of US military aid",
          section: .conclusion, issues: [.aid, .military]),
    entry("2015-us-financial-assistance-to-pakistan", asOfBrief(), .state("USA"), "071", .state("PAK"),
          "Pakistan keeps receiving vast amounts of US financial assistance",
          section: .conclusion, issues: [.aid]),
    entry("2014-12-us-drawdown-from-afghanistan", month(2014, 12), .state("USA", "MIL"), "166", .state("AFG"),
          "The US begins drawing its troops down from Afghanistan",
          section: .russiasMotives, issues: [.afghanistan, .military]),

    // The United States and Russia. The brief names "the Ukraine crisis" without a year; it is the crisis of
    // 2014, and the isolation and sanctions it describes run to the brief's present.
    entry("2014-2015-western-sanctions-on-russia", years(2014, 2015), .state("USA"), "163", .state("RUS"),
          "The West, with the US, sanctions and isolates Russia after the Ukraine crisis",
          section: .russiasMotives, issues: [.sanctions]),
    entry("2013-2015-us-russia-tensions", recently(), .state("USA"), "110", .state("RUS"),
          "Tensions rise between the US and Russia",
          section: .pakistansMotives, issues: [.diplomacy]),
    entry("2013-2015-russia-us-tensions", recently(), .state("RUS"), "110", .state("USA"),
          "Tensions rise between Russia and the US",
          section: .pakistansMotives, issues: [.diplomacy]),

    // China and Pakistan.
    entry("2015-china-calls-pakistan-all-weather-friend", asOfBrief(), .state("CHN"), "051", .state("PAK"),
          "China calls Pakistan its \"all weather friend\" and \"brother\"",
          section: .chinaFactor, issues: [.diplomacy]),
    // Sharif's "recent" visit: no date in the brief.
    entry("2013-2015-sharif-visits-china", recently(), .state("PAK", "GOV", "Prime Minister Nawaz Sharif"), "042",
          .state("CHN"),
          "Prime Minister Nawaz Sharif visits China",
          section: .chinaFactor, issues: [.diplomacy]),
    entry("2013-2015-sharif-higher-than-the-himalayas", recently(),
          .state("PAK", "GOV", "Prime Minister Nawaz Sharif"), "051", .state("CHN"),
          "Sharif calls Sino-Pakistani friendship higher than the Himalayas and sweeter than honey",
          section: .chinaFactor, issues: [.diplomacy]),
    entry("2015-china-endorses-pakistan-role-in-afghanistan", asOfBrief(), .state("CHN"), "051", .state("PAK"),
          "China endorses a Pakistani role in deciding Afghanistan's future",
          section: .russiasMotives, issues: [.afghanistan]),
    entry("2015-pakistan-china-jf17", asOfBrief(), .state("PAK"), "062", .state("CHN"),
          "Pakistan makes the JF-17 fighter jointly with China",
          section: .relations, issues: [.arms]),
    entry("2015-china-pakistan-jf17", asOfBrief(), .state("CHN"), "062", .state("PAK"),
          "China makes the JF-17 fighter jointly with Pakistan",
          section: .relations, issues: [.arms]),
    entry("2015-china-pakistan-economic-corridor", asOfBrief(), .state("CHN"), "061", .state("PAK"),
          "China builds the China-Pakistan Economic Corridor (CPEC)",
          section: .chinaFactor, issues: [.economy, .trade]),
    entry("2015-china-prods-russia", asOfBrief(), .state("CHN"), "026", .state("RUS"),
          "Analysts speculate that China is nudging Russia toward Pakistan",
          section: .chinaFactor, issues: [.diplomacy], reported: true),
    entry("2015-china-prods-pakistan", asOfBrief(), .state("CHN"), "026", .state("PAK"),
          "Analysts speculate that China is nudging Pakistan toward Russia",
          section: .chinaFactor, issues: [.diplomacy], reported: true),

    // Pakistan's other arms suppliers, whose wares it judges worse than Russia's.
    entry("2015-china-arms-to-pakistan", asOfBrief(), .state("CHN"), "072", .state("PAK"),
          "China supplies Pakistan with military equipment",
          section: .pakistansMotives, issues: [.arms]),
    entry("2015-turkey-arms-to-pakistan", asOfBrief(), .state("TUR"), "072", .state("PAK"),
          "Turkey supplies Pakistan with military equipment",
          section: .pakistansMotives, issues: [.arms]),
    entry("2015-ukraine-arms-to-pakistan", asOfBrief(), .state("UKR"), "072", .state("PAK"),
          "Ukraine supplies Pakistan with military equipment",
          section: .pakistansMotives, issues: [.arms]),

    // Russia and China.
    entry("2015-russia-china-converging-views", asOfBrief(), .state("RUS"), "019", .state("CHN"),
          "Russia's views on global governance and strategy converge with China's",
          section: .chinaFactor, issues: [.diplomacy]),
    entry("2015-china-russia-converging-views", asOfBrief(), .state("CHN"), "019", .state("RUS"),
          "China's views on global governance and strategy converge with Russia's",
          section: .chinaFactor, issues: [.diplomacy]),
    entry("2015-russia-china-economic-ties", asOfBrief(), .state("RUS"), "061", .state("CHN"),
          "Russia keeps robust economic ties with China",
          section: .chinaFactor, issues: [.economy]),
    entry("2015-china-russia-economic-ties", asOfBrief(), .state("CHN"), "061", .state("RUS"),
          "China keeps robust economic ties with Russia",
          section: .chinaFactor, issues: [.economy]),
    entry("2015-russia-china-military-ties", asOfBrief(), .state("RUS"), "062", .state("CHN"),
          "Russia keeps robust military ties with China",
          section: .chinaFactor, issues: [.military]),
    entry("2015-china-russia-military-ties", asOfBrief(), .state("CHN"), "062", .state("RUS"),
          "China keeps robust military ties with Russia",
          section: .chinaFactor, issues: [.military]),

    // India, Russia, the US and Israel.
    entry("2015-india-buys-russian-arms", asOfBrief(), .state("RUS"), "062", .state("IND"),
          "India still buys about $2 billion of Russian military equipment a year",
          section: .conclusion, issues: [.arms], magnitude: Magnitude(2e9, "USD")),
    entry("2013-2015-russia-loses-indian-contracts", recently(), .state("IND"), "1212", .state("RUS"),
          "Russia loses a few major Indian arms contracts",
          section: .conclusion, issues: [.arms]),
    entry("2013-2015-us-arms-for-india", recently(), .state("USA"), "062", .state("IND"),
          "India turns to the US as a source of advanced military technology",
          section: .russiasMotives, issues: [.arms]),
    entry("2013-2015-israeli-arms-for-india", recently(), .state("ISR"), "062", .state("IND"),
          "India turns to Israel as a source of advanced military technology",
          section: .russiasMotives, issues: [.arms]),
    entry("2013-2015-us-india-closeness", recently(), .state("USA"), "050", .state("IND"),
          "The US and India grow closer",
          section: .relations, issues: [.diplomacy]),
    entry("2013-2015-india-us-closeness", recently(), .state("IND"), "050", .state("USA"),
          "India and the US grow closer",
          section: .relations, issues: [.diplomacy]),
    // Not criticising is an abstention: coded as declining to comment, not as support.
    entry("2014-2015-india-silent-on-ukraine", years(2014, 2015), .state("IND"), "011", .state("RUS"),
          "India is one of few states not to criticise Russia openly over Ukraine and Crimea",
          section: .conclusion, issues: [.diplomacy]),

    // BRICS, RIC and SCO: the brief gives no dates, only that the states "are partners", so as of the brief.
    entry("2015-russia-india-forum-partners", asOfBrief(), .state("RUS"), "050", .state("IND"),
          "Russia and India are partners in BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
    entry("2015-india-russia-forum-partners", asOfBrief(), .state("IND"), "050", .state("RUS"),
          "India and Russia are partners in BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
    entry("2015-russia-china-forum-partners", asOfBrief(), .state("RUS"), "050", .state("CHN"),
          "Russia and China are fellow members of BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
    entry("2015-china-russia-forum-partners", asOfBrief(), .state("CHN"), "050", .state("RUS"),
          "China and Russia are fellow members of BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
    entry("2015-india-china-forum-partners", asOfBrief(), .state("IND"), "050", .state("CHN"),
          "India and China are fellow members of BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
    entry("2015-china-india-forum-partners", asOfBrief(), .state("CHN"), "050", .state("IND"),
          "China and India are fellow members of BRICS, RIC and the SCO",
          section: .conclusion, issues: [.diplomacy]),
]
