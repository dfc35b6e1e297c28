/// The words by which a complement names what an appeal, intent, demand, accusation, rejection or threat is
/// for, when no verb of the complement codes it: CAMEO's own names for its sub-kinds ("economic aid", "change in
/// leadership", "release of persons", "de-escalation", "human rights abuses", "war crimes", "break relations")
/// and the near words its codebook gives for them ("loans or debt relief", "food, medicine", "resign",
/// "elections", "ceasefire"). "rejected calls for immediate economic aid" is 1221; "accused X of violating
/// human rights" 1122; "threatened to cut off aid" 1311.
enum ComplementLexicon {
    /// What a word names: a kind of act asked for, or a domain that refines one (economic, military…).
    enum Role {
        case aid, cooperation, reform(Int), release, sanctions, deescalation, meeting, mediation, peace
        case relations, ties, curfew, martialLaw, massDestruction, blockade, occupation, attack, terror, force, repression, halt
        case allegation(Int)
        /// 1 economic, 2 military, 3 judicial, 4 intelligence, 5 humanitarian, 6 peacekeeping.
        case domain(Int)
    }

    static let roles: [String: Role] = {
        var table: [String: Role] = [:]
        func add(_ role: Role, _ words: String) { for word in words.split(separator: " ") { table[String(word)] = role } }
        add(.aid, "aid assistance loan loans grant grants funds funding donations credits")
        add(.cooperation, "cooperation cooperate cooperating trade exercises manoeuvres maneuvers extradite extradition extradited")
        add(.reform(0), "reform reforms")
        // Reinstating a leader changes the leadership as removing one does ("demanding that he be reinstated as leader").
        add(.reform(1), "resign resignation resigning leadership election elections ouster reinstate reinstated reinstatement")
        add(.reform(2), "policy policies")
        add(.reform(3), "rights freedoms")
        // Autonomy and independence change the institutions (Phoenix: `REJECT * DEMAND (FOR AUTONOMY) [1234]`;
        // CAMEO's 1414: "Demonstrations that call for independence or autonomy essentially demand major changes to
        // the whole system").
        add(.reform(4), "constitution constitutional institutions institutional regime democracy democratic democratize democratization electoral autonomy independence")
        add(.release, "release releasing freeing")
        add(.sanctions, "sanctions embargo embargoes boycott")
        add(.deescalation, "ceasefire cease-fire truce withdrawal pullout restraint")
        add(.meeting, "talks negotiations negotiate negotiating meeting summit dialogue visit visits")
        add(.mediation, "mediation mediate mediating mediator")
        add(.relations, "embassy ambassador diplomats")
        add(.ties, "relations ties")
        add(.curfew, "curfew")
        add(.blockade, "blockade")
        add(.occupation, "occupy occupation")
        add(.attack, "attack attacks strike strikes war invade invasion")
        add(.terror, "terrorist terror terrorism bombings")
        add(.force, "force")
        add(.repression, "crackdown repression")
        add(.halt, "stop halt suspend end cut break")
        add(.allegation(1), "crime crimes criminal corruption corrupt embezzlement embezzling bribery murder smuggling trafficking fraud kickbacks theft stealing looting laundering")
        add(.allegation(2), "abuses abuse torture")
        // Troops sent, airspace violated, land annexed, towns shelled: CAMEO's aggression ("initiating hostilities or
        // engaging in questionable or unjustifiable military actions").
        add(.allegation(3), "aggression aggressive incursion incursions invading troops soldiers airspace annexation annexing shelling bombardment")
        add(.allegation(4), "genocide")
        add(.allegation(5), "espionage spying spy spies treason")
        // Money (the verb dictionary's `&CURRENCY`, read as "money"): CAMEO's 071 is "monetary aid".
        add(.domain(1), "economic economically economy financial financially commercial investment money development")
        add(.aid, "debt")
        add(.domain(2), "military militarily arms weapons defence defense")
        add(.domain(3), "judicial")
        add(.domain(4), "intelligence information")
        add(.domain(5), "humanitarian food medicine medicines medical relief refugees shelter asylum")
        add(.domain(6), "peacekeeping peacekeepers peacekeeper")
        return table
    }()

    /// Whether CAMEO refines a code's family by the kind its complement names (appeals, intents, aid given,
    /// investigations, demands, accusations, rejections, threats, protests, aid cut).
    static func refinesFamily(of code: String) -> Bool {
        refinedFamilies.contains(code.prefix(2))
    }

    private static let refinedFamilies: Set<Substring> = ["02", "03", "07", "09", "10", "11", "12", "13", "14", "16"]

    /// Words that make the people handed over suspects: "alleged bombers", "nationals suspected of …".
    private static let suspicionWords: Set<String> = [
        "suspect", "suspects", "suspected", "alleged", "accused", "wanted", "fugitive", "fugitives", "involved", "implicated",
    ]
    /// Words of giving something up ("forsake its nuclear program", "renounce its armed struggle"): with ``Role/halt``,
    /// asked for, promised or refused, they are yielding (CAMEO's x5: "appeal / demand that target yield").
    private static let givingUpWords: Set<String> = renouncingWords.union([
        "lift", "ease", "scrap", "drop", "stop", "end", "halt", "suspend", "cease",
    ])
    /// The words of giving up that say nothing of what is given up: yielding in general (x5) when nothing else does.
    private static let renouncingWords: Set<String> = ["forsake", "renounce", "abandon", "relinquish", "dismantle"]
    /// What is given up, by CAMEO's kinds of yielding: restrictions (x51, easing administrative sanctions), dissent
    /// (x52), armed struggle (x56, de-escalation).
    private static let restrictionWords: Set<String> = ["curbs", "restrictions", "restriction", "ban", "bans", "controls", "censorship"]
    private static let dissentWords: Set<String> = ["strike", "strikes", "protest", "protests", "demonstrations", "rallies", "boycott"]
    static let fightingWords: Set<String> = [
        "struggle", "fighting", "violence", "hostilities", "attacks", "offensive", "insurgency", "rebellion", "war", "campaign",
        "clashes",
    ]

    /// Verbs of giving (base forms, as an infinitive takes them) and what, given, is a weapon.
    private static let givingVerbs: Set<String> = ["deliver", "supply", "send", "provide", "give", "ship", "transfer", "donate"]
    /// (Ships of war among them: "handed over a decommissioned Coast Guard cutter to the Philippine navy" is military aid.)
    static let weaponWords: Set<String> = [
        "weapons", "arms", "tanks", "missiles", "rockets", "jets", "warplanes", "artillery", "ammunition", "munitions",
        "howitzers", "drones", "helicopters", "shells", "warship", "warships", "frigate", "frigates", "corvette", "corvettes",
        "cutter", "cutters", "carrier", "submarine", "submarines", "destroyer", "destroyers", "gunboats",
    ]

    /// Verbs of drawing forces back, and the forces they draw back.
    private static let withdrawingWords: Set<String> = ["withdraw", "withdrawing", "pull", "pulling", "retreat"]
    private static let withdrawnForces: Set<String> = ["forces", "troops", "soldiers", "units", "army", "military"]

    /// Verbs that settle what ``disputeNouns`` name.
    private static let settlingVerbs: Set<String> = ["settle", "settling", "resolve", "resolving"]
    private static let disputeNouns: Set<String> = ["dispute", "disputes", "conflict", "differences", "row"]

    /// Nouns after "peace" that make it a settlement ("peace plan", "peace treaty").
    private static let settlementNouns: Set<String> = ["plan", "agreement", "deal", "accord", "treaty", "settlement", "process"]
    /// Adjectives before "weapons" that make them weapons of mass destruction.
    private static let massDestructionKinds: Set<String> = ["chemical", "biological", "nuclear"]
    /// Families whose complement may name a domain of material cooperation without the act.
    private static let cooperationByDomainFamilies: Set<Substring> = ["02", "03", "10", "12"]
    /// The digit of aid (1 economic, 2 military, 3 humanitarian, 4 peacekeeping) for each domain, in the order the
    /// domains are tried.
    private static let aidDigits: [(domain: Int, digit: Int)] = [(1, 1), (2, 2), (5, 3), (6, 4)]
    /// The digit of material cooperation (1 economic, 2 military, 3 judicial, 4 intelligence) for each domain, in
    /// the order the domains are tried: the narrower first ("a military intelligence-sharing pact" is intelligence).
    private static let cooperationDigits: [(domain: Int, digit: Int)] = [(4, 4), (3, 3), (1, 1), (2, 2)]

    /// Words that name their own domain (1 economic, 2 military, 3 judicial): CAMEO's "loans or debt relief" are
    /// economic aid, "joint military maneuvers or exercises" military cooperation, "extraditions" judicial.
    static let inherentDomains: [String: Int] = [
        "trade": 1, "loan": 1, "loans": 1, "credits": 1, "debt": 1,
        "exercises": 2, "manoeuvres": 2, "maneuvers": 2,
        "extradite": 3, "extradition": 3, "extradited": 3,
    ]

    /// The kind of complement the words (lower case, in sentence order) name for a governing code's family,
    /// or nil. The first act named decides; domains anywhere in the words refine it.
    /// - Parameter modifiers: for each word, whether it modifies a noun after it ("trade embargo", "peacekeeping
    ///   forces"): such a word names a domain, never the act.
    static func kind(of words: [String], modifiers: [Bool], governing: String) -> EventCodes.Complement? {
        // Investigations (09) are of what accusations (11) allege: crime, human rights abuses, military action, war crimes.
        let family = governing.hasPrefix("09") ? "11" : governing.prefix(2)
        var domains = Set<Int>()
        var reformDomain: Int?
        var roles: [Role] = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            // Two-word names first: "human rights", "war crimes", "martial law", "peace plan", "chemical weapons".
            if word == "human" && (next == "rights" || next == "right") {
                roles.append(family == "11" ? .allegation(2) : .reform(3))
                continue
            }
            if (word == "war" && next == "crimes") || (word == "ethnic" && next == "cleansing") {
                roles.append(.allegation(4))
                continue
            }
            // Handing over people suspected or accused of a crime is extradition, judicial cooperation (CAMEO's
            // 0213, 1013: "extraditing wanted individuals").
            if (word == "hand" && next == "over") || word == "handover" || word == "hand-over",
                words.contains(where: { Self.suspicionWords.contains($0) })
            {
                roles.append(.cooperation)
                domains.insert(3)
                continue
            }
            // "removal from office", "driven from office", "step down from office": relinquishing power, a change
            // of leadership (CAMEO's x41: "the actor who is expected to relinquish power").
            if word == "from" && next == "office" {
                roles.append(.reform(1))
                continue
            }
            if word == "cease" && next == "fire" {
                roles.append(.deescalation)
                continue
            }
            if (word == "martial" && next == "law") || (word == "emergency" && index > 1 && words[index - 2] == "state") {
                roles.append(.martialLaw)
                continue
            }
            // "settle the dispute", "resolve their differences": settling a dispute (CAMEO's x37, x27, 127).
            if Self.settlingVerbs.contains(word), words[(index + 1)...].prefix(3).contains(where: Self.disputeNouns.contains) {
                roles.append(.peace)
                continue
            }
            if word == "peace" && Self.settlementNouns.contains(next) {
                roles.append(.peace)
                continue
            }
            if Self.massDestructionKinds.contains(word) && next == "weapons" {
                roles.append(.massDestruction)
                continue
            }
            // "to withdraw their security forces from a disputed area", "to pull back from the brink of war": forces
            // withdrawn are de-escalation (CAMEO's 0256 and 0356: "appeals for ceasefires, military withdrawals").
            if Self.withdrawingWords.contains(word),
                words.contains(where: Self.withdrawnForces.contains) || (next == "back" && family != "11")
            {
                roles.append(.deescalation)
                continue
            }
            guard let role = Self.roles[word] else { continue }
            // Some acts name their domain themselves: trade and loans are economic, exercises military.
            if let domain = Self.inherentDomains[word] { domains.insert(domain) }
            if case .domain(let domain) = role {
                domains.insert(domain)
            } else if modifiers[index] {
                // A modifier names a domain: "trade embargo", "democratic reforms", "election law" (CAMEO codes
                // changing electoral law as institutional change); "terrorist activities" still names the act.
                switch role {
                case .cooperation where word == "trade": domains.insert(1)
                case .reform(let digit): reformDomain = reformDomain ?? (word == "election" || word == "electoral" ? 4 : digit)
                case .terror, .allegation: roles.append(role)
                default: break
                }
            } else {
                roles.append(role)
            }
        }
        let halts = roles.contains { if case .halt = $0 { return true } else { return false } }
        func domainDigit(_ digits: [(domain: Int, digit: Int)]) -> Int { digits.first { domains.contains($0.domain) }?.digit ?? 0 }
        for role in roles {
            switch (family, role) {
            case ("11", .allegation(let digit)): return .allegation(digit)
            // Accused of breaking a ceasefire or a truce: of aggression.
            case ("11", .attack), ("11", .deescalation): return .allegation(3)
            case ("11", _), (_, .allegation), (_, .halt): continue
            case ("13", .aid): return .reduceAid
            case ("13", .sanctions): return .sanctions
            case ("13", .relations), ("13", .ties): return .breakRelations
            case ("13", .curfew): return .administrativeSanctions(3)
            case ("13", .martialLaw): return .administrativeSanctions(4)
            case ("13", .massDestruction): return .massDestruction
            case ("13", .blockade): return .blockade
            case ("13", .occupation): return .occupation
            case ("13", .attack): return .conventionalAttack
            case ("13", .terror): return .unconventionalViolence
            case ("13", .force): return .forcePosture
            case ("13", .repression): return .repression
            case ("13", .meeting): if halts { return .haltNegotiations } else { continue }
            case ("13", .mediation): if halts { return .haltMediation } else { continue }
            case ("13", _): continue
            case (_, .aid): return .aid(domainDigit(Self.aidDigits))
            // Cooperation of no named domain may be diplomatic as well as material ("refused to cooperate with").
            case (_, .cooperation):
                let digit = domainDigit(Self.cooperationDigits)
                if digit > 0 { return .materialCooperation(digit) } else { continue }
            case (_, .reform(let digit)): return .reform(digit == 0 ? reformDomain ?? 0 : digit)
            // Ties or relations asked for or demanded: diplomatic cooperation (CAMEO's 022, 102; its 032: "expand
            // diplomatic ties or cooperation").
            case ("02", .ties), ("10", .ties): return .diplomaticCooperation
            case (_, .release): return .yield(3)
            case (_, .sanctions): return .yield(4)
            case (_, .deescalation): return .yield(6)
            case (_, .meeting): return .meeting
            case (_, .mediation): return .mediation
            case (_, .peace): return .settlement
            default: continue
            }
        }
        // "threatened to cut off electricity": stopping or cutting what is not aid, relations or talks is a non-force
        // threat (CAMEO's 131; carried out, such threats are 160–166).
        if family == "13" && halts { return .reduceRelations }
        // "demanded that the DPRK forsake its nuclear program", "… end curbs on press freedom", "… renounce its armed
        // struggle": giving something up, asked for, promised or refused, is yielding, by what is given up.
        if ["02", "03", "10", "12"].contains(family), words.contains(where: { Self.givingUpWords.contains($0) }) {
            if words.contains(where: { Self.fightingWords.contains($0) }) { return .yield(6) }
            if words.contains(where: { Self.restrictionWords.contains($0) }) { return .yield(1) }
            if words.contains(where: { Self.dissentWords.contains($0) }) { return .yield(2) }
            if words.contains(where: { Self.renouncingWords.contains($0) }) { return .yield(0) }
        }
        // "suspended part of a military aid program": the code already says aid is cut (162); a domain names which.
        if governing.hasPrefix("162") {
            let digit = domainDigit(Self.aidDigits)
            return digit > 0 && digit <= 3 ? .aid(digit) : nil
        }
        // "food and medicine", "peacekeeping forces": a domain of aid named without the word aid.
        if family != "11" && family != "13" {
            // "agreed to deliver Leopard tanks to Ukraine": weapons given are military aid (CAMEO's 072: "extend
            // military assistance, including … weapons, equipment"); sold, they are not.
            if words.contains(where: Self.givingVerbs.contains), words.contains(where: Self.weaponWords.contains) { return .aid(2) }
            if let reformDomain, reformDomain > 0 { return .reform(reformDomain) }
            if domains.contains(6) { return .aid(4) }
            if domains.contains(5) { return .aid(3) }
            // "pledged $400 million to rebuild Gaza": money given, asked for or refused is CAMEO's "monetary aid".
            if words.contains("money"), Self.cooperationByDomainFamilies.contains(family) { return .aid(1) }
            // "requested to lease a military training ground", "provide information on …": a domain of material
            // cooperation named without the act.
            let digit = domainDigit(Self.cooperationDigits)
            if digit > 0 && Self.cooperationByDomainFamilies.contains(family) { return .materialCooperation(digit) }
        }
        return nil
    }
}
