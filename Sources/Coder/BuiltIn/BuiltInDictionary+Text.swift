// Entente's own compact dictionary, written for this project in the PETRARCH/TABARI format (see docs/coder.md).
// It covers the states, leaders and kinds of events of the built-in case: visits, talks, agreements, arms sales
// and supplies, pipelines and energy deals, aid, condemnation, sanctions and military action. Codes are CAMEO's;
// the leaders' dated codes follow their terms of office.

extension BuiltInDictionary {
    static let verbs = """
    # Entente built-in verb dictionary.

    &ARMS
    +ARMS_
    +WEAPON
    +HELICOPTER
    +ATTACK_HELICOPTER
    +AIRCRAFT_
    +FIGHTER
    +JET
    +TANK
    +MISSILE
    +ENGINE
    +MILITARY_EQUIPMENT_
    +DEFENCE_EQUIPMENT_
    +DEFENSE_EQUIPMENT_
    +MILITARY_SUPPLIES_
    +MILITARY_TECHNOLOGY_
    +SUBMARINE
    +FRIGATE
    +DRONE

    &ENERGY
    +PIPELINE
    +GAS_
    +OIL_
    +ENERGY_
    +LNG_
    +LPG_
    +ELECTRICITY_
    +POWER_PLANT

    &MILITARY
    +MILITARY_
    +DEFENCE_
    +DEFENSE_
    +SECURITY_

    &MILITARY_AID
    +MILITARY_AID
    +MILITARY_ASSISTANCE
    +DEFENCE_AID
    +DEFENSE_AID

    &AID
    +AID_
    +ASSISTANCE_
    +LOAN
    +GRANT

    &DEALVERB
    +SELL_
    +SUPPLY_
    +DELIVER_
    +BUY_
    +BUILD_
    +CONSTRUCT_
    +PROVIDE_

    &MEETING
    +SUMMIT
    +MEETING
    +TALKS_
    +CONSULTATIONS_
    +NEGOTIATIONS_

    &TRIP
    +VISIT
    +TRIP
    +TOUR

    &OBJECTION
    +OBJECTION
    +CONCERN
    +PROTEST
    +CRITICISM

    &DRONE
    +DRONE
    +UNMANNED_AERIAL_VEHICLE
    +UAV

    # Nouns that look like verbs: no event.
    --- NOUNS [---] ---
    MILITARY_SUPPLIES {}
    ARMS_SUPPLIES {}
    ENERGY_SUPPLIES {}
    DEFENCE_SUPPLIES {}

    --- VISIT [042:043] ---
    VISIT
    TOUR
    - EXPECTED_TO_* [036:036]
    - PLANNED_TO_* [036:036]
    - *_TO + BY $ [042:043]
    - *_TO + [042:043]
    - *_OF $ TO + [042:043]

    --- HOST [043:042] ---
    HOST
    RECEIVE
    WELCOME
    - * &MILITARY_AID FROM $ [072]
    - * &ARMS FROM $ [072]
    - &ARMS * FROM $ [072]
    - * &AID FROM $ [070]

    --- MEET [040] ---
    MEET {MEETS MET MEETING}
    HOLD_TALKS {HOLDS_TALKS HELD_TALKS HOLDING_TALKS}
    - * WITH + [040:040]

    --- DISCUSS [040:040] ---
    DISCUSS
    NEGOTIATE
    CONSULT
    - * &ARMS [046:046]
    - * &ENERGY [046:046]

    # An invitation is an offer to meet (CAMEO 036: "offer … to meet, visit, or engage in talks").
    --- INVITE [036] ---
    INVITE

    --- HOLD [---] ---
    HOLD {HOLDS HELD HOLDING}
    - * &MEETING [040:040]

    --- SIGN [057:057] ---
    SIGN
    CONCLUDE
    FINALISE
    FINALIZE
    INK
    - * &MILITARY COOPERATION AGREEMENT [057:057]
    - * FOR $ TO &DEALVERB + [057:057]
    - * &ENERGY [057:057]

    --- AGREE [030:030] ---
    AGREE
    - * TO_LET [081]

    --- COOPERATE [060:060] ---
    COOPERATE
    COLLABORATE
    - * &MILITARY [062:062]

    --- SELL [061] ---
    SELL {SELLS SOLD SELLING}
    EXPORT
    - * &ARMS [062]

    --- BUY [061] ---
    BUY {BUYS BOUGHT BUYING}
    IMPORT
    PURCHASE
    - * &ARMS FROM $ [062]
    - * FROM $ [061]

    # Supplying arms is military aid (072), as in Phoenix's SUPPLY * ARMS; selling them is military cooperation
    # (062).
    --- SUPPLY [070] ---
    SUPPLY
    DELIVER
    TRANSFER
    - * &ARMS [072]

    --- BUILD [061] ---
    BUILD {BUILDS BUILT BUILDING}
    CONSTRUCT
    - * &ENERGY [061]

    --- FINANCE [071] ---
    FINANCE
    FUND

    --- AID [070] ---
    AID
    ASSIST
    HELP
    - WILLING_TO_* [030]
    - READY_TO_* [030]
    - * TO_REFURBISH [061]
    - * REFURBISH [061]
    - * REVIVE [061]
    - * MODERNISE [061]
    - * MODERNIZE [061]

    # Training another's fighters is military aid.
    --- TRAIN [072] ---
    TRAIN

    --- GIVE_AID [070] ---
    PROVIDE
    GIVE {GIVES GAVE GIVEN GIVING}
    GRANT
    - * MILITARY_AID [072]
    - * &ARMS [072]
    - * ECONOMIC_AID [071]
    - * LOAN [071]

    --- PRAISE [051] ---
    PRAISE
    COMMEND
    ENDORSE

    --- SUPPORT [050] ---
    SUPPORT
    - * OF + POSITION [051]
    - * + POSITION [051]
    - * OF + [050]
    - * FOR + [050]

    --- URGE [020] ---
    URGE
    PROD {PRODS PRODDED PRODDING}
    - * + TO_IMPROVE [026]

    # Being (or drawing) close: diplomatic cooperation, both ways.
    --- CLOSER [050:050] ---
    CLOSER_TO {}
    NEXUS {}
    CLOSENESS {}
    - % * [050:050]
    - * BETWEEN % [050:050]
    - * TO + [050:050]

    --- PARTNER [050:050] ---
    PARTNER {PARTNERS PARTNERED PARTNERING}
    PARTNERSHIP {PARTNERSHIPS}
    - % * [050:050]
    - * WITH + [050:050]

    --- RELATIONSHIP [---] ---
    RELATIONSHIP {RELATIONSHIPS}
    - % SPECIAL_* [050:050]
    - SPECIAL_* WITH + [050:050]

    --- ALLY [062:062] ---
    ALLY {ALLIES ALLIED ALLYING}
    ALLIANCE {ALLIANCES}
    ALIGN
    - * WITH + [062:062]
    - * TO + [062:062]

    --- CONVERGE [019:019] ---
    CONVERGE
    - % * [019:019]
    - * WITH + [019:019]

    --- MANUFACTURE [---] ---
    MANUFACTURE
    PRODUCE
    - &ARMS JOINTLY_* WITH + [062:062]
    - JOINTLY_* WITH + [061:061]

    # Splits and ruptures reduce relations, both ways.
    --- SPLIT [160:160] ---
    SPLIT {SPLITS SPLITTING}
    RUPTURE {RUPTURES RUPTURED}
    RIFT {RIFTS}
    - % * [160:160]
    - * BETWEEN % [160:160]
    - * WITH + [160:160]

    --- TENSION [110:110] ---
    TENSION {TENSIONS}
    DIFFERENCE {DIFFERENCES}
    - % * [110:110]
    - * BETWEEN % [110:110]
    - * WITH + [110:110]

    # Troubling someone: the one troubled disapproves of the one who troubles.
    --- UNSETTLE [:110] ---
    UNSETTLE
    ALARM
    DISTURB
    ANGER
    - * ABOUT + [110]

    --- CONCERN [110] ---
    CONCERN {CONCERNS CONCERNED}
    - * ABOUT + [110]
    - * OVER + [110]

    # Overriding someone's objections: they object to whoever overrides them.
    --- OVERRIDE [---] ---
    OVERRIDE {OVERRIDES OVERRODE OVERRIDDEN OVERRIDING}
    OVERRULE
    STYMIE {STYMIES STYMIED STYMYING}
    DISMISS
    - * + &OBJECTION [:111]

    --- CANCEL [---] ---
    CANCEL {CANCELS CANCELLED CANCELED CANCELLING CANCELING}
    CALL_OFF {CALLS_OFF CALLED_OFF CALLING_OFF}
    POSTPONE
    - * &TRIP [161]
    - * &MEETING [161]

    --- CRITICISE [111] ---
    CRITICISE
    CRITICIZE
    DENOUNCE
    - NOT * [---]
    - NOT_OPENLY_* [---]

    --- CONDEMN [111] ---
    CONDEMN

    --- ACCUSE [112] ---
    ACCUSE

    --- WARN [130] ---
    WARN
    THREATEN

    --- THREAT [---] ---
    THREAT {THREATS}
    - * TO + [130]

    --- SANCTION [163] ---
    SANCTION
    EMBARGO

    --- IMPOSE [---] ---
    IMPOSE
    - * SANCTIONS [163]
    - * EMBARGO [163]

    --- EXPEL [1663] ---
    EXPEL

    --- ATTACK [190] ---
    ATTACK
    STRIKE {STRIKES STRUCK STRIKING}
    SHELL
    INVADE
    FIGHT {FIGHTS FOUGHT FIGHTING}
    - * WITH_&DRONE [195]
    - * ON + [190]
    - * AGAINST + [190]

    --- USE [---] ---
    USE
    EMPLOY
    - * OF &DRONE + [195]
    - * &DRONE AGAINST + [195]
    - * &DRONE IN + [195]

    # Pulling troops out is a military retreat (0874), as in Phoenix's WITHDRAW * &MILITARY.
    --- WITHDRAW [---] ---
    WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
    PULL_OUT {PULLS_OUT PULLED_OUT PULLING_OUT}
    DRAWDOWN {}
    WITHDRAWAL {}
    - * OF $ FROM + [0874]
    - * &MILITARY FROM + [0874]

    --- BOMB [195] ---
    BOMB
    AIRSTRIKE

    --- OCCUPY [192] ---
    OCCUPY
    OCCUPATION {}
    - * OF + [192]

    --- LAUNCH [---] ---
    LAUNCH
    - * SATELLITE [061]
    - * &ARMS [061]
    - * OFFENSIVE [190]
    - * ATTACK [190]
    """

    static let actors = """
    # Entente built-in actor dictionary: states, capitals, demonyms, and the people the brief names.
    RUSSIA_ [RUS]
    +RUSSIAN_
    +RUSSIAN_FEDERATION_
    +MOSCOW_
    +KREMLIN_
    SOVIET_UNION_ [SUN]
    +SOVIET_
    +USSR_
    +U.S.S.R.
    PAKISTAN_ [PAK]
    +PAKISTANI_
    +ISLAMABAD_
    INDIA_ [IND]
    +INDIAN_
    +NEW_DELHI_
    +DELHI_
    +INDO
    CHINA_ [CHN]
    +CHINESE_
    +BEIJING_
    +SINO
    UNITED_STATES_ [USA]
    +US_
    +U.S.
    +USA_
    +AMERICA_
    +AMERICAN_
    +WASHINGTON_
    AFGHANISTAN_ [AFG]
    +AFGHAN_
    +KABUL_
    TAJIKISTAN_ [TJK]
    KYRGYZSTAN_ [KGZ]
    UKRAINE_ [UKR]
    +UKRAINIAN_
    +KIEV_
    TURKEY_ [TUR]
    ISRAEL_ [ISR]
    FRANCE_ [FRA]
    BANGLADESH_ [BGD]
    IRAN_ [IRN]

    VLADIMIR_PUTIN_
    +PUTIN_
    +PRESIDENT_PUTIN_
    +PRESIDENT_VLADIMIR_PUTIN_
    \t[RUSGOV 20000507-20080507]
    \t[RUSGOV >20120507]
    \t[RUSGOV 20080508-20120507]
    SERGEI_SHOIGU_
    +SERGEY_SHOIGU_
    +SHOIGU_
    \t[RUSGOVMIL >20121106]
    \t[RUSGOV]
    ASIF_ALI_ZARDARI_
    +ZARDARI_
    \t[PAKGOV 20080909-20130908]
    \t[PAKELI]
    ASHFAQ_PARVEZ_KAYANI_
    +ASHRAF_KAYANI_
    +KAYANI_
    \t[PAKMIL 20071129-20131129]
    \t[PAKELI]
    NAWAZ_SHARIF_
    +SHARIF_
    \t[PAKGOV >20130605]
    \t[PAKGOV 19901106-19930718]
    \t[PAKGOV 19970217-19991012]
    \t[PAKELI]
    LIAQAT_ALI_KHAN_
    +LIAQUAT_ALI_KHAN_
    \t[PAKGOV 19470815-19511016]
    NARENDRA_MODI_
    +MODI_
    \t[INDGOV >20140526]
    \t[INDELI]
    MANOHAR_PARRIKAR_
    +MANOHAR_PARIKKAR_
    +PARRIKAR_
    \t[INDGOVMIL 20141109-20170313]
    \t[INDELI]
    TATIANA_SHAUMYAN_ [RUSEDU]

    TALIBAN_ [AFGREB]
    MUJAHIDEEN_ [AFGREB]
    +MUJAHEDDIN_
    +MUJAHIDIN_
    NORTHERN_ALLIANCE_ [AFGREB]
    RT_GLOBAL_RESOURCES_ [RUSBUS]
    PAKISTAN_STEEL_MILLS_ [PAKBUS]
    """

    static let agents = """
    # Entente built-in agent dictionary.
    PRESIDENT [~GOV]
    PRIME_MINISTER [~GOV]
    FOREIGN_MINISTER [~GOV]
    FOREIGN_MINISTRY {FOREIGN_MINISTRIES} [~GOV]
    MINISTER [~GOV]
    GOVERNMENT [~GOV]
    OFFICIAL [~GOV]
    DIPLOMAT [~GOV]
    DEFENCE_MINISTER [~GOVMIL]
    DEFENSE_MINISTER [~GOVMIL]
    DEFENCE_MINISTRY {DEFENCE_MINISTRIES} [~GOVMIL]
    ARMY_CHIEF [~MIL]
    CHIEF_OF_ARMY_STAFF {CHIEFS_OF_ARMY_STAFF} [~MIL]
    AIR_FORCE_CHIEF [~MIL]
    ARMY {ARMIES} [~MIL]
    TROOPS {} [~MIL]
    SOLDIER [~MIL]
    COMPANY {COMPANIES} [~BUS]
    FIRM [~BUS]
    MEDIA {} [~MED]
    ANALYST [~MED]
    """

    static let issues = """
    # Entente built-in issue dictionary: the case's issues, named as the model names them.
    <ISSUE CATEGORY="ENERGY" TYPE="ALL">
    n:pipeline [ENERGY]
    gas [ENERGY]
    n:lpg n:terminal [ENERGY]
    energy [ENERGY]
    oil [ENERGY]
    electricity [ENERGY]
    </ISSUE>
    <ISSUE CATEGORY="ID_ARMS_DEAL" TYPE="ALL">
    n:helicopter [ARMS]
    attack n:helicopter [ARMS]
    n:arm [ARMS]
    n:weapon [ARMS]
    military n:supply [ARMS]
    military equipment [ARMS]
    defence equipment [ARMS]
    n:engine [ARMS]
    defence n:acquisition [ARMS]
    </ISSUE>
    <ISSUE CATEGORY="MILITARY" TYPE="ALL">
    military cooperation [MILITARY]
    joint military n:exercise [MILITARY]
    </ISSUE>
    <ISSUE CATEGORY="TERROR" TYPE="ALL">
    n:terrorist [TERROR]
    terrorism [TERROR]
    anti-terrorist [TERROR]
    n:militant [TERROR]
    n:extremist [TERROR]
    extremism [TERROR]
    </ISSUE>
    <ISSUE CATEGORY="AFGHANISTAN" TYPE="ALL">
    afghanistan [AFGHANISTAN]
    taliban [AFGHANISTAN]
    </ISSUE>
    <ISSUE CATEGORY="SPACE" TYPE="ALL">
    n:satellite [SPACE]
    outer-space [SPACE]
    space vehicle [SPACE]
    </ISSUE>
    <ISSUE CATEGORY="TRADE" TYPE="ALL">
    free trade agreement [TRADE]
    trade [TRADE]
    </ISSUE>
    <ISSUE CATEGORY="INDUSTRY" TYPE="ALL">
    steel n:mill [INDUSTRY]
    </ISSUE>
    <ISSUE CATEGORY="DRONE" TYPE="ALL">
    n:drone [DRONES]
    </ISSUE>
    <ISSUE CATEGORY="FOREIGN_AID" TYPE="ALL">
    military aid [AID]
    financial assistance [AID]
    foreign aid [AID]
    </ISSUE>
    <ISSUE CATEGORY="SANCTIONS" TYPE="ALL">
    n:sanction [SANCTIONS]
    </ISSUE>
    """
}
