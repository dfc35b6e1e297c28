// The eleventh round's batches (docs/coder.md "Eleventh round"), each written with its codings before the coder read
// it; ``LongProbeTests/batchScoresAsMeasured(name:floor:)`` scores them with the earlier ones.

extension LongProbeTests {
    /// An eleventh batch, for development, written on 2026-12-06 (eleventh round) before the coder read it: visits
    /// "aimed at" something, talks "on" a war, summonses "after" what another state did, mediators, pledges of aid,
    /// agreements to pull back, people held by other states, and one seizure whose target no state is.
    static let eleventhBatch: [(String, [String])] = [
        ("Iranian President Hassan Rouhani arrived in Ankara on Monday for a two-day official visit aimed at boosting trade between the two neighbours.", ["IRN→TUR 042", "TUR→IRN 043"]),
        ("Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan in Sochi on Friday on the fighting in northern Syria.", ["RUS→TUR 046", "TUR→RUS 046"]),
        ("Ukraine's foreign ministry summoned the Hungarian ambassador on Thursday after a Hungarian minister called for autonomy for ethnic Hungarians in western Ukraine.", ["UKR→HUN 114"]),
        ("The European Union imposed sanctions on Thursday on eight Russian officials over the poisoning of opposition leader Alexei Navalny.", ["IGO→RUS 163"]),
        ("Japan lodged a protest with China on Tuesday after Chinese coast guard ships entered waters around the disputed islands in the East China Sea.", ["JPN→CHN 114"]),
        ("Egyptian mediators are working to broker a truce between Israel and Hamas, an Egyptian official said on Sunday.", ["EGY→ISR 045", "EGY→PSE 045"]),
        ("Venezuela's government on Saturday ordered the expulsion of the German ambassador, accusing him of meddling in the country's internal affairs.", ["VEN→DEU 161", "VEN→DEU 112"]),
        ("Indian and Chinese troops clashed on Monday night in the Galwan Valley in the western Himalayas, the Indian army said.", ["IND→CHN 190", "CHN→IND 190"]),
        ("Australia's prime minister said on Wednesday that Canberra would not bow to economic pressure from Beijing.", ["AUS→CHN 124"]),
        ("Greece recalled its ambassador to Libya on Friday in protest over a maritime deal between Tripoli and Ankara.", ["GRC→LBY 161"]),
        ("Germany pledged on Monday to send 30 million euros in humanitarian aid to earthquake victims in Turkey and Syria.", ["DEU→TUR 0333", "DEU→SYR 0333"]),
        ("Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday, and the two leaders signed 15 agreements on trade and technology.", ["CHN→BRA 043", "BRA→CHN 042", "CHN→BRA 057", "BRA→CHN 057"]),
        ("Armenia accused Azerbaijan on Tuesday of launching a large-scale offensive against Nagorno-Karabakh.", ["ARM→AZE 1123"]),
        ("Police in Pakistan arrested two Afghan nationals on Friday in connection with a suicide bombing in Peshawar.", ["PAK→AFG 173"]),
        ("Iran's Revolutionary Guards seized a foreign tanker in the Gulf on Sunday for smuggling fuel, state media reported.", []),
        ("Thailand and Cambodia agreed on Wednesday to withdraw their troops from a disputed area near an ancient temple on their border.", ["THA→KHM 0356", "KHM→THA 0356"]),
        ("Israeli Prime Minister Benjamin Netanyahu warned Hezbollah on Tuesday that Israel would respond with force to any attack from Lebanon.", ["ISR→LBN 138"]),
        ("South Korea and Japan agreed on Thursday to resume a military intelligence-sharing pact that Seoul had threatened to scrap.", ["KOR→JPN 0314", "JPN→KOR 0314"]),
        ("The Taliban released an American engineer on Monday in exchange for an Afghan drug lord held by the United States.", ["AFG→USA 0841"]),
        ("Iraqi Prime Minister Mustafa al-Kadhimi met Saudi Crown Prince Mohammed bin Salman in Jeddah on Tuesday to discuss security and investment.", ["IRQ→SAU 040"]),
        ("Ethiopia and Eritrea signed a peace agreement in Saudi Arabia on Sunday, formally ending two decades of hostility.", ["ETH→ERI 057", "ERI→ETH 057"]),
        ("Hundreds of Iraqi protesters stormed the Kuwaiti embassy in Baghdad on Saturday, angered by a court ruling on a shared waterway.", ["IRQ→KWT 145"]),
        ("Moroccan authorities deported a Spanish journalist on Friday who had been reporting on protests in the Rif region, Spain's foreign ministry said.", ["MAR→ESP 174"]),
        ("Chinese Foreign Minister Wang Yi said on Tuesday that China was willing to mediate between Russia and Ukraine.", ["CHN→RUS 039", "CHN→UKR 039"]),
        ("Pakistan accused India on Sunday of sponsoring terrorism in its Balochistan province after a bomb blast killed 14 people in Quetta.", ["PAK→IND 112"]),
    ]

    /// A twelfth batch, held out, written on 2026-12-06 with the eleventh and before the coder read either: no rule
    /// is written from its misses.
    static let twelfthBatch: [(String, [String])] = [
        ("Canadian Prime Minister Justin Trudeau said on Monday that Canada was expelling an Indian diplomat over the killing of a Sikh separatist leader in British Columbia.", ["CAN→IND 161"]),
        ("Brazil's foreign minister met his Argentine counterpart in Buenos Aires on Wednesday to discuss trade within the Mercosur bloc.", ["BRA→ARG 040"]),
        ("Israeli troops shot dead two Palestinian gunmen in the occupied West Bank on Friday, the army said.", ["ISR→PSE 190"]),
        ("The Netherlands summoned Russia's ambassador on Friday after Dutch investigators concluded that a Russian missile had downed Flight MH17.", ["NLD→RUS 114"]),
        ("Iran's supreme leader rejected any negotiations with the United States on Sunday, calling them poison.", ["IRN→USA 125"]),
        ("Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi agreed on Saturday to expand defence cooperation.", ["JPN→IND 0312", "IND→JPN 0312"]),
        ("Armed men kidnapped four Turkish engineers working on a power plant in northern Iraq, Turkish officials said on Wednesday.", []),
        ("Spain's King Felipe arrived in Havana on Tuesday for the first state visit by a Spanish monarch to Cuba.", ["ESP→CUB 042", "CUB→ESP 043"]),
        ("Chinese and Indian military commanders held a fresh round of talks on Sunday to defuse a standoff on their disputed border.", ["CHN→IND 046", "IND→CHN 046"]),
        ("The United States on Wednesday accused China of conducting cyber attacks on American companies, and indicted five Chinese military officers.", ["USA→CHN 112", "USA→CHN 173"]),
        ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.", ["SAU→QAT 161", "ARE→QAT 161", "BHR→QAT 161", "EGY→QAT 161", "SAU→QAT 112", "ARE→QAT 112", "BHR→QAT 112", "EGY→QAT 112"]),
        ("Sri Lanka's president thanked China on Wednesday for its support during the country's economic crisis.", ["LKA→CHN 051"]),
        ("Lithuania banned the transit of sanctioned Russian goods through its territory to Kaliningrad on Saturday, drawing threats of retaliation from Moscow.", ["LTU→RUS 163", "RUS→LTU 130"]),
        ("U.S. Secretary of State Antony Blinken arrived in Beijing on Sunday for talks aimed at stabilising relations between the two powers.", ["USA→CHN 042", "CHN→USA 043"]),
        ("The African Union suspended Niger on Tuesday following last month's military coup.", ["IGO→NER 161"]),
        ("Qatar's emir telephoned the Iranian president on Saturday to discuss regional tensions.", ["QAT→IRN 041", "IRN→QAT 041"]),
        ("The Philippine government said on Monday it would file a diplomatic protest against China over the use of a military-grade laser against a Philippine coast guard vessel.", ["PHL→CHN 114"]),
        ("Russian forces launched missile strikes on Kyiv and other Ukrainian cities early on Monday, killing at least 11 people, Ukrainian officials said.", ["RUS→UKR 195"]),
        // (Gold corrected in the twelfth round: the mediator's 045 to each side, as the blind batches code a third
        // party's mediation, was left out.)
        ("Ukraine and Russia exchanged dozens of prisoners of war on Saturday in a swap mediated by the United Arab Emirates.", ["UKR→RUS 0841", "RUS→UKR 0841", "ARE→UKR 045", "ARE→RUS 045"]),
        ("Vietnam accused China on Friday of violating its sovereignty by sending an oil rig into waters claimed by Hanoi.", ["VNM→CHN 112"]),
        ("The head of the International Atomic Energy Agency arrived in Tehran on Saturday for talks with Iranian officials on the country's nuclear programme.", ["IGO→IRN 042", "IRN→IGO 043"]),
        ("Britain froze the assets of five Iranian officials on Monday over the crackdown on protesters.", ["GBR→IRN 163"]),
        ("Sudan's army accused the United Arab Emirates on Wednesday of supplying weapons to the paramilitary Rapid Support Forces.", ["SDN→ARE 112"]),
        ("North Korean leader Kim Jong Un met Russian President Vladimir Putin at a space launch centre in Russia's Far East on Wednesday.", ["PRK→RUS 040"]),
        ("Israel and the United Arab Emirates signed an agreement in Washington on Tuesday establishing full diplomatic relations.", ["ISR→ARE 057", "ARE→ISR 057"]),
    ]
}

extension LongProbeTests {
    /// A thirteenth batch, for development, written on 2026-12-06 after the eleventh round's rules and before the
    /// coder read it: passives with an agent, nominal acts ("the arrest of … by"), deployments, loans, rejections of
    /// offers, handing over, expulsions in response.
    static let thirteenthBatch: [(String, [String])] = [
        ("A Pakistani soldier was killed by Indian fire across the Line of Control on Wednesday, the Pakistani military said.", ["IND→PAK 190"]),
        ("The arrest of two Canadians by Chinese authorities in December was widely seen as retaliation for the detention of a Huawei executive in Vancouver.", ["CHN→CAN 173"]),
        ("Washington slapped sanctions on Venezuela's state oil company on Monday, ratcheting up pressure on President Nicolas Maduro.", ["USA→VEN 163"]),
        ("Russia deployed additional troops to its border with Ukraine on Tuesday, drawing a sharp warning from NATO.", ["RUS→UKR 154"]),
        ("Brazil and Argentina signed a deal on Monday to work towards a common currency.", ["BRA→ARG 057", "ARG→BRA 057"]),
        ("South Korean President Moon Jae-in crossed into North Korea on Friday for a summit with Kim Jong Un.", ["KOR→PRK 042", "PRK→KOR 043"]),
        ("Ukrainian forces shelled Russian positions near Bakhmut overnight, the Ukrainian military said on Thursday.", ["UKR→RUS 194"]),
        ("Malaysia's foreign ministry summoned China's ambassador on Wednesday to protest against the intrusion of Chinese coast guard vessels into its waters.", ["MYS→CHN 114"]),
        ("The Kenyan government on Wednesday recalled its ambassador to Somalia and ordered the Somali envoy to leave the country within 24 hours.", ["KEN→SOM 161"]),
        ("Moscow accused Washington on Friday of interfering in Russia's internal affairs by funding opposition groups.", ["RUS→USA 112"]),
        ("Israel released 26 Palestinian prisoners early on Wednesday as part of a U.S.-brokered deal to restart peace talks.", ["ISR→PSE 0841"]),
        ("Iran's foreign minister will travel to Moscow next week for talks with his Russian counterpart, the ministry said on Saturday.", ["IRN→RUS 036"]),
        ("Dozens of Afghan migrants were deported from Iran on Sunday, Afghan officials said.", ["IRN→AFG 174"]),
        ("Germany agreed on Wednesday to deliver Leopard tanks to Ukraine, ending weeks of hesitation.", ["DEU→UKR 0332"]),
        ("Saudi-led coalition warplanes bombed a Houthi-controlled prison in northern Yemen on Friday, killing dozens of inmates.", ["SAU→YEM 195"]),
        ("The Philippines and the United States launched their largest-ever joint military exercises on Tuesday.", ["PHL→USA 062", "USA→PHL 062"]),
        ("Mexico's president criticised the United States on Monday for sending migrants back across the border.", ["MEX→USA 111"]),
        ("Iraq's foreign ministry condemned Turkish air strikes in the Kurdistan region on Wednesday as a violation of its sovereignty.", ["IRQ→TUR 111"]),
        ("Japan extended a loan of 100 billion yen to India on Thursday for the construction of a high-speed railway.", ["JPN→IND 071"]),
        ("North Korea's state media said on Monday that leader Kim Jong Un had rejected an offer of talks from South Korea.", ["PRK→KOR 125"]),
        ("Israeli forces detained a Palestinian journalist in the West Bank city of Hebron on Tuesday.", ["ISR→PSE 173"]),
        ("Pakistan handed over an Indian fisherman to the Indian authorities at the Wagah border on Monday.", ["PAK→IND 0841"]),
        ("The leaders of France and Germany met in Paris on Sunday to discuss the future of the European Union.", ["FRA→DEU 040", "DEU→FRA 040"]),
        ("Russia's foreign ministry said on Friday it was expelling 10 Polish diplomats in response to a similar move by Warsaw.", ["RUS→POL 161"]),
        ("Tanzania's government on Tuesday thanked China for building a new stadium in Dar es Salaam.", ["TZA→CHN 051"]),
    ]

    /// A fourteenth batch, held out, written on 2026-12-06 with the thirteenth and before the coder read either: no
    /// rule is written from its misses.
    static let fourteenthBatch: [(String, [String])] = [
        ("Indonesia's president received the Australian prime minister at the presidential palace in Bogor on Monday.", ["IDN→AUS 043", "AUS→IDN 042"]),
        ("Hamas fired dozens of rockets into southern Israel on Saturday, the Israeli military said.", ["PSE→ISR 195"]),
        ("Seoul protested to Tokyo on Friday over a Japanese defence paper that repeated claims to disputed islets.", ["KOR→JPN 114"]),
        ("Nigeria and Niger agreed on Sunday to set up joint border patrols to fight Boko Haram.", ["NGA→NER 0312", "NER→NGA 0312"]),
        ("Algeria recalled its ambassador to Spain on Saturday after Madrid backed Morocco's autonomy plan for Western Sahara.", ["DZA→ESP 161"]),
        ("The president of Cyprus called on Turkey on Monday to withdraw its troops from the island.", ["CYP→TUR 0256"]),
        ("Ukraine's president thanked Britain on Wednesday for its decision to supply long-range missiles.", ["UKR→GBR 051"]),
        ("Venezuelan troops detained three Colombian soldiers who had crossed the border by mistake, Colombia's army said on Sunday.", ["VEN→COL 173"]),
        ("The United States deported more than 100 Guatemalan migrants on a flight to Guatemala City on Thursday.", ["USA→GTM 174"]),
        ("Chinese Premier Li Keqiang met Japanese Prime Minister Shinzo Abe in Beijing on Friday, the first such meeting in seven years.", ["CHN→JPN 040"]),
        ("Iraq and Iran signed an agreement on Sunday to tighten security along their shared border.", ["IRQ→IRN 057", "IRN→IRQ 057"]),
        ("The European Union on Monday condemned the death sentence handed to a British-Iranian national in Tehran.", ["IGO→IRN 111"]),
        ("Israeli warplanes struck targets in Syria overnight, Syrian state media said on Sunday.", ["ISR→SYR 195"]),
        ("Armenian and Azerbaijani foreign ministers held talks in Washington on Thursday on a peace treaty.", ["ARM→AZE 046", "AZE→ARM 046"]),
        ("Pakistan's army chief visited Beijing on Tuesday for talks on security cooperation.", ["PAK→CHN 042", "CHN→PAK 043"]),
        ("Georgia's prime minister accused Russia on Monday of occupying a fifth of its territory.", ["GEO→RUS 1123"]),
        ("Bahrain said on Sunday it had expelled the Iranian charge d'affaires over Tehran's interference in its internal affairs.", ["BHR→IRN 161"]),
        ("South Africa offered on Wednesday to mediate between Russia and Ukraine.", ["ZAF→RUS 039", "ZAF→UKR 039"]),
        ("Kazakhstan's president rejected a Russian request to send troops to Ukraine, a Kazakh official said.", ["KAZ→RUS 1222"]),
        ("Taiwan's coast guard detained a Chinese fishing boat near the Kinmen islands on Wednesday.", ["TWN→CHN 173"]),
        ("The U.N. Security Council condemned North Korea's latest missile launch on Monday.", ["IGO→PRK 111"]),
        ("Japan and the Philippines signed a defence pact on Wednesday allowing their troops to train in each other's territory.", ["JPN→PHL 057", "PHL→JPN 057"]),
        ("Chad's government ordered the German ambassador to leave the country within 48 hours on Friday.", ["TCD→DEU 161"]),
        ("Chinese leader Xi Jinping praised Brazil's president on Friday for his efforts to end the war in Ukraine.", ["CHN→BRA 051"]),
        ("Saudi Arabia's crown prince received the Iranian foreign minister in Jeddah on Saturday.", ["SAU→IRN 043", "IRN→SAU 042"]),
    ]
}

extension LongProbeTests {
    /// A fifteenth batch, written on 2026-12-06 before the coder read it: events inside one state (police, troops,
    /// militants, protesters, the opposition), which real wire copy is full of and the earlier batches left out. Both
    /// sides are coded here by the state they belong to, as an event data set's dyad is; PETRARCH's dictionaries and
    /// records write an agent whose state the sentence does not name as `---` ("protesters" `---OPP`, "cartel gunmen"
    /// `---UAF`), and so does the coder, which writes no state it is not told. Measured (0.462 when written), no rule
    /// written from it: most of its misses are that convention or the dictionaries' own codes (`ARREST * PROTESTERS
    /// [175:140]`, Abu Sayyaf an international group).
    static let fifteenthBatch: [(String, [String])] = [
        ("Police in Cairo arrested dozens of protesters on Friday after clashes near Tahrir Square.", ["EGY→EGY 173"]),
        ("Nigerian troops killed 30 Boko Haram militants in an attack on their camp in Borno state, the army said on Sunday.", ["NGA→NGA 190"]),
        ("Taliban fighters attacked a police checkpoint in Helmand province on Tuesday, killing five officers.", ["AFG→AFG 190"]),
        ("Thousands of opposition supporters rallied in Caracas on Saturday to demand the resignation of President Nicolas Maduro.", ["VEN→VEN 1411"]),
        ("Turkish authorities detained 40 journalists on Monday as part of an investigation into the failed coup.", ["TUR→TUR 173"]),
        ("Indian police fired tear gas at stone-throwing protesters in Srinagar on Friday.", ["IND→IND 175"]),
        ("Mexican soldiers killed 15 suspected cartel gunmen in a shootout in the state of Michoacan.", ["MEX→MEX 190"]),
        ("Syrian government forces shelled rebel-held districts of Aleppo on Wednesday, activists said.", ["SYR→SYR 194"]),
        ("Police in Bangladesh arrested a senior opposition leader on Saturday on charges of inciting violence.", ["BGD→BGD 173"]),
        ("Ethiopian federal forces launched an offensive against Tigrayan forces on Wednesday.", ["ETH→ETH 190"]),
        ("Colombian President Juan Manuel Santos signed a peace agreement with FARC rebels in Cartagena on Monday.", ["COL→COL 057"]),
        ("Philippine troops clashed with Abu Sayyaf militants on the southern island of Jolo on Saturday, the military said.", ["PHL→PHL 190"]),
    ]
}

extension LongProbeTests {
    /// A sixteenth batch, for development, written on 2026-12-06 after the eleventh round and before the coder read it:
    /// quotations before their speaker, statements "in a statement", people held and freed, aid resumed or frozen,
    /// first visits and talks, complaints to international bodies, "both countries" with nothing named before.
    static let sixteenthBatch: [(String, [String])] = [
        ("\"We will not allow anyone to threaten our security,\" Turkish President Recep Tayyip Erdogan told reporters in Ankara on Tuesday, a day after Syrian forces shelled a Turkish border town.", ["SYR→TUR 194"]),
        ("India's foreign ministry said in a statement on Thursday that it had lodged a strong protest with Nepal over the new map.", ["IND→NPL 114"]),
        ("Both countries agreed to exchange lists of nuclear installations, as they have done every year since 1992.", []),
        ("Iran's Supreme Leader Ayatollah Ali Khamenei on Wednesday accused the United States and Israel of fomenting the unrest.", ["IRN→USA 112", "IRN→ISR 112"]),
        ("The United Nations Security Council on Tuesday extended sanctions on Liberia for another year.", ["IGO→LBR 163"]),
        ("Pakistani and Afghan troops exchanged fire along the border on Sunday, officials on both sides said.", ["PAK→AFG 190", "AFG→PAK 190"]),
        ("Hundreds of Indian fishermen held in Pakistani jails were freed on Monday and handed over to Indian officials at the Wagah border.", ["PAK→IND 0841"]),
        ("Israel's military said its aircraft struck a weapons depot belonging to Hezbollah in southern Lebanon overnight, in response to rocket fire.", ["ISR→LBN 195"]),
        ("Brazil's president and his Argentine counterpart pledged on Friday to deepen economic integration between the two countries.", ["BRA→ARG 0311", "ARG→BRA 0311"]),
        ("Sri Lanka has asked India to extradite a suspected rebel leader arrested in Tamil Nadu, officials said on Tuesday.", ["LKA→IND 0213"]),
        ("The Chinese government has agreed to lend Venezuela $4 billion for development projects, Venezuela's finance minister said.", ["CHN→VEN 0331"]),
        ("Ukraine accused Russia of violating a ceasefire in the east after two Ukrainian soldiers were killed by separatist shelling.", ["UKR→RUS 112"]),
        ("North Korea's official news agency denounced the joint military drills between the United States and South Korea as a rehearsal for invasion.", ["PRK→USA 111", "PRK→KOR 111"]),
        ("The Saudi foreign minister held talks in Baghdad with Iraqi leaders on Saturday, the first visit by a Saudi foreign minister to Iraq since 1990.", ["SAU→IRQ 046", "IRQ→SAU 046", "SAU→IRQ 042", "IRQ→SAU 043"]),
        ("South Korea on Wednesday resumed food aid shipments to North Korea, which had been suspended for two years.", ["KOR→PRK 073"]),
        ("Lebanon lodged a complaint with the U.N. Security Council on Monday over Israeli violations of its airspace.", ["LBN→IGO 114"]),
        ("Germany has frozen development aid to Rwanda over its alleged support for rebels in Congo.", ["DEU→RWA 1621"]),
        ("Thai and Cambodian soldiers traded gunfire near a disputed temple on Friday, killing at least one soldier.", ["THA→KHM 190", "KHM→THA 190"]),
        ("Japan's prime minister apologised to South Korea on Tuesday for Japan's colonial rule of the Korean peninsula.", ["JPN→KOR 055"]),
        ("Colombia's president accused Venezuela on Thursday of harbouring FARC rebels and said he would take the case to international bodies.", ["COL→VEN 112"]),
        ("Russia and Georgia held their first direct talks since the 2008 war in Prague on Wednesday.", ["RUS→GEO 046", "GEO→RUS 046"]),
        ("U.S. Defense Secretary Robert Gates arrived in Kabul on Monday on an unannounced visit.", ["USA→AFG 042", "AFG→USA 043"]),
        ("The Iraqi government demanded on Tuesday that Turkey withdraw its troops from a base near Mosul.", ["IRQ→TUR 1056"]),
        ("Morocco recalled its ambassador to Algeria after the Algerian president called for the monitoring of human rights in Western Sahara.", ["MAR→DZA 161"]),
        ("Chinese President Hu Jintao began a state visit to the United States on Tuesday, with trade and currency issues high on the agenda.", ["CHN→USA 042", "USA→CHN 043"]),
    ]

    /// A seventeenth batch, held out, written on 2026-12-06 with the sixteenth and before the coder read either: no rule
    /// is written from its misses.
    static let seventeenthBatch: [(String, [String])] = [
        ("Saudi Arabia pledged $500 million to help rebuild Iraq at a donors' conference in Madrid on Friday.", ["SAU→IRQ 0331"]),
        ("Indian and Pakistani foreign ministers met on the sidelines of a regional summit in Colombo on Saturday.", ["IND→PAK 040", "PAK→IND 040"]),
        ("The European Union on Monday imposed an arms embargo on Syria and froze the assets of President Bashar al-Assad.", ["IGO→SYR 163"]),
        ("Mexico's foreign minister protested to Washington on Friday over the shooting of a Mexican teenager by a U.S. border patrol agent.", ["MEX→USA 114"]),
        ("Japan's coast guard on Sunday detained the captain of a Taiwanese fishing boat that entered waters near disputed islands.", ["JPN→TWN 173"]),
        ("The United States accused Iran on Tuesday of supplying weapons to Shiite militias in Iraq.", ["USA→IRN 112"]),
        ("Kenyan troops crossed into Somalia on Sunday to pursue al-Shabaab militants blamed for a spate of kidnappings.", ["KEN→SOM 190"]),
        ("Bolivia expelled the U.S. ambassador on Wednesday, accusing him of supporting the opposition.", ["BOL→USA 161", "BOL→USA 112"]),
        ("Poland and the United States signed a deal on Wednesday to base American missile interceptors on Polish soil.", ["POL→USA 057", "USA→POL 057"]),
        ("Azerbaijan and Armenia traded accusations on Tuesday over a deadly shootout on their border.", ["AZE→ARM 112", "ARM→AZE 112"]),
        ("Thousands of Palestinians marched in the West Bank on Friday to protest against Israel's separation barrier.", ["PSE→ISR 141"]),
        ("Iran's foreign minister met his Saudi counterpart in Riyadh on Monday to discuss the crisis in Yemen.", ["IRN→SAU 040"]),
        ("The U.S. Treasury on Thursday imposed sanctions on three North Korean officials for human rights abuses.", ["USA→PRK 163"]),
        ("The Venezuelan government on Sunday accused Colombia of violating its airspace with a military aircraft.", ["VEN→COL 1123"]),
        ("France's president telephoned his Russian counterpart on Sunday to urge a halt to the fighting in Georgia.", ["FRA→RUS 041", "FRA→RUS 0256", "RUS→FRA 041"]),
        ("Britain's foreign secretary summoned the Iranian ambassador on Thursday after protesters stormed the British embassy in Tehran.", ["GBR→IRN 114", "IRN→GBR 145"]),
        ("Turkey and Armenia signed protocols in Zurich on Saturday to establish diplomatic relations and reopen their shared border.", ["TUR→ARM 057", "ARM→TUR 057"]),
        ("South Korea's unification minister crossed into North Korea on Thursday for talks on reopening a joint industrial park.", ["KOR→PRK 042", "PRK→KOR 043"]),
        ("Nicaragua broke off diplomatic relations with Taiwan on Thursday and recognised Beijing.", ["NIC→TWN 161", "NIC→CHN 054"]),
        ("Indonesia's foreign minister said on Tuesday that Jakarta was ready to help mediate the conflict between Thailand and Cambodia.", ["IDN→THA 039", "IDN→KHM 039"]),
        ("Syrian troops withdrew from Lebanon on Tuesday, ending 29 years of military presence.", ["SYR→LBN 0874"]),
        ("The Philippine navy seized a Chinese fishing boat loaded with endangered sea turtles near a disputed shoal.", ["PHL→CHN 1711"]),
        ("Vietnam's prime minister welcomed U.S. President Barack Obama to Hanoi on Monday at the start of a three-day visit.", ["VNM→USA 043", "USA→VNM 042"]),
        ("Sudan and South Sudan accused each other on Monday of launching air raids along their disputed border.", ["SDN→SSD 112", "SSD→SDN 112"]),
        ("The Indian government on Wednesday banned imports of Chinese milk products over fears of melamine contamination.", ["IND→CHN 163"]),
    ]
}

extension LongProbeTests {
    /// An eighteenth batch, for development, written on 2026-12-06 after the sixteenth's rules and before the coder
    /// read it: passives with an agent, agreements reached, vows, calls on a state to hand people over, people
    /// arrested in a state with no agent named, telephone conversations reported by a spokesman.
    static let eighteenthBatch: [(String, [String])] = [
        ("Israeli troops were attacked by Palestinian gunmen near the West Bank city of Nablus on Tuesday, the army said.", ["PSE→ISR 190"]),
        ("The United States and Cuba reached an agreement on Wednesday to restore diplomatic relations after more than 50 years.", ["USA→CUB 057", "CUB→USA 057"]),
        ("Hezbollah vowed on Sunday to retaliate against Israel for the killing of one of its commanders in Syria.", ["LBN→ISR 138"]),
        ("Chinese and Japanese leaders held their first formal talks in three years in Beijing on Monday.", ["CHN→JPN 046", "JPN→CHN 046"]),
        ("Nigeria's president called on Cameroon on Tuesday to hand over suspected Boko Haram fighters captured near the border.", ["NGA→CMR 0213"]),
        ("The Indian navy said on Saturday it had seized a Pakistani boat carrying drugs off the coast of Gujarat.", ["IND→PAK 1711"]),
        ("Sweden summoned Iraq's charge d'affaires on Thursday after protesters set fire to the Swedish embassy in Baghdad.", ["SWE→IRQ 114", "IRQ→SWE 145"]),
        ("Greece and North Macedonia signed an agreement on Sunday ending a decades-old dispute over the latter's name.", ["GRC→MKD 057", "MKD→GRC 057"]),
        ("Kuwait expelled 15 Iranian diplomats on Thursday and closed Iran's cultural mission, accusing Tehran of links to a spy cell.", ["KWT→IRN 161", "KWT→IRN 112"]),
        ("The Kremlin said on Friday that President Vladimir Putin had spoken by telephone with Turkish President Recep Tayyip Erdogan about the situation in Syria.", ["RUS→TUR 041", "TUR→RUS 041"]),
        ("Thousands of Iranians rallied outside the Saudi embassy in Tehran on Sunday to protest against the execution of a Shiite cleric.", ["IRN→SAU 141"]),
        ("The United States on Monday lifted sanctions on Sudan's central bank, easing two decades of economic isolation.", ["USA→SDN 085"]),
        ("Egypt's president met Israeli Prime Minister Benjamin Netanyahu in New York on Tuesday, their first public meeting.", ["EGY→ISR 040"]),
        ("Ethiopia accused Egypt on Monday of backing armed groups opposed to the construction of its dam on the Blue Nile.", ["ETH→EGY 112"]),
        ("South Korea's president proposed on Monday to hold talks with North Korea on reuniting families separated by the Korean War.", ["KOR→PRK 036"]),
        ("The Afghan government released 400 Taliban prisoners on Thursday, clearing the way for peace talks.", ["AFG→AFG 0841"]),
        ("Kazakhstan and Uzbekistan signed a border demarcation agreement on Tuesday in Astana.", ["KAZ→UZB 057", "UZB→KAZ 057"]),
        ("Washington accused Moscow on Tuesday of violating a landmark arms control treaty by deploying a new cruise missile.", ["USA→RUS 112"]),
        ("Israeli police arrested the Palestinian governor of Jerusalem on Sunday, his lawyer said.", ["ISR→PSE 173"]),
        ("India on Friday extended a $500 million line of credit to Sri Lanka to help it buy fuel.", ["IND→LKA 071"]),
        ("Mexico's president thanked China on Monday for sending medical supplies to fight the coronavirus.", ["MEX→CHN 051"]),
        ("Lebanese army troops exchanged fire with Israeli soldiers along the border on Tuesday, a Lebanese security source said.", ["LBN→ISR 193", "ISR→LBN 193"]),
        ("Qatar's foreign minister flew to Tehran on Saturday for talks with Iranian officials on the nuclear deal.", ["QAT→IRN 042", "IRN→QAT 043"]),
        ("Two Chinese nationals were arrested in Pakistan on Monday on suspicion of spying, police said.", ["PAK→CHN 173"]),
        ("The European Union on Tuesday extended its economic sanctions against Russia for another six months.", ["IGO→RUS 163"]),
    ]

    /// A nineteenth batch, held out, written on 2026-12-06 with the eighteenth and before the coder read either: no
    /// rule is written from its misses.
    static let nineteenthBatch: [(String, [String])] = [
        ("Chinese President Xi Jinping arrived in Islamabad on Monday for a two-day visit expected to produce agreements worth $46 billion.", ["CHN→PAK 042", "PAK→CHN 043"]),
        ("Pakistan test-fired a nuclear-capable ballistic missile on Wednesday, days after India conducted a similar test.", []),
        ("The Philippines recalled its ambassador to Kuwait on Friday over the deaths of Filipino workers.", ["PHL→KWT 161"]),
        ("Tunisia's president received a phone call from his French counterpart on Thursday.", ["FRA→TUN 041", "TUN→FRA 041"]),
        ("Israeli police detained three Jordanian lawmakers who tried to enter the Al-Aqsa mosque compound on Friday.", ["ISR→JOR 173"]),
        ("The European Union condemned on Monday the sentencing of a French-Iranian academic to six years in prison in Iran.", ["IGO→IRN 111"]),
        ("India and Bangladesh signed agreements on Saturday on sharing river waters and boosting trade.", ["IND→BGD 057", "BGD→IND 057"]),
        ("Norway's foreign minister said on Wednesday that Oslo was ready to host peace talks between the government of Colombia and the ELN rebels.", ["NOR→COL 039"]),
        ("Russian border guards detained 12 Ukrainian sailors and seized their vessels near the Kerch Strait on Sunday.", ["RUS→UKR 173", "RUS→UKR 1711"]),
        ("Italy's coast guard rescued 300 migrants off the Libyan coast on Saturday.", []),
        ("Kenya's president held talks with Ethiopia's prime minister in Nairobi on Wednesday on regional security.", ["KEN→ETH 046", "ETH→KEN 046"]),
        ("Azerbaijan's president accused Armenia on Tuesday of shelling Azerbaijani villages and vowed to respond.", ["AZE→ARM 1123"]),
        ("The U.N. nuclear watchdog's chief met Iran's foreign minister in Tehran on Monday.", ["IGO→IRN 040"]),
        ("Germany's chancellor visited Kyiv on Thursday and promised more air defence systems for Ukraine.", ["DEU→UKR 042", "DEU→UKR 0332", "UKR→DEU 043"]),
        ("Thailand deported 109 Uighurs to China on Thursday despite protests from rights groups.", ["THA→CHN 174"]),
        ("Iraq's prime minister criticised Turkey on Sunday for carrying out air strikes in the Kurdistan region without permission.", ["IRQ→TUR 111"]),
        ("Polish and Lithuanian troops began joint exercises near the Suwalki gap on Monday.", ["POL→LTU 062", "LTU→POL 062"]),
        ("North Korea fired artillery shells near a disputed maritime border with South Korea on Friday, Seoul said.", ["PRK→KOR 194"]),
        ("Japan's foreign minister protested to Russia on Tuesday over military exercises on islands claimed by both countries.", ["JPN→RUS 114"]),
        ("Brazil's president met Chinese President Xi Jinping in Beijing on Friday and signed agreements on trade and technology.", ["BRA→CHN 040", "BRA→CHN 057"]),
        ("The Arab League suspended Libya on Tuesday over its violent crackdown on protesters.", ["IGO→LBY 161"]),
        ("Tokyo lodged a protest with Beijing on Friday after a Chinese survey ship entered Japan's exclusive economic zone.", ["JPN→CHN 114"]),
        ("Iran released a detained French tourist on Friday, the French foreign ministry said.", ["IRN→FRA 0841"]),
        ("The Dutch government expelled two Russian diplomats on Monday for spying, the foreign ministry said.", ["NLD→RUS 161"]),
        ("Malaysian Prime Minister Anwar Ibrahim hosted Indonesian President Joko Widodo in Putrajaya on Thursday for annual talks.", ["MYS→IDN 043", "IDN→MYS 042"]),
    ]
}

extension LongProbeTests {
    /// A twentieth batch, held out, written on 2026-12-06 after every rule of the eleventh round and before the coder
    /// read it: the round's clean measure, since some rules were written from the earlier held-out batches' misses.
    static let twentiethBatch: [(String, [String])] = [
        ("Egyptian President Abdel Fattah al-Sisi received Sudan's army chief in Cairo on Tuesday for talks on the war in Sudan.", ["EGY→SDN 043", "SDN→EGY 042"]),
        ("China's foreign ministry lodged stern representations with the United States on Friday over a visit by Taiwan's president to New York.", ["CHN→USA 114"]),
        ("Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, the regional governor said on Saturday.", ["UKR→RUS 195"]),
        ("The presidents of Kenya and Tanzania agreed on Monday to remove trade barriers between the two countries.", ["KEN→TZA 0311", "TZA→KEN 0311"]),
        ("Australia imposed sanctions on Monday on three Russian military intelligence officers over cyber attacks.", ["AUS→RUS 163"]),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran on Wednesday on his first official visit to Iran.", ["IRQ→IRN 042", "IRN→IRQ 043"]),
        ("The Serbian president accused Croatia on Sunday of stoking tensions by holding a military parade.", ["SRB→HRV 112"]),
        ("Saudi Arabia and Iran agreed in Beijing on Friday to restore diplomatic relations and reopen their embassies within two months.", ["SAU→IRN 032", "IRN→SAU 032"]),
        ("Pakistan's army said its troops had killed four militants who crossed from Afghanistan, and accused Kabul of failing to secure the border.", ["PAK→AFG 112"]),
        ("Japan will provide Ukraine with $4.5 billion in additional financial support, Prime Minister Fumio Kishida said on Tuesday.", ["JPN→UKR 0331"]),
        ("Armenian and Azerbaijani border guards exchanged fire on Tuesday, each side accusing the other of starting the shooting.", ["ARM→AZE 193", "AZE→ARM 193", "ARM→AZE 112", "AZE→ARM 112"]),
        ("The Chinese navy held live-fire drills near Taiwan on Thursday after Taiwan's vice president returned from a trip to the United States.", ["CHN→TWN 150"]),
        ("Venezuela released six jailed Americans on Saturday after a visit to Caracas by a U.S. envoy.", ["VEN→USA 0841", "USA→VEN 042", "VEN→USA 043"]),
        ("Morocco's king received the French president at his palace in Rabat on Tuesday.", ["MAR→FRA 043", "FRA→MAR 042"]),
        ("Russia expelled a U.S. diplomat on Thursday in retaliation for the expulsion of a Russian envoy from Washington.", ["RUS→USA 161"]),
        ("Colombian and Venezuelan officials signed an agreement on Monday to reopen the border to trade.", ["COL→VEN 057", "VEN→COL 057"]),
        ("Thousands of Bangladeshis marched on the Indian high commission in Dhaka on Sunday to protest against a controversial citizenship law.", ["BGD→IND 141"]),
        ("The Lebanese government filed a complaint with the U.N. Security Council over Israeli air strikes on its territory.", ["LBN→IGO 114"]),
        ("Kazakhstan's president offered on Friday to host talks between Armenia and Azerbaijan.", ["KAZ→ARM 039", "KAZ→AZE 039"]),
        ("Britain's prime minister condemned Iran on Saturday after Iranian-backed militants attacked a commercial ship in the Red Sea.", ["GBR→IRN 111"]),
        ("The United Arab Emirates pledged $35 billion in investment to Egypt on Sunday.", ["ARE→EGY 0311"]),
        ("Israeli Prime Minister Benjamin Netanyahu spoke with U.S. President Joe Biden by phone on Sunday.", ["ISR→USA 041", "USA→ISR 041"]),
        ("North Korean leader Kim Jong Un inspected a new submarine on Saturday, state media said.", []),
        ("The Swiss government froze Russian assets worth 7.5 billion francs on Thursday.", ["CHE→RUS 163"]),
        ("Ghana's president hosted his Ivorian counterpart in Accra on Friday for talks on security in the Sahel.", ["GHA→CIV 043", "CIV→GHA 042"]),
        ("Sri Lanka's navy arrested 22 Indian fishermen on Sunday for allegedly poaching in Sri Lankan waters.", ["LKA→IND 173"]),
        ("South Korea and the United States began large-scale joint military exercises on Monday, drawing condemnation from North Korea.", ["KOR→USA 062", "USA→KOR 062", "PRK→KOR 111", "PRK→USA 111"]),
        ("Qatar's prime minister met Hamas leaders in Doha on Tuesday to discuss a ceasefire proposal.", ["QAT→PSE 040"]),
        ("Iran summoned the British ambassador on Sunday to protest against comments by the British foreign secretary.", ["IRN→GBR 114"]),
        ("The Philippines and Japan signed a reciprocal access agreement in Manila on Monday allowing their forces to train on each other's soil.", ["PHL→JPN 057", "JPN→PHL 057"]),
    ]
}

extension LongProbeTests {
    /// A twenty-first batch, held out, written on 2026-12-06 after the late rules of the eleventh round and before the
    /// coder read it: the clean measure after them.
    static let twentyFirstBatch: [(String, [String])] = [
        ("The United Nations Secretary-General urged India and Pakistan on Wednesday to exercise maximum restraint.", ["IGO→IND 0256", "IGO→PAK 0256"]),
        ("A delegation from North Korea arrived in Moscow on Monday for talks on economic cooperation.", ["PRK→RUS 042", "RUS→PRK 043"]),
        ("Germany welcomed on Tuesday Iran's decision to release a German-Iranian woman held for four years.", ["DEU→IRN 051"]),
        ("Ukraine's foreign ministry summoned the Hungarian charge d'affaires on Friday after Budapest blocked European Union aid to Kyiv.", ["UKR→HUN 114"]),
        ("Beijing called Washington's decision to sell arms to Taiwan a serious provocation.", ["CHN→USA 111"]),
        ("Pakistan banned imports of Indian goods on Friday after New Delhi revoked the special status of Kashmir.", ["PAK→IND 163"]),
        ("Israeli and Egyptian officials met in Cairo on Sunday to discuss security arrangements along the border.", ["ISR→EGY 040", "EGY→ISR 040"]),
        ("Turkish police detained 12 Syrian nationals suspected of planning attacks in Istanbul on Saturday.", ["TUR→SYR 173"]),
        ("Brazil's president called on the United States on Monday to lift its embargo on Cuba.", ["BRA→USA 0254"]),
        ("Kuwait's emir telephoned the Saudi king on Wednesday to discuss regional developments.", ["KWT→SAU 041", "SAU→KWT 041"]),
        ("A Turkish court sentenced a French journalist to prison on Tuesday for spreading terrorist propaganda.", ["TUR→FRA 173"]),
        ("Iran fired missiles at what it said were militant bases in Pakistan on Tuesday, drawing a sharp protest from Islamabad.", ["IRN→PAK 195", "PAK→IRN 114"]),
        ("Indonesia's president hosted Australia's prime minister in Jakarta on Wednesday.", ["IDN→AUS 043", "AUS→IDN 042"]),
        ("The Malian junta expelled the French ambassador on Monday, giving him 72 hours to leave the country.", ["MLI→FRA 161"]),
        ("Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara on Sunday.", ["ETH→ERI 040"]),
        ("The Chinese embassy in Canberra accused Australia on Friday of poisoning bilateral relations.", ["CHN→AUS 112"]),
        ("Thousands of Turks rallied in Istanbul on Sunday against Israel's military operations in Gaza.", ["TUR→ISR 141"]),
        ("Lithuania expelled three Russian diplomats on Wednesday for activities incompatible with their status.", ["LTU→RUS 161"]),
        ("India sent two naval ships loaded with relief supplies to Sri Lanka on Saturday after the cyclone.", ["IND→LKA 073"]),
        ("Japan's prime minister apologised to China on Monday for the wartime atrocities committed by Japanese troops.", ["JPN→CHN 055"]),
        ("Afghan Taliban fighters clashed with Pakistani border guards at the Torkham crossing on Sunday.", ["AFG→PAK 190", "PAK→AFG 190"]),
        ("France pledged 100 million euros in aid to Lebanon on Thursday after the port explosion in Beirut.", ["FRA→LBN 0331"]),
        ("Iraq's foreign minister met his Kuwaiti counterpart in Baghdad on Monday to discuss the demarcation of their maritime border.", ["IRQ→KWT 040"]),
        ("The Netherlands returned hundreds of looted artefacts to Indonesia on Monday.", ["NLD→IDN 0842"]),
        ("Israel's military said on Sunday that it had intercepted a drone launched from Lebanon.", []),
        ("Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Moscow on Tuesday.", ["RUS→CHN 046", "CHN→RUS 046"]),
        ("Seoul and Tokyo agreed on Thursday to resume regular visits by their leaders.", ["KOR→JPN 036", "JPN→KOR 036"]),
        ("Senegal recalled its ambassador from Gambia on Friday in protest against the closure of the border.", ["SEN→GMB 161"]),
        ("Nigeria's government accused Niger's military rulers on Monday of harbouring separatist fighters.", ["NGA→NER 112"]),
        ("Chinese President Xi Jinping congratulated Vietnam's new leader in a message on Saturday.", ["CHN→VNM 051"]),
    ]
}

extension LongProbeTests {
    /// A twenty-second batch, held out, written on 2026-12-06 after every rule of the eleventh round and before the
    /// coder read it: trade disputes, extraditions, hijackings, swaps, recognitions, patrols, espionage.
    static let twentySecondBatch: [(String, [String])] = [
        ("The United States imposed tariffs of 25 percent on Chinese steel imports on Thursday, escalating a trade dispute with Beijing.", ["USA→CHN 163"]),
        ("China retaliated on Friday with tariffs on American soybeans.", ["CHN→USA 163"]),
        ("Turkey agreed on Wednesday to extradite two suspected Islamic State members to Belgium.", ["TUR→BEL 0313"]),
        ("Russia announced on Friday that it was withdrawing from the Treaty on Conventional Armed Forces in Europe.", []),
        ("Indian and Chinese foreign ministers agreed on Thursday to reopen border trade through the Nathu La pass.", ["IND→CHN 0311", "CHN→IND 0311"]),
        ("Somali pirates hijacked a Greek-owned tanker off the coast of Oman on Saturday.", ["SOM→GRC 181"]),
        // (Gold corrected in the twelfth round, as the swap mediated by the Emirates above.)
        ("Iran and the United States swapped prisoners on Monday in a deal mediated by Qatar.", ["IRN→USA 0841", "USA→IRN 0841", "QAT→IRN 045", "QAT→USA 045"]),
        ("Greece and Turkey agreed on Thursday to reopen talks on maritime boundaries in the Aegean.", ["GRC→TUR 036", "TUR→GRC 036"]),
        ("Ukraine's president accused Hungary on Monday of blocking his country's path to the European Union.", ["UKR→HUN 112"]),
        ("The European Union lifted its arms embargo on Vietnam on Tuesday.", ["IGO→VNM 085"]),
        ("Qatar's emir received the Iranian president in Doha on Monday and held talks on regional security.", ["QAT→IRN 043", "IRN→QAT 042", "QAT→IRN 046", "IRN→QAT 046"]),
        ("British and French warships conducted joint patrols in the English Channel on Wednesday.", ["GBR→FRA 062", "FRA→GBR 062"]),
        ("Argentina's foreign minister protested to Britain on Tuesday over oil exploration near the Falkland Islands.", ["ARG→GBR 114"]),
        ("The Bangladeshi government asked Myanmar on Monday to take back Rohingya refugees who had fled across the border.", ["BGD→MMR 020"]),
        ("Israel's foreign ministry recalled its ambassador to Ireland on Wednesday after Dublin recognised a Palestinian state.", ["ISR→IRL 161", "IRL→PSE 054"]),
        ("Moldova expelled a Russian diplomat on Tuesday, accusing him of espionage.", ["MDA→RUS 161", "MDA→RUS 1125"]),
        ("The German foreign minister arrived in Beijing on Tuesday for a three-day visit.", ["DEU→CHN 042", "CHN→DEU 043"]),
        ("Mexico broke off diplomatic relations with Ecuador on Saturday after police raided its embassy in Quito.", ["MEX→ECU 161"]),
        ("Japan and South Korea held their first security talks in five years in Seoul on Friday.", ["JPN→KOR 046", "KOR→JPN 046"]),
        ("Chinese authorities detained a Japanese businessman on suspicion of espionage, Tokyo said on Monday.", ["CHN→JPN 173"]),
        ("The U.N. General Assembly voted on Thursday to demand that Russia withdraw its troops from Ukraine.", ["IGO→RUS 1056"]),
        ("Egypt and Sudan began joint air force drills on Saturday, a week after talks on the Nile dam stalled.", ["EGY→SDN 062", "SDN→EGY 062"]),
        ("Thailand's army fired artillery into Cambodian territory on Friday after Cambodian troops shelled a Thai village.", ["THA→KHM 194", "KHM→THA 194"]),
        ("Australia expelled two Chinese journalists on Tuesday, citing national security concerns.", ["AUS→CHN 174"]),
        ("Nepal's prime minister thanked India on Sunday for its help after the earthquake.", ["NPL→IND 051"]),
        ("Turkey offered on Friday to mediate between Israel and Hamas.", ["TUR→ISR 039", "TUR→PSE 039"]),
        ("Belarus sentenced a Polish journalist to eight years in prison on Thursday.", ["BLR→POL 173"]),
        ("Venezuela ordered the closure of its border with Colombia on Wednesday, accusing Bogota of plotting against the government.", ["VEN→COL 112"]),
        ("Russian and Chinese bombers flew joint patrols over the Sea of Japan on Tuesday.", ["RUS→CHN 062", "CHN→RUS 062"]),
        ("The Philippine president met Chinese President Xi Jinping in Beijing on Thursday and raised the dispute over the South China Sea.", ["PHL→CHN 040"]),
    ]
}

extension LongProbeTests {
    /// A twenty-third batch, held out, written on 2026-12-06 after every rule of the eleventh round and before the
    /// coder read it: reports opening with their source, restored ties, hostages released, gifts of ships, state visits
    /// announced.
    static let twentyThirdBatch: [(String, [String])] = [
        ("Saudi Arabia said on Sunday it had intercepted a ballistic missile fired by Yemen's Houthi rebels at Riyadh.", ["YEM→SAU 195"]),
        ("According to the Kremlin, Putin and Erdogan discussed the grain deal in a phone call on Monday.", ["RUS→TUR 041", "TUR→RUS 041"]),
        ("Ethiopia and Egypt resumed talks on the Nile dam on Sunday after a two-year pause.", ["ETH→EGY 046", "EGY→ETH 046"]),
        ("Hamas released two elderly Israeli women held hostage in Gaza on Monday.", ["PSE→ISR 0841"]),
        ("Pakistani Prime Minister Imran Khan arrived in Moscow on Wednesday for talks with President Vladimir Putin.", ["PAK→RUS 042", "RUS→PAK 043"]),
        ("Bolivia and Chile agreed on Tuesday to restore diplomatic relations after more than four decades.", ["BOL→CHL 032", "CHL→BOL 032"]),
        ("Iranian state media said on Saturday that Tehran had arrested a French national on charges of espionage.", ["IRN→FRA 173"]),
        ("President Joe Biden spoke by telephone with Chinese President Xi Jinping on Friday for nearly two hours.", ["USA→CHN 041", "CHN→USA 041"]),
        ("Turkey and Israel agreed on Wednesday to restore full diplomatic ties and return ambassadors.", ["TUR→ISR 032", "ISR→TUR 032"]),
        ("The United States slapped sanctions on Friday on a Chinese company accused of supplying Russia with satellite images.", ["USA→CHN 163"]),
        ("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in New Delhi on Monday.", ["IND→JPN 046", "JPN→IND 046"]),
        ("Somalia recalled its ambassador to Ethiopia on Thursday after Addis Ababa signed a port deal with Somaliland.", ["SOM→ETH 161"]),
        ("The French foreign minister condemned Iran on Tuesday for detaining French citizens.", ["FRA→IRN 111"]),
        ("South Africa recalled its diplomats from Israel on Monday over the war in Gaza.", ["ZAF→ISR 161"]),
        ("Indonesian navy ships detained a Vietnamese fishing vessel in the Natuna Sea on Wednesday.", ["IDN→VNM 173"]),
        ("Kenya and Ethiopia signed a defence cooperation pact in Nairobi on Thursday.", ["KEN→ETH 057", "ETH→KEN 057"]),
        ("Taiwan's president thanked Japan on Tuesday for its support after the earthquake.", ["TWN→JPN 051"]),
        ("Azerbaijan detained six Armenian servicemen who crossed the border on Wednesday, Baku said.", ["AZE→ARM 173"]),
        ("Italy's prime minister visited Tunisia on Sunday to discuss migration.", ["ITA→TUN 042", "TUN→ITA 043"]),
        ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing Rabat of hostile actions.", ["DZA→MAR 161", "DZA→MAR 112"]),
        ("China's defence ministry protested to Washington on Monday over a U.S. warship's passage through the Taiwan Strait.", ["CHN→USA 114"]),
        ("Egypt's president received a phone call from the Saudi crown prince on Saturday.", ["SAU→EGY 041", "EGY→SAU 041"]),
        ("Kuwait freed 20 Iraqi prisoners on Monday under a deal brokered by the Red Cross.", ["KWT→IRQ 0841"]),
        ("Japan gave Vietnam two patrol vessels on Friday to strengthen its coast guard.", ["JPN→VNM 072"]),
        ("Russian troops shelled the Ukrainian city of Kharkiv overnight, killing three civilians, the regional governor said.", ["RUS→UKR 194"]),
        ("Mexico's foreign ministry summoned the U.S. ambassador on Tuesday over remarks about Mexican judicial reform.", ["MEX→USA 114"]),
        ("Chinese President Xi Jinping will make a state visit to France next month, the Elysee Palace said on Friday.", ["CHN→FRA 036"]),
        ("The Philippines said on Monday that Chinese coast guard ships had blocked a resupply mission to a grounded warship.", ["CHN→PHL 191"]),
        ("Ukraine and Poland signed a security agreement in Warsaw on Monday.", ["UKR→POL 057", "POL→UKR 057"]),
        ("Qatar hosted talks between the United States and the Taliban in Doha on Saturday.", ["QAT→USA 045", "QAT→AFG 045"]),
    ]
}

extension LongProbeTests {
    /// A twenty-fourth batch, held out, written on 2026-12-06 after every rule of the eleventh round and the
    /// twenty-third's measure, before the coder read it.
    static let twentyFourthBatch: [(String, [String])] = [
        ("Russian Foreign Minister Sergei Lavrov told his American counterpart in a phone call on Saturday that Moscow would respond to any new sanctions.", ["RUS→USA 041", "USA→RUS 041"]),
        ("Chinese Defence Minister Dong Jun met his U.S. counterpart on the sidelines of a security forum in Singapore on Friday.", ["CHN→USA 040"]),
        ("Iran's foreign minister arrived in Riyadh on Tuesday, the first visit by a senior Iranian official since the two countries restored ties.", ["IRN→SAU 042", "SAU→IRN 043"]),
        ("The Dutch government apologised to Indonesia on Thursday for the violence of its colonial war.", ["NLD→IDN 055"]),
        ("Israeli aircraft struck Hamas positions in Gaza on Sunday in response to rocket fire.", ["ISR→PSE 195"]),
        ("Japan lodged a protest with South Korea on Monday after South Korean lawmakers visited disputed islands.", ["JPN→KOR 114"]),
        ("The United States and the Philippines agreed on Thursday to expand U.S. military access to Philippine bases.", ["USA→PHL 0312", "PHL→USA 0312"]),
        ("Belgium arrested an Iranian diplomat on Monday on suspicion of plotting a bomb attack in France.", ["BEL→IRN 173"]),
        ("Egyptian mediators met Hamas leaders in Cairo on Saturday to discuss a prisoner exchange with Israel.", ["EGY→PSE 040"]),
        ("India expelled a Pakistani diplomat on Sunday for espionage, ordering him to leave within 24 hours.", ["IND→PAK 161"]),
        ("The Kenyan president praised Ethiopia on Monday for its role in stabilising Somalia.", ["KEN→ETH 051"]),
        ("Turkey's defence ministry said it had neutralised 20 Kurdish militants in northern Iraq and Syria.", []),
        ("South Korea and China held their first high-level security dialogue in seven years in Seoul on Monday.", ["KOR→CHN 046", "CHN→KOR 046"]),
        ("Britain froze the assets of a Russian bank on Wednesday and banned its executives from entering the country.", ["GBR→RUS 163"]),
        ("Qatar's emir pledged $50 million on Sunday to help rebuild schools in Gaza.", ["QAT→PSE 0331"]),
        ("Georgia recalled its ambassador from Moscow for consultations on Friday.", ["GEO→RUS 161"]),
        ("Mali's military government ordered the United Nations peacekeeping mission to leave the country.", ["MLI→IGO 1661"]),
        ("Hundreds of Jordanians demonstrated outside the Israeli embassy in Amman on Friday.", ["JOR→ISR 141"]),
        ("China announced sanctions on Monday against a U.S. defence company over arms sales to Taiwan.", ["CHN→USA 163"]),
        ("Brazil's president hosted Argentina's president in Brasilia on Tuesday for talks on trade.", ["BRA→ARG 043", "ARG→BRA 042"]),
        ("The Vietnamese foreign ministry accused China on Wednesday of violating Vietnam's sovereignty in the South China Sea.", ["VNM→CHN 112"]),
        ("Azerbaijan returned two Armenian soldiers captured in the fighting to Armenia on Tuesday.", ["AZE→ARM 0841"]),
        ("Canada imposed sanctions on Iranian officials on Friday over human rights abuses.", ["CAN→IRN 163"]),
        ("The Chinese premier visited Australia on Saturday, the first visit by a Chinese premier in seven years.", ["CHN→AUS 042", "AUS→CHN 043"]),
        ("The Indonesian president visited Beijing on Wednesday to discuss investment.", ["IDN→CHN 042", "CHN→IDN 043"]),
        ("Sweden expelled an Iranian diplomat on Thursday over a plot against a dissident.", ["SWE→IRN 161"]),
        ("Nicaragua's government expelled the Vatican's envoy on Saturday.", ["NIC→VAT 161"]),
        ("Iraq's prime minister telephoned the Turkish president on Tuesday to protest against a Turkish air strike in Sulaimaniya.", ["IRQ→TUR 041", "IRQ→TUR 114", "TUR→IRQ 041"]),
        ("The U.S. Navy seized a shipment of Iranian weapons bound for Yemen in the Arabian Sea.", ["USA→IRN 1711"]),
        ("Chile's president met Bolivia's president at the border on Saturday to discuss a dispute over water rights.", ["CHL→BOL 040"]),
    ]
}
