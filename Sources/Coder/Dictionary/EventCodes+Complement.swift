extension EventCodes {
    /// What a complement's event asks for, promises, refuses or threatens, in CAMEO's terms: the sub-kinds that
    /// CAMEO's appeal (02), intent (03), demand (10), rejection (12), threat (13) and protest (14) codes share.
    enum Complement: Equatable {
        /// Material cooperation: 0 unspecified, 1 economic, 2 military, 3 judicial, 4 intelligence.
        case materialCooperation(Int)
        case diplomaticCooperation
        /// Aid: 0 unspecified, 1 economic, 2 military, 3 humanitarian, 4 military protection.
        case aid(Int)
        /// Political reform: 0 unspecified, 1 leadership, 2 policy, 3 rights, 4 institutions.
        case reform(Int)
        /// Yielding: 0 unspecified, 1 administrative sanctions, 2 popular dissent, 3 release, 4 economic sanctions,
        /// 5 international involvement, 6 de-escalation.
        case yield(Int)
        case meeting, mediation, settlement
        case reduceRelations, reduceAid, sanctions, breakRelations, haltNegotiations, haltMediation, haltInvolvement
        /// Administrative sanctions: 0 unspecified, 1 political freedoms, 2 bans, 3 curfew, 4 martial law.
        case administrativeSanctions(Int)
        case repression, protest, forcePosture, blockade, occupation, unconventionalViolence, conventionalAttack, massDestruction
        /// What an accusation (112) alleges: 1 crime or corruption, 2 human rights abuses, 3 aggression, 4 war
        /// crimes, 5 espionage or treason.
        case allegation(Int)

        /// What an act alleged or looked into is, as accusations (112x) and investigations (09x) sort it: a named
        /// allegation, or force used or shown — an attack, an occupation, a blockade, troops sent — which is aggression
        /// ("accused Russian warplanes of bombing villages", "accused Nicaragua of sending troops onto its territory":
        /// CAMEO's 1123, "accuse of aggression"; 093, "investigate military action").
        var alleged: Int? {
            switch self {
            case .allegation(let digit): digit
            case .conventionalAttack, .occupation, .blockade, .forcePosture: 3
            default: nil
            }
        }
    }

    /// The kind of a complement's event code, when CAMEO refines a governing code by it.
    static func complement(_ code: String) -> Complement? {
        let digit = code.count == 4 ? Int(String(code.last!)) ?? 0 : 0
        switch code.prefix(3) {
        case "060": return .materialCooperation(0)
        case "061": return .materialCooperation(1)
        case "062": return .materialCooperation(2)
        case "063": return .materialCooperation(3)
        case "064": return .materialCooperation(4)
        case "070": return .aid(0)
        case "071": return .aid(1)
        case "072": return .aid(2)
        case "073": return .aid(3)
        case "074", "075": return .aid(4)
        case "080": return .yield(0)
        case "081": return .yield(1)
        case "082": return .yield(2)
        case "083": return .reform(digit)
        case "084": return .yield(3)
        case "085": return .yield(4)
        case "086": return .yield(5)
        case "087": return .yield(6)
        case "040", "041", "042", "043", "044", "046": return .meeting
        case "045": return .mediation
        case "057": return .settlement
        case "160": return .reduceRelations
        case "161": return .breakRelations
        case "162": return .reduceAid
        case "163": return .sanctions
        case "164": return .haltNegotiations
        case "165": return .haltMediation
        case "166": return .haltInvolvement
        case "172": return .administrativeSanctions(digit)
        case "170", "171", "173", "174", "175": return .repression
        case "191": return .blockade
        case "192": return .occupation
        case "190", "193", "194", "195", "196": return .conventionalAttack
        default:
            switch code.prefix(2) {
            case "05": return .diplomaticCooperation
            case "14": return .protest
            case "15": return .forcePosture
            case "18": return .unconventionalViolence
            case "20": return .massDestruction
            default: return nil
            }
        }
    }

    /// The governing code refined by what its complement asks for, promises, refuses or threatens, as CAMEO's
    /// codebook arranges its sub-codes ("called on X to resign": 020 and 0831 give 0241; "threatened to impose
    /// sanctions": 130 and 163 give 1312). Nil when the pair has no such code, or when the governing code is
    /// already more specific than what the pair gives.
    static func composed(governing: String, complement code: String) -> String? {
        guard let complement = complement(code) else { return nil }
        return composed(governing: governing, kind: complement)
    }

    /// The governing code refined by a kind of complement (from a complement's code, or from the words that name
    /// what is asked for: ``ComplementLexicon``). Nil as for ``composed(governing:complement:)``.
    static func composed(governing: String, kind complement: Complement) -> String? {
        func sub(_ base: String, _ digit: Int, upTo limit: Int = 9) -> String { digit > 0 && digit <= limit ? base + String(digit) : base }
        let result: String?
        switch governing.prefix(2) {
        case "02", "03", "10":
            // Appeals, intents and demands share their sub-codes: what is asked for, promised or demanded.
            let family = String(governing.prefix(2))
            switch complement {
            case .materialCooperation(let d): result = sub(family + "1", d)
            case .diplomaticCooperation: result = family + "2"
            case .aid(let d): result = sub(family + "3", d)
            case .reform(let d): result = sub(family + "4", d)
            case .yield(let d): result = sub(family + "5", d)
            case .meeting: result = family + "6"
            case .settlement: result = family + "7"
            // CAMEO numbers an intent to mediate 039 (038 is accepting mediation), an appeal or demand for it 028, 108.
            case .mediation: result = family == "03" ? "039" : family + "8"
            default: result = nil
            }
        case "12":
            switch complement {
            case .materialCooperation(let d): result = sub("121", d, upTo: 3)
            case .aid(let d): result = sub("122", d)
            case .reform(let d): result = sub("123", d)
            case .yield(let d): result = sub("124", d)
            case .meeting: result = "125"
            case .mediation: result = "126"
            case .settlement: result = "127"
            default: result = nil
            }
        case "13":
            switch complement {
            case .reduceRelations: result = "131"
            case .reduceAid: result = "1311"
            case .sanctions: result = "1312"
            case .breakRelations: result = "1313"
            case .administrativeSanctions(let d): result = sub("132", d)
            case .protest: result = "133"
            case .haltNegotiations: result = "134"
            case .haltMediation: result = "135"
            case .haltInvolvement: result = "136"
            case .repression: result = "137"
            case .forcePosture: result = "138"
            case .blockade: result = "1381"
            case .occupation: result = "1382"
            case .unconventionalViolence: result = "1383"
            case .conventionalAttack: result = "1384"
            case .massDestruction: result = "1385"
            default: result = nil
            }
        case "07":
            // "gave the Ivory Coast 5.1 million dollars of aid" is 071: aid given, by its kind.
            if case .aid(let d) = complement, d > 0 { result = "07" + String(d) } else { result = nil }
        case "16":
            // "halted economic aid" 1621: aid reduced or stopped, by its kind (economic, military, humanitarian).
            if case .aid(let d) = complement, governing.hasPrefix("162") { result = sub("162", d, upTo: 3) } else { result = nil }
        case "09":
            // Investigations by what they look into: crime 091, human rights abuses 092, military action 093, war crimes 094.
            if let d = complement.alleged, (1...4).contains(d) { result = "09" + String(d) } else { result = nil }
        case "11":
            // "accused X of violating human rights" is 1122: CAMEO's accusations by what they allege.
            if let d = complement.alleged, governing.hasPrefix("112") {
                result = sub("112", d)
            } else {
                result = nil
            }
        case "14":
            // Demonstrations, hunger strikes, strikes, obstruction, riots (141–145) for a political reform.
            // Their sub-codes name no general reform: a reform not otherwise named ("to demand political reforms")
            // is coded as a change of policy, the kind that is neither leadership, rights nor institutions.
            if case .reform(let d) = complement, governing.count == 3, governing != "140" {
                result = governing + String(d > 0 ? d : 2)
            } else {
                result = nil
            }
        default:
            result = nil
        }
        guard let result, result != governing else { return nil }
        // Refine, never coarsen: the governing code is its family's general code or a prefix of the result.
        let general = governing.count == 3 && governing.hasSuffix("0")
        return general || result.hasPrefix(governing) ? result : nil
    }
}
