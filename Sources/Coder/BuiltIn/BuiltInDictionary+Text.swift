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

    --- VISIT [042:043] ---
    VISIT
    TOUR
    - EXPECTED_TO_* [036:036]
    - PLANNED_TO_* [036:036]
    - * (TO +) (BY $) [042:043]
    - * (TO +) [042:043]
    - * (OF $) (TO +) [042:043]

    --- HOST [043:042] ---
    HOST
    RECEIVE
    WELCOME

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

    --- INVITE [043] ---
    INVITE

    --- SIGN [057:057] ---
    SIGN
    CONCLUDE
    FINALISE
    FINALIZE
    INK
    - * &MILITARY COOPERATION AGREEMENT [057:057]
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

    --- SUPPLY [070] ---
    SUPPLY
    DELIVER
    TRANSFER
    - * &ARMS [062]

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
    - * TO_REFURBISH [061]
    - * MODERNISE [061]
    - * MODERNIZE [061]

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
    - * WITH_DRONES [195]

    --- BOMB [195] ---
    BOMB
    AIRSTRIKE

    --- OCCUPY [192] ---
    OCCUPY

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
