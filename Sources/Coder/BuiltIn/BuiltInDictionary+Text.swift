extension BuiltInDictionary {
    static let verbs = """
    --- MEET [040] ---
    MEET {MEETS MET MEETING}
    """
    static let actors = """
    RUSSIA [RUS]
    """
    static let agents = """
    PRESIDENT [~GOV]
    """
    static let issues = """
    <ISSUE CATEGORY="ENERGY" TYPE="ALL">
    n:pipeline [ENERGY]
    </ISSUE>
    """
}
